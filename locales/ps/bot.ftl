## DRAFT translation: not yet reviewed by a native speaker.

intent-emergency = بیړنی حالت
    .keywords = بیړنی, بیړنۍ, بیرنی, بېړنی, بیړنی حالت, اضطراري, خطر, په خطر کې, په خطر کی, پولیس, پولیسو, امبولانس, ایمبولانس, sos, khatar, beranai, bernai, polis
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

language-menu-prompt = خپله ژبه وټاکئ: یوه شمېره راولېږئ.
language-changed = ژبه بدله شوه.
not-understood = بښنه غواړم، پوه نه شوم. مهرباني وکړئ د یوه انتخاب شمېره راولېږئ.
help-text =
    د یوه انتخاب شمېره راولېږئ، یا یې کلمې ولیکئ.
    اصلي مینو ته د تللو لپاره «مینو» ولیکئ، شاته تللو لپاره «شاته»، د ژبې بدلولو لپاره «ژبه»،
    د بیړنیو شمېرو لپاره «SOS»، او د هغه څه پاکولو لپاره چې ستاسو په اړه یې په یاد لرم «ما هېر کړه».
forgotten = ما د دې خبرو اترو په اړه هر څه هېر کړل. د بیا پیل لپاره، هر څه ولیکئ.
welcome-back = بیا ښه راغلاست. دا اصلي مینو دی.
cannot-decrypt = ستاسو وروستی پیغام مې ونه شو لوستلی: په داسې کیلیو کوډ شوی چې لا مې نه دي ترلاسه کړې. که ژر ځواب درنه کړم، مهرباني وکړئ بیا یې راولېږئ.
content-changed = د دې خدمت دا برخه بدله شوې ده. دا اصلي مینو دی.
emergency-intro = که اوس په خطر کې یاست، یوې بیړنۍ شمېرې ته زنګ ووهئ. دا شمېرې وړیا دي:
emergency-outro = تاسو یوازې نه یاست. د دوام لپاره، وروستۍ پوښتنې ته ځواب ورکړئ، یا «مینو» ولیکئ.
directory-none = د دې لپاره مې کوم خدمت ونه موند. بله اړتیا یا بل هېواد وازمویئ.

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

answer-yes = هو
    .keywords = هو, هوکې, هوکي, ho, hoo, ao, yes
answer-no = نه
    .keywords = نه, نا, na, nah, no
answer-skip = نه غواړم ووایم
    .keywords = تېر شه, تیر شه, پرېږده, پریږده, نه غواړم ووایم
common-main-menu = اصلي مینو
