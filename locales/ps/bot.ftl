## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = بیړنی حالت
    .keywords = بیړنی, بیړنۍ, بیرنی, بېړنی, بیړنی حالت, اضطراري, خطر, په خطر کې, په خطر کی, پولیس, پولیسو, امبولانس, ایمبولانس, sos, khatar, beranai, bernai, polis
intent-crisis = د ځان وژنې یا ځان ته د زیان رسولو فکرونه
    .keywords = ځان وژنه, ځان وژنې, ځانوژنه, ځانوژنې, خودکشي, ځان وژل, ځان ووژنم, ځان وژنم, ځان به ووژنم, ځان مړ کړم, ځان له منځه یوسم, غواړم مړ شم, غواړم مړه شم, غواړم چې مړ شم, غواړم چې مړه شم, غواړم ومرم, غوارم مر شم, غوارم ومرم, مرګ غواړم, مرگ غواړم, خپل ژوند پای ته ورسوم, خپل ژوند ختم کړم, ژوند ته مې پای ورکړم, نور ژوند نه غواړم, نه غواړم ژوندی پاتې شم, نه غواړم ژوندۍ پاتې شم, ځان ته زیان ورسوم, ځان ته زیان رسوم, ځان ته زیان رسول, ځان ته ضرر ورسوم, ځان ټپي کړم, ځان ټپي کوم, مړ شم ښه به وي, مړه شم ښه به وي, خود کشي, ځان به وژنم, ځان ختم کړم, ځان به ختم کړم, ژوند ختم کړم, ژوند ته پای ورکړم, ځان ته ضرر رسوم, ځان ته زیان رسونه, نه غواړم ژوندی واوسم, نه غواړم ژوندۍ واوسم, ژوندی پاتې کېدل نه غواړم, ژوند نور نه شم زغملای, نور ژوند نه شم زغملای, له خپل ژونده ستړی, له خپل ژونده ستړې, له خپل ژوند نه ستړی, له خپل ژوند نه ستړې, له خپل ژوند څخه ستړی, له خپل ژوند څخه ستړې, khudkushi, khodkushi, khudkashi, zan wazhna, zan wajna, zan wazhnam, zan wajnam, zan owazhnam, zan owajnam, ghwaram mar sham, ghwaram wamram, marg ghwaram, nor zhwand na ghwaram, nor jwand na ghwaram, zan ta zyan rasawam, zan khatam kram, ځان وژنمه, غواړمه مړ شم, خدایه مرګ راکړه, کاشکې مړ وای, ځان زخمي کوم, ځان ته ضرر رسول, له ژوند نه ستړی, له ژوند نه ستړې, د ژوند نه تنګ, ghwaram che mar sham, ghwarama mar sham, zan wazhnama, zan wajnama, kashki mar wai, khudaya marg rakra, da zhwand na staray, da zhwand na stare, zan zakhmi kawam
    .pattern = \b(خپل )?[ځز]ان( به| مې| می| زه| خپل)? و?و?(وژن|وژل|وجن)\S*|\b[ځز]انوژ\S*|\b(خپل )?[ځز]ان( به| مې| می)? م[ړرڑ] (ک[ړرڑ]م|کوم|ک[ړرڑ]مه|کومه)\b|\b(غوا[ړرڑ][یېےئۍ]|غوا[ړرڑ]مه?)( (چې|چی|چه|چي|چئ))?( زه)? ((م[ړرڑ]|م[ړرڑ]ه) شمه?|ومرمه?)\b|\bمر[ګگ] (غوا[ړرڑ]مه?|راته (تر|له) ژوند(ه|ون)? ([ښشخ]ه|بهتر))|\bکاش(ک[یېےئۍ])?( زه)? (م[ړرڑ]|م[ړرڑ]ه)( شو[یېےئۍ]| شوي)? (وا[یېےئۍ]|وایه)\b|\b(ای |یا )?خدا[یېےئۍ]ه? مر[ګگ] را ?(ک[ړرڑ]ه|کړئ|ک[ړرڑ][یېےئۍ])\b|\b(م[ړرڑ]|م[ړرڑ]ه) شمه?( نو)? ([ښشخ]ه|بهتره) (به )?(و[یېےئۍ]|ده|دی)\b|\b([ښشخ]ه|بهتره) (به )?(ده|و[یېےئۍ]|دی) ((چې|چی|چه|چي|چئ) )?(زه )?(م[ړرڑ]|م[ړرڑ]ه) شمه?\b|\b(ب[ېیے] له ما|بغیر له ما|پرته له ما|زما (نه |څخه |له )?(بغیر|پرته)) (به )?([ټٹت]ول|هر ?څوک|کورن[یېےئۍ]|زما کورن[یېےئۍ])|\bنه غوا[ړرڑ]مه?( (چې|چی|چه|چي|چئ))?( نور)?( زه)? ژوند([یېےئۍ])?( پات[ېیے])? (اوسم|واوسم|شم|وک[ړرڑ]م|ک[ړرڑ]م|وساتم|اوسمه|شمه)\b|\bژوند([یېےئۍ])? پات[ېیے] ک[یېےئۍ]د(ل|و) (نور )?نه غوا[ړرڑ]مه?|(^|\b(نور|زه|بس|زما) )ژوند نه غوا[ړرڑ]مه?|\bد ژوند(ه|ون)? حوصله (مې |می )?(نشته|نه لرم|نلرم|نه ده پات[ېیے]|ختمه شوه)|\bژوند([یېےئۍ])? (ته |کولو ته )?(مې |می )?زړه نه (ک[یېےئۍ][ږگ][یېےئۍ]|غوا[ړرڑ][یېےئۍ])|\b(د )?ژوند([یېےئۍ])?( پات[ېیے] ک[یېےئۍ]دو| کولو)?( لپاره| دپاره)? (ه[یېےئۍ][څس] )?(دلیل|وجه|مانا|معنا|معنی|هدف)( نه لرم| نلرم| نشته| نه لري| نلري)|\bژوند کول (نور )?(ه[یېےئۍ][څس] )?(ارز[ښشخ]ت|فایده|[ګگ][ټٹت]ه) (نه لري|نلري|نشته)|\b(له|د|تر) (خپل |دې |دغه |دا )?ژوند(ه|ون)?( نه| څخه| سخه)? ((مې|می) )?(ستړ[یېےئۍ]|تن[ګگ]|ب[یېےئۍ]زار|ستومان|زړه (مې |می )?تور)|(^|\b(زه|بس|ژوند|خدایه|یاره|ورور|مرسته) )نور (دا )?(ژوند )?(نه ?شم|نشم|نه شمه|نشمه) (زغملا[یېےئۍ]|زغملی|زغمل|تحمل(ولا[یېےئۍ])?|برداشت|ت[یېےئۍ]رولا[یېےئۍ])|\bژوند (نور )?(نه ?شم|نشم|نه شمه|نشمه) (زغملا[یېےئۍ]|زغملی|زغمل|تحمل(ولا[یېےئۍ])?|برداشت|ت[یېےئۍ]رولا[یېےئۍ])|\b(خپل |زما )?ژوند (به |مې |می )?(نن |نن شپه |همدا شپه |سبا )?(ختم|خلاص|پای ته) (ک[ړرڑ]م|کوم|ک[ړرڑ]مه|ورسوم|رسوم)\b|\b(د )?تل (لپاره|دپاره) ورک (شم|شمه)\b|\bویده (شم|شمه) (او |اؤ |و )?(بیا |ب[یېےئۍ]رته )?(ه[یېےئۍ]څکله )?(را ?)?و[یېےئۍ][ښشخ] ((نه ?شم|نشم|نه شمه|نشمه))\b|\bنه غوا[ړرڑ]مه?( (چې|چی|چه|چي|چئ))? (سبا |بیا |نور )?(را ?)?و[یېےئۍ][ښشخ] (شم|شمه)\b|\b[ځز]ان ?ته (مې |می )?(زیان|ز[یېےئۍ]ان|ضرر|تاوان|نقصان) ((ور ?|ر)(سوم|سومه|سول|سولو|ساوه|سوه|سوی)|رسونه|(ور)?ک[ړرڑ]م|(ور)?کوم|(ور)?ک[ړرڑ])\b|\b[ځز]ان (مې |می |به )?(زخم[یېےئۍ]|[ټٹت]پ[یېےئۍ]) (ک[ړرڑ]م|کوم|ک[ړرڑ]|ک[ړرڑ]مه|کومه|ک[ړرڑ]ل)\b|\b(قصدا|په قصد|عمدا|په عمدي ډول)( مې| می)? (ډ[یېےئۍ]ر[یېےئۍ]?|زیات[یېےئۍ]?) ([ګگ]ول|دوا|درمل)|\b[ځز]ان( \S+)?( \S+)?( \S+)? و?(غورځوم|غورزوم|غورځومه)\b|\b(d?za+n) (ba |me |za )?(o|w|wo|ow|u|wu|wa|oo)?wa?(zh|j|jh)(a)?n(a|am|um|om|ama|ma|m|e|i)\b|\b(d?za+n) (ba |me )?(o|w|wo|ow|u|wu|wa|oo)?wa?(zh|j|jh)(a|e)?l(o|u)?\b|\b(gh|g)(w|u)a+r(a|u|i|e)?m?(a|e|i)?( che| chi| ke| chy)? (mar|mra|mara|mr|mare) (sh(a|o|u)?m|shama)\b|\b(gh|g)(w|u)a+r(a|u)?m(a)? (wa|o|w)?mram\b|\bkash(k(i|e|ay|y))?( za)? (mar|mara)( shawi| shway| shawe| shoi)? (wai|way|wae|wy|waye)\b|\b(ya |ay |ae |ai )?(khudaya|khudaye|khudayah|khdaya|khudaia|khodaya|khuda) marg (ra ?kra|ra ?kra?i|ra ?kre|ra ?ka)\b|\b(kha|xa|sha|ksha|bhtar|behtar|behtara) ba (wi|way|wee|we|wey)( che| chi| ke)? (mar|mra|mara) sh(a|u)?m\b|\b(mar|mra|mara) sh(a|u)?m (no |nu |nw )?(kha|xa|sha|ksha) ba (wi|way|wee|we|wey)\b|\bna (gh|g)(w|u)a+r(a|u)?m(a)?( che| chi)?( nor)?( za)? (zh|j|z)w?(a|u|o|e)nd(i|ay|ai|ey|e)? (pa?te |pati )?(kedal|kedl|awsam|osam|wosam|sham|wakram)\b|\b(zh|j|z)w?(a|u|o|e)nd(i|ay|ai|ey|e)? (pa?te |pati )?(kedal|kedl|kidal) na (gh|g)(w|u)a+r(a|u)?m(a)?\b|\b(nor|za|bas) (zh|j|z)w?(a|u|o|e)nd na (gh|g)(w|u)a+r(a|u)?m(a)?\b|\b(da|la|de) (khpal )?(zh|j|zw)w?(a|u|o|e)nd(a)? (na |tsakha |sakha )?(me )?(star(e|i|y|ay|ai|ey)|stre|stri|tang|bezar|bizar|zra tor)\b|(^|\b(za|bas|zhwand|jwand|khudaya|yara|wrora|marasta) )nor (da )?((zh|j)wand )?(na ?sh(a|u|o)?m|nashm) z?gh?a?ma?la?(y|i|e)\b|\bwi?da sh(a|u)?m (aw|ao|o|and|ow) (bia |bya |biya |berta )?(hechare |hichkala )?(ra ?)?(wekh|wikh|wesh|weekh|wish|vekh) na ?sh(a|u)?m\b|\bna (gh|g)(w|u)a+r(a|u)?m(a)?( che| chi)? (saba |bia )?(ra ?)?(wekh|wikh|wesh|weekh|wish|vekh) sh(a|u)?m\b|\b(da )?tal (lapara|lapar|lpara|dpara) wrak sh(a|u)?m\b|\b(d?za+n) ?(ta )?(me )?(zyan|ziyan|zian|zarar|nuqsan|nuksan|tawan) (wa?r ?)?(ras(a|o|u)?w(am|um|om|ama|al|ulo|o|a)|rasol|rasawal)\b|\b(d?za+n) (me |ba )?(zakhmi|zakhme|tapi|tape|ttapi) (kawam|kram|kom|kawom|kar|kr|kro|kre|krm|krma|kawama)\b|\b(be la ma|bey la ma|bila ma|bela ma|zama na baghair|zma na baghair|baghair la ma) (ba )?(tol|tool|har sok|har tsok|kor wale|kora?nai)\b
intent-main-menu = اصلي مینو
    .keywords = مینو, مېنو, اصلي مینو, اصلی مینو, کور, meno, 0
intent-back = شاته
    .keywords = شاته, بېرته, بیرته, شاته لاړ شه, واپس, shata, berta, wapas
intent-language = ژبه
    .keywords = ژبه, ژبې, ژبه بدله کړه, ژبه بدله کړئ, ژبه بدلول, zhaba, jaba
intent-help = مرسته
    .keywords = مرسته, لارښوونه, دا څنګه کار کوي, marasta, mrasta
intent-forget = ما هېر کړه
    .keywords = ما هېر کړه, ما هیر کړه, ما هیر کره, ما هېر کړئ, زما معلومات پاک کړه, زما معلومات ړنګ کړه, ma her kra, ma hir kra
intent-erase = دا خبرې اترې پاکې کړه
    .keywords = دا خبرې اترې پاکې کړه, خبرې اترې پاکې کړه, خبرې اترې ړنګې کړه, دا چټ پاک کړه, چټ پاک کړه, چت پاک کړه, چت پاک کره, چټ ړنګ کړه, هر څه پاک کړه, هر څه پاک کره, هر څه ړنګ کړه, ټول پاک کړه, chat pak kra, chat pak kara, har sa pak kra, har tsa pak kra, tol pak kra

language-menu-prompt = خپله ژبه وټاکئ: یوه شمېره راولېږئ.
language-changed = ژبه بدله شوه.
not-understood = بښنه غواړم، پوه نه شوم. مهرباني وکړئ د یوه انتخاب شمېره راولېږئ.
help-text =
    د یوه انتخاب شمېره راولېږئ، یا یې کلمې ولیکئ.
    اصلي مینو ته د تللو لپاره «مینو» ولیکئ، شاته تللو لپاره «شاته»، د ژبې بدلولو لپاره «ژبه»،
    د بیړنیو شمېرو لپاره «SOS»، او د هغه څه پاکولو لپاره چې ستاسو په اړه یې په یاد لرم «ما هېر کړه».
forgotten = ما د دې خبرو اترو په اړه هر څه هېر کړل. د بیا پیل لپاره، هر څه ولیکئ.
erase-confirm =
    دا کار هغه ټول پیغامونه پاکوي چې ما دلته لېږلي، هغه څه پاکوي چې ستاسو په اړه یې په یاد لرم، او زه له دې خبرو اترو وځم. ستاسو خپل پیغامونه پاتې کېږي: د پاکولو لپاره یې، په هر پیغام ګوته ټینګه ونیسئ او «ړنګول» یا «حذف» وټاکئ، بیا دا خبرې اترې په خپل اپ کې ړنګې کړئ.
    اوس یې پاک کړم؟
erase-opt-yes = هو، اوس یې پاک کړه
    .keywords = هو, هوکې, هو کې, هاو, بلې, پاک یې کړه, ho, hoo, haw, hoke, hokay
erase-opt-no = نه، خبرې اترې وساته
    .keywords = نه, نا, وساته, na, nah
erase-cancelled = هیڅ شی پاک نه شو.
erase-relayed-note = تاسو ما ته له بل اپ څخه لیکئ، لکه واټس اپ، سیګنال یا ټیلیګرام. هلته زما پیغامونه ستاسو له موبایل څخه یوازې تر هغه وخته پاکېږي چې هغه اپ د پاکولو اجازه ورکوي، نو ښايي ځینې یې پاتې شي. دا خبرې اترې په هغه اپ کې هم ړنګې کړئ.
erase-incomplete = ما لا نه دي توانېدلي چې په دې خبرو اترو کې خپل ټول پیغامونه پاک کړم. هڅه به کوم، او کله چې پای ته ورسېږي له خبرو اترو به ووځم. د خوندیتوب لپاره، همدا اوس دا خبرې اترې په خپل اپ کې ړنګې کړئ.
welcome-back = بیا ښه راغلاست. دا اصلي مینو دی.
cannot-decrypt = ستاسو وروستی پیغام مې ونه شو لوستلی: په داسې کیلیو کوډ شوی چې لا مې نه دي ترلاسه کړې. که ژر ځواب درنه کړم، مهرباني وکړئ بیا یې راولېږئ.
content-changed = د دې خدمت دا برخه بدله شوې ده. دا اصلي مینو دی.
emergency-intro = که اوس په خطر کې یاست، یوې بیړنۍ شمېرې ته زنګ ووهئ:
emergency-outro = تاسو یوازې نه یاست. د دوام لپاره، وروستۍ پوښتنې ته ځواب ورکړئ، یا «مینو» ولیکئ.
directory-none = د دې لپاره مې کوم خدمت ونه موند. بله اړتیا یا بل هېواد وازمویئ.

## Labels on contact cards.

card-phone = تلیفون
card-sms = اس ام اس
card-whatsapp = واټساپ
card-viber = وایبر
card-signal = سګنل
card-email = ایمیل
card-web = وېبپاڼه
card-matrix = میټرکس
card-hours = د کار وخت
card-free = وړیا
card-confidential = محرم
card-anonymous = اړتیا نشته چې خپل نوم ووایاست
card-languages = ژبې
card-network = غړیتوب

## Opening hours on cards.

hours-always = 24 ساعته، هره ورځ
hours-range = { $days }، له { $from } تر { $to }
hours-days-daily = هره ورځ
hours-days-mon-fri = له دوشنبې تر جمعې
hours-days-mon-sat = له دوشنبې تر شنبې
hours-days-sat-sun = شنبه او یکشنبه

## Answers used in many flows.

answer-yes = هو
    .keywords = هو, هوکې, هوکي, ho, hoo, ao, yes
answer-no = نه
    .keywords = نه, نا, na, nah, no
answer-not-sure = ډاډه نه یم
    .keywords = ډاډه نه یم, ډاډمن نه یم, نه پوهېږم, نه پوهیږم, ښايي, شاید, کېدای شي, کیدای شي, dada na yam, na pohegam, na pohezham, shayad
answer-skip = نه غواړم ووایم
    .keywords = تېر شه, تیر شه, پرېږده, پریږده, نه غواړم ووایم
common-main-menu = اصلي مینو

## Flood control: sent once when someone writes many messages very fast.
slow-down = تاسو پیغامونه ډېر ژر لېږئ، نو ځینې یې پرېږدم. مهرباني وکړئ څو ثانیې صبر وکړئ، بیا ولیکئ. که په خطر کې یاست، یوې بیړنۍ شمېرې ته زنګ ووهئ.

attachment-unreadable = زه یوازې لیکلي پیغامونه لوستلای شم، نو ما هغه څه چې تاسو راولېږل نه شوای اورېدلای او نه لیدلای. مهرباني وکړئ څو کلمې، یا د یوه انتخاب شمېره ولیکئ. اصلي مینو ته د تللو لپاره «مینو» ولیکئ، او د بیړنیو شمېرو لپاره «SOS».
