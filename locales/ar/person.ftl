## DRAFT translation: not yet reviewed by a native speaker.

## Talking with a person: a worker or peer volunteer of a team answers in this chat, through
## the bot. Neither side sees who the other is. Sent by the bot itself (see docs/teams.md).
## $team is the team's own name, as the configuration writes it.

## Typed as the whole message, from anywhere: the bot offers a person.
intent-person = التحدث مع شخص
    .keywords = التحدث مع شخص, تحدث مع شخص, الحديث مع شخص, اتحدث مع شخص, اتكلم مع شخص, اريد التحدث مع شخص, اريد التكلم مع شخص, بدي احكي مع شخص, بدي احكي مع حدا, عايز اكلم حد, عايزة اكلم حد, ابي اكلم احد, ابغى اكلم احد, شخص حقيقي, انسان حقيقي, انسان, مع شخص, موظف, موظفة, متطوع, متطوعة, احد العاملين, a7ki ma3 shakhs, bdi a7ki ma3 7ada, bade a7ki ma3 7ada, atkallam ma3 shakhs, 3ayez akallem 7ad, shakhs 7a2i2i, insan, ensan, mowazaf, motatawe3
## "Bot" brings the bot back from a conversation with a worker (and, outside one, its menu).
intent-bot = بوت
    .keywords = بوت, البوت, روبوت, الروبوت, ارجع للبوت, ارجع الى البوت, الرجوع الى البوت, العودة الى البوت, رجوع للبوت, bot, el bot, al bot, the bot
## More words that end a conversation with a worker, counted only during one (elsewhere
## "stop" stops an exercise).
person-stop = توقف
    .keywords = توقف, وقف, ايقاف, انهاء, نهاية, انهاء المحادثة, انهي المحادثة, اوقف المحادثة, وقف المحادثة, stop, wa2ef, wa2if

## Before asking, say exactly what the worker will see, and what they will not.
person-consent = يمكن لأحد العاملين أو المتطوعين التحدث معك هنا، في هذه المحادثة. أنا أنقل رسائلك إليهم. لن يروا إلا رقم حالة، ولغتك، ونوع المساعدة التي تلزمك، وبلدك (إذا كنت قد أخبرتني به)، ورسائلك من الآن فصاعدًا. لن يروا اسمك ولا رقمك ولا حسابك، ولن تظهر لك أسماؤهم ولا أرقامهم ولا حساباتهم. لا أحتفظ برسائلك. هل يناسبك التحدث مع شخص؟
person-opt-yes = نعم، أريد التحدث مع شخص
    .keywords = نعم, ايوه, أيوه, ايوا, اي, أجل, اه, موافق, موافقة, تمام, اوكي, na3am, aywa, aiwa, iwa, tamam, yes, ok, okay
person-opt-no = لا، شكرًا
    .keywords = لا, لأ, كلا, لا شكرا, la, laa, la2, no
person-declined = لا بأس. لم أشارك أي شيء.
person-none = عذرًا، لا يوجد هنا بعد من يمكنه التحدث معك بلغتك. الخدمات التي أعرضها يمكنها مساعدتك: أرقام التواصل معها موجودة في القائمة.
person-waiting = تواصلتُ مع فريق { $team }. سيجيبك شخص هنا في أقرب وقت ممكن. رسائلك من الآن تصل إليهم. للتوقف والعودة إليّ، يمكنك كتابة «بوت».
person-closed =
    فريق { $team } خارج ساعات العمل الآن. يمكن لشخص أن يجيبك اعتبارًا من { $when } في الساعة { $time } (بتوقيت { $place })، أي بعد نحو { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }. طلبك سيبقى بانتظارهم، ورسائلك ستصل إليهم حينها. للتوقف والعودة إليّ، يمكنك كتابة «بوت».
person-closed-urgent = إذا كانت المساعدة تلزمك الآن، فلا داعي للانتظار: يُرجى الاتصال بأحد هذه الأرقام.
person-joined = أحد العاملين في { $team } موجود هنا الآن ويقرأ رسائلك. يمكنك الكتابة إليهم.
person-back-to-bot = المحادثة الآن معي من جديد، أنا البوت. أبلغتُ العامل بذلك. يمكنك كتابة «التحدث مع شخص» في أي وقت لطلب ذلك مرة أخرى.
person-ended-done = أنهى العامل في { $team } المحادثة. المحادثة الآن معي من جديد، أنا البوت. يمكنك كتابة «التحدث مع شخص» في أي وقت لطلب ذلك مرة أخرى.
person-ended-idle = لم يكتب أحد منذ فترة، لذلك انتهت المحادثة مع العامل. المحادثة الآن معي من جديد، أنا البوت. يمكنك كتابة «التحدث مع شخص» في أي وقت لطلب ذلك مرة أخرى.
person-text-only = يستطيع العامل قراءة الرسائل المكتوبة فقط: يُرجى كتابة رسالتك نصًّا.

## Days, for "a person can answer from { $when }".
day-today = اليوم
day-tomorrow = الغد
day-mon = الاثنين
day-tue = الثلاثاء
day-wed = الأربعاء
day-thu = الخميس
day-fri = الجمعة
day-sat = السبت
day-sun = الأحد

## The menu option, at the end of the main menu, the crisis answer and the self-checks. Shown
## only when a team takes the person (in the crisis answer, only while it is on duty).
common-talk-to-person = التحدث مع شخص

## The person said yes, but the bot could not open their request (its store failed).
person-failed = عذرًا، لم أستطع الوصول إلى الفريق الآن. لم يُشارَك أي شيء. يُرجى المحاولة مرة أخرى لاحقًا. إذا كان الأمر عاجلًا، يُرجى كتابة «SOS».
