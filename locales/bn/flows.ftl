## DRAFT translation: not yet reviewed by a native speaker.

## Main menu (flows/main.yaml)

main-menu-prompt = হ্যালো। আমি পুতোকাজ, একটি স্বয়ংক্রিয় গাইড। আমি আপনাকে তথ্য আর যোগাযোগের ঠিকানা দিতে পারি। আপনি কী করতে চান?
main-opt-awareness = আমি এখন যেখানে আছি, সেখানে কি আমি নিরাপদ?
    .keywords = নিরাপদ, নিরাপত্তা, আমি কি নিরাপদ, nirapod, nirapotta, ami ki nirapod, safe
main-opt-services = একটি সেবা খুঁজুন
    .keywords = সেবা, সার্ভিস, খুঁজুন, seba, sheba, khujun, service
main-opt-urgent = জরুরি সাহায্য
    .keywords = জরুরি, জরুরী, হটলাইন, joruri, jaruri, zoruri, hotline, urgent
main-opt-language = ভাষা পরিবর্তন
main-opt-about = এই সেবা আর আপনার গোপনীয়তা সম্পর্কে
    .keywords = সম্পর্কে, গোপনীয়তা, প্রাইভেসি, shomporke, somporke, goponiyota, privacy, about
about-text =
    পুতোকাজ একটি স্বয়ংক্রিয় সেবা, কোনো মানুষ নয়। জরুরি অবস্থায় এটি নিজে থেকে সাহায্য করতে পারে না: একটি জরুরি নম্বরে ফোন করুন।
    এটি শুধু আপনার ভাষা, মেনুতে আপনি কোথায় আছেন আর এর প্রশ্নগুলোর উত্তর মনে রাখে, আপনার মেসেজ কখনো নয়। ৩০ দিন ব্যবহার না হলে এটি সব ভুলে যায়। এখনই সব মুছে ফেলতে যেকোনো সময় “আমাকে ভুলে যাও” লিখুন।

## Self-check (flows/awareness.yaml)

aw-intro = কিছু পরিস্থিতি সাধারণ কাজ বা যাত্রা হিসেবে শুরু হলেও অনিরাপদ হতে পারে। আমি তিনটি ছোট প্রশ্ন করব। যেকোনো প্রশ্ন আপনি এড়িয়ে যেতে পারেন, আর কোনো বিস্তারিত বলার দরকার নেই।
aw-opt-start = শুরু করুন
    .keywords = শুরু, ঠিক আছে, ওকে, shuru, suru, thik ache, ok, okay
aw-q-documents = কেউ কি আপনার পাসপোর্ট বা পরিচয়পত্র নিয়ে নিয়েছে, আর আপনি চাওয়ার পরও ফেরত দেয়নি?
aw-q-debt = কাজের মালিক বা যে মানুষ আপনাকে যাত্রায় সাহায্য করেছে, তার কাছে কি আপনার টাকা ধার আছে, আর সেই ধার কি বাড়তেই থাকছে?
aw-q-leave = আপনি যখন চান, তখন কি আপনার কাজ বা যেখানে থাকেন সেই জায়গা ছেড়ে যেতে পারেন?
aw-result-signs =
    { $count ->
        [one] আপনি একটি প্রশ্নের এমনভাবে উত্তর দিয়েছেন যা একটি সতর্কতার লক্ষণ হতে পারে।
       *[other] আপনি { $count }টি প্রশ্নের এমনভাবে উত্তর দিয়েছেন যা সতর্কতার লক্ষণ হতে পারে।
    } একটি লক্ষণই কারও সাথে কথা বলার জন্য যথেষ্ট হতে পারে। এটি কোনো রোগনির্ণয় নয়, আর কী করবেন তা আপনিই ঠিক করবেন।
aw-not-your-fault = কেউ যদি আপনার সুযোগ নেয়, সেটা আপনার দোষ নয়।
aw-hotlines-intro = এই লাইনগুলো বিনামূল্যে। সেখানে আপনি একজন মানুষের সাথে কথা বলতে পারবেন:
aw-result-none = ধন্যবাদ। আপনার উত্তরে এই সতর্কতার লক্ষণগুলো দেখা যাচ্ছে না। কিছু বদলালে, বা আপনি চিন্তিত হলে, যেকোনো সময় কারও সাথে কথা বলতে পারেন।
aw-opt-find-service = আমার কাছাকাছি একটি সেবা খুঁজুন

## Finding a service (flows/services.yaml)

svc-ask-country = আপনি এখন কোন দেশে আছেন?
svc-ask-need = কোন বিষয়ে আপনার সাহায্য দরকার? কয়েকটি শব্দে লিখুন, যেমন “উকিল” বা “কথা বলার কেউ”।
svc-need-not-recognised = অনুগ্রহ করে বেছে নিন, আপনার কী দরকার:
need-psychosocial = কথা বলার কেউ (মনোসামাজিক সহায়তা)
    .keywords = কথা বলার কেউ, কথা বলতে চাই, মানসিক চাপ, টেনশন, দুঃখ, মন খারাপ, মনোবিদ, মনোবিজ্ঞানী, কাউন্সেলিং, মনোসামাজিক, মানসিক স্বাস্থ্য, kotha bolar keu, kotha bolte chai, mon kharap, tension, manoshik chap, manoshik shastho, monobid, counselling, talk
need-legal = আইনি সাহায্য বা আশ্রয় (অ্যাসাইলাম)
    .keywords = উকিল, উকিলের, আইনজীবী, আইনজীবীর, আইনি, আশ্রয়, আশ্রয়ের, অ্যাসাইলাম, এসাইলাম, কাগজ, কাগজপত্র, ডকুমেন্ট, অধিকার, ukil, ainjibi, aini, ashroy, asroy, asailam, kagoj, kagojpotro, odhikar, lawyer, asylum
need-lgbti = এলজিবিটিআই+ মানুষের জন্য সহায়তা
    .keywords = এলজিবিটি, এলজিবিটিআই, সমকামী, উভকামী, রূপান্তরকামী, ট্রান্স, হিজড়া, তৃতীয় লিঙ্গ, কুইয়ার, somokami, shomokami, uvokami, rupantorkami, hijra, lgbt, lgbti, gay, trans
need-trafficking = শোষণ বা মানব পাচার
    .keywords = পাচার, মানব পাচার, পাচারকারী, শোষণ, জোর করে কাজ, দালাল, pachar, manob pachar, shoshon, jor kore kaj, dalal, trafficking
svc-results-intro = আমি যা পেয়েছি:
svc-none = এই দেশে এই প্রয়োজনের জন্য এখনো কোনো সেবা পাইনি। জরুরি সাহায্যের নম্বরগুলো সব জায়গায় কাজ করে: “SOS” লিখুন।
svc-opt-other-need = অন্য প্রয়োজন
svc-opt-other-country = অন্য দেশ

## Urgent help (flows/urgent.yaml)

urgent-intro = আপনি যদি এখন বিপদে থাকেন, একটি জরুরি নম্বরে ফোন করুন। এই যোগাযোগগুলো বিনামূল্যে:
urgent-opt-other-country = অন্য দেশ
