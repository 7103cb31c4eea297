## DRAFT translation: not yet reviewed by a native speaker.

## Countries, as shown in menus and above emergency numbers.
## `.keywords` are other names a person may type.

country-rs = সার্বিয়া
    .keywords = সার্বিয়া, serbia, sarbia, serbiya, srbija, србија
country-ba = বসনিয়া ও হার্জেগোভিনা
    .keywords = বসনিয়া, বসনিয়া হার্জেগোভিনা, bosnia and herzegovina, bosnia, bosniya, bih, bosna
country-mk = উত্তর মেসিডোনিয়া
    .keywords = মেসিডোনিয়া, ম্যাসেডোনিয়া, north macedonia, macedonia, mesedonia, makedonija
country-me = মন্টিনিগ্রো
    .keywords = মন্টিনিগ্রো, মন্টেনেগ্রো, montenegro, montinigro, crna gora
country-al = আলবেনিয়া
    .keywords = আলবেনিয়া, albania, albenia, shqiperia
country-xk = কসোভো
    .keywords = কসোভো, kosovo, kosobo, kosova
country-hr = ক্রোয়েশিয়া
    .keywords = ক্রোয়েশিয়া, croatia, kroeshia, croeshia, hrvatska
country-unknown = নিশ্চিত নই / বলতে চাই না
ask-country-prompt = আপনি এখন কোন দেশে আছেন? এটা জানলে আমি আপনাকে সঠিক নম্বরগুলো দেখাতে পারব।

## Titles of emergency and hotline cards.

contact-emergency-numbers = জরুরি নম্বর
contact-police = পুলিশ
contact-fire = ফায়ার সার্ভিস
contact-ambulance = অ্যাম্বুলেন্স
contact-emergency-112 = জরুরি (সব সেবা)
contact-trafficking-hotline = মানব পাচার প্রতিরোধ হটলাইন
contact-asylum-line = আশ্রয়প্রার্থীদের জন্য বিনামূল্যের লাইন
contact-sarajevo = হোয়াটসঅ্যাপ, সারায়েভো
contact-una-sana = হোয়াটসঅ্যাপ, উনা-সানা
contact-crisis-line = মানসিক সহায়তা লাইন
contact-ba-no-112 = বসনিয়া ও হার্জেগোভিনায় 112 কাজ করে না। 122, 123 বা 124 নম্বরে ফোন করুন।
contact-al-reports-to-police = জাতীয় হটলাইন। এখানে যা জানানো হয়, তা পুলিশের কাছে পাঠানো হয়।
contact-rs-112-uncertain = সার্বিয়ায় 192, 193 বা 194 নম্বরে ফোন করুন: 112 কাজ না-ও করতে পারে।

## Descriptions of services.

svc-bchr-description = আশ্রয়প্রার্থীদের জন্য বিনামূল্যে আইনি সাহায্য।
svc-idc-description = এলজিবিটিআই+ শরণার্থীদের জন্য কাউন্সেলিং ও মনোসামাজিক সহায়তা দিত (২০১৮–১৯)। এখন কী সাহায্য দেয়, তা ওয়েবসাইটে দেখে নিন।
svc-astra-description = যারা হয়তো পাচারের শিকার হয়েছেন তাদের জন্য সাহায্য: আইনি, মানসিক ও চিকিৎসা সহায়তা, দোভাষীসহ।
svc-vasa-prava-description = আশ্রয়প্রার্থীদের জন্য বিনামূল্যে আইনি তথ্য ও সাহায্য।
svc-unhcr-mk-description = UNHCR হেল্পলাইন: এসএমএস, ভাইবার বা হোয়াটসঅ্যাপে লিখুন।
svc-ideas-description = যারা বিমানবন্দরে আশ্রয় চাইতে চান, তাদের জন্য বিনামূল্যে আইনি সাহায্য।
svc-srce-description = খুব খারাপ লাগলে কথা বলার জন্য কেউ আছেন, আত্মহত্যার চিন্তা এলেও। বিনামূল্যে ও গোপনীয়; আপনার নাম বলার দরকার নেই।
svc-national-sos-description = আত্মহত্যা প্রতিরোধের জন্য বিনামূল্যের জাতীয় লাইন, দিনরাত। কল সংযুক্ত হলে 1 চাপুন।
svc-crpk-description = শরণার্থী ও আশ্রয়প্রার্থীদের জন্য তথ্য। সেবাগুলো বিনামূল্যে: কেউ আপনার কাছে টাকা চাইলে তার বিরুদ্ধে অভিযোগ জানান।
svc-unhcr-help-description = এই দেশে শরণার্থী ও আশ্রয়প্রার্থীদের জন্য ইউএনএইচসিআর-এর তথ্য: আপনার অধিকার, আশ্রয়ের আবেদন, আর কোথায় সাহায্য পাবেন।
svc-zivotna-linija-description = যাদের খুব মন খারাপ থাকে বা যারা আত্মহত্যার কথা ভাবেন, তাদের জন্য বিনামূল্যের লাইন।
