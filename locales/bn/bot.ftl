## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = জরুরি অবস্থা
    .keywords = জরুরি অবস্থা, ইমার্জেন্সি, এমার্জেন্সি, বিপদ, বিপদে, পুলিশ, অ্যাম্বুলেন্স, এম্বুলেন্স, বাঁচাও, বাঁচান, আমাকে বাঁচাও, এখনই সাহায্য করুন, এখনই সাহায্য দরকার, emergency, sos, joruri obostha, bipod, bipode, police, pulish, ambulance, ambulence, bachao
intent-crisis = আত্মহত্যা বা নিজের ক্ষতি করার চিন্তা
    .keywords = আত্মহত্যা, আত্মহত্যার, আত্নহত্যা, আত্নহত্যার, সুইসাইড, নিজেকে মেরে ফেলতে, নিজেকে মেরে ফেলব, নিজেকে মেরে ফেলবো, নিজেকে শেষ করে দিতে, নিজেকে শেষ করে দেব, নিজেকে শেষ করে দিব, নিজেকে শেষ করে দিবো, নিজের জীবন শেষ করে দিতে, নিজের জীবন শেষ করে দেব, মরে যেতে চাই, মরে যেতে ইচ্ছে, মরে যেতে ইচ্ছা, মরতে চাই, মরতে ইচ্ছে, মরতে ইচ্ছা, বাঁচতে চাই না, বেঁচে থাকতে চাই না, নিজেকে মেরে ফেলার, নিজেকে শেষ করে ফেলতে, নিজেকে শেষ করে ফেলব, নিজেকে শেষ করে ফেলবো, জীবনটা শেষ করে দিতে, জীবনটা শেষ করে দেব, জীবনটা শেষ করে দিব, মরে যেতে মন চায়, মরতে মন চায়, বাচতে চাই না, বেচে থাকতে চাই না, বাঁচতে ইচ্ছে করে না, বাঁচতে ইচ্ছা করে না, বেঁচে থাকতে ইচ্ছে করে না, বেঁচে থাকতে ইচ্ছা করে না, বাঁচার ইচ্ছে নেই, বাঁচার ইচ্ছা নেই, বেঁচে থাকতে ভালো লাগে না, বেঁচে থাকতে আর ভালো লাগে না, বেঁচে থেকে কী লাভ, বেঁচে থেকে কি লাভ, বেঁচে থেকে কোনো লাভ নেই, বেঁচে থাকার কোনো কারণ নেই, বেঁচে থাকার কোনো মানে নেই, আমার মরে যাওয়াই ভালো, আমি মরে গেলেই ভালো, নিজের ক্ষতি করতে চাই, নিজের ক্ষতি করব, নিজের ক্ষতি করছি, নিজেকে আঘাত করতে চাই, নিজেকে আঘাত করব, নিজেকে আঘাত করি, নিজেকে আঘাত করছি, নিজেকে কাটতে চাই, সেলফ হার্ম, সুইসাইডাল, আত্বহত্যা, attohotta, attohottya, atmohotta, atmohatya, atmahatya, attohatya, nijeke mere felbo, nijeke mere felte, nijeke mere felar, nijeke shesh kore felbo, jibonta shesh kore dibo, nijeke shesh kore dibo, nijeke sesh kore dibo, nijeke shesh kore dite, nijer jibon shesh kore dibo, more jete chai, more jaite chai, more jete icche, more jete iccha, morte chai, morte icche, bachte chai na, banchte chai na, beche thakte chai na, benche thakte chai na, bachte icche kore na, banchte icche kore na, beche thakte icche kore na, benche thakte icche kore na, bachar icche nei, bachar icche nai, beche thakte bhalo lage na, beche thakte valo lage na, beche theke ki labh, beche theke ki lav, more jete mon chay, beche thakar kono karon nei, beche thakar kono karon nai, nijer khoti korte chai, nijer khoti korchi, nijeke aghat korte chai, nijeke aghat korchi, nijeke katte chai
intent-main-menu = প্রধান মেনু
    .keywords = মেনু, প্রধান মেনু, মূল মেনু, মেইন মেনু, হোম, menu, main menu, mul menu, home, 0
intent-back = পিছনে
    .keywords = পিছনে, পেছনে, পিছে, ফিরে যাও, ফিরে যান, আগেরটা, pichone, pichhone, pechone, piche, fire jao, back
intent-language = ভাষা
    .keywords = ভাষা, ভাষা বদলাও, ভাষা পরিবর্তন, ভাষা পরিবর্তন করুন, bhasha, vasha, bhasa, language
intent-help = সাহায্য
    .keywords = সাহায্য, এটা কিভাবে কাজ করে, কিভাবে কাজ করে, কীভাবে কাজ করে, sahajjo, shahajjo, sahajo, shahajo, kivabe kaj kore, kibhabe kaj kore, help
intent-forget = আমাকে ভুলে যাও
    .keywords = আমাকে ভুলে যাও, আমাকে ভুলে যান, ভুলে যাও, আমার তথ্য মুছে দাও, আমার তথ্য মুছে দিন, আমার তথ্য মুছুন, amake bhule jao, amake vule jao, bhule jao, vule jao, amar tottho muche dao, amar totho muche dao, forget me
intent-erase = এই চ্যাট মুছে ফেলুন
    .keywords = এই চ্যাট মুছে ফেলুন, চ্যাট মুছে ফেলুন, চ্যাট মুছে ফেলো, চ্যাট মুছে দাও, চ্যাট মুছে দিন, চ্যাট ডিলিট করো, চ্যাট ডিলিট করুন, সব মুছে দাও, সব মুছে দিন, সব মুছে ফেলো, সব ডিলিট করো, chat muche dao, chat muche felo, chat delete koro, chat delete koren, sob muche dao, shob muche dao, sob delete koro, shob delete koro

language-menu-prompt = আপনার ভাষা বেছে নিন: একটি নম্বর লিখে উত্তর দিন।
language-changed = ভাষা বদলানো হয়েছে।
not-understood = দুঃখিত, আমি বুঝতে পারিনি। অনুগ্রহ করে একটি অপশনের নম্বর লিখে উত্তর দিন।
help-text =
    একটি অপশনের নম্বর লিখে উত্তর দিন, অথবা অপশনের কথাগুলো লিখুন।
    প্রধান মেনুতে যেতে “মেনু” লিখুন, আগের ধাপে ফিরতে “পিছনে”, ভাষা বদলাতে “ভাষা”,
    জরুরি নম্বরের জন্য “SOS”, আর আমি আপনার সম্পর্কে যা মনে রেখেছি তা মুছে দিতে “আমাকে ভুলে যাও”।
forgotten = এই কথোপকথনের সব কিছু আমি ভুলে গেছি। আবার শুরু করতে, যেকোনো কিছু লিখুন।
erase-confirm =
    এতে আমি এখানে যত বার্তা পাঠিয়েছি সব মুছে যাবে, আপনার সম্পর্কে আমি যা মনে রেখেছি তাও মুছে যাবে, আর আমি এই চ্যাট ছেড়ে চলে যাব। আপনার নিজের বার্তাগুলো থেকে যাবে: সেগুলো মুছতে, প্রতিটি বার্তা চেপে ধরে রাখুন আর “সরান” বা “মুছুন” বেছে নিন, তারপর আপনার অ্যাপে এই চ্যাটটি মুছে দিন।
    এখনই মুছে ফেলব?
erase-opt-yes = হ্যাঁ, এখনই মুছে ফেলুন
    .keywords = হ্যাঁ, হ্যা, হাঁ, জি, জি হ্যাঁ, মুছে ফেলুন, ha, haa, hya, hyan, ji, ji ha
erase-opt-no = না, চ্যাট রেখে দিন
    .keywords = না, জি না, রেখে দিন, na, naa, ji na, rekhe din
erase-cancelled = কিছুই মোছা হয়নি।
erase-relayed-note = আপনি অন্য একটি অ্যাপ থেকে আমাকে লিখছেন, যেমন হোয়াটসঅ্যাপ, সিগন্যাল বা টেলিগ্রাম। সেখানে আমার বার্তাগুলো আপনার ফোন থেকে কেবল ততক্ষণই মুছে যায়, যতক্ষণ অ্যাপটি মুছতে দেয়, তাই কিছু বার্তা থেকে যেতে পারে। সেই অ্যাপেও এই চ্যাটটি মুছে দিন।
erase-incomplete = আমি এখনও এই চ্যাটে আমার সব বার্তা মুছতে পারিনি। আমি চেষ্টা চালিয়ে যাচ্ছি, আর শেষ হলে চ্যাট ছেড়ে চলে যাব। নিরাপদ থাকতে, এখনই আপনার অ্যাপে এই চ্যাটটি মুছে দিন।
welcome-back = আবার স্বাগতম। এই যে প্রধান মেনু।
cannot-decrypt = আপনার শেষ বার্তাটি আমি পড়তে পারিনি: এটি এমন চাবি দিয়ে এনক্রিপ্ট করা, যা এখনো আমার কাছে নেই। আমি শিগগির উত্তর না দিলে, দয়া করে আবার পাঠান।
content-changed = এই সেবার এই অংশটি বদলে গেছে। এই যে প্রধান মেনু।
emergency-intro = আপনি যদি এখন বিপদে থাকেন, একটি জরুরি নম্বরে ফোন করুন। এই নম্বরগুলো বিনামূল্যে:
emergency-outro = আপনি একা নন। চালিয়ে যেতে, শেষ প্রশ্নটির উত্তর দিন, অথবা “মেনু” লিখুন।
directory-none = এর জন্য কোনো সেবা পাইনি। অন্য কোনো প্রয়োজন বা অন্য দেশ দিয়ে চেষ্টা করুন।

## Labels on contact cards.

card-phone = ফোন
card-sms = এসএমএস
card-whatsapp = হোয়াটসঅ্যাপ
card-viber = ভাইবার
card-signal = সিগন্যাল
card-email = ইমেইল
card-web = ওয়েবসাইট
card-matrix = ম্যাট্রিক্স
card-hours = খোলার সময়
card-free = বিনামূল্যে
card-confidential = গোপনীয়
card-anonymous = আপনার নাম বলার দরকার নেই
card-languages = ভাষা
card-network = সদস্য

## Opening hours on cards.

hours-always = ২৪ ঘণ্টা, প্রতিদিন
hours-range = { $days }, { $from }–{ $to }
hours-days-daily = প্রতিদিন
hours-days-mon-fri = সোমবার থেকে শুক্রবার
hours-days-mon-sat = সোমবার থেকে শনিবার
hours-days-sat-sun = শনিবার ও রবিবার

## Answers used in many flows.

answer-yes = হ্যাঁ
    .keywords = হ্যাঁ, হ্যা, হাঁ, হুম, জি, জী, জি হ্যাঁ, hea, ha, haa, hae, hya, hyan, hum, ji, jee, ji hea, yes, y
answer-no = না
    .keywords = না, নাহ, জি না, জী না, na, naa, nah, ji na, jee na, no, n
answer-not-sure = নিশ্চিত নই
    .keywords = নিশ্চিত নই, নিশ্চিত না, জানি না, জানিনা, হয়তো, হয়ত, nishchit noi, nishchit na, nischit noi, sure na, jani na, janina, hoyto, hoito, not sure
answer-skip = আমি বলতে চাই না
    .keywords = বলতে চাই না, বলব না, বাদ, বাদ দিন, বাদ দাও, এড়িয়ে যান, এড়িয়ে যাও, bolte chai na, bolbo na, bad dao, bad din, skip
common-main-menu = প্রধান মেনু

## Flood control: sent once when someone writes many messages very fast.
slow-down = আপনি খুব দ্রুত বার্তা পাঠাচ্ছেন, তাই আমি কিছু বার্তা বাদ দিচ্ছি। অনুগ্রহ করে কয়েক সেকেন্ড অপেক্ষা করুন, তারপর আবার লিখুন। আপনি যদি বিপদে থাকেন, একটি জরুরি নম্বরে ফোন করুন।

attachment-unreadable = আমি শুধু লেখা বার্তা পড়তে পারি, তাই আপনি যা পাঠিয়েছেন তা আমি শুনতে বা দেখতে পারিনি। অনুগ্রহ করে কয়েকটি শব্দ, অথবা একটি অপশনের নম্বর লিখুন। প্রধান মেনুর জন্য “মেনু” লিখুন, আর জরুরি নম্বরের জন্য “SOS”।
