## DRAFT translation: not yet reviewed by a native speaker.

## Talking with a person: a worker or peer volunteer of a team answers in this chat, through
## the bot. Neither side sees who the other is. Sent by the bot itself (see docs/teams.md).
## $team is the team's own name, as the configuration writes it.

## Typed as the whole message, from anywhere: the bot offers a person.
intent-person = له یوه انسان سره خبرې
    .keywords = له یوه انسان سره خبرې, له یو انسان سره خبرې, له انسان سره خبرې, له یوه انسان سره خبرې کول, غواړم له یوه انسان سره خبرې وکړم, غواړم له یو چا سره خبرې وکړم, له یو چا سره خبرې, ریښتینی انسان, اصلي انسان, کارکوونکی, کارکوونکي, رضاکار, la yaw insan sara khabare, la insan sara khabare, ghwaram la yaw insan sara khabare wkram, la yaw cha sara khabare, rekhtinay insan, karkawunki, razakar
## "Bot" brings the bot back from a conversation with a worker (and, outside one, its menu).
intent-bot = روبوټ
    .keywords = روبوټ, روبوت, ربات, بېرته روبوټ ته, بیرته روبوټ ته, روبوټ ته ورشه, bot, robot, robat
## More words that end a conversation with a worker, counted only during one (elsewhere
## "stop" stops an exercise).
person-stop = بس کړئ
    .keywords = بس کړئ, بس کړه, ودرېږه, ودریږه, پای, خبرې پای ته ورسوه, ختم, ختم کړه, stop, bas kra, khatam

## Before asking, say exactly what the worker will see, and what they will not.
person-consent = یو کارکوونکی یا رضاکار کولای شي همدلته، په همدې چټ کې، له تاسو سره خبرې وکړي. زه ستاسو پیغامونه هغه ته رسوم. هغه به یوازې د دوسیې یوه شمېره، ستاسو ژبه، دا چې په څه کې مرستې ته اړتیا لرئ او ستاسو هېواد (که مو ما ته ویلي وي)، او هغه څه چې له اوس وروسته یې لیکئ، وویني. هغه به ستاسو نوم، ستاسو شمېره یا ستاسو حساب ونه ویني، او تاسو به هم د هغه نوم، شمېره یا حساب ونه وینئ. زه هغه څه نه ساتم چې تاسو یې لیکئ. غواړئ له یوه انسان سره خبرې وکړئ؟
person-opt-yes = هو، غواړم له یوه انسان سره خبرې وکړم
    .keywords = هو, هوکې, هوکي, هو کې, هاو, بلې, ښه, سمه ده, ho, hoo, ao, haw, hoke, hokay, yes, ok, okay
person-opt-no = نه، مننه
    .keywords = نه, نا, نه مننه, na, nah, no
person-declined = سمه ده. ما هېڅ شی له چا سره شریک نه کړ.
person-none = بښنه غواړم، دلته لا څوک نشته چې ستاسو په ژبه له تاسو سره خبرې وکړي. هغه خدمتونه چې زه یې درښیم، کولای شي مرسته درسره وکړي: د اړیکو معلومات یې په مینو کې دي.
person-waiting = ما له { $team } ټیم څخه غوښتنه وکړه. یو انسان به څومره ژر چې وکولای شي، همدلته ځواب درکړي. هغه څه چې اوس یې لیکئ، هغوی ته رسېږي. د درېدلو او ما ته د راګرځېدو لپاره، «روبوټ» ولیکئ.
person-closed =
    { $team } ټیم اوس بند دی. یو انسان کولای شي { $when } له { $time } بجو څخه (د { $place } په وخت) ځواب درکړي، یعنې شاوخوا { $hours ->
        [one] یو ساعت
       *[other] { $hours } ساعته
    } وروسته. ستاسو غوښتنه د هغوی په تمه پاتې کېږي، او هغه څه چې لیکئ هغه وخت هغوی ته رسېږي. د درېدلو او ما ته د راګرځېدو لپاره، «روبوټ» ولیکئ.
person-closed-urgent = که همدا اوس مرستې ته اړتیا لرئ، انتظار مه کوئ: له دې شمېرو څخه یوې ته زنګ ووهئ.
person-joined = د { $team } یو کارکوونکی اوس دلته دی او هغه څه لولي چې تاسو یې لیکئ. تاسو کولای شئ هغه ته ولیکئ.
person-back-to-bot = تاسو بیا له ما سره، له روبوټ سره، خبرې کوئ. کارکوونکي ته مې وویل. هر وخت چې وغواړئ، د بیا غوښتلو لپاره «له یوه انسان سره خبرې» ولیکئ.
person-ended-done = د { $team } کارکوونکي خبرې اترې پای ته ورسولې. تاسو بیا له ما سره، له روبوټ سره، خبرې کوئ. هر وخت چې وغواړئ، د بیا غوښتلو لپاره «له یوه انسان سره خبرې» ولیکئ.
person-ended-idle = څه موده هېچا څه ونه لیکل، نو له کارکوونکي سره خبرې اترې پای ته ورسېدې. تاسو بیا له ما سره، له روبوټ سره، خبرې کوئ. هر وخت چې وغواړئ، د بیا غوښتلو لپاره «له یوه انسان سره خبرې» ولیکئ.
person-text-only = کارکوونکی یوازې لیکلي پیغامونه لوستلای شي: مهرباني وکړئ هغه څه ولیکئ چې ویل یې غواړئ.

## Days, for "a person can answer from { $when }".
day-today = نن
day-tomorrow = سبا
day-mon = دوشنبه
day-tue = سه شنبه
day-wed = چهارشنبه
day-thu = پنجشنبه
day-fri = جمعه
day-sat = شنبه
day-sun = یکشنبه

## The menu option, at the end of the main menu, the crisis answer and the self-checks. Shown
## only when a team takes the person (in the crisis answer, only while it is on duty).
common-talk-to-person = له یوه انسان سره خبرې

## The person said yes, but the bot could not open their request (its store failed).
person-failed = بښنه غواړم، اوس مې له ټیم سره اړیکه ونه شوه نیولای. هېڅ شی شریک نه شو. مهرباني وکړئ وروسته بیا هڅه وکړئ. که بیړنی وي، «SOS» ولیکئ.
