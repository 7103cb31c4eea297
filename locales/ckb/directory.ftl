## DRAFT translation: not yet reviewed by a native speaker.

## Countries, as shown in menus and above emergency numbers.
## `.keywords` are other names a person may type.

country-rs = سربیا
    .keywords = سێربیا, صربیا, serbia, srbija, србија
country-ba = بۆسنیا و هەرزەگۆڤینا
    .keywords = بۆسنیا, بوسنیا, bosnia, bih, bosna
country-mk = مەقدۆنیای باکوور
    .keywords = مەقدۆنیا, مقدونیا, macedonia, north macedonia, makedonija
country-me = مۆنتینیگرۆ
    .keywords = مونتینیگرو, montenegro, crna gora
country-al = ئەلبانیا
    .keywords = ئالبانیا, albania, shqiperia
country-xk = کۆسۆڤۆ
    .keywords = کوسوڤو, کوسوفو, kosovo, kosova
country-hr = کرواتیا
    .keywords = کرواسیا, croatia, hrvatska
country-unknown = دڵنیا نیم / پێم باشترە نەیڵێم
ask-country-prompt = ئێستا لە چ وڵاتێکیت؟ ئەمە یارمەتیم دەدات ژمارە دروستەکانت پیشان بدەم.

## Titles of emergency and hotline cards.

contact-emergency-numbers = ژمارەکانی فریاکەوتن
contact-police = پۆلیس
contact-fire = ئاگرکوژێنەوە
contact-ambulance = ئەمبولانس
contact-emergency-112 = فریاکەوتن (هەموو خزمەتگوزارییەکان)
contact-trafficking-hotline = هێڵی گەرمی دژی بازرگانیکردن بە مرۆڤەوە
contact-asylum-line = هێڵی بەخۆڕایی بۆ داواکارانی پەنابەری
contact-sarajevo = واتسئاپ، سارایێڤۆ
contact-una-sana = واتسئاپ، ئونا-سانا
contact-crisis-line = هێڵی پشتگیریی دەروونی
contact-ba-no-112 = ژمارەی 112 لە بۆسنیا و هەرزەگۆڤینا کار ناکات. پەیوەندی بە 122، 123 یان 124 بکە.
contact-al-reports-to-police = هێڵی گەرمی نیشتمانی. ڕاپۆرتەکان بۆ پۆلیس دەنێردرێن.
contact-rs-112-uncertain = لە سربیا، پەیوەندی بە 192، 193 یان 194 بکە: لەوانەیە 112 کار نەکات.

## Descriptions of services.

svc-bchr-description = یارمەتیی یاسایی بەخۆڕایی بۆ ئەو کەسانەی داوای پەنابەری دەکەن.
svc-idc-description = ڕاوێژکاری و پشتگیریی دەروونی-کۆمەڵایەتی بۆ پەنابەرانی LGBTI+ پێشکەش دەکرد (2018–19). بۆ ئەو یارمەتییەی ئێستا دەیدات، سەیری ماڵپەڕەکەی بکە.
svc-astra-description = یارمەتی بۆ ئەو کەسانەی لەوانەیە بووبنە قوربانیی بازرگانیکردن بە مرۆڤەوە: پشتگیریی یاسایی، دەروونی و پزیشکی، لەگەڵ وەرگێڕ.
svc-vasa-prava-description = زانیاری و یارمەتیی یاسایی بەخۆڕایی بۆ ئەو کەسانەی داوای پەنابەری دەکەن.
svc-unhcr-mk-description = هێڵی یارمەتیی UNHCR: بە SMS، ڤایبەر یان واتسئاپ بنووسە.
svc-ideas-description = یارمەتیی یاسایی بەخۆڕایی بۆ ئەو کەسانەی دەیانەوێت لە فڕۆکەخانە داوای پەنابەری بکەن.
svc-srce-description = کەسێک کە لەگەڵی قسە بکەیت کاتێک حاڵت زۆر خراپە، لەوانەش کاتێک بیر لە خۆکوشتن دەکەیتەوە. بەخۆڕایی و نهێنییە؛ پێویست ناکات ناوی خۆت بڵێیت.
svc-national-sos-description = هێڵی نیشتمانیی بێبەرامبەر بۆ ڕێگریکردن لە خۆکوژی، شەو و ڕۆژ. کاتێک پەیوەندییەکە گیرا، 1 هەڵبژێرە.
svc-crpk-description = زانیاری بۆ پەنابەران و داواکارانی پەنابەری. خزمەتگوزارییەکان بەخۆڕاین: ڕاپۆرت لەسەر هەر کەسێک بدە کە داوای پارەت لێ دەکات.
svc-unhcr-help-description = زانیاری UNHCR بۆ پەنابەران و داواکارانی پەنابەری لەم وڵاتە: مافەکانت، داواکردنی پەنابەری، و لە کوێ یارمەتی دەدۆزیتەوە.
svc-zivotna-linija-description = هێڵێکی بەخۆڕایی بۆ ئەو کەسانەی زۆر دڵتەنگن یان بیر لە خۆکوشتن دەکەنەوە.
