## DRAFT translation: not yet reviewed by a native speaker.

intent-emergency = اضطراری
    .keywords = اضطراری, اورژانس, خطر, در خطر, پلیس, پولیس, آمبولانس, نجاتم بدهید, نجاتم بدین, به دادم برسید, الان کمکم کنید, الان کمکم کن, khatar, dar khatar, polis, sos
intent-main-menu = منوی اصلی
    .keywords = منو, مینو, منوی اصلی, فهرست, صفحه اصلی, menu, 0
intent-back = برگشت
    .keywords = برگشت, برگرد, بازگشت, عقب, قبلی, پس, bargasht
intent-language = زبان
    .keywords = زبان, تغییر زبان, عوض کردن زبان, zaban, zabaan
intent-help = راهنما
    .keywords = کمک, راهنما, راهنمایی, این چطور کار می‌کند, چطور کار می‌کند, komak, rahnama
intent-forget = مرا فراموش کن
    .keywords = مرا فراموش کن, منو فراموش کن, فراموشم کن, اطلاعاتم را پاک کن, اطلاعات من را پاک کن, معلوماتم را پاک کن, forget me

language-menu-prompt = زبان خود را انتخاب کنید: یک شماره بفرستید.
language-changed = زبان عوض شد.
not-understood = ببخشید، متوجه نشدم. لطفاً شماره یکی از گزینه‌ها را بفرستید.
help-text =
    شماره یک گزینه را بفرستید، یا کلمات آن را بنویسید.
    برای رفتن به منوی اصلی بنویسید «منو»، برای برگشتن «برگشت»، برای تغییر زبان «زبان»،
    برای شماره‌های اضطراری «SOS»، و برای پاک کردن آنچه از شما به یاد دارم «مرا فراموش کن».
forgotten = همه چیز را درباره این گفتگو فراموش کردم. برای شروع دوباره، هر چیزی بنویسید.
welcome-back = دوباره خوش آمدید. این منوی اصلی است.
cannot-decrypt = نتوانستم آخرین پیام شما را بخوانم: با کلیدهایی رمزگذاری شده که هنوز ندارم. اگر زود جواب ندادم، لطفاً دوباره آن را بفرستید.
content-changed = این بخش از خدمات تغییر کرده است. این منوی اصلی است.
emergency-intro = اگر همین الان در خطر هستید، با یک شماره اضطراری تماس بگیرید. این شماره‌ها رایگان هستند:
emergency-outro = شما تنها نیستید. برای ادامه، به آخرین سؤال جواب دهید، یا بنویسید «منو».
directory-none = خدمتی برای این پیدا نکردم. نیاز دیگری یا کشور دیگری را امتحان کنید.

card-phone = تلفن
card-sms = پیام کوتاه
card-whatsapp = واتس‌اپ
card-viber = وایبر
card-signal = سیگنال
card-email = ایمیل
card-web = وب‌سایت
card-matrix = ماتریکس
card-hours = ساعات کاری
card-free = رایگان
card-confidential = محرمانه
card-anonymous = لازم نیست نام خود را بگویید

answer-yes = بله
    .keywords = بله, بلی, آره, ها, bale, baleh, bali, yes
answer-no = نه
    .keywords = نه, خیر, نخیر, نی, na, nah, no
answer-skip = ترجیح می‌دهم نگویم
    .keywords = رد, رد کن, بگذر, نمی‌گویم, نمیگم, skip
common-main-menu = منوی اصلی
