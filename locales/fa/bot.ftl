## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = اضطراری
    .keywords = اضطراری, اورژانس, خطر, در خطر, پلیس, پولیس, آمبولانس, نجاتم بدهید, نجاتم بدین, به دادم برسید, الان کمکم کنید, الان کمکم کن, khatar, dar khatar, polis, sos
intent-crisis = فکر خودکشی یا آسیب زدن به خود
    .keywords = خودکشی, خود کشی, خودمو بکشم, خودم را بکشم, خودم رو بکشم, خودمو می‌کشم, خودمو می کشم, خودم را می‌کشم, خودم را می کشم, خودم رو می‌کشم, می‌خواهم خود را بکشم, می خواهم خود را بکشم, خوده بکشم, خودم ره بکشم, می‌خوام بمیرم, می خوام بمیرم, میخام بمیرم, می‌خواهم بمیرم, می خواهم بمیرم, دلم می‌خواد بمیرم, دلم می‌خواهد بمیرم, کاش بمیرم, کاش مرده بودم, کاش می‌مردم, آرزوی مرگ دارم, آرزوی مرگ می‌کنم, بهتره بمیرم, بهتر است بمیرم, بمیرم بهتره, نمی‌خوام زنده باشم, نمی خوام زنده باشم, نمی‌خواهم زنده باشم, نمی خواهم زنده باشم, نمی‌خوام زنده بمونم, نمی‌خواهم زنده بمانم, دلیلی برای زندگی ندارم, دلیلی برای زنده ماندن ندارم, دلیلی برای زنده موندن ندارم, به زندگیم پایان بدم, به زندگیم پایان بدهم, به زندگی خودم پایان بدم, به زندگی خودم پایان بدهم, به زندگی خود پایان بدهم, به زندگی خود پایان دهم, به زندگی خود خاتمه بدهم, به زندگی خود خاتمه دهم, زندگیمو تموم کنم, زندگیم رو تموم کنم, زندگیم را تمام کنم, زندگی خود را ختم کنم, جان خودم را بگیرم, جان خود را بگیرم, به خودم آسیب بزنم, به خودم آسیب می‌زنم, به خودم آسیب برسانم, به خود آسیب برسانم, به خودم صدمه بزنم, به خودم صدمه می‌زنم, به خود صدمه بزنم, آسیب زدن به خود, آسیب زدن به خودم, خودزنی, خودآسیبی, خودآسیب‌رسانی, خودمو زخمی کنم, خودم را زخمی کنم, کشتن خودم, کلک خودمو بکنم, کلک خودم را بکنم, کلک خودم رو بکنم, به زندگی‌ام پایان بدهم, به زندگی‌ام پایان دهم, به زندگیم خاتمه بدم, به زندگی‌ام خاتمه بدهم, زندگی‌ام را تمام کنم, پایان دادن به زندگیم, پایان دادن به زندگی‌ام, آرزوی مردن دارم, آسیب رساندن به خودم, صدمه زدن به خودم, خودمو زخمی می‌کنم, خودم را زخمی می‌کنم, خود آسیبی, نمی خوام زنده بمونم, نمی خواهم زنده بمانم, از زندگی خسته شدم, از زندگی خسته شده‌ام, از زندگی خسته‌ام, خسته از زندگی, از زندگی سیر شدم, از زندگی سیر شده‌ام, از زندگی سیرم, طاقت زندگی ندارم, طاقت زندگی را ندارم, طاقت زندگی رو ندارم, تحمل زندگی را ندارم, khodkoshi, khodkooshi, khodkushi, khudkushi, khod koshi, khodamo bekosham, khodmo bekosham, khodam ro bekosham, khodamo mikosham, khodmo mikosham, mikham bemiram, mikhaam bemiram, mikhoam bemiram, mikhaham bemiram, mekhaham bemiram, nemikham zende basham, nemikhaam zende basham, be zendegim payan bedam, be khodam asib bezanam, be khodam sadame bezanam, khodzani, az zendegi khaste shodam, az zendegi khastam, az zendegi ser shodam
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
intent-erase = این گفتگو را پاک کن
    .keywords = این گفتگو را پاک کن, گفتگو را پاک کن, گفتگو رو پاک کن, پاک کردن گفتگو, حذف گفتگو, این چت را پاک کن, چت را پاک کن, چت رو پاک کن, پاک کردن چت, حذف چت, همه چیز را پاک کن, همه چی رو پاک کن, همه را پاک کن, پاک کردن سریع, chat ro pak kon, chat ra pak kon, pak kardan chat, hame chi ro pak kon, hame chiz ra pak kon

language-menu-prompt = زبان خود را انتخاب کنید: یک شماره بفرستید.
language-changed = زبان عوض شد.
not-understood = ببخشید، متوجه نشدم. لطفاً شماره یکی از گزینه‌ها را بفرستید.
help-text =
    شماره یک گزینه را بفرستید، یا کلمات آن را بنویسید.
    برای رفتن به منوی اصلی بنویسید «منو»، برای برگشتن «برگشت»، برای تغییر زبان «زبان»،
    برای شماره‌های اضطراری «SOS»، و برای پاک کردن آنچه از شما به یاد دارم «مرا فراموش کن».
forgotten = همه چیز را درباره این گفتگو فراموش کردم. برای شروع دوباره، هر چیزی بنویسید.
erase-confirm =
    با این کار همه پیام‌هایی که من اینجا فرستادم پاک می‌شوند، آنچه از شما به یاد دارم پاک می‌شود، و من از این گفتگو بیرون می‌روم. پیام‌های خود شما می‌مانند: برای پاک کردن آن‌ها، انگشت خود را روی هر پیام نگه دارید و «حذف» یا «پاک کردن» را بزنید، بعد این گفتگو را در برنامه خود پاک کنید.
    همین حالا پاک کنم؟
erase-opt-yes = بله، همین حالا پاک کن
    .keywords = بله, بلی, آره, اره, آری, ها, هو, پاک کن, bale, baleh, bali, are, areh, ari
erase-opt-no = نه، گفتگو را نگه دار
    .keywords = نه, نخیر, خیر, نی, نگه دار, na, nah, nakheir, nakhair
erase-cancelled = چیزی پاک نشد.
erase-relayed-note = شما از برنامه دیگری مثل واتس‌اپ، سیگنال یا تلگرام به من پیام می‌دهید. در آنجا پیام‌های من فقط تا وقتی از گوشی شما پاک می‌شوند که آن برنامه هنوز اجازه پاک کردن بدهد، پس ممکن است بعضی از آن‌ها بمانند. این گفتگو را در آن برنامه هم پاک کنید.
erase-incomplete = هنوز نتوانستم همه پیام‌هایم را در این گفتگو پاک کنم. به تلاش ادامه می‌دهم و وقتی تمام شد از گفتگو بیرون می‌روم. برای امنیت، همین حالا این گفتگو را در برنامه خود پاک کنید.
welcome-back = دوباره خوش آمدید. این منوی اصلی است.
cannot-decrypt = نتوانستم آخرین پیام شما را بخوانم: با کلیدهایی رمزگذاری شده که هنوز ندارم. اگر زود جواب ندادم، لطفاً دوباره آن را بفرستید.
content-changed = این بخش از خدمات تغییر کرده است. این منوی اصلی است.
emergency-intro = اگر همین الان در خطر هستید، با یک شماره اضطراری تماس بگیرید. این شماره‌ها رایگان هستند:
emergency-outro = شما تنها نیستید. برای ادامه، به آخرین سؤال جواب دهید، یا بنویسید «منو».
directory-none = خدمتی برای این پیدا نکردم. نیاز دیگری یا کشور دیگری را امتحان کنید.

## Labels on contact cards.

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
card-languages = زبان‌ها
card-network = عضو

## Opening hours on cards.

hours-always = 24 ساعت، هر روز
hours-range = { $days }، { $from }–{ $to }
hours-days-daily = هر روز
hours-days-mon-fri = دوشنبه تا جمعه
hours-days-mon-sat = دوشنبه تا شنبه
hours-days-sat-sun = شنبه و یکشنبه

## Answers used in many flows.

answer-yes = بله
    .keywords = بله, بلی, آره, ها, bale, baleh, bali, yes
answer-no = نه
    .keywords = نه, خیر, نخیر, نی, na, nah, no
answer-not-sure = مطمئن نیستم
    .keywords = مطمئن نیستم, مطمین نیستم, نمی‌دانم, نمی دانم, نمی‌دونم, نمی دونم, نمیدونم, خبر ندارم, شاید, motmaen nistam, nemidanam, nemidunam, nemidoonam, namidanam, shayad
answer-skip = ترجیح می‌دهم نگویم
    .keywords = رد, رد کن, بگذر, نمی‌گویم, نمیگم, skip
common-main-menu = منوی اصلی

## Flood control: sent once when someone writes many messages very fast.
slow-down = شما پیام‌ها را خیلی سریع می‌فرستید، برای همین بعضی از آن‌ها را رد می‌کنم. لطفاً چند ثانیه صبر کنید، بعد دوباره بنویسید. اگر در خطر هستید، با یک شماره اضطراری تماس بگیرید.

attachment-unreadable = من فقط پیام‌های نوشتاری را می‌توانم بخوانم، برای همین نتوانستم آنچه فرستادید را بشنوم یا ببینم. لطفاً چند کلمه، یا شماره یک گزینه را بنویسید. برای منوی اصلی بنویسید «منو»، و برای شماره‌های اضطراری «SOS».
