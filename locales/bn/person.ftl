## DRAFT translation: not yet reviewed by a native speaker.

## Talking with a person: a worker or peer volunteer of a team answers in this chat, through
## the bot. Neither side sees who the other is. Sent by the bot itself (see docs/teams.md).
## $team is the team's own name, as the configuration writes it.

## Typed as the whole message, from anywhere: the bot offers a person.
intent-person = মানুষের সাথে কথা বলব
    .keywords = মানুষের সাথে কথা বলব, মানুষের সাথে কথা বলবো, মানুষের সাথে কথা বলতে চাই, একজন মানুষের সাথে কথা বলতে চাই, একজন মানুষের সাথে কথা বলুন, মানুষের সঙ্গে কথা বলব, মানুষের সঙ্গে কথা বলতে চাই, আসল মানুষ, সত্যিকারের মানুষ, কর্মী, একজন কর্মী, স্বেচ্ছাসেবক, ভলান্টিয়ার, manusher sathe kotha bolbo, manusher sathe kotha bolte chai, manuser sathe kotha bolbo, manusher songe kotha bolbo, ashol manush, asol manush, kormi, sechhasebok, volunteer, talk to a person, human
## "Bot" brings the bot back from a conversation with a worker (and, outside one, its menu).
intent-bot = বট
    .keywords = বট, চ্যাটবট, বটের কাছে ফিরে যাও, বটের কাছে ফিরে যান, বটে ফিরে যাও, bot, chatbot, the bot
## More words that end a conversation with a worker, counted only during one (elsewhere
## "stop" stops an exercise).
person-stop = থামুন
    .keywords = থামুন, থামো, শেষ, শেষ করুন, শেষ করো, কথা শেষ, stop, thamun, thamo, shesh, sesh, shesh korun

## Before asking, say exactly what the worker will see, and what they will not.
person-consent = একজন কর্মী বা স্বেচ্ছাসেবক এখানে, এই চ্যাটেই, আপনার সাথে কথা বলতে পারেন। আমি আপনার বার্তাগুলো তাদের কাছে পৌঁছে দিই। তারা শুধু একটি কেস নম্বর, আপনার ভাষা, কোন বিষয়ে আপনার সাহায্য দরকার আর আপনার দেশ (যদি আমাকে বলে থাকেন), আর এখন থেকে আপনি যা লিখবেন, তা দেখবেন। তারা আপনার নাম, আপনার নম্বর বা আপনার অ্যাকাউন্ট দেখবেন না, আর আপনিও তাদেরগুলো দেখবেন না। আপনি যা লেখেন, আমি তা রাখি না। আপনি কি একজন মানুষের সাথে কথা বলতে চান?
person-opt-yes = হ্যাঁ, আমি একজন মানুষের সাথে কথা বলতে চাই
    .keywords = হ্যাঁ, হ্যা, হাঁ, হুম, জি, জী, জি হ্যাঁ, ঠিক আছে, আচ্ছা, ওকে, hea, ha, haa, hae, hya, hyan, hum, ji, jee, ji hea, ji ha, thik ache, accha, acha, yes, y, ok, okay
person-opt-no = না, ধন্যবাদ
    .keywords = না, নাহ, জি না, জী না, না ধন্যবাদ, na, naa, nah, ji na, jee na, no, n
person-declined = ঠিক আছে। আমি কিছুই শেয়ার করিনি।
person-none = দুঃখিত, এখানে এখনো আপনার ভাষায় আপনার সাথে কথা বলার মতো কেউ নেই। আমি যে সেবাগুলোর কথা বলি, সেগুলো আপনাকে সাহায্য করতে পারে: তাদের যোগাযোগের তথ্য মেনুতে আছে।
person-waiting = আমি { $team } টিমের কাছে অনুরোধ পাঠিয়েছি। একজন মানুষ যত তাড়াতাড়ি পারেন, এখানে উত্তর দেবেন। এখন আপনি যা লিখবেন, তা তাদের কাছে পৌঁছাবে। থেমে আমার কাছে ফিরে আসতে, “বট” লিখুন।
person-closed = { $team } টিম এখন বন্ধ। একজন মানুষ { $when } { $time } থেকে ({ $place }-এর সময়) উত্তর দিতে পারবেন, অর্থাৎ প্রায় { $hours } ঘণ্টা পরে। আপনার অনুরোধ তাদের জন্য অপেক্ষা করবে, আর আপনি যা লিখবেন তা তখন তাদের কাছে পৌঁছাবে। থেমে আমার কাছে ফিরে আসতে, “বট” লিখুন।
person-closed-urgent = এখনই সাহায্য দরকার হলে অপেক্ষা করবেন না: এগুলোর যেকোনো একটিতে ফোন করুন।
person-joined = { $team } থেকে একজন কর্মী এখন এখানে আছেন এবং আপনি যা লেখেন তা পড়ছেন। আপনি তাদের লিখতে পারেন।
person-back-to-bot = আপনি আবার আমার সাথে, অর্থাৎ বটের সাথে, কথা বলছেন। আমি কর্মীকে জানিয়ে দিয়েছি। আবার চাইতে যেকোনো সময় “মানুষের সাথে কথা বলব” লিখুন।
person-ended-done = { $team } থেকে আসা কর্মী কথোপকথনটি বন্ধ করেছেন। আপনি আবার আমার সাথে, অর্থাৎ বটের সাথে, কথা বলছেন। আবার চাইতে যেকোনো সময় “মানুষের সাথে কথা বলব” লিখুন।
person-ended-idle = কিছুক্ষণ কেউ কিছু লেখেননি, তাই কর্মীর সাথে কথোপকথন শেষ হয়েছে। আপনি আবার আমার সাথে, অর্থাৎ বটের সাথে, কথা বলছেন। আবার চাইতে যেকোনো সময় “মানুষের সাথে কথা বলব” লিখুন।
person-text-only = কর্মী শুধু লেখা বার্তা পড়তে পারেন: অনুগ্রহ করে আপনি যা বলতে চান তা লিখুন।

## Days, for "a person can answer from { $when }".
day-today = আজ
day-tomorrow = আগামীকাল
day-mon = সোমবার
day-tue = মঙ্গলবার
day-wed = বুধবার
day-thu = বৃহস্পতিবার
day-fri = শুক্রবার
day-sat = শনিবার
day-sun = রবিবার

## The menu option, at the end of the main menu, the crisis answer and the self-checks. Shown
## only when a team takes the person (in the crisis answer, only while it is on duty).
common-talk-to-person = একজন মানুষের সাথে কথা বলুন

## The person said yes, but the bot could not open their request (its store failed).
person-failed = দুঃখিত, এই মুহূর্তে আমি টিমের সাথে যোগাযোগ করতে পারিনি। কিছুই শেয়ার করা হয়নি। অনুগ্রহ করে পরে আবার চেষ্টা করুন। জরুরি হলে “SOS” লিখুন।
