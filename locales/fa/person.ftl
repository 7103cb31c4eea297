## DRAFT translation: not yet reviewed by a native speaker.

## Talking with a person: a worker or peer volunteer of a team answers in this chat, through
## the bot. Neither side sees who the other is. Sent by the bot itself (see docs/teams.md).
## $team is the team's own name, as the configuration writes it.

## Typed as the whole message, from anywhere: the bot offers a person.
intent-person = صحبت با یک نفر
    .keywords = صحبت با یک نفر, صحبت با یک انسان, صحبت با آدم, با یک نفر صحبت کنم, با یه نفر حرف بزنم, با یک آدم حرف بزنم, با یک نفر گپ بزنم, می‌خواهم با یک نفر صحبت کنم, میخوام با یه نفر حرف بزنم, میخوام با یه آدم حرف بزنم, آدم واقعی, یه آدم واقعی, انسان واقعی, انسان, کارمند, کارکن, داوطلب, رضاکار, sohbat ba yek nafar, sohbat ba ye nafar, harf ba ye nafar, mikham ba ye nafar harf bezanam, ba yak nafar gap bezanam, adam vaghei, adam vaqei, ensan, karmand, davtalab, razakar
## "Bot" brings the bot back from a conversation with a worker (and, outside one, its menu).
intent-bot = ربات
    .keywords = ربات, روبات, روبوت, برگشت به ربات, برگرد به ربات, بازگشت به ربات, bot, robot, robat
## More words that end a conversation with a worker, counted only during one (elsewhere
## "stop" stops an exercise).
person-stop = توقف
    .keywords = توقف, پایان, پایان گفتگو, تمامش کن, گفتگو را تمام کن, گفتگو رو تموم کن, stop, tavaghof, payan

## Before asking, say exactly what the worker will see, and what they will not.
person-consent = یکی از کارکنان یا داوطلبان می‌تواند همین‌جا، در همین گفتگو، با شما صحبت کند. من پیام‌های شما را به او می‌رسانم. او فقط یک شماره پرونده، زبان شما، اینکه برای چه چیزی کمک لازم دارید و کشور شما (اگر به من گفته باشید)، و آنچه از این به بعد می‌نویسید را می‌بیند. او نام شما، شماره شما یا حساب شما را نمی‌بیند، و شما هم نام، شماره یا حساب او را نمی‌بینید. من آنچه را می‌نویسید نگه نمی‌دارم. می‌خواهید با یک نفر صحبت کنید؟
person-opt-yes = بله، می‌خواهم با یک نفر صحبت کنم
    .keywords = بله, بلی, آره, اره, ها, باشه, باشد, اوکی, bale, baleh, bali, are, areh, bashe, okey, yes, ok, okay
person-opt-no = نه، ممنون
    .keywords = نه, نخیر, خیر, نی, نه ممنون, نه مرسی, na, nah, nakheir, no
person-declined = مشکلی نیست. هیچ چیزی را به کسی ندادم.
person-none = متأسفم، اینجا هنوز کسی نیست که بتواند به زبان شما با شما صحبت کند. خدماتی که معرفی می‌کنم می‌توانند به شما کمک کنند: راه‌های تماس با آن‌ها در منو هست.
person-waiting = از تیم { $team } درخواست کردم. یک نفر به محض اینکه بتواند، همین‌جا جواب می‌دهد. آنچه حالا می‌نویسید به او می‌رسد. برای توقف و برگشتن پیش من، بنویسید «ربات».
person-closed = تیم { $team } الان بسته است. یک نفر می‌تواند از { $when } ساعت { $time } (به وقت { $place }) جواب بدهد، یعنی حدود { $hours } ساعت دیگر. درخواست شما منتظر آن‌ها می‌ماند، و آنچه می‌نویسید آن وقت به آن‌ها می‌رسد. برای توقف و برگشتن پیش من، بنویسید «ربات».
person-closed-urgent = اگر همین الان کمک لازم دارید، صبر نکنید: با یکی از این شماره‌ها تماس بگیرید.
person-joined = یکی از کارکنان { $team } الان اینجاست و آنچه می‌نویسید را می‌خواند. می‌توانید به او پیام بدهید.
person-back-to-bot = دوباره با من، ربات، صحبت می‌کنید. به کارمند خبر دادم. هر وقت خواستید، برای درخواست دوباره بنویسید «صحبت با یک نفر».
person-ended-done = کارمند { $team } گفتگو را بست. دوباره با من، ربات، صحبت می‌کنید. هر وقت خواستید، برای درخواست دوباره بنویسید «صحبت با یک نفر».
person-ended-idle = مدتی کسی چیزی ننوشت، برای همین گفتگو با کارمند تمام شد. دوباره با من، ربات، صحبت می‌کنید. هر وقت خواستید، برای درخواست دوباره بنویسید «صحبت با یک نفر».
person-text-only = کارمند فقط می‌تواند پیام‌های نوشتاری را بخواند: لطفاً آنچه می‌خواهید بگویید را بنویسید.

## Days, for "a person can answer from { $when }".
day-today = امروز
day-tomorrow = فردا
day-mon = دوشنبه
day-tue = سه‌شنبه
day-wed = چهارشنبه
day-thu = پنجشنبه
day-fri = جمعه
day-sat = شنبه
day-sun = یکشنبه

## The menu option, at the end of the main menu, the crisis answer and the self-checks. Shown
## only when a team takes the person (in the crisis answer, only while it is on duty).
common-talk-to-person = صحبت با یک نفر

## The person said yes, but the bot could not open their request (its store failed).
person-failed = متأسفم، الان نتوانستم با تیم تماس بگیرم. هیچ چیزی به کسی داده نشد. لطفاً بعداً دوباره امتحان کنید. اگر فوری است، بنویسید «SOS».
