## DRAFT translation: not yet reviewed by a native speaker.

intent-emergency = طوارئ
    .keywords = طوارئ, طوارىء, نجدة, النجدة, خطر, في خطر, شرطة, الشرطة, إسعاف, الاسعاف, sos
intent-main-menu = القائمة الرئيسية
    .keywords = قائمة, القائمة, القائمة الرئيسية, الرئيسية, 0
intent-back = رجوع
    .keywords = رجوع, ارجع, عودة, السابق
intent-language = اللغة
    .keywords = اللغة, لغة, تغيير اللغة
intent-help = مساعدة
    .keywords = مساعدة, كيف يعمل هذا
intent-forget = انسني
    .keywords = انسني, احذف بياناتي, امسح بياناتي

language-menu-prompt = اختر لغتك: أرسل رقمًا.
language-changed = تم تغيير اللغة.
not-understood = عذرًا، لم أفهم. من فضلك أرسل رقم أحد الخيارات.
help-text =
    أرسل رقم الخيار، أو اكتب كلماته.
    اكتب «القائمة» للعودة إلى القائمة الرئيسية، و«رجوع» للرجوع، و«اللغة» لتغيير اللغة،
    و«SOS» لأرقام الطوارئ، و«انسني» لحذف ما أتذكره عنك.
forgotten = لقد نسيت كل شيء عن هذه المحادثة. لتبدأ من جديد، اكتب أي شيء.
welcome-back = أهلًا بعودتك. هذه هي القائمة الرئيسية.
cannot-decrypt = لم أستطع قراءة رسالتك الأخيرة: إنها مشفّرة بمفاتيح ليست عندي بعد. إذا لم أُجب قريبًا، أرسلها مرة أخرى من فضلك.
content-changed = تغيّر هذا الجزء من الخدمة. هذه هي القائمة الرئيسية.
emergency-intro = إذا كنت في خطر الآن، اتصل برقم طوارئ. هذه الأرقام مجانية:
emergency-outro = أنت لست وحدك. للمتابعة، أجب عن السؤال الأخير، أو اكتب «القائمة».
directory-none = لم أجد خدمة لهذا. جرّب حاجة أخرى أو بلدًا آخر.

card-phone = هاتف
card-sms = رسالة نصية
card-whatsapp = واتساب
card-viber = فايبر
card-signal = سيغنال
card-email = بريد إلكتروني
card-web = موقع
card-matrix = ماتريكس
card-hours = ساعات العمل
card-free = مجاني
card-confidential = سري
card-anonymous = لا يلزمك أن تذكر اسمك

answer-yes = نعم
    .keywords = نعم, ايوه, أيوه, اي, yes
answer-no = لا
    .keywords = لا, كلا, no
answer-skip = أفضّل ألا أجيب
    .keywords = تخطي, تخطى
common-main-menu = القائمة الرئيسية
