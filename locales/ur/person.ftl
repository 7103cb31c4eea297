## DRAFT translation: not yet reviewed by a native speaker.

## Talking with a person: a worker or peer volunteer of a team answers in this chat, through
## the bot. Neither side sees who the other is. Sent by the bot itself (see docs/teams.md).
## $team is the team's own name, as the configuration writes it.

## Typed as the whole message, from anywhere: the bot offers a person.
intent-person = کسی انسان سے بات کریں
    .keywords = کسی انسان سے بات کریں, کسی انسان سے بات کرنی ہے, کسی انسان سے بات کرنا ہے, انسان سے بات کرنی ہے, انسان سے بات, اصلی انسان, حقیقی انسان, کسی بندے سے بات کرنی ہے, بندے سے بات, کارکن, رضاکار, ورکر, والنٹیئر, kisi insan se baat karein, kisi insaan se baat karein, kisi insan se baat karni hai, kisi insaan se baat karni hai, insan se baat, insaan se baat, asli insan, asli insaan, kisi bande se baat karni hai, bande se baat, karkun, razakar, worker, volunteer, talk to a person, human
## "Bot" brings the bot back from a conversation with a worker (and, outside one, its menu).
intent-bot = روبوٹ
    .keywords = روبوٹ, روبوٹ سے بات, روبوٹ پر واپس, واپس روبوٹ, چیٹ بوٹ, bot, robot, chatbot, chat bot
## More words that end a conversation with a worker, counted only during one (elsewhere
## "stop" stops an exercise).
person-stop = ختم کریں
    .keywords = ختم, ختم کریں, ختم کرو, بات ختم کریں, بات ختم کرو, روکیں, رکیں, stop, khatam, khatam karo, khatam karein, baat khatam karo

## Before asking, say exactly what the worker will see, and what they will not.
person-consent = کوئی کارکن یا رضاکار یہیں، اسی چیٹ میں، آپ سے بات کر سکتا ہے۔ میں آپ کے پیغامات ان تک پہنچاتا ہوں۔ وہ صرف ایک کیس نمبر، آپ کی زبان، یہ کہ آپ کو کس چیز میں مدد چاہیے اور آپ کا ملک (اگر آپ نے مجھے بتایا ہو)، اور جو کچھ آپ اب سے لکھیں گے، دیکھیں گے۔ وہ آپ کا نام، آپ کا نمبر یا آپ کا اکاؤنٹ نہیں دیکھیں گے، اور آپ بھی ان کا نام، نمبر یا اکاؤنٹ نہیں دیکھیں گے۔ آپ جو لکھتے ہیں، میں اسے محفوظ نہیں رکھتا۔ کیا آپ کسی انسان سے بات کرنا چاہتے ہیں؟
person-opt-yes = جی ہاں، کسی انسان سے بات کرنی ہے
    .keywords = ہاں, جی, جی ہاں, ہاں جی, ٹھیک ہے, اوکے, haan, han, haa, ha, ji, jee, ji haan, haan ji, theek hai, thik hai, yes, ok, okay
person-opt-no = نہیں، شکریہ
    .keywords = نہیں, نہ, جی نہیں, نا, nahi, nahin, nai, nahee, na, ji nahi, no
person-declined = کوئی بات نہیں۔ میں نے کچھ بھی شیئر نہیں کیا۔
person-none = معاف کیجیے، یہاں ابھی کوئی ایسا نہیں جو آپ کی زبان میں آپ سے بات کر سکے۔ میں جو سروسز بتاتا ہوں وہ آپ کی مدد کر سکتی ہیں: ان کے رابطے مینیو میں ہیں۔
person-waiting = میں نے { $team } ٹیم سے کہہ دیا ہے۔ کوئی شخص جتنی جلدی ہو سکے یہیں جواب دے گا۔ اب آپ جو لکھیں گے وہ ان تک پہنچے گا۔ رکنے اور میرے پاس واپس آنے کے لیے "روبوٹ" لکھیں۔
person-closed = { $team } ٹیم ابھی بند ہے۔ کوئی شخص { $when } { $time } بجے سے ({ $place } کے وقت کے مطابق) جواب دے سکتا ہے، یعنی تقریباً { $hours } گھنٹے بعد۔ آپ کی درخواست ان کا انتظار کرے گی، اور آپ جو لکھیں گے وہ تب ان تک پہنچے گا۔ رکنے اور میرے پاس واپس آنے کے لیے "روبوٹ" لکھیں۔
person-closed-urgent = اگر آپ کو ابھی مدد چاہیے تو انتظار نہ کریں: ان میں سے کسی ایک پر کال کریں۔
person-joined = { $team } کے ایک کارکن اب یہاں موجود ہیں اور آپ جو لکھیں گے وہ پڑھیں گے۔ آپ انہیں لکھ سکتے ہیں۔
person-back-to-bot = آپ دوبارہ مجھ سے، یعنی روبوٹ سے، بات کر رہے ہیں۔ میں نے کارکن کو بتا دیا ہے۔ دوبارہ درخواست کرنے کے لیے کسی بھی وقت "کسی انسان سے بات کریں" لکھیں۔
person-ended-done = { $team } کے کارکن نے بات چیت ختم کر دی ہے۔ آپ دوبارہ مجھ سے، یعنی روبوٹ سے، بات کر رہے ہیں۔ دوبارہ درخواست کرنے کے لیے کسی بھی وقت "کسی انسان سے بات کریں" لکھیں۔
person-ended-idle = کچھ دیر سے کسی نے کچھ نہیں لکھا، اس لیے کارکن کے ساتھ بات چیت ختم ہو گئی ہے۔ آپ دوبارہ مجھ سے، یعنی روبوٹ سے، بات کر رہے ہیں۔ دوبارہ درخواست کرنے کے لیے کسی بھی وقت "کسی انسان سے بات کریں" لکھیں۔
person-text-only = کارکن صرف لکھے ہوئے پیغامات پڑھ سکتے ہیں: براہِ کرم جو کہنا چاہتے ہیں وہ لکھ دیں۔

## Days, for "a person can answer from { $when }".
day-today = آج
day-tomorrow = کل
day-mon = پیر
day-tue = منگل
day-wed = بدھ
day-thu = جمعرات
day-fri = جمعہ
day-sat = ہفتہ
day-sun = اتوار

## The menu option, at the end of the main menu, the crisis answer and the self-checks. Shown
## only when a team takes the person (in the crisis answer, only while it is on duty).
common-talk-to-person = کسی انسان سے بات کریں

## The person said yes, but the bot could not open their request (its store failed).
person-failed = معاف کیجیے، میں ابھی ٹیم تک نہیں پہنچ سکا۔ کچھ بھی شیئر نہیں کیا گیا۔ براہِ کرم بعد میں دوبارہ کوشش کریں۔ اگر فوری ہو تو "SOS" لکھیں۔
