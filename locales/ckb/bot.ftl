## DRAFT translation: not yet reviewed by a native speaker.

intent-emergency = فریاکەوتن
    .keywords = فریاکەوتن, فریاکەوتنی خێرا, فریام بکەون, فریام کەون, مەترسی, لە مەترسیدام, لەمەترسیدام, پۆلیس, پولیس, ئەمبولانس, ئەمبوڵانس, sos, firyakewtin, metirsi, polis, ambulans
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

language-menu-prompt = زمانەکەت هەڵبژێرە: ژمارەیەک بنێرە.
language-changed = زمان گۆڕدرا.
not-understood = ببورە، تێنەگەیشتم. تکایە ژمارەی یەکێک لە هەڵبژاردنەکان بنێرە.
help-text =
    ژمارەی هەڵبژاردنێک بنێرە، یان وشەکانی بنووسە.
    «لیست» بنووسە بۆ چوونە سەر لیستی سەرەکی، «گەڕانەوە» بۆ گەڕانەوە بۆ دواوە، «زمان» بۆ گۆڕینی زمان،
    «SOS» بۆ ژمارەکانی فریاکەوتن، و «لەبیرم بکە» بۆ سڕینەوەی ئەوەی دەربارەی تۆ لەبیرمە.
forgotten = هەموو شتێکی ئەم گفتوگۆیەم لەبیر کرد. بۆ دەستپێکردنەوە، هەر شتێک بنووسە.
welcome-back = بەخێربێیتەوە. ئەمە لیستی سەرەکییە.
cannot-decrypt = نەمتوانی دوایین نامەکەت بخوێنمەوە: بە کلیلێک شاردراوەتەوە کە هێشتا لام نییە. ئەگەر زوو وەڵامم نەدایەوە، تکایە دووبارە بینێرەوە.
content-changed = ئەم بەشەی خزمەتگوزارییەکە گۆڕاوە. ئەمە لیستی سەرەکییە.
emergency-intro = ئەگەر ئێستا لە مەترسیدایت، پەیوەندی بە ژمارەیەکی فریاکەوتنەوە بکە. ئەم ژمارانە بەخۆڕاین:
emergency-outro = تۆ تەنیا نیت. بۆ بەردەوامبوون، وەڵامی دوایین پرسیار بدەرەوە، یان «لیست» بنووسە.
directory-none = هیچ خزمەتگوزارییەکم بۆ ئەمە نەدۆزییەوە. پێویستییەکی تر یان وڵاتێکی تر تاقی بکەرەوە.

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

answer-yes = بەڵێ
    .keywords = بەڵێ, بەلێ, بەلی, ئا, ئەرێ, ئەری, bale, bali, beli, ere, yes
answer-no = نەخێر
    .keywords = نەخێر, نەخیر, نا, na, nexer, nakher, no
answer-skip = پێم باشترە نەیڵێم
    .keywords = تێپەڕاندن, تێپەڕێنە, نایڵێم, skip
common-main-menu = لیستی سەرەکی
