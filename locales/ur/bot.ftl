## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = ایمرجنسی
    .keywords = ایمرجنسی, ہنگامی, ہنگامی صورتحال, خطرہ, خطرے میں, پولیس, ایمبولینس, بچاؤ, بچاو, sos, emergency, police, ambulance, khatra, khatre mein, khatray mein, bachao, bachaao
intent-crisis = خودکشی یا خود کو نقصان پہنچانے کے خیالات
    .keywords = خودکشی, خود کشی, مرنا چاہتا ہوں, مرنا چاہتی ہوں, مر جانا چاہتا ہوں, مر جانا چاہتی ہوں, مجھے مرنا ہے, خود کو مار دوں, خود کو مار ڈالوں, خود کو مارنا, اپنے آپ کو مار دوں, اپنے آپ کو مارنا, اپنی جان لے لوں, اپنی جان لینا, اپنی زندگی ختم کر دوں, اپنی زندگی ختم کرنا, جینا نہیں چاہتا, جینا نہیں چاہتی, زندہ نہیں رہنا چاہتا, زندہ نہیں رہنا چاہتی, جینے کی کوئی وجہ نہیں, خود کو نقصان پہنچانا, خود کو نقصان پہنچانے, خود کو نقصان پہنچاؤں, اپنے آپ کو نقصان پہنچانا, خود کو کاٹتا ہوں, خود کو کاٹتی ہوں, مر جاؤں تو بہتر, مر جاوں تو بہتر, مر جانا بہتر, خود کو مار لوں, خود کو ختم کر دوں, خود کو ختم کر لوں, خود کو ختم کرنا, اپنی زندگی ختم کر لوں, اپنا خاتمہ کر لوں, خود کو نقصان پہنچا رہا ہوں, خود کو نقصان پہنچا رہی ہوں, خود کو نقصان پہنچاتا ہوں, خود کو نقصان پہنچاتی ہوں, خود آزاری, خود کو کاٹ رہا ہوں, خود کو کاٹ رہی ہوں, جینے کا دل نہیں کرتا, جینے کو دل نہیں کرتا, جینے کی خواہش نہیں, مزید نہیں جی سکتا, مزید نہیں جی سکتی, اب اور نہیں جی سکتا, اب اور نہیں جی سکتی, جینے سے تھک گیا, جینے سے تھک گئی, زندگی سے تھک گیا, زندگی سے تھک گئی, زندگی سے تنگ آ گیا, زندگی سے تنگ آ گئی, khudkushi, khud kushi, khudkashi, khudkhushi, marna chahta hoon, marna chahta hun, marna chahta hu, marna chahti hoon, marna chahti hun, marna chahti hu, mar jana chahta hoon, mar jana chahta hun, mar jana chahti hoon, mar jana chahti hun, mujhe marna hai, khud ko maar dun, khud ko mar dun, khud ko maar doon, khud ko maarna, apne aap ko maar dun, apni jaan le lun, apni jaan lena, apni zindagi khatam kar dun, apni zindagi khatam karna, jeena nahi chahta, jeena nahi chahti, jina nahi chahta, jina nahi chahti, zinda nahi rehna chahta, zinda nahi rehna chahti, jeene ki koi wajah nahi, khud ko nuqsan pohanchana, khud ko nuksan pahunchana, mar jaun to behtar, mar jana behtar, khudkshi, khud ko maar lun, khud ko mar lun, khud ko khatam kar dun, khud ko khatam kar lun, khud ko khatam karna, apni zindagi khatam kar lun, apna khatma kar lun, khud ko nuqsan pahunchana, khud ko nuksan pohanchana, khud azari, khud aazari, jeene ka dil nahi karta, jeene ko dil nahi karta, jine ka dil nahi karta, jeene ki khwahish nahi, mazeed nahi jee sakta, mazeed nahi jee sakti, ab aur nahi jee sakta, ab aur nahi jee sakti, jeene se thak gaya, jeene se thak gayi, zindagi se thak gaya, zindagi se thak gayi, zindagi se tang aa gaya, zindagi se tang aa gayi
    .pattern = \bkh?[uo]o?d ?kh?[uoa]?sh?(i|ee|y|ie)\b|\b(marna|mrna|marnaa|mar ?jana|mar ?jaana|mr ?jana) (hi |he |e )?ch[a-z]*|\b(mujhe|mjhe|mujhay|mujhy|mainu|menu|mennu) (ab |bas |hun )?(marna|mrna) (hai|he|h|ae|a)\b|\b(marn[ae]|mrn[ae]) (ko|ka|k|nu|noo|da|di) (dill?|jee|ji|jii|man|mann) (kar|kr|ker|chah|cha)[a-z]*|\b(dill?|jee|ji|man) (kar|kr|ker|chah)[a-z]* (hai |he |h |ae |a |e |ay |ai )?(k |ke |keh |kay |ki )?(main |mein |mai |me |mn |mei |mayn )?(mar|mr) (jaun|jaon|jaoon|jau|jaoo|jawan|jawaan|javan|jaavan|jaaun|jaaon)\b|\b(mar|mr) (jaun|jaon|jaoon|jau|jaoo|jawan|jawaan|javan|jaavan|jaaun|jaaon|jata|jati) (to|toh|tou|ta) (acha|achha|achcha|behtar|bhtr|behter|sahi)\b|\bk(a|aa)sh (ke |k |kay )?(main |mein |mai |me |mn |mei |mayn )?(mar|mr) (ja|jaa|jata|jaata|jati|jaati|jaun|jaon|jaoon|jau|jaoo|jawan|jawaan|javan|jaavan|jaaun|jaaon|gaya|gya|gayi|gai|gyi|jaanda|janda|jandi)\b|\b(nahi|nahin|nai|ni|nhi|nahee|nae) (jeena|jina|jeenaa|jiina|jeeni)\b|\b(jeena|jina|jeenaa|jiina) (ab |hun |hor )?(nahi|nahin|nai|ni|nhi|nahee|nae)( (hai|he|h|ae|a|ch[a-z]*)\b|$)|\bzinda (ab |hun )?(nahi|nahin|nai|ni|nhi|nahee|nae|na) (rehna|rahna|reh na|rehnaa|rena|rehnda|rehndi)\b|\b(jeene|jine|jeen|jeenay|jinay|zinda rehne|zinda rahne) (ka|ko|nu|noo|da|di|ki) (dill?|jee|ji|man|mann|khwahish|khuahish) (bhi |hi )?(nahi|nahin|nai|ni|nhi|nahee|nae)\b|\b(nahi|nahin|nai|ni|nhi|nahee|nae) (jiya|jeeya|jeya|jia|jiyaa) (ja|jaa)[a-z]*|\b(jiya|jeeya|jeya|jia) (nahi|nahin|nai|ni|nhi|nahee|nae) (ja|jaa)[a-z]*|\b(jeene|jine|jeenay|zinda rehne|zindagi|zindgi|zndgi|zindagee|zindagy|zendagi|zandagi|zindaghi) (ki|ka|ke|di|da) (koi )?(wajah|waja|wja|wajha|faida|faeda|fayda|faiyda|faaida|maqsad|maksad|matlab|mtlb) (hi |bhi )?(nahi|nahin|nai|ni|nhi|nahee|nae|na)\b|\b(zindagi|zindgi|zndgi|zindagee|zindagy|zendagi|zandagi|zindaghi|jeene|jine|jeenay) (se|say|sy|sey|si|ton|tun|toon|to|tu|tou) (tang|tung|tng|thak|thk|thuk|bezar|bezaar|baizar|aajiz|ajiz|ukta|akta)[a-z]*|\b(khud|khd|khod|khood|apne ?aap|apne ?ap|apne ?app|apnay ?aap|apnay ?ap|apne ?tap|apne|apnay) (ko|nu|noo|nun|kou|ku) (maar|mar|maarna|marna|maarun|marun|maaru|maaroon|maarta|maarti|khatam|khtm|khatm|khtam|kaat|kat|kaata|kaatna|katna|kaatta|kaatti|katta|cut|hurt|harm|zakhmi|zakhmee|nuqsan|nuksan|nuqsaan|nuksaan|nqsan|nuksn)\b|\bapni (jaan|jan) (le|lay|lai|lae|len|lena|lene|leni|loon|lun|lu|lunga|lungi)\b|\b(apni |apna )?(zindagi|zindgi|zndgi|zindagee|zindagy|zendagi|zandagi|zindaghi|life) (ko )?(khatam|khtm|khatm|khtam|end) (kar|kr|ker) ?(dun|doon|du|lun|loon|lu|dunga|dungi|lunga|lungi|dena|lena|lawan|dewan)\b|\b(apni |apna )?(zindagi|zindgi|zndgi|zindagee|zindagy|zendagi|zandagi|zindaghi|life) (ko )?(khatam|khtm|khatm|khtam|end) (karna|krna|karni|krni|karne) (chah|cha|hai|he|ae|ka soch|ki soch)[a-z]*|\bsab (kuch |kuchh |kch )?(khatam|khtm|khatm) (karna|krna|kar dena|kr dena) (chah|cha)[a-z]*|\b(uthna|uthnaa|othna|jagna|jaagna) (hi )?(nahi|nahin|nai|ni|nhi|nahee|nae) (chah|cha|chau|chan)[a-z]*|\bkabhi (na|nah|nahi|nahin|nai|ni|nhi|nahee|nae) (uthun|uthoon|uthu|uthon|jagun|jaagun|jaagoon|uthna|jaagna|uthan|uthaan)\b|\bhamesha (ke |k |kay )?(liye |liay |lie |lye |laye )?(so jaun|so jaon|so jau|gayab|ghayab|ghaib|gaib|ghayb)[a-z]*|\bmere (baghair|bagair|bghair|beghair|baghir|bagher|bina|bgair|bin) (sab |sb |sabh |sare |saare |ghar wale |sab log )?(behtar|bhtr|behter|bahtar)\b|\bmere (baghair|bagair|bghair|beghair|bina|bgair) (sab|sb|sabh) (khush|khosh)\b|\b(bohat|bahut|bht|bohot|boht|bohut|sari|saari|sab|zyada|ziada|dher) (si |sari |saari |zyada |ziada )?(goliyan|goliaan|golian|goliya|pills|tablets|tabletain)( ek sath| ek saath)? (kha|khaa) ?(li|lin|leen|lein|lee|lain|lun|loon|lu)\b|\b(pul|pull|bridge|chhat|chat|chhath|chath|building|khirki|khidki) (se|say|sy|ton|to|tu|par se|pe se) (chalang|chhalang|chhlang|chlang|chhalaang|chalaang|kood|kud|jump)[a-z]*|\b(allah|alla|allaah|khuda|khudaya|rab|rabba|maula|mola) (mujhe|mjhe|mujhay|mujhy|mainu|menu|mennu|mjy) (utha|otha|chuk) (le|lay|lai|ly|lawe|lo|lain|lein)\b|\b(mujhe|mjhe|mujhay|mujhy|mainu|menu) maut (de|dy|aa|a)\b|مر(نا| جانا) (ہی )?چا[^ ]*|(نہیں|نہ|نئیں) جینا\b|جینا (اب )?(نہیں|نئیں)( (ہے|چا[^ ]*)\b|$)|زندہ (اب )?(نہیں|نہ|نئیں) رہنا|کاش (کہ )?(میں )?مر (جا[^ ]*|گیا|گئی|گیی)|(دل|جی) (کرتا|کرتی|کردا|کردی|چاہتا|چاہتی|کر رہا)[^ ]* (ہے |اے )?(کہ )?(میں )?مر جا[^ ]*|مرنے (کو|کا|نوں) (دل|جی) (کرتا|کرتی|کردا|چاہتا|کر رہا)|(جینے|جین|جیون|زندہ رہنے) (کو|کا|کی|نوں|دا) (دل|جی|خواہش|من) (بھی )?(نہیں|نئیں|نہ|نی)\b|(نہیں|نئیں|نہ) (جیا|جیئا) جا[^ ]*|جیا (نہیں|نئیں) جا[^ ]*|(جینے|زندہ رہنے|زندگی) (کا|کی|کے) (کوئی )?(فائدہ|فایدہ|وجہ|مقصد|مطلب) (ہی |بھی )?(نہیں|نہ)\b|(زندگی|جینے) (سے|توں) (تنگ|تھک|بیزار|اکتا|عاجز)[^ ]*|(خود|اپنے آپ|اپنے|آپنے آپ) (کو|نوں) (مار|ختم|زخمی|کاٹ|نقصان|ہرٹ)(\b|نا|نے|وں|و|ا|ی|تا|تی|تے)|اپنی جان (لے|لینا|لینے|لوں|لو|لیں|لینی)\b|زندگی (کو )?ختم کر(نا|نے| دوں| لوں| دینا| لینا| ڈالوں)|سب (کچھ )?ختم (کرنا|کر دینا) چا[^ ]*|سب (کچھ )?ختم کر (دوں|لوں|ڈالوں)|اٹھنا (ہی )?(نہیں|نہ) چا[^ ]*|کبھی (نہ|نہیں) (اٹھوں|اٹھو|جاگوں|اٹھنا|جاگنا)\b|ہمیشہ (کے )?(لیے|لئے|لیئے|واسطے) (غائب|غایب|سو جا)[^ ]*|میرے (بغیر|بنا|بن) (سب |سارے |گھر والے )?بہتر\b|میرے (بغیر|بنا) سب خوش\b|(بہت|ساری|سب|ڈھیر|زیادہ) (سی |ساری |زیادہ )?(گولیاں|گولیا|دوائیاں|دوائیں|گولی)[^ ]* (ایک ساتھ )?کھا ?(لیں|لی|لوں|لو)\b|(پل|چھت|عمارت|بلڈنگ|کھڑکی) (سے|پر سے|کے اوپر سے|توں) (چھلانگ|کود)[^ ]*|(اللہ|خدا|خدایا|رب|ربا) (مجھے|مجھ کو|مینوں) (اٹھا|موت) (لے|دے)\b|مجھے موت (آ|دے)\b
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
intent-erase = یہ چیٹ مٹا دیں
    .keywords = یہ چیٹ مٹا دیں, چیٹ مٹا دیں, چیٹ مٹا دو, یہ چیٹ ڈیلیٹ کریں, چیٹ ڈیلیٹ کریں, چیٹ ڈیلیٹ کرو, سب کچھ مٹا دیں, سب کچھ مٹا دو, سب کچھ ڈیلیٹ کریں, سب ڈیلیٹ کرو, فوری مٹائیں, chat mita do, chat mitao, chat delete karo, chat delete karein, chat delete kar do, sab kuch mita do, sab kuch delete karo, sab kuch delete kar do, sab delete karo

language-menu-prompt = اپنی زبان چنیں: کوئی نمبر لکھ کر جواب دیں۔
language-changed = زبان بدل دی گئی۔
not-understood = معاف کیجیے، بات سمجھ نہیں آئی۔ براہِ کرم کسی آپشن کا نمبر لکھ کر جواب دیں۔
help-text =
    کسی آپشن کا نمبر لکھ کر جواب دیں، یا اس کے الفاظ لکھیں۔
    مین مینیو پر جانے کے لیے "مینیو" لکھیں، واپس جانے کے لیے "واپس"، زبان بدلنے کے لیے "زبان"،
    ایمرجنسی نمبروں کے لیے "SOS"، اور مجھے آپ کے بارے میں جو کچھ یاد ہے اسے مٹانے کے لیے "مجھے بھول جاؤ"۔
forgotten = میں نے اس گفتگو کے بارے میں سب کچھ بھلا دیا ہے۔ دوبارہ شروع کرنے کے لیے کچھ بھی لکھیں۔
erase-confirm =
    اس سے وہ تمام پیغامات مٹ جائیں گے جو میں نے یہاں بھیجے، آپ کے بارے میں جو کچھ مجھے یاد ہے وہ بھی مٹ جائے گا، اور میں یہ چیٹ چھوڑ دوں گا۔ آپ کے اپنے پیغامات باقی رہیں گے: انہیں مٹانے کے لیے ہر پیغام کو دبا کر رکھیں اور "ہٹائیں" یا "حذف کریں" چنیں، پھر اپنی ایپ میں یہ چیٹ ڈیلیٹ کر دیں۔
    ابھی مٹا دوں؟
erase-opt-yes = جی ہاں، ابھی مٹا دیں
    .keywords = ہاں, جی ہاں, ہاں جی, جی, مٹا دیں, haan, han, ha, ji, jee, ji haan, haan ji, mita do
erase-opt-no = نہیں، چیٹ رہنے دیں
    .keywords = نہیں, جی نہیں, نا, نہ, رہنے دیں, nahi, nahin, nai, na, ji nahi
erase-cancelled = کچھ نہیں مٹایا گیا۔
erase-relayed-note = آپ مجھے کسی دوسری ایپ سے لکھ رہے ہیں، جیسے واٹس ایپ، سگنل یا ٹیلی گرام۔ وہاں میرے پیغامات آپ کے فون سے صرف اس وقت تک مٹتے ہیں جب تک وہ ایپ انہیں مٹانے کی اجازت دیتی ہے، اس لیے کچھ پیغامات رہ سکتے ہیں۔ اس ایپ میں بھی یہ چیٹ ڈیلیٹ کر دیں۔
erase-incomplete = میں ابھی تک اس چیٹ میں اپنے تمام پیغامات نہیں مٹا سکا۔ میں کوشش جاری رکھوں گا، اور مکمل ہونے پر چیٹ چھوڑ دوں گا۔ حفاظت کے لیے، ابھی اپنی ایپ میں یہ چیٹ ڈیلیٹ کر دیں۔
welcome-back = دوبارہ خوش آمدید۔ یہ رہا مین مینیو۔
cannot-decrypt = میں آپ کا پچھلا پیغام نہیں پڑھ سکا: یہ ایسی کیز سے انکرپٹ ہے جو ابھی میرے پاس نہیں ہیں۔ اگر میں جلد جواب نہ دوں تو براہِ کرم اسے دوبارہ بھیجیں۔
content-changed = سروس کا یہ حصہ بدل گیا ہے۔ یہ رہا مین مینیو۔
emergency-intro = اگر آپ ابھی خطرے میں ہیں تو کسی ایمرجنسی نمبر پر کال کریں:
emergency-outro = آپ تنہا نہیں ہیں۔ آگے بڑھنے کے لیے آخری سوال کا جواب دیں، یا "مینیو" لکھیں۔
directory-none = مجھے اس کے لیے کوئی سروس نہیں ملی۔ کوئی اور ضرورت یا کوئی اور ملک آزمائیں۔

## Labels on contact cards.

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
card-languages = زبانیں
card-network = رکنیت

## Opening hours on cards.

hours-always = 24 گھنٹے، ہر روز
hours-range = { $days }، { $from }–{ $to }
hours-days-daily = ہر روز
hours-days-mon-fri = پیر سے جمعہ
hours-days-mon-sat = پیر سے ہفتہ
hours-days-sat-sun = ہفتہ اور اتوار

## Answers used in many flows.

answer-yes = ہاں
    .keywords = ہاں, جی, جی ہاں, haan, han, haa, ha, ji, jee, ji haan
answer-no = نہیں
    .keywords = نہیں, نہ, جی نہیں, nahi, nahin, nai, nahee, na, ji nahi
answer-not-sure = پتا نہیں
    .keywords = پتا نہیں, پتہ نہیں, معلوم نہیں, نہیں معلوم, یقین نہیں, شاید, pata nahi, pata nahin, pta nahi, patah nahi, maloom nahi, malum nahi, yaqeen nahi, shayad, shaid
answer-skip = مجھے نہیں بتانا
    .keywords = نہیں بتانا, چھوڑ دیں, چھوڑیں, nahi batana, chhor do, chor do, chhoro, skip
common-main-menu = مین مینیو

## Flood control: sent once when someone writes many messages very fast.
slow-down = آپ بہت تیزی سے پیغامات بھیج رہے ہیں، اس لیے میں کچھ پیغامات چھوڑ رہا ہوں۔ براہِ کرم چند سیکنڈ انتظار کریں، پھر دوبارہ لکھیں۔ اگر آپ خطرے میں ہیں تو کسی ایمرجنسی نمبر پر کال کریں۔

attachment-unreadable = میں صرف لکھے ہوئے پیغامات پڑھ سکتا ہوں، اس لیے آپ نے جو بھیجا وہ میں سن یا دیکھ نہیں سکا۔ براہِ کرم چند الفاظ، یا کسی آپشن کا نمبر لکھیں۔ مین مینیو کے لیے "مینیو" لکھیں، اور ایمرجنسی نمبروں کے لیے "SOS"۔
