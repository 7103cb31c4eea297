## DRAFT translation: not yet reviewed by a native speaker.

## Talking with a person: a worker or peer volunteer of a team answers in this chat, through
## the bot. Neither side sees who the other is. Sent by the bot itself (see docs/teams.md).
## $team is the team's own name, as the configuration writes it.

## Typed as the whole message, from anywhere: the bot offers a person.
intent-person = قسەکردن لەگەڵ کەسێک
    .keywords = قسەکردن لەگەڵ کەسێک, قسەکردن لەگەل کەسێک, قسە لەگەڵ کەسێک, قسە لەگەل کەسیک, دەمەوێت قسە لەگەڵ کەسێک بکەم, دەمەوێ قسە لەگەڵ کەسێک بکەم, ئەمەوێ قسە لەگەڵ کەسێک بکەم, قسە لەگەڵ مرۆڤ, مرۆڤێکی ڕاستەقینە, کەسێکی ڕاستەقینە, کەسێکی راستەقینە, کارمەند, کارمەندێک, خۆبەخش, خۆبەخشێک, qsakrdn lagal kasek, qsa lagal kasek, qse legel kesek, demewe qse legel kesek bkem, karmand, karmend, xobexsh, khobakhsh
## "Bot" brings the bot back from a conversation with a worker (and, outside one, its menu).
intent-bot = ڕۆبۆت
    .keywords = ڕۆبۆت, رۆبۆت, روبوت, ڕۆبۆتەکە, چاتبۆت, بۆتەکە, گەڕانەوە بۆ ڕۆبۆت, bot, robot, chatbot
## More words that end a conversation with a worker, counted only during one (elsewhere
## "stop" stops an exercise).
person-stop = وەستان
    .keywords = وەستان, بوەستە, کۆتایی, کۆتایی پێبهێنە, کۆتایی بە گفتوگۆ بهێنە, stop, westan, wastan, bwesta, kotayi

## Before asking, say exactly what the worker will see, and what they will not.
person-consent = کارمەندێک یان خۆبەخشێک دەتوانێت لێرە، لەم گفتوگۆیەدا، لەگەڵت قسە بکات. من نامەکانت پێی دەگەیەنم. ئەو تەنیا ژمارەی دۆسیەیەک، زمانەکەت، ئەوەی یارمەتیت بۆی دەوێت و وڵاتەکەت (ئەگەر پێت گوتبم)، و ئەوەی لە ئێستاوە دەینووسیت دەبینێت. ناوت، ژمارەکەت و هەژمارەکەت نابینێت، و تۆش ناو، ژمارە و هەژماری ئەو نابینیت. من ئەوەی دەینووسیت هەڵناگرم. دەتەوێت قسە لەگەڵ کەسێک بکەیت؟
person-opt-yes = بەڵێ، دەمەوێت قسە لەگەڵ کەسێک بکەم
    .keywords = بەڵێ, بەلێ, بەلی, ئا, ئەرێ, ئەری, باشە, ئۆکەی, bale, bali, beli, bele, ere, are, bashe, yes, ok, okay
person-opt-no = نەخێر، سوپاس
    .keywords = نەخێر, نەخیر, نا, نە, na, nexer, naxer, nakher, no
person-declined = باشە. هیچ شتێکم بە کەس نەدا.
person-none = ببورە، هێشتا لێرە کەس نییە بتوانێت بە زمانەکەی تۆ لەگەڵت قسە بکات. ئەو خزمەتگوزارییانەی پیشانیان دەدەم دەتوانن یارمەتیت بدەن: زانیاریی پەیوەندییان لە لیستەکەدایە.
person-waiting = داوام لە تیمی { $team } کرد. کەسێک هەر کە توانی لێرە وەڵامت دەداتەوە. ئەوەی ئێستا دەینووسیت دەگاتە دەستیان. بۆ وەستان و گەڕانەوە بۆ لای من، «ڕۆبۆت» بنووسە.
person-closed = تیمی { $team } ئێستا داخراوە. کەسێک دەتوانێت { $when }، لە کاتژمێر { $time } بەدواوە (بە کاتی { $place })، واتە نزیکەی { $hours } کاتژمێری تر، وەڵامت بداتەوە. داواکارییەکەت چاوەڕێیان دەکات، و ئەوەی دەینووسیت ئەو کاتە دەگاتە دەستیان. بۆ وەستان و گەڕانەوە بۆ لای من، «ڕۆبۆت» بنووسە.
person-closed-urgent = ئەگەر ئێستا یارمەتیت پێویستە، چاوەڕێ مەکە: پەیوەندی بە یەکێک لەمانەوە بکە.
person-joined = کارمەندێکی { $team } ئێستا لێرەیە و ئەوەی دەینووسیت دەیخوێنێتەوە. دەتوانیت نامەی بۆ بنووسیت.
person-back-to-bot = جارێکی تر لەگەڵ من، ڕۆبۆتەکە، قسە دەکەیت. بە کارمەندەکەم گوت. هەر کاتێک ویستت، «قسەکردن لەگەڵ کەسێک» بنووسە بۆ ئەوەی دووبارە داوا بکەیتەوە.
person-ended-done = کارمەندەکەی { $team } گفتوگۆکەی داخست. جارێکی تر لەگەڵ من، ڕۆبۆتەکە، قسە دەکەیت. هەر کاتێک ویستت، «قسەکردن لەگەڵ کەسێک» بنووسە بۆ ئەوەی دووبارە داوا بکەیتەوە.
person-ended-idle = ماوەیەک کەس هیچی نەنووسی، بۆیە گفتوگۆکە لەگەڵ کارمەندەکە کۆتایی هات. جارێکی تر لەگەڵ من، ڕۆبۆتەکە، قسە دەکەیت. هەر کاتێک ویستت، «قسەکردن لەگەڵ کەسێک» بنووسە بۆ ئەوەی دووبارە داوا بکەیتەوە.
person-text-only = کارمەندەکە تەنیا دەتوانێت نامەی نووسراو بخوێنێتەوە: تکایە ئەوەی دەتەوێت بیڵێیت بینووسە.

## Days, for "a person can answer from { $when }".
day-today = ئەمڕۆ
day-tomorrow = سبەی
day-mon = دووشەممە
day-tue = سێشەممە
day-wed = چوارشەممە
day-thu = پێنجشەممە
day-fri = هەینی
day-sat = شەممە
day-sun = یەکشەممە

## The menu option, at the end of the main menu, the crisis answer and the self-checks. Shown
## only when a team takes the person (in the crisis answer, only while it is on duty).
common-talk-to-person = قسەکردن لەگەڵ کەسێک

## The person said yes, but the bot could not open their request (its store failed).
person-failed = ببورە، ئێستا نەمتوانی بە تیمەکە بگەم. هیچ شتێک بە کەس نەدرا. تکایە دواتر دووبارە هەوڵ بدەرەوە. ئەگەر بەپەلەیە، «SOS» بنووسە.
