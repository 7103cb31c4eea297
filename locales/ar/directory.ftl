## DRAFT translation: not yet reviewed by a native speaker.

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
country-unknown = لست متأكدًا / أفضّل ألا أقول
ask-country-prompt = في أي بلد أنت الآن؟ هذا يساعدني على إظهار الأرقام الصحيحة.

contact-emergency-numbers = أرقام الطوارئ
contact-police = الشرطة
contact-fire = الإطفاء
contact-ambulance = الإسعاف
contact-emergency-112 = الطوارئ (كل الخدمات)
contact-trafficking-hotline = خط مكافحة الاتجار بالبشر
contact-asylum-line = خط مجاني لطالبي اللجوء
contact-sarajevo = واتساب، سراييفو
contact-una-sana = واتساب، أونا-سانا

svc-bchr-description = مساعدة قانونية مجانية لطالبي اللجوء.
svc-idc-description = إرشاد ودعم نفسي اجتماعي، بما في ذلك للاجئين من مجتمع الميم.
svc-astra-description = مساعدة لمن ربما تعرّضوا للاتجار بالبشر: دعم قانوني ونفسي وطبي، مع مترجمين.
svc-vasa-prava-description = معلومات ومساعدة قانونية مجانية لطالبي اللجوء.
svc-unhcr-mk-description = خط المفوضية: اكتب عبر الرسائل النصية أو فايبر أو واتساب.
