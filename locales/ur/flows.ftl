## DRAFT translation: not yet reviewed by a native speaker.

main-menu-prompt = ہیلو۔ میں پوتوکاز ہوں، ایک خودکار رہنما۔ میں آپ کو معلومات اور رابطے دے سکتا ہوں۔ آپ کیا کرنا چاہیں گے؟
main-opt-awareness = کیا میں ابھی جہاں ہوں، وہاں محفوظ ہوں؟
    .keywords = محفوظ, حفاظت, کیا میں محفوظ ہوں, mehfooz, mahfooz, mehfuz, hifazat, kya main mehfooz hoon
main-opt-services = کوئی سروس تلاش کریں
    .keywords = سروس, سروسز, خدمات, تلاش, talash, dhoondo, dhundo
main-opt-urgent = فوری مدد
    .keywords = فوری, ہیلپ لائن, ہاٹ لائن, fori, fauri, fori madad, helpline
main-opt-language = زبان تبدیل کریں
main-opt-about = اس سروس اور آپ کی پرائیویسی کے بارے میں
    .keywords = تعارف, پرائیویسی, رازداری, privacy, taaruf, raazdari
about-text =
    پوتوکاز ایک خودکار سروس ہے، کوئی انسان نہیں۔ یہ خود ایمرجنسی میں مدد نہیں کر سکتی: کسی ایمرجنسی نمبر پر کال کریں۔
    یہ صرف آپ کی زبان، مینیو میں آپ کی جگہ اور اپنے سوالوں کے آپ کے جوابات یاد رکھتی ہے، آپ کے پیغامات کبھی نہیں۔ 30 دن تک استعمال نہ ہونے پر یہ سب کچھ بھول جاتی ہے۔ یہ سب ابھی مٹانے کے لیے کسی بھی وقت "مجھے بھول جاؤ" لکھیں۔

aw-intro = کچھ حالات غیر محفوظ ہو سکتے ہیں، چاہے وہ ایک عام نوکری یا سفر کے طور پر شروع ہوئے ہوں۔ میں تین مختصر سوال پوچھوں گا۔ آپ کوئی بھی سوال چھوڑ سکتے ہیں، اور آپ کو کوئی تفصیل بتانے کی ضرورت نہیں۔
aw-opt-start = شروع کریں
    .keywords = شروع, ٹھیک ہے, shuru, shuru karo, theek hai, thik hai, ok
aw-q-documents = کیا کسی نے آپ کا پاسپورٹ یا شناختی کارڈ لے لیا ہے اور مانگنے پر واپس نہیں کیا؟
aw-q-debt = کیا آپ پر کسی آجر کا، یا سفر میں مدد کرنے والے کسی شخص کا قرض ہے، اور کیا یہ قرض بڑھتا ہی جا رہا ہے؟
aw-q-leave = کیا آپ جب چاہیں اپنا کام یا اپنے رہنے کی جگہ چھوڑ کر جا سکتے ہیں؟
aw-result-signs =
    { $count ->
        [one] آپ نے ایک سوال کا جواب ایسے دیا جو خطرے کی نشانی ہو سکتا ہے۔
       *[other] آپ نے { $count } سوالوں کے جواب ایسے دیے جو خطرے کی نشانیاں ہو سکتے ہیں۔
    } ایک نشانی بھی کسی سے بات کرنے کے لیے کافی ہو سکتی ہے۔ یہ کوئی تشخیص نہیں، اور فیصلہ آپ کا ہے کہ کیا کرنا ہے۔
aw-not-your-fault = اگر کوئی آپ کا فائدہ اٹھا رہا ہے تو اس میں آپ کا کوئی قصور نہیں۔
aw-hotlines-intro = یہ لائنیں مفت ہیں۔ وہاں آپ کسی انسان سے بات کر سکتے ہیں:
aw-result-none = شکریہ۔ آپ کے جوابات میں خطرے کی یہ نشانیاں نظر نہیں آتیں۔ اگر کچھ بدلے، یا آپ کو فکر ہو، تو آپ ہمیشہ کسی سے بات کر سکتے ہیں۔
aw-opt-find-service = اپنے قریب کوئی سروس تلاش کریں

svc-ask-country = آپ اس وقت کس ملک میں ہیں؟
svc-ask-need = آپ کو کس چیز میں مدد چاہیے؟ چند الفاظ میں لکھیں، مثلاً "وکیل" یا "کوئی جس سے بات کر سکوں"۔
svc-need-not-recognised = براہِ کرم چنیں کہ آپ کو کیا چاہیے:
need-psychosocial = کوئی جس سے بات کر سکوں (نفسیاتی و سماجی مدد)
    .keywords = بات کر, بات کرنی, بات کرنا, بات کرنے, ذہنی دباؤ, اسٹریس, سٹریس, ٹینشن, پریشان, پریشانی, اداس, ماہر نفسیات, کونسلنگ, نفسیاتی, ذہنی صحت, baat kar, baat karni, baat karna, pareshan, pareshani, udaas, udas, tension, depression, nafsiyati, zehni sehat
need-legal = قانونی مدد یا پناہ (اسائلم)
    .keywords = وکیل, قانونی, پناہ, اسائلم, کاغذات, دستاویزات, حقوق, wakeel, vakeel, wakil, vakil, qanooni, kanooni, panah, kaghzat, kagzat, haqooq
need-lgbti = LGBTI+ افراد کے لیے مدد
    .keywords = lgbt, lgbti, lgbtq, ایل جی بی ٹی, گے, ہم جنس پرست, ٹرانس, ٹرانسجینڈر, خواجہ سرا, gay, trans, transgender, khwaja sira, khawaja sira, queer
need-trafficking = استحصال یا انسانی ٹریفکنگ
    .keywords = استحصال, ٹریفکنگ, انسانی ٹریفکنگ, اسمگلنگ, انسانی اسمگلنگ, جبری مشقت, زبردستی کام, اسمگلر, ایجنٹ, istehsal, trafficking, smuggling, zabardasti kaam, jabri mushaqqat, smuggler, agent
svc-results-intro = مجھے یہ ملا:
svc-none = اس ملک میں اس ضرورت کے لیے ابھی مجھے کوئی سروس نہیں ملی۔ فوری مدد کے نمبر ہر جگہ کام کرتے ہیں: "SOS" لکھیں۔
svc-opt-other-need = کوئی اور ضرورت
svc-opt-other-country = کوئی اور ملک

urgent-intro = اگر آپ ابھی خطرے میں ہیں تو کسی ایمرجنسی نمبر پر کال کریں۔ یہ رابطے مفت ہیں:
urgent-opt-other-country = کوئی اور ملک
