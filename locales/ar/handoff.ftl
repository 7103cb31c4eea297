## DRAFT translation: not yet reviewed by a native speaker.

## Consented hand-off: a worker of a service writes to the person, only if they say yes.
## `handoff-failed` and `handoff-acknowledged` are sent by the bot itself; the others are for
## flows that offer a hand-off (see docs/flows.md, "Hand-off to a worker").
## $service is the service's own name, as written.

handoff-offer = هل يناسبك أن يتواصل معك أحد العاملين في { $service }؟ يمكنك الرفض.
handoff-shares-direct = إذا قلت نعم، سأعطيهم فقط اسمك على ماتريكس، ولغتك، ونوع المساعدة التي تلزمك، ولا شيء غير ذلك.
handoff-shares-relayed = إذا قلت نعم، سأعطيهم رقم هاتفك (أو حسابك في التطبيق الذي تصلني منه رسائلك)، ولغتك، ونوع المساعدة التي تلزمك، ولا شيء غير ذلك، ليتمكنوا من الكتابة إليك أو الاتصال بك.
handoff-opt-yes = نعم، يمكنهم أن يكتبوا لي
    .keywords = نعم, ايوه, أيوه, ايوا, اي, أجل, اه, موافق, موافقة, تمام, طيب, حسنا, اوكي, na3am, aywa, aiwa, iwa, tamam, tmam, yes, ok, okay
handoff-opt-no = لا، شكرًا
    .keywords = لا, لأ, كلا, لا شكرا, la, laa, la2, no
handoff-passed = أرسلتُ طلبك. عندما يراه أحد العاملين، سأخبرك هنا. قد يأخذ هذا بعض الوقت؛ إذا كان الأمر عاجلًا، يُرجى كتابة «SOS».
handoff-declined = لا بأس. لم أشارك أي شيء.
handoff-failed = عذرًا، لم أستطع إرسال طلبك الآن. لم يُشارَك أي شيء. يمكنك التواصل مع الخدمة بنفسك بالمعلومات التي عرضتها عليك، أو المحاولة مرة أخرى لاحقًا.
handoff-acknowledged = أحد العاملين في { $service } رأى طلبك وسيكتب لك. قد تصلك رسالته على شكل دعوة جديدة إلى محادثة.
