## DRAFT translation: not yet reviewed by a native speaker.

## Countries, as shown in menus and above emergency numbers.
## `.keywords` are other names a person may type.

country-rs = صربيا
    .keywords = serbia, srbija
country-ba = البوسنة والهرسك
    .keywords = البوسنة, bosnia, bih
country-mk = مقدونيا الشمالية
    .keywords = مقدونيا, macedonia
country-me = الجبل الأسود
    .keywords = montenegro
country-al = ألبانيا
    .keywords = albania
country-xk = كوسوفو
    .keywords = kosovo
country-hr = كرواتيا
    .keywords = croatia
country-unknown = لا أعرف / أفضّل ألا أقول
ask-country-prompt = في أي بلد أنت الآن؟ هذا يساعدني على إظهار الأرقام الصحيحة.

## Titles of emergency and hotline cards.

contact-emergency-numbers = أرقام الطوارئ
contact-police = الشرطة
contact-fire = الإطفاء
contact-ambulance = الإسعاف
contact-emergency-112 = الطوارئ (كل الخدمات)
contact-trafficking-hotline = خط مكافحة الاتجار بالبشر
contact-asylum-line = خط مجاني لطالبي اللجوء
contact-sarajevo = واتساب، سراييفو
contact-una-sana = واتساب، أونا-سانا
contact-crisis-line = خط الدعم النفسي
contact-ba-no-112 = الرقم 112 لا يعمل في البوسنة والهرسك. يُرجى الاتصال بـ 122 أو 123 أو 124.
contact-al-reports-to-police = خط وطني. تُحال البلاغات إلى الشرطة.
contact-rs-112-uncertain = في صربيا، يُرجى الاتصال بـ 192 أو 193 أو 194: قد لا يعمل الرقم 112.

## Descriptions of services.

svc-bchr-description = مساعدة قانونية مجانية لطالبي اللجوء.
svc-idc-description = قدّمت المنظمة إرشادًا ودعمًا نفسيًا اجتماعيًا للاجئين من مجتمع الميم (2018–19). لمعرفة المساعدة التي تقدّمها الآن، يُرجى مراجعة موقعها الإلكتروني.
svc-astra-description = مساعدة لمن ربما تعرّضوا للاتجار بالبشر: دعم قانوني ونفسي وطبي، مع مترجمين.
svc-vasa-prava-description = معلومات ومساعدة قانونية مجانية لطالبي اللجوء.
svc-unhcr-mk-description = خط المفوضية: للتواصل كتابةً عبر الرسائل النصية أو فايبر أو واتساب.
svc-ideas-description = مساعدة قانونية مجانية لمن يريدون طلب اللجوء في أحد المطارات.
svc-srce-description = شخص للتحدث معه عند الشعور بسوء شديد، بما في ذلك عند التفكير في الانتحار. مجاني وسري، ولا يلزمك ذكر اسمك.
svc-national-sos-description = خط وطني مجاني للوقاية من الانتحار، ليلًا ونهارًا. عند اتصال الخط، يُرجى اختيار 1.
svc-crpk-description = معلومات للاجئين وطالبي اللجوء. الخدمات مجانية: يمكن الإبلاغ عن أي شخص يطلب منك مالًا.
svc-unhcr-help-description = معلومات المفوضية للاجئين وطالبي اللجوء في هذا البلد: الحقوق، وطلب اللجوء، وأماكن الحصول على المساعدة.
svc-zivotna-linija-description = خط مجاني لمن يشعرون بإحباط شديد أو يفكرون في الانتحار.
