## DRAFT translation: not yet reviewed by a native speaker.

## Countries, as shown in menus and above emergency numbers.
## `.keywords` are other names a person may type.

country-rs = سربیا
    .keywords = سربیا, serbia, srbija, србија
country-ba = بوسنیا اور ہرزیگووینا
    .keywords = بوسنیا, bosnia, bosnia and herzegovina, bih, bosna
country-mk = شمالی مقدونیہ
    .keywords = مقدونیہ, مقدونیا, north macedonia, macedonia, makedonija
country-me = مونٹی نیگرو
    .keywords = مونٹینیگرو, montenegro, crna gora
country-al = البانیہ
    .keywords = البانیا, albania, shqiperia
country-xk = کوسووو
    .keywords = کوسوو, kosovo, kosova
country-hr = کروشیا
    .keywords = croatia, hrvatska
country-unknown = پتا نہیں / مجھے نہیں بتانا
ask-country-prompt = آپ اس وقت کس ملک میں ہیں؟ اس سے مجھے صحیح نمبر دکھانے میں مدد ملے گی۔

## Titles of emergency and hotline cards.

contact-emergency-numbers = ایمرجنسی نمبر
contact-police = پولیس
contact-fire = فائر بریگیڈ
contact-ambulance = ایمبولینس
contact-emergency-112 = ایمرجنسی (تمام سروسز)
contact-trafficking-hotline = انسانی ٹریفکنگ (جبری مشقت اور استحصال) کے خلاف ہیلپ لائن
contact-asylum-line = پناہ کے متلاشی افراد کے لیے مفت لائن
contact-sarajevo = واٹس ایپ، سرائیوو
contact-una-sana = واٹس ایپ، اونا-سانا
contact-crisis-line = جذباتی سہارے کی لائن
contact-ba-no-112 = بوسنیا اور ہرزیگووینا میں 112 کام نہیں کرتا۔ 122، 123 یا 124 پر کال کریں۔
contact-al-reports-to-police = قومی ہیلپ لائن۔ رپورٹیں پولیس تک پہنچائی جاتی ہیں۔
contact-rs-112-uncertain = سربیا میں 192، 193 یا 194 پر کال کریں: ہو سکتا ہے 112 کام نہ کرے۔

## Descriptions of services.

svc-bchr-description = پناہ کے متلاشی افراد کے لیے مفت قانونی مدد۔
svc-idc-description = LGBTI+ پناہ گزینوں کے لیے کونسلنگ اور نفسیاتی و سماجی مدد فراہم کرتی تھی (2018–19)۔ یہ اب کیا مدد دیتی ہے، یہ جاننے کے لیے ویب سائٹ دیکھیں۔
svc-astra-description = ان لوگوں کے لیے مدد جو شاید انسانی ٹریفکنگ (جبری مشقت اور استحصال) کا شکار ہوئے ہوں: قانونی، نفسیاتی اور طبی مدد، مترجموں کے ساتھ۔
svc-vasa-prava-description = پناہ کے متلاشی افراد کے لیے مفت قانونی معلومات اور مدد۔
svc-unhcr-mk-description = UNHCR ہیلپ لائن: ایس ایم ایس، وائبر یا واٹس ایپ پر لکھیں۔
svc-ideas-description = ان لوگوں کے لیے مفت قانونی مدد جو کسی ہوائی اڈے پر پناہ (اسائلم) کی درخواست دینا چاہتے ہیں۔
svc-srce-description = جب آپ بہت برا محسوس کریں، خودکشی کے خیالات آنے پر بھی، تو یہاں کوئی آپ سے بات کرے گا۔ مفت اور رازدارانہ؛ آپ کو اپنا نام بتانے کی ضرورت نہیں۔
svc-national-sos-description = خودکشی کی روک تھام کے لیے مفت قومی لائن، دن رات۔ کال ملنے پر 1 دبائیں۔
svc-crpk-description = پناہ گزینوں اور پناہ کے متلاشی افراد کے لیے معلومات۔ سروسز مفت ہیں: جو بھی آپ سے پیسے مانگے، اس کی رپورٹ کریں۔
svc-unhcr-help-description = اس ملک میں پناہ گزینوں اور پناہ کے متلاشی افراد کے لیے UNHCR کی معلومات: آپ کے حقوق، پناہ کی درخواست، اور مدد کہاں سے ملے۔
svc-zivotna-linija-description = ان لوگوں کے لیے مفت لائن جو بہت مایوس محسوس کرتے ہیں یا خودکشی کے بارے میں سوچتے ہیں۔
