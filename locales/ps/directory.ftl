## DRAFT translation: not yet reviewed by a native speaker.

country-rs = سربیا
    .keywords = سربیا, صربیا, صربستان, serbia, srbija, србија
country-ba = بوسنیا او هرزګوینا
    .keywords = بوسنیا, بوسنیا او هرزګوینا, بوسنیا او هرزگوینا, bosnia, bih, bosna
country-mk = شمالي مقدونیه
    .keywords = مقدونیه, شمالي مقدونیه, شمالی مقدونیه, macedonia, north macedonia, makedonija
country-me = مونټینیګرو
    .keywords = مونټینیګرو, مونتینیگرو, مونټېنېګرو, montenegro, crna gora
country-al = البانیا
    .keywords = البانیا, البانیه, albania, shqiperia
country-xk = کوسوو
    .keywords = کوسوو, کوزوو, kosovo, kosova
country-hr = کروشیا
    .keywords = کروشیا, کرواسیا, croatia, hrvatska
country-unknown = ډاډه نه یم / نه غواړم ووایم
ask-country-prompt = اوس په کوم هېواد کې یاست؟ دا راسره مرسته کوي چې سمې شمېرې درته وښیم.

contact-emergency-numbers = بیړنۍ شمېرې
contact-police = پولیس
contact-fire = اور وژونکي
contact-ambulance = امبولانس
contact-emergency-112 = بیړنی حالت (ټول خدمتونه)
contact-trafficking-hotline = د انسانانو د قاچاق پر ضد تلیفوني کرښه
contact-asylum-line = د پناه غوښتونکو لپاره وړیا کرښه
contact-sarajevo = واټساپ، سرایوو
contact-una-sana = واټساپ، اونا-سانا

svc-bchr-description = د پناه غوښتونکو لپاره وړیا حقوقي مرسته.
svc-idc-description = مشوره او رواني-ټولنیز ملاتړ، د LGBTI+ کډوالو لپاره هم.
svc-astra-description = د هغو خلکو لپاره مرسته چې ښايي قاچاق شوي وي: حقوقي، رواني او طبي ملاتړ، له ژباړونکو سره.
svc-vasa-prava-description = د پناه غوښتونکو لپاره وړیا حقوقي معلومات او مرسته.
svc-unhcr-mk-description = د UNHCR مرستندویه کرښه: د اس ام اس، وایبر یا واټساپ له لارې ولیکئ.
