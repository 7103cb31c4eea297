## DRAFT translation: not yet reviewed by a native speaker.

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

contact-emergency-numbers = ایمرجنسی نمبر
contact-police = پولیس
contact-fire = فائر بریگیڈ
contact-ambulance = ایمبولینس
contact-emergency-112 = ایمرجنسی (تمام سروسز)
contact-trafficking-hotline = انسانی ٹریفکنگ کے خلاف ہیلپ لائن
contact-asylum-line = پناہ کے متلاشی افراد کے لیے مفت لائن
contact-sarajevo = واٹس ایپ، سرائیوو
contact-una-sana = واٹس ایپ، اونا-سانا

svc-bchr-description = پناہ کے متلاشی افراد کے لیے مفت قانونی مدد۔
svc-idc-description = کونسلنگ اور نفسیاتی و سماجی مدد، LGBTI+ پناہ گزینوں کے لیے بھی۔
svc-astra-description = ان لوگوں کے لیے مدد جو شاید انسانی ٹریفکنگ کا شکار ہوئے ہوں: قانونی، نفسیاتی اور طبی مدد، مترجموں کے ساتھ۔
svc-vasa-prava-description = پناہ کے متلاشی افراد کے لیے مفت قانونی معلومات اور مدد۔
svc-unhcr-mk-description = UNHCR ہیلپ لائن: ایس ایم ایس، وائبر یا واٹس ایپ پر لکھیں۔
