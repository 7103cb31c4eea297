## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = طوارئ
    .keywords = طوارئ, طوارىء, نجدة, النجدة, خطر, في خطر, شرطة, الشرطة, إسعاف, الاسعاف, sos
intent-crisis = أفكار عن الانتحار أو إيذاء النفس
    .keywords = انتحار, الانتحار, بالانتحار, للانتحار, انتحر, سأنتحر, هنتحر, حنتحر, ننتحر, افكار انتحارية, أقتل نفسي, اقتل حالي, اقتل روحي, اكتل نفسي, اكتل روحي, نقتل راسي, نقتل روحي, اموت نفسي, أنهي حياتي, انهاء حياتي, أضع حدا لحياتي, اتخلص من حياتي, أريد أن أموت, اريد اموت, بدي موت, بدي اموت, عايز اموت, عاوز اموت, عايزة اموت, نفسي اموت, ابي اموت, ابغى اموت, بغيت نموت, أؤذي نفسي, أأذي نفسي, أأذي حالي, اذي حالي, إيذاء النفس, ايذا النفس, إيذاء الذات, اجرح نفسي, اجرح حالي, لا سبب للعيش, لا يوجد سبب للعيش, ما بدي ضل عايش, مش عايز افضل عايش, لا أريد أن أبقى على قيد الحياة, احسن لي اموت, الموت احسن لي, الموت افضل لي, ميول انتحارية, في قتل نفسي, بقتل نفسي, هقتل نفسي, حقتل نفسي, في إيذاء نفسي, بإيذاء نفسي, إيذاء ذاتي, الإيذاء الذاتي, اخلص من حياتي, أتمنى الموت, تعبت من الحياة, سئمت من الحياة, لا أستطيع الاستمرار في الحياة, intihar, inti7ar, enti7ar, ente7ar, ente7er, enta7er, a2tol nafsi, a2tel nafsi, aqtol nafsi, a2tol 7ali, n9tel rasi, bdi mout, bdi mot, bade mout, 3ayez amot, 3ayez amoot, 3ayz amot, bghit nmot, bghit nmout, areed amoot
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

language-menu-prompt = اختر لغتك: أرسل رقمًا.
language-changed = تم تغيير اللغة.
not-understood = عذرًا، لم أفهم. من فضلك أرسل رقم أحد الخيارات.
help-text =
    أرسل رقم الخيار، أو اكتب كلماته.
    اكتب «القائمة» للعودة إلى القائمة الرئيسية، و«رجوع» للرجوع، و«اللغة» لتغيير اللغة،
    و«SOS» لأرقام الطوارئ، و«انسني» لحذف ما أتذكره عنك.
forgotten = لقد نسيت كل شيء عن هذه المحادثة. لتبدأ من جديد، اكتب أي شيء.
erase-confirm =
    هذا يحذف كل رسالة أرسلتها هنا، ويحذف ما أتذكره عنك، ثم أغادر هذه المحادثة. رسائلك أنت تبقى: لحذفها، اضغط مطولًا على كل رسالة واختر «إزالة» أو «حذف»، ثم احذف هذه المحادثة من تطبيقك.
    هل أمسح الآن؟
erase-opt-yes = نعم، امسح الآن
    .keywords = نعم, أيوه, ايوه, ايوا, اي, أجل, اه, امسح, امسح الآن, na3am, aywa, aiwa, iwa
erase-opt-no = لا، احتفظ بالمحادثة
    .keywords = لا, لأ, كلا, احتفظ, la, laa, la2
erase-cancelled = لم يُمسح شيء.
erase-relayed-note = هذه المحادثة تصل إليّ عبر تطبيق آخر، مثل واتساب أو سيغنال أو تيليغرام. في ذلك التطبيق لا تُحذف رسائلي من الهاتف إلا ما دام التطبيق يسمح بحذفها، لذلك قد يبقى بعضها. يُرجى حذف هذه المحادثة من ذلك التطبيق أيضًا.
erase-incomplete = لم أستطع بعد حذف كل رسائلي في هذه المحادثة. سأواصل المحاولة، وسأغادر المحادثة عند الانتهاء. للأمان، يُرجى حذف هذه المحادثة من التطبيق الآن.
welcome-back = أهلًا بعودتك. هذه هي القائمة الرئيسية.
cannot-decrypt = لم أستطع قراءة رسالتك الأخيرة: إنها مشفّرة بمفاتيح ليست عندي بعد. إذا لم أُجب قريبًا، أرسلها مرة أخرى من فضلك.
content-changed = تغيّر هذا الجزء من الخدمة. هذه هي القائمة الرئيسية.
emergency-intro = إذا كنت في خطر الآن، اتصل برقم طوارئ. هذه الأرقام مجانية:
emergency-outro = أنت لست وحدك. للمتابعة، أجب عن السؤال الأخير، أو اكتب «القائمة».
directory-none = لم أجد خدمة لهذا. جرّب حاجة أخرى أو بلدًا آخر.

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
card-anonymous = لا يلزمك أن تذكر اسمك
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
    .keywords = نعم, ايوه, أيوه, اي, yes
answer-no = لا
    .keywords = لا, كلا, no
answer-not-sure = لست متأكدًا
    .keywords = لست متأكدا, لست متأكدة, مش متأكد, مش متأكدة, مو متأكد, مو متأكدة, ماني متأكد, لا أعرف, لا أدري, ما أعرف, ما بعرف, مش عارف, مش عارفة, معرفش, ما ادري, مادري, ما عرفتش, ما نعرفش, ربما, يمكن, ممكن, mesh 3aref, msh 3aref, ma ba3ref, ma3rafsh, ma3raftch, mani met2aked, mish met2aked, yemken, rubama
answer-skip = أفضّل ألا أجيب
    .keywords = تخطي, تخطى
common-main-menu = القائمة الرئيسية

## Flood control: sent once when someone writes many messages very fast.
slow-down = أنت ترسل الرسائل بسرعة كبيرة، لذلك أتخطى بعضها. من فضلك انتظر بضع ثوانٍ، ثم اكتب مرة أخرى. إذا كنت في خطر، اتصل برقم طوارئ.

attachment-unreadable = أستطيع قراءة الرسائل المكتوبة فقط، لذلك لم أستطع سماع ما أُرسل إليّ أو رؤيته. يُرجى كتابة بضع كلمات، أو رقم أحد الخيارات. للقائمة الرئيسية يُرجى كتابة «القائمة»، ولأرقام الطوارئ «SOS».
