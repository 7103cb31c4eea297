## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency words are matched anywhere in a message, in every
## language; the others only when they are the whole message.

intent-emergency = জরুরি অবস্থা
    .keywords = জরুরি অবস্থা, ইমার্জেন্সি, এমার্জেন্সি, বিপদ, বিপদে, পুলিশ, অ্যাম্বুলেন্স, এম্বুলেন্স, বাঁচাও, বাঁচান, আমাকে বাঁচাও, এখনই সাহায্য করুন, এখনই সাহায্য দরকার, emergency, sos, joruri obostha, bipod, bipode, police, pulish, ambulance, ambulence, bachao
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

language-menu-prompt = আপনার ভাষা বেছে নিন: একটি নম্বর লিখে উত্তর দিন।
language-changed = ভাষা বদলানো হয়েছে।
not-understood = দুঃখিত, আমি বুঝতে পারিনি। অনুগ্রহ করে একটি অপশনের নম্বর লিখে উত্তর দিন।
help-text =
    একটি অপশনের নম্বর লিখে উত্তর দিন, অথবা অপশনের কথাগুলো লিখুন।
    প্রধান মেনুতে যেতে “মেনু” লিখুন, আগের ধাপে ফিরতে “পিছনে”, ভাষা বদলাতে “ভাষা”,
    জরুরি নম্বরের জন্য “SOS”, আর আমি আপনার সম্পর্কে যা মনে রেখেছি তা মুছে দিতে “আমাকে ভুলে যাও”।
forgotten = এই কথোপকথনের সব কিছু আমি ভুলে গেছি। আবার শুরু করতে, যেকোনো কিছু লিখুন।
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

## Answers used in many flows.

answer-yes = হ্যাঁ
    .keywords = হ্যাঁ, হ্যা, হাঁ, হুম, জি, জী, জি হ্যাঁ, hea, ha, haa, hae, hya, hyan, hum, ji, jee, ji hea, yes, y
answer-no = না
    .keywords = না, নাহ, জি না, জী না, na, naa, nah, ji na, jee na, no, n
answer-skip = আমি বলতে চাই না
    .keywords = বলতে চাই না, বলব না, বাদ, বাদ দিন, বাদ দাও, এড়িয়ে যান, এড়িয়ে যাও, bolte chai na, bolbo na, bad dao, bad din, skip
common-main-menu = প্রধান মেনু
