## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = طوارئ
    .keywords = طوارئ, طوارىء, نجدة, النجدة, خطر, في خطر, شرطة, الشرطة, إسعاف, الاسعاف, sos
intent-crisis = أفكار عن الانتحار أو إيذاء النفس
    .keywords = انتحر, هنتحر, حنتحر, ننتحر, أقتل نفسي, اقتل حالي, اقتل روحي, اكتل نفسي, اكتل روحي, نقتل راسي, نقتل روحي, اموت نفسي, أنهي حياتي, انهاء حياتي, أضع حدا لحياتي, اتخلص من حياتي, أريد أن أموت, اريد اموت, بدي موت, بدي اموت, عايز اموت, عاوز اموت, عايزة اموت, نفسي اموت, ابي اموت, ابغى اموت, بغيت نموت, أؤذي نفسي, أأذي نفسي, أأذي حالي, اذي حالي, إيذاء النفس, ايذا النفس, إيذاء الذات, اجرح نفسي, اجرح حالي, لا سبب للعيش, لا يوجد سبب للعيش, ما بدي ضل عايش, مش عايز افضل عايش, مش عايزة افضل عايشة, لا أريد أن أبقى على قيد الحياة, احسن لي اموت, الموت احسن لي, الموت افضل لي, في قتل نفسي, بقتل نفسي, هقتل نفسي, حقتل نفسي, في إيذاء نفسي, بإيذاء نفسي, إيذاء ذاتي, الإيذاء الذاتي, اخلص من حياتي, أتمنى الموت, تعبت من الحياة, سئمت من الحياة, لا أستطيع الاستمرار في الحياة, ente7er, enta7er, a2tol nafsi, a2tel nafsi, aqtol nafsi, a2tol 7ali, n9tel rasi, bdi mout, bdi mot, bde mot, bade mot, bade mout, 3ayez amot, 3ayez amoot, 3ayz amot, bghit nmot, bghit nmout, areed amoot
    .pattern = \b\S*(نتحا*ر|انتخار|انتحا+ر)\S*|\b(اريد|اريد ان|بدي|بدّي|ابي|ابا|ابغى|ابغي|ابغا|ودي|عايز|عايزة|عاوز|عاوزة|نفسي|بغيت|باغي|باغية|حاب|حابة|حابب|حاببة|نحب|اتمنى|اتمنى ان|بتمنى|نتمنى|اود|ارغب في|اريد فقط ان) ((ا|ن)?مو+ت|الموت|(ا|ن)نتحر|انتحار)\b|\b(اقتل|نقتل|بقتل|هقتل|حقتل|يقتل|تقتل|اكتل|نكتل|بكتل|اموت|نموت|موت|هموت|حموت|بموت|اذبح|نذبح|اذي|اذيت|اوذي|اؤذي|ااذي|ؤذي|نؤذي|ناذي|باذي|بوذي|اضر|نضر|اجرح|جرح|نجرح|بجرح|جرحت|نجرحت|تجرحت|اخلص على|نخلص على|خلص على|اقضي على|نقضي على|انهي|ننهي) (نفسي|حالي|روحي|راسي|ذاتي)\b|\b\S*(نهي|نهاء|نهى)\S* (حياتي|عمري)\b|\bحدا? ?لحياتي\b|\b(اخلص|نخلص|خلص|اتخلص|نتخلص) من (حياتي|هالحياة|الحياة|هالدنيا|الدنيا|هالعيشة)\b|\b(لا|ما|مش|مو|مب|لم اعد|ما عاد|ماعاد|ما عدت|ماعدت|ما عدتش|ما بقيتش|مابقيتش|ما بقيت|مبقتش|ما بقاش) ?(اريد|ريد|بدي|ابي|بي|ابغى|ابغي|عايز|عايزة|عاوز|عاوزة|باغي|باغية|بغيت|بغيتش|نحبش|حابب|حاب|حابة|ودي|اود|ارغب في)( ان| اني)? (ا|ن)?(عيش|العيش|الحياة|حياة|ضل عايش|ضل عايشة|ضل طيب|بقى عايش|بقى عايشة|بقى حي|بقى حية|بقى حيا|بقى على قيد الحياة|كمل حياتي|ستمر في الحياة)\b|\b(لا|ما|مش|مو|مب|لم اعد|ما عاد|ماعاد|ما بقيتش|مابقيتش|مبقتش) ?(اريد|ريد|بدي|ابي|بي|ابغى|عايز|عايزة|عاوز|عاوزة|باغي|باغية|بغيت|بغيتش|نحبش|حاب|حابة|ودي)( ان| اني)? (ا|ن)?(صحى|صحا|فيق|ستيقظ|فيق ابدا)( (بكرة|بكره|بكرا|غدا|غدوة|تاني|ابدا|بعد|مرة تانية|مرة ثانية|الصبح|من النوم)|$)|\b(لا|ما|مش|مو|لم اعد|ما عاد|ماعاد|ما بقيتش|مابقيتش|مبقتش) ?(استطيع|اقدر|بقدر|قادر|قادرة|فيني|فيي|نقدر|نقدرش|اقدرش|عدت اقدر)( على)? (ا|ن)?(عيش|العيش|الحياة)\b|\b(لا|ما|مش|مو|لم اعد|ما عاد|ماعاد|ما بقيتش|مابقيتش|مبقتش) ?(استطيع|اقدر|بقدر|قادر|قادرة|فيني|فيي|نقدر|نقدرش|اقدرش|عدت اقدر)( على)? (الاستمرار|استمر|اكمل|كمل|نكمل|اتحمل|احتمل|نتحمل|تحمل|استحمل|نستحمل|الاحتمال|التحمل|اصبر|نصبر|صبر)( (هكذا|هيك|كده|كدا|كذا|هكا|هاكا|بهالشكل|اكثر|اكتر|بعد|خلاص|ابدا)|$)|\b(تعبت|تعبان|تعبانة|متعب|متعبة|سئمت|زهقت|زهقان|زهقانة|مليت|ملّيت|طفشت|طفشان|قرفت|قرفان|عييت|عيت|يئست|يأست|ياست|كرهت|مليانة|تعبنا|عيينا|زهقنا)( جدا| كتير| كثير| كثيرا| خلاص| والله| بزاف| ياسر| واجد| موت)? (من|م) ?(ال|هال|هاي ال|هاد ال|هادي ال|هذه ال|هذي ال|هاذي ال|هاذ ال)?(حياة|حياتي|عيشة|عيشتي|عيش|دنيا|الدنيا)\b|\b(كرهت|كاره|كارهة|بكره|اكره|نكره) (الحياة|حياتي|عيشتي|هالحياة|هالعيشة)\b|\b(لا يوجد|لا توجد|ما في|مافي|ماكو|ما كاين|ماكاين|ماكاينش|ما كاينش|ما عندي|ماعندي|ما عاد عندي|مفيش|ما فيه|مافيه|ليس هناك|ليس لدي|ليس عندي|لا|ما بقى|ما بقا|ما بقاش|مابقاش|مكاينش)( اي| أي| ولا)? (سبب|داعي|معنى|هدف|فايدة|فائدة)( لكي| كي| حتى| باش| عشان| علشان| ان| اني| من)? ?(ل|لل|ال|لا|ا|ن)?(عيش|حياة|حياتي|بقى عايش|ضل عايش|كمل)\b|\b(الحياة|حياتي|هالحياة|الدنيا|هالدنيا|العيشة|عيشتي|هالعيشة|هاد الحياة) (لا|ما|مش|مو|ما عادت|ماعادت|ما بقاتش|عادت ما) ?(ت|بت|ب)?(ستحق|ستاهل|سوى|سوا|سوي|سواش|ستاهلش|تستاهلش|سوي شي|سوى شي)\b|\b(الحياة|حياتي|الدنيا) ما ?ت?(سواش|ستاهلش|ستحقش)\b|\b(اتمنى|اتمنا|بتمنى|نتمنى|يا ?ريت|يا ?ريتني|ياريتني|ليتني|ليت|ريتني|كون غير|يا ليتني|ياليتني)( لو)?( كنت| اني| انني| اكون| كون| نكون| نكون غير)? ?(ميت|ميتة|ميتا|مت|متت)\b|\b(احسن|افضل|ارتاح|مرتاحين|ارتح|مبسوطين|ارحم)( \S+)? (بدوني|بلاي|بلايي|بلاني|بلا بيا|بلا بي|من دوني|منغيري|بدون وجودي)\b|\b(يرتاحو|يرتاحوا|يرتاح|ترتاحو|ترتاحوا|ترتاح|يرتاحون|حيرتاحو|هيرتاحو|يتهناو|يتهنو) (مني|من وجودي|من همي)\b|\b(ا|ن)?(نام|رقد|نعس|غفى) ?و ?(لا ?|ما ?|مش ?|م|ما عاد ?)(ا|ن)?(صحى|صحا|صحاش|فيق|فيقش|قوم|قومش|نوض|نوضش|ستيقظ|صحى ابدا)|\b(اريد|بدي|ابي|ابغى|عايز|عايزة|بغيت|باغي|حاب|نفسي|اتمنى)( ان)? (ينتهي|تنتهي|يخلص|تخلص|يوقف|ينتهى|تنتهى)( كل شي| كل شيء| كلشي| كل حاجة| حياتي| الحياة| العذاب| هالعذاب| هاد العذاب)\b|\b(انهي|ننهي|نهي) (كل شي|كل شيء|كلشي|كل حاجة)\b|\b(ا|ن)?(ختفي|ختفى|اختفاء|غيب|روح)( من)? (الوجود|للابد|الى الابد|للأبد|ع الابد|على الابد|من الدنيا|من هالدنيا|من هالعالم|من العالم|عن الوجود|للأبد)\b|\b(اختفي|نختفي|اختفى) (للابد|الى الابد|من الوجود)\b|\bالموت (ارحم|احسن|افضل|اهون|ارحملي|احسنلي|احسن لي|ولا هيك)\b|\b(اخذت|اخدت|خذيت|خديت|شربت|بلعت|كليت|اكلت|تناولت|كلات|بلعت)( \S+)? (حبوب|حبات|دوا|دواء|ادوية|اقراص|برشام)( \S+)? (كثير|كثيرة|كتير|كتيرة|بزاف|ياسر|واجد|هواي|عمدا|قصدا|قصد|بقصد|كلها|كلهم)\b|\b(ايذاء|اذية|اذى|اذيه|جرح|ايذا) (النفس|الذات|نفسي|ذاتي|حالي|روحي)\b|\b(bghit|bghite|bgheet|bghet|baghi|bagha|baghia|baghya|bdi|bde|badi|bade|baddi|bidi|biddi|bedi|3ayez|3ayz|3ayza|3ayzah|3awez|3awza|3aiz|3aiza|nefsi|nefsy|nifsi|nafsi|nfsi|areed|arid|ared|abi|abgha|abgha|abga|abghi|wedi|widdi|wdi|7ab|7aba|7abba|7abb|7abe|hab|haba|n7eb|n7ab|nheb|ntmena|atmana|atmanna)( 2an| an| en)? ((a|n|2a|e|2)?(mout|moot|mut|mouto|mawt|mowt|moute)|(a|n|2a|e|2)(mot|mote))\b|\b[a-z0-9]*nt[aei]?7[aei]*r[a-z0-9]*\b|\b[a-z0-9]*nt[aei]h[aei]+r[a-z0-9]*\b|\b(n9tel|n9tal|n9otl|nqtel|nqtal|nektel|n2tel|a2tol|a2tel|a2tl|aqtol|aqtel|2tol|2tel|2otl|e2tol|i2tol|e2tel|eqtol|ektel|aktel|nemouet|nmawet|nmewet|amawet|hmawet|hamawet|hmawet|a2zi|a2zy|aazi|n2zi|anzi|ajra7|njra7|nejra7|nejre7|njre7|ajrah|jra7t|jara7t|jr7t|ne2zi|nedor|ndorr|nderr|nkamel 3la|nkhales 3la|akhalles 3ala|5alles 3ala|a5les 3ala)( f)? (rasi|rassi|rasy|ra9i|7ali|7ale|7aly|hali|nafsi|nafsy|nefsi|nefsy|nfsi|rou7i|ro7i|rohi|roohi|ro7y|3omri|zati|thati)\b|\b(ma|mana|mani|mich|mish|mesh|msh|mch|mouch|mush|la|mo|mab9itch|mab9itsh|mabqitch|mab9ach|ma3ad|ma3adsh|ma3od|mab9etch|mab2etsh|ma ?b9itch|ma ?bqitch|ma ?b9etch|ma ?3ad|ma ?3od|ma ?3adli)( ?b9itch| ?bqitch| ?3ad| ?3od| ?3adni)? ?(bghit|bghitch|baghi|bagha|baghia|baghya|n7ebch|n7abch|nhebch|n7ebsh|n7ebech|bdi|bde|badi|bade|baddi|bidi|biddi|3ayez|3ayz|3ayza|3awez|3awza|3aiz|areed|arid|ared|abi|abgha|abghi|wedi|7ab|7aba|7abb|9ader|9adra|2ader|2adra|qader|qadra|9adrch|9aderch|n9derch|n9edrch|nqderch|fini|feni|fiyye|a2dar|a2der|n9der|n9dar|n9edr|neqder|bi2dar|ba2dar)( 2an| an| en)? (a|n|2a|e)?(3ich|3ish|3eesh|3ech|3eech|3aych|3aysh|3ayesh|3ayech|3eish|3iish|3aish|3ysh|3ayech)\b|\b(ma|mesh|msh|mish|mich|mouch|la|mana|mab9itch|ma ?b9itch|ma ?3ad|ma3ad)( ?b9itch| ?3ad)? ?(bdi|bde|badi|bade|bghit|bghitch|baghi|bagha|3ayez|3ayz|3ayza|3awez|areed|abi|abgha|n7ebch|7ab|7aba)( 2an| an)? (a|n|2a|e)?(s7a|s7ah|s7a2|fi2|fee2|fi9|fe9|fay2|fee9)( (bokra|bukra|bokkra|ghodwa|ghedwa|tani|tany|abadan|abdan|ba3d|sob7|mn nom|men noum)|$)|\b(3yit|3yeet|3yite|3iit|3yt|ta3ban|ta3bana|ta3bane|ta3bene|ta3bena|t3bt|t3ebt|t3abt|ta3abt|ta3ebt|t3bana|t3ban|3yat|3yana|3yan|zhe2t|zh2t|zhe2et|zha2t|zeh2an|zah2an|zah2ana|malleit|malet|mallet|mallait|malit|mleit|mliit|tfasht|9elle9t|t9elle9t|9l9t|9le9t|ya2ist|ya2est|kr[ie]ht|tired)( (bzaf|bezaf|ktir|kteer|ktiir|kter|kthir|jiddan|bel7a9|khlas|5las|wallah|wallahi|ya5i|khalas))? (mn|men|min|m|mel|mil|mi|of)( (el|l|al|il|had|hal|hadi|hadik|this|hadh|hathi|hai|hay))* ?(el|l|al|il|hal)?(7ayat[a-z0-9]*|7aya[a-z0-9]*|7ayah|7aiat|7ayati|hayat[a-z]*|haya|hayati|dou?n[iy]+a|dunya|denya|3[iy]+[cs]h[aei]?|3icha|3ysha|3ishe|3iche|3ichi|life)\b|\b(mafi|ma fi|mafe|ma fe|mafish|mafeesh|mafesh|makaynch|makaynsh|makainch|ma kaynch|mako|maku|ma 3andi|ma3andi|ma3ndi)( ay| ai| wala)? (sabab|sbab|dа3i|da3i|ma3na|ma3ni|hadaf|fayda|fay9a)( (la|li|bach|bash|3shan|3ashan|3achan|ta|7ata|lil|l))? ?(a|n|la|li|l|el|al)?(3ich|3ish|3eesh|3aych|3aysh|7aya|7ayat|3ishe)\b|\b(ya ?rit|ya ?retni|yaretni|yaritni|ritni|retni|atmana|atmanna|ntmena|nitmanna)( law| lw| lo)?( kont| kent| kunt| akoun| nkoun)? ?(mayet|mayt|mayeta|mayta|mayyet|mit|mett|mt)\b|\b(a|n)?(nam|n3es|n3as|rqod|r9od|na3es) ?(w|wa|ou|o) ?(ma|la|mesh|msh|m|mat|ma ?3ad|ma3od) ?(a|n|2a)?(s7a|s7ash|s7ach|s7a2|fi2|fee2|fi9|fe9|fi9ch|fe9ch|nod|noudch|nodch|9oum|2oum|as7a|os7a)\b
intent-main-menu = القائمة الرئيسية
    .keywords = قائمة, القائمة, القائمة الرئيسية, الرئيسية, 0
intent-back = رجوع
    .keywords = رجوع, ارجع, عودة, السابق
intent-language = اللغة
    .keywords = اللغة, لغة, تغيير اللغة
intent-help = مساعدة
    .keywords = مساعدة, كيف يعمل هذا
intent-forget = انسني
    .keywords = انسني, احذف بياناتي, امسح بياناتي
intent-erase = امسح هذه المحادثة
    .keywords = امسح هذه المحادثة, امسح المحادثة, احذف هذه المحادثة, احذف المحادثة, مسح المحادثة, حذف المحادثة, امسح الشات, احذف الشات, امسح الدردشة, احذف الدردشة, امسح كل شيء, امسح كل شي, احذف كل شيء, احذف كل شي, مسح سريع, emsa7 el mo7adatha, imsa7 al mu7adatha, e7zef el mo7adatha, emsa7 el chat, emsa7 kol shi, emsa7 kolshi

language-menu-prompt = يُرجى اختيار لغتك بإرسال رقم.
language-changed = تم تغيير اللغة.
not-understood = عذرًا، لم أفهم. يُرجى إرسال رقم أحد الخيارات.
help-text =
    يمكنك إرسال رقم الخيار، أو كتابة كلماته.
    ويمكنك كتابة «القائمة» للعودة إلى القائمة الرئيسية، و«رجوع» للرجوع، و«اللغة» لتغيير اللغة،
    و«SOS» لأرقام الطوارئ، و«انسني» لحذف ما أتذكره عنك.
forgotten = لقد نسيت كل شيء عن هذه المحادثة. للبدء من جديد، يمكنك كتابة أي شيء.
erase-confirm =
    هذا يحذف كل رسالة أرسلتها هنا، ويحذف ما أتذكره عنك، ثم أغادر هذه المحادثة. رسائلك أنت تبقى: لحذفها، يُرجى الضغط مطولًا على كل رسالة واختيار «إزالة» أو «حذف»، ثم حذف هذه المحادثة من تطبيقك.
    هل أمسح الآن؟
erase-opt-yes = نعم، امسح الآن
    .keywords = نعم, أيوه, ايوه, ايوا, اي, أجل, اه, امسح, امسح الآن, na3am, aywa, aiwa, iwa
erase-opt-no = لا، احتفظ بالمحادثة
    .keywords = لا, لأ, كلا, احتفظ, la, laa, la2
erase-cancelled = لم يُمسح شيء.
erase-relayed-note = هذه المحادثة تصل إليّ عبر تطبيق آخر، مثل واتساب أو سيغنال أو تيليغرام. في ذلك التطبيق لا تُحذف رسائلي من الهاتف إلا ما دام التطبيق يسمح بحذفها، لذلك قد يبقى بعضها. يُرجى حذف هذه المحادثة من ذلك التطبيق أيضًا.
erase-incomplete = لم أستطع بعد حذف كل رسائلي في هذه المحادثة. سأواصل المحاولة، وسأغادر المحادثة عند الانتهاء. للأمان، يُرجى حذف هذه المحادثة من التطبيق الآن.
welcome-back = أهلًا بعودتك. هذه هي القائمة الرئيسية.
cannot-decrypt = لم أستطع قراءة رسالتك الأخيرة: إنها مشفّرة بمفاتيح ليست عندي بعد. إذا لم أُجب قريبًا، يُرجى إرسالها مرة أخرى.
content-changed = تغيّر هذا الجزء من الخدمة. هذه هي القائمة الرئيسية.
emergency-intro = إذا كنت في خطر الآن، يُرجى الاتصال برقم طوارئ:
emergency-outro = أنت لست وحدك. للمتابعة، يمكنك الإجابة عن السؤال الأخير، أو كتابة «القائمة».
directory-none = لم أجد خدمة لهذا. يمكنك تجربة حاجة أخرى أو بلد آخر.

## Labels on contact cards.

card-phone = هاتف
card-sms = رسالة نصية
card-whatsapp = واتساب
card-viber = فايبر
card-signal = سيغنال
card-email = بريد إلكتروني
card-web = موقع
card-matrix = ماتريكس
card-hours = ساعات العمل
card-free = مجاني
card-confidential = سري
card-anonymous = لا يلزمك ذكر اسمك
card-languages = اللغات
card-network = عضو في

## Opening hours on cards.

hours-always = 24 ساعة، كل يوم
hours-range = { $days }، من { $from } إلى { $to }
hours-days-daily = كل يوم
hours-days-mon-fri = من الاثنين إلى الجمعة
hours-days-mon-sat = من الاثنين إلى السبت
hours-days-sat-sun = السبت والأحد

## Answers used in many flows.

answer-yes = نعم
    .keywords = نعم, ايوه, أيوه, اي, اه, آه, واه, yes, wah, iyeh, aywa, ah, naam, na3am
answer-no = لا
    .keywords = لا, كلا, no, la, lla, laa
answer-not-sure = لست متأكدًا/متأكدة
    .keywords = لست متأكدا, لست متأكدة, مش متأكد, مش متأكدة, مو متأكد, مو متأكدة, ماني متأكد, ماني متأكدة, لا أعرف, لا أدري, ما أعرف, ما بعرف, مش عارف, مش عارفة, معرفش, ما ادري, مادري, ما عرفتش, ما نعرفش, ربما, يمكن, ممكن, mesh 3aref, mesh 3arfa, msh 3aref, msh 3arfa, ma ba3ref, ma3rafsh, ma3raftch, mani met2aked, mani met2akda, mish met2aked, mish met2akde, yemken, rubama
answer-skip = أفضّل ألا أجيب
    .keywords = تخطي, تخطى
common-main-menu = القائمة الرئيسية

## Flood control: sent once when someone writes many messages very fast.
slow-down = رسائلك تصلني بسرعة كبيرة، لذلك أتخطى بعضها. يُرجى الانتظار بضع ثوانٍ، ثم الكتابة مرة أخرى. إذا كنت في خطر، يُرجى الاتصال برقم طوارئ.

attachment-unreadable = أستطيع قراءة الرسائل المكتوبة فقط، لذلك لم أستطع سماع ما أُرسل إليّ أو رؤيته. يُرجى كتابة بضع كلمات، أو رقم أحد الخيارات. للقائمة الرئيسية يُرجى كتابة «القائمة»، ولأرقام الطوارئ «SOS».
