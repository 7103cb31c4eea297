## DRAFT translation: not yet reviewed by a native speaker.

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

contact-emergency-numbers = ژمارەکانی فریاکەوتن
contact-police = پۆلیس
contact-fire = ئاگرکوژێنەوە
contact-ambulance = ئەمبولانس
contact-emergency-112 = فریاکەوتن (هەموو خزمەتگوزارییەکان)
contact-trafficking-hotline = هێڵی گەرمی دژی بازرگانیکردن بە مرۆڤەوە
contact-asylum-line = هێڵی بەخۆڕایی بۆ داواکارانی پەنابەری
contact-sarajevo = واتسئاپ، سارایێڤۆ
contact-una-sana = واتسئاپ، ئونا-سانا

svc-bchr-description = یارمەتیی یاسایی بەخۆڕایی بۆ ئەو کەسانەی داوای پەنابەری دەکەن.
svc-idc-description = ڕاوێژکاری و پشتگیریی دەروونی-کۆمەڵایەتی، لەوانەش بۆ پەنابەرانی LGBTI+.
svc-astra-description = یارمەتی بۆ ئەو کەسانەی لەوانەیە بووبنە قوربانیی بازرگانیکردن بە مرۆڤەوە: پشتگیریی یاسایی، دەروونی و پزیشکی، لەگەڵ وەرگێڕ.
svc-vasa-prava-description = زانیاری و یارمەتیی یاسایی بەخۆڕایی بۆ ئەو کەسانەی داوای پەنابەری دەکەن.
svc-unhcr-mk-description = هێڵی یارمەتیی UNHCR: بە SMS، ڤایبەر یان واتسئاپ بنووسە.
