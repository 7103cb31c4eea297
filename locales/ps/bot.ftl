## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = بیړنی حالت
    .keywords = بیړنی, بیړنۍ, بیرنی, بېړنی, بیړنی حالت, اضطراري, خطر, په خطر کې, په خطر کی, پولیس, پولیسو, امبولانس, ایمبولانس, sos, khatar, beranai, bernai, polis
intent-crisis = د ځان وژنې یا ځان ته د زیان رسولو فکرونه
    .keywords = ځان وژنه, ځان وژنې, ځانوژنه, ځانوژنې, خودکشي, ځان وژل, ځان ووژنم, ځان وژنم, ځان به ووژنم, ځان مړ کړم, ځان له منځه یوسم, غواړم مړ شم, غواړم مړه شم, غواړم چې مړ شم, غواړم چې مړه شم, غواړم ومرم, غوارم مر شم, غوارم ومرم, مرګ غواړم, مرگ غواړم, خپل ژوند پای ته ورسوم, خپل ژوند ختم کړم, ژوند ته مې پای ورکړم, نور ژوند نه غواړم, نه غواړم ژوندی پاتې شم, نه غواړم ژوندۍ پاتې شم, ځان ته زیان ورسوم, ځان ته زیان رسوم, ځان ته زیان رسول, ځان ته ضرر ورسوم, ځان ټپي کړم, ځان ټپي کوم, مړ شم ښه به وي, مړه شم ښه به وي, خود کشي, ځان به وژنم, ځان ختم کړم, ځان به ختم کړم, ژوند ختم کړم, ژوند ته پای ورکړم, ځان ته ضرر رسوم, ځان ته زیان رسونه, نه غواړم ژوندی واوسم, نه غواړم ژوندۍ واوسم, ژوندی پاتې کېدل نه غواړم, ژوند نور نه شم زغملای, نور ژوند نه شم زغملای, له خپل ژونده ستړی, له خپل ژونده ستړې, له خپل ژوند نه ستړی, له خپل ژوند نه ستړې, له خپل ژوند څخه ستړی, له خپل ژوند څخه ستړې, khudkushi, khodkushi, khudkashi, zan wazhna, zan wajna, zan wazhnam, zan wajnam, zan owazhnam, zan owajnam, ghwaram mar sham, ghwaram wamram, marg ghwaram, nor zhwand na ghwaram, nor jwand na ghwaram, zan ta zyan rasawam, zan khatam kram
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
emergency-intro = که اوس په خطر کې یاست، یوې بیړنۍ شمېرې ته زنګ ووهئ. دا شمېرې وړیا دي:
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
