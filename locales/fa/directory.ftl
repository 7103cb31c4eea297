## DRAFT translation: not yet reviewed by a native speaker.

country-rs = صربستان
    .keywords = صربستان, سربیا, serbia, srbija, србија
country-ba = بوسنی و هرزگوین
    .keywords = بوسنی و هرزگوین, بوسنی, bosnia, bosnia and herzegovina, bih, bosna
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

contact-emergency-numbers = شماره‌های اضطراری
contact-police = پلیس
contact-fire = آتش‌نشانی
contact-ambulance = آمبولانس
contact-emergency-112 = اضطراری (همه خدمات)
contact-trafficking-hotline = خط تلفن مبارزه با قاچاق انسان
contact-asylum-line = خط رایگان برای پناهجویان
contact-sarajevo = واتس‌اپ، سارایوو
contact-una-sana = واتس‌اپ، اونا-سانا

svc-bchr-description = کمک حقوقی رایگان برای پناهجویان.
svc-idc-description = مشاوره و حمایت روانی-اجتماعی، از جمله برای پناهندگان LGBTI+.
svc-astra-description = کمک برای کسانی که ممکن است گرفتار قاچاق انسان شده باشند: حمایت حقوقی، روانی و پزشکی، همراه با مترجم.
svc-vasa-prava-description = اطلاعات و کمک حقوقی رایگان برای پناهجویان.
svc-unhcr-mk-description = خط کمک UNHCR: از طریق پیام کوتاه، وایبر یا واتس‌اپ پیام بنویسید.
