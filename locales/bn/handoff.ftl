## DRAFT translation: not yet reviewed by a native speaker.

## Consented hand-off: a worker of a service writes to the person, only if they say yes.
## `handoff-failed` and `handoff-acknowledged` are sent by the bot itself; the others are for
## flows that offer a hand-off (see docs/flows.md, "Hand-off to a worker").
## $service is the service's own name, as written.

handoff-offer = আপনি কি চান, { $service } থেকে একজন কর্মী আপনার সাথে যোগাযোগ করুক? আপনি না-ও বলতে পারেন।
handoff-shares-direct = আপনি হ্যাঁ বললে, আমি তাদের শুধু আপনার ম্যাট্রিক্স নাম, আপনার ভাষা আর কোন বিষয়ে আপনার সাহায্য দরকার, সেটুকু দেব, আর কিছু না।
handoff-shares-relayed = আপনি হ্যাঁ বললে, আমি তাদের আপনার ফোন নম্বর (অথবা যে অ্যাপ থেকে লিখছেন সেখানে আপনার অ্যাকাউন্ট), আপনার ভাষা আর কোন বিষয়ে আপনার সাহায্য দরকার, সেটুকু দেব, আর কিছু না, যাতে তারা আপনাকে লিখতে বা ফোন করতে পারেন।
handoff-opt-yes = হ্যাঁ, তারা আমাকে লিখতে পারেন
    .keywords = হ্যাঁ, হ্যা, হাঁ, হুম, জি, জী, জি হ্যাঁ, ঠিক আছে, আচ্ছা, ওকে, hea, ha, haa, hae, hya, hyan, hum, ji, jee, ji hea, ji ha, thik ache, accha, acha, yes, y, ok, okay
handoff-opt-no = না, ধন্যবাদ
    .keywords = না, নাহ, জি না, জী না, না ধন্যবাদ, na, naa, nah, ji na, jee na, no, n
handoff-passed = আপনার অনুরোধ আমি পাঠিয়ে দিয়েছি। একজন কর্মী সেটি দেখলে, আমি এখানেই আপনাকে জানাব। এতে কিছু সময় লাগতে পারে; জরুরি হলে “SOS” লিখুন।
handoff-declined = ঠিক আছে। আমি কিছুই শেয়ার করিনি।
handoff-failed = দুঃখিত, এই মুহূর্তে আপনার অনুরোধ পাঠাতে পারিনি। কিছুই শেয়ার করা হয়নি। আমি যে তথ্য দেখিয়েছি, তা দিয়ে আপনি নিজেই সেবাটির সাথে যোগাযোগ করতে পারেন, অথবা পরে আবার চেষ্টা করুন।
handoff-acknowledged = { $service } থেকে একজন কর্মী আপনার অনুরোধ দেখেছেন এবং আপনাকে লিখবেন। তাদের বার্তা একটি নতুন চ্যাটের আমন্ত্রণ হিসেবে আসতে পারে।
