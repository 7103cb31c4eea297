## DRAFT translation: not yet reviewed by a native speaker.

## Countries, as shown in menus and above emergency numbers.
## `.keywords` are other names a person may type.

country-rs = صربستان
    .keywords = صربستان, سربیا, serbia, srbija, србија
country-ba = بوسنی و هرزگوین
    .keywords = بوسنی و هرزگوین, بوسنی, بوسنیا, بوسنیا و هرزگوین, bosnia, bosnia and herzegovina, bih, bosna
country-mk = مقدونیه شمالی
    .keywords = مقدونیه شمالی, مقدونیه, north macedonia, macedonia, makedonija
country-me = مونته‌نگرو
    .keywords = مونته‌نگرو, مونته نگرو, مونتینیگرو, montenegro, crna gora
country-al = آلبانی
    .keywords = آلبانی, آلبانیا, albania, shqiperia
country-xk = کوزوو
    .keywords = کوزوو, کوسوو, kosovo, kosova
country-hr = کرواسی
    .keywords = کرواسی, کرواسیا, کروشیا, croatia, hrvatska
country-unknown = مطمئن نیستم / ترجیح می‌دهم نگویم
ask-country-prompt = الان در کدام کشور هستید؟ این به من کمک می‌کند شماره‌های درست را نشان دهم.

## Titles of emergency and hotline cards.

contact-emergency-numbers = شماره‌های اضطراری
contact-police = پلیس
contact-fire = آتش‌نشانی
contact-ambulance = آمبولانس
contact-emergency-112 = اضطراری (همه خدمات)
contact-trafficking-hotline = خط کمک برای قربانیان قاچاق انسان (کار اجباری و بهره‌کشی)
contact-asylum-line = خط رایگان برای پناهجویان
contact-sarajevo = واتس‌اپ، سارایوو
contact-una-sana = واتس‌اپ، اونا-سانا
contact-crisis-line = خط حمایت عاطفی
contact-ba-no-112 = شماره 112 در بوسنی و هرزگوین کار نمی‌کند. با 122، 123 یا 124 تماس بگیرید.
contact-al-reports-to-police = خط تلفن ملی. گزارش‌ها به پلیس داده می‌شوند.
contact-rs-112-uncertain = در صربستان با 192، 193 یا 194 تماس بگیرید: ممکن است 112 کار نکند.

## Descriptions of services.

svc-bchr-description = کمک حقوقی رایگان برای پناهجویان.
svc-idc-description = برای پناهندگان LGBTI+ مشاوره و حمایت روانی-اجتماعی ارائه می‌داد (2018–19). برای اینکه بدانید الان چه کمکی می‌کند، وب‌سایت آن را ببینید.
svc-astra-description = کمک برای کسانی که ممکن است قربانی قاچاق انسان (کار اجباری و بهره‌کشی) شده باشند: حمایت حقوقی، روانی و پزشکی، همراه با مترجم.
svc-vasa-prava-description = اطلاعات و کمک حقوقی رایگان برای پناهجویان.
svc-unhcr-mk-description = خط کمک UNHCR: از طریق پیام کوتاه، وایبر یا واتس‌اپ پیام بنویسید.
svc-ideas-description = کمک حقوقی رایگان برای کسانی که می‌خواهند در فرودگاه درخواست پناهندگی کنند.
svc-srce-description = کسی برای صحبت کردن، وقتی حال شما خیلی بد است، از جمله وقتی به خودکشی فکر می‌کنید. رایگان و محرمانه؛ لازم نیست نام خود را بگویید.
svc-national-sos-description = خط ملی رایگان برای پیشگیری از خودکشی، شبانه‌روزی. وقتی تماس وصل شد، 1 را انتخاب کنید.
svc-crpk-description = اطلاعات برای پناهندگان و پناهجویان. خدمات رایگان است: هر کسی را که از شما پول بخواهد گزارش دهید.
svc-unhcr-help-description = اطلاعات کمیساریای عالی پناهندگان (UNHCR) برای پناهندگان و پناهجویان در این کشور: حقوق شما، درخواست پناهندگی و جاهایی که می‌توانید کمک بگیرید.
svc-zivotna-linija-description = خط رایگان برای کسانی که حال روحی‌شان خیلی بد است یا به خودکشی فکر می‌کنند.
