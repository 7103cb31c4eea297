## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = فریاکەوتن
    .keywords = فریاکەوتن, فریاکەوتنی خێرا, فریام بکەون, فریام کەون, مەترسی, لە مەترسیدام, لەمەترسیدام, پۆلیس, پولیس, ئەمبولانس, ئەمبوڵانس, sos, firyakewtin, metirsi, polis, ambulans
intent-crisis = بیرکردنەوە لە خۆکوشتن یان ئازاردانی خۆ
    .keywords = خۆکوژی, خۆ کوژی, خۆکوشتن, خۆ کوشتن, خوکوژی, خوکوشتن, خۆم بکوژم, خۆم دەکوژم, خۆم ئەکوژم, خوم بکوژم, کۆتایی بە ژیانم, کۆتایی بە ژیانی خۆم, ژیانی خۆم تەواو بکەم, دەمەوێت بمرم, دەمەوێ بمرم, ئەمەوێت بمرم, ئەمەوێ بمرم, دەمەویت بمرم, دەمەوی بمرم, حەز دەکەم بمرم, حەز ئەکەم بمرم, حەز لە مردن دەکەم, حەزم لە مردنە, نامەوێ بژیم, خۆم ئازار بدەم, ئازاری خۆم بدەم, زیان بە خۆم بگەیەنم, خۆئازاردان, خۆ ئازاردان, خۆبریندارکردن, خۆم بریندار بکەم, هیچ هۆیەک بۆ ژیان, بمرم باشترە, مردنم باشترە, خۆزگە مردبام, کوشتنی خۆم, خوم دەکوژم, خوم ئەکوژم, کۆتایی بە خۆم, ئازاردانی خۆم, خۆم ئازار دەدەم, ئازاری خۆم دەدەم, زیان بە خۆم دەگەیەنم, خۆ بریندارکردن, بریندارکردنی خۆم, خۆم بریندار دەکەم, لە ژیان بێزارم, لە ژیان بێزار بووم, بێزارم لە ژیان, تاقەتی ژیانم نەماوە, تاقەتی ژیانم نییە, xom dakujm, xom dakuzhm, khom dakuzhm, xwe dikujim, xokuji, xokuzhi, khokuzhi, xokushtin, xokushtn, xom bkujm, xom bkuzhm, khom bkuzhm, damawe bmrm, damawet bmrm, dmawe bmrm, dmawet bmrm, demewe bmrm, amawe bmrm, namawe bzhim, xom azar bdam, xwekuştin, xwekujî, xwe bikujim, dixwazim bimirim, dixwazim bimrim, naxwazim bijîm, jiyana xwe biqedînim, xwe birîndar bikim
intent-main-menu = لیستی سەرەکی
    .keywords = لیست, لیستی سەرەکی, مێنیو, مینیو, menu, list, 0
intent-back = گەڕانەوە
    .keywords = گەڕانەوە, گەرانەوە, گەرانەوه, بگەڕێوە, بگەڕێرەوە, دواوە, بۆ دواوە, پێشوو, garanawa, gerranewe, dwawe
intent-language = زمان
    .keywords = زمان, گۆڕینی زمان, زمان بگۆڕە, ziman, zman
intent-help = یارمەتی
    .keywords = یارمەتی, یارمەتی بدە, چۆن کار دەکات, ئەمە چۆن کار دەکات, yarmati, yarmeti
intent-forget = لەبیرم بکە
    .keywords = لەبیرم بکە, لە بیرم بکە, لەبیرم بکه, زانیارییەکانم بسڕەوە, داتاکانم بسڕەوە, lebirim bke, labirm bka
intent-erase = ئەم گفتوگۆیە بسڕەوە
    .keywords = ئەم گفتوگۆیە بسڕەوە, گفتوگۆکە بسڕەوە, سڕینەوەی گفتوگۆ, ئەم چاتە بسڕەوە, چاتەکە بسڕەوە, چاتەکە بسرەوە, سڕینەوەی چات, هەموو شتێک بسڕەوە, هەمووی بسڕەوە, سڕینەوەی خێرا, chataka bsrawa, chateke bisrewe, hamuy bsrawa, hemuy bisrewe, hamu shtek bsrawa

language-menu-prompt = زمانەکەت هەڵبژێرە: ژمارەیەک بنێرە.
language-changed = زمان گۆڕدرا.
not-understood = ببورە، تێنەگەیشتم. تکایە ژمارەی یەکێک لە هەڵبژاردنەکان بنێرە.
help-text =
    ژمارەی هەڵبژاردنێک بنێرە، یان وشەکانی بنووسە.
    «لیست» بنووسە بۆ چوونە سەر لیستی سەرەکی، «گەڕانەوە» بۆ گەڕانەوە بۆ دواوە، «زمان» بۆ گۆڕینی زمان،
    «SOS» بۆ ژمارەکانی فریاکەوتن، و «لەبیرم بکە» بۆ سڕینەوەی ئەوەی دەربارەی تۆ لەبیرمە.
forgotten = هەموو شتێکی ئەم گفتوگۆیەم لەبیر کرد. بۆ دەستپێکردنەوە، هەر شتێک بنووسە.
erase-confirm =
    ئەمە هەموو ئەو نامانە دەسڕێتەوە کە من لێرە ناردوومن، ئەوەی دەربارەی تۆ لەبیرمە دەسڕێتەوە، و من ئەم گفتوگۆیە جێدەهێڵم. نامەکانی خۆت دەمێننەوە: بۆ سڕینەوەیان، پەنجە لەسەر هەر نامەیەک ڕابگرە و «لابردن» یان «سڕینەوە» هەڵبژێرە، پاشان ئەم گفتوگۆیە لە ئەپەکەتدا بسڕەوە.
    ئێستا بیسڕمەوە؟
erase-opt-yes = بەڵێ، ئێستا بیسڕەوە
    .keywords = بەڵێ, بەلێ, بەلی, ئا, ئەرێ, ئەری, بیسڕەوە, bale, bałê, bele, beli, are, ere
erase-opt-no = نەخێر، گفتوگۆکە بهێڵەوە
    .keywords = نەخێر, نا, نە, بهێڵەوە, naxer, nakher, na
erase-cancelled = هیچ شتێک نەسڕایەوە.
erase-relayed-note = تۆ لە ئەپێکی ترەوە بۆم دەنووسیت، وەک واتسئاپ، سیگناڵ یان تێلێگرام. لەوێ نامەکانی من تەنیا تا ئەو کاتەی ئەپەکە ڕێگە بە سڕینەوە دەدات لە مۆبایلەکەت دەسڕێنەوە، بۆیە لەوانەیە هەندێکیان بمێننەوە. ئەم گفتوگۆیە لەو ئەپەشدا بسڕەوە.
erase-incomplete = هێشتا نەمتوانیوە هەموو نامەکانم لەم گفتوگۆیەدا بسڕمەوە. بەردەوام هەوڵ دەدەم، و کاتێک تەواو بوو گفتوگۆکە جێدەهێڵم. بۆ سەلامەتی، ئێستا ئەم گفتوگۆیە لە ئەپەکەتدا بسڕەوە.
welcome-back = بەخێربێیتەوە. ئەمە لیستی سەرەکییە.
cannot-decrypt = نەمتوانی دوایین نامەکەت بخوێنمەوە: بە کلیلێک شاردراوەتەوە کە هێشتا لام نییە. ئەگەر زوو وەڵامم نەدایەوە، تکایە دووبارە بینێرەوە.
content-changed = ئەم بەشەی خزمەتگوزارییەکە گۆڕاوە. ئەمە لیستی سەرەکییە.
emergency-intro = ئەگەر ئێستا لە مەترسیدایت، پەیوەندی بە ژمارەیەکی فریاکەوتنەوە بکە. ئەم ژمارانە بەخۆڕاین:
emergency-outro = تۆ تەنیا نیت. بۆ بەردەوامبوون، وەڵامی دوایین پرسیار بدەرەوە، یان «لیست» بنووسە.
directory-none = هیچ خزمەتگوزارییەکم بۆ ئەمە نەدۆزییەوە. پێویستییەکی تر یان وڵاتێکی تر تاقی بکەرەوە.

## Labels on contact cards.

card-phone = تەلەفۆن
card-sms = نامەی کورت (SMS)
card-whatsapp = واتسئاپ
card-viber = ڤایبەر
card-signal = سیگناڵ
card-email = ئیمەیڵ
card-web = ماڵپەڕ
card-matrix = ماتریکس
card-hours = کاتەکانی کار
card-free = بەخۆڕایی
card-confidential = نهێنی
card-anonymous = پێویست ناکات ناوی خۆت بڵێیت
card-languages = زمانەکان
card-network = ئەندامی

## Opening hours on cards.

hours-always = 24 کاتژمێر، هەموو ڕۆژێک
hours-range = { $days }، { $from }–{ $to }
hours-days-daily = هەموو ڕۆژێک
hours-days-mon-fri = دووشەممە تا هەینی
hours-days-mon-sat = دووشەممە تا شەممە
hours-days-sat-sun = شەممە و یەکشەممە

## Answers used in many flows.

answer-yes = بەڵێ
    .keywords = بەڵێ, بەلێ, بەلی, ئا, ئەرێ, ئەری, bale, bali, beli, ere, yes
answer-no = نەخێر
    .keywords = نەخێر, نەخیر, نا, na, nexer, nakher, no
answer-not-sure = دڵنیا نیم
    .keywords = دڵنیا نیم, دلنیا نیم, نازانم, لەوانەیە, لەوانەیه, ڕەنگە, رەنگە, dlnya nim, dilnya nim, nazanm, nazanim, lawanaya, lewaneye
answer-skip = پێم باشترە نەیڵێم
    .keywords = تێپەڕاندن, تێپەڕێنە, نایڵێم, skip
common-main-menu = لیستی سەرەکی

## Flood control: sent once when someone writes many messages very fast.
slow-down = تۆ نامەکان زۆر خێرا دەنێریت، بۆیە هەندێکیان تێدەپەڕێنم. تکایە چەند چرکەیەک چاوەڕێ بکە، پاشان دووبارە بنووسە. ئەگەر لە مەترسیدایت، پەیوەندی بە ژمارەیەکی فریاکەوتنەوە بکە.

attachment-unreadable = من تەنیا دەتوانم نامەی نووسراو بخوێنمەوە، بۆیە نەمتوانی گوێ لەوە بگرم یان ئەوە ببینم کە ناردت. تکایە چەند وشەیەک، یان ژمارەی هەڵبژاردنێک بنووسە. «لیست» بنووسە بۆ لیستی سەرەکی، یان «SOS» بۆ ژمارەکانی فریاکەوتن.
