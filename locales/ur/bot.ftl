## DRAFT translation: not yet reviewed by a native speaker.

intent-emergency = ایمرجنسی
    .keywords = ایمرجنسی, ہنگامی, ہنگامی صورتحال, خطرہ, خطرے میں, پولیس, ایمبولینس, بچاؤ, بچاو, sos, emergency, police, ambulance, khatra, khatre mein, khatray mein, bachao, bachaao
intent-main-menu = مین مینیو
    .keywords = مینیو, مینو, مین مینیو, مین مینو, مرکزی مینیو, menu, main menu, 0
intent-back = واپس
    .keywords = واپس, واپس جائیں, واپس جاؤ, واپس جاو, پیچھے, پچھلا, wapas, wapis, wapas jao, peeche, piche, pichay
intent-language = زبان
    .keywords = زبان, زبان بدلیں, زبان تبدیل کریں, zaban, zuban, zubaan, zaban badlo, zaban badlein
intent-help = مدد
    .keywords = مدد, یہ کیسے کام کرتا ہے, madad, yeh kaise kaam karta hai, ye kaise kam karta hai
intent-forget = مجھے بھول جاؤ
    .keywords = مجھے بھول جاؤ, مجھے بھول جاو, مجھے بھول جائیں, میرا ڈیٹا مٹا دیں, میرا ڈیٹا ڈیلیٹ کریں, mujhe bhool jao, mujhe bhul jao, mera data delete karo, mera data mita do

language-menu-prompt = اپنی زبان چنیں: کوئی نمبر لکھ کر جواب دیں۔
language-changed = زبان بدل دی گئی۔
not-understood = معاف کیجیے، بات سمجھ نہیں آئی۔ براہِ کرم کسی آپشن کا نمبر لکھ کر جواب دیں۔
help-text =
    کسی آپشن کا نمبر لکھ کر جواب دیں، یا اس کے الفاظ لکھیں۔
    مین مینیو پر جانے کے لیے "مینیو" لکھیں، واپس جانے کے لیے "واپس"، زبان بدلنے کے لیے "زبان"،
    ایمرجنسی نمبروں کے لیے "SOS"، اور مجھے آپ کے بارے میں جو کچھ یاد ہے اسے مٹانے کے لیے "مجھے بھول جاؤ"۔
forgotten = میں نے اس گفتگو کے بارے میں سب کچھ بھلا دیا ہے۔ دوبارہ شروع کرنے کے لیے کچھ بھی لکھیں۔
welcome-back = دوبارہ خوش آمدید۔ یہ رہا مین مینیو۔
cannot-decrypt = میں آپ کا پچھلا پیغام نہیں پڑھ سکا: یہ ایسی کیز سے انکرپٹ ہے جو ابھی میرے پاس نہیں ہیں۔ اگر میں جلد جواب نہ دوں تو براہِ کرم اسے دوبارہ بھیجیں۔
content-changed = سروس کا یہ حصہ بدل گیا ہے۔ یہ رہا مین مینیو۔
emergency-intro = اگر آپ ابھی خطرے میں ہیں تو کسی ایمرجنسی نمبر پر کال کریں۔ یہ نمبر مفت ہیں:
emergency-outro = آپ تنہا نہیں ہیں۔ آگے بڑھنے کے لیے آخری سوال کا جواب دیں، یا "مینیو" لکھیں۔
directory-none = مجھے اس کے لیے کوئی سروس نہیں ملی۔ کوئی اور ضرورت یا کوئی اور ملک آزمائیں۔

card-phone = فون
card-sms = ایس ایم ایس
card-whatsapp = واٹس ایپ
card-viber = وائبر
card-signal = سگنل
card-email = ای میل
card-web = ویب سائٹ
card-matrix = میٹرکس
card-hours = اوقات
card-free = مفت
card-confidential = رازدارانہ
card-anonymous = آپ کو اپنا نام بتانے کی ضرورت نہیں

answer-yes = ہاں
    .keywords = ہاں, جی, جی ہاں, haan, han, haa, ha, ji, jee, ji haan
answer-no = نہیں
    .keywords = نہیں, نہ, جی نہیں, nahi, nahin, nai, nahee, na, ji nahi
answer-skip = مجھے نہیں بتانا
    .keywords = نہیں بتانا, چھوڑ دیں, چھوڑیں, nahi batana, chhor do, chor do, chhoro, skip
common-main-menu = مین مینیو
