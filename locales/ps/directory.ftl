## DRAFT translation: not yet reviewed by a native speaker.

## Countries, as shown in menus and above emergency numbers.
## `.keywords` are other names a person may type.

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

## Titles of emergency and hotline cards.

contact-emergency-numbers = بیړنۍ شمېرې
contact-police = پولیس
contact-fire = اور وژونکي
contact-ambulance = امبولانس
contact-emergency-112 = بیړنی حالت (ټول خدمتونه)
contact-trafficking-hotline = د استثمار او جبري کار د قربانیانو لپاره تلیفوني کرښه
contact-asylum-line = د پناه غوښتونکو لپاره وړیا کرښه
contact-sarajevo = واټساپ، سرایوو
contact-una-sana = واټساپ، اونا-سانا
contact-crisis-line = د عاطفي ملاتړ کرښه
contact-ba-no-112 = په بوسنیا او هرزګوینا کې 112 کار نه کوي. 122، 123 یا 124 ته زنګ ووهئ.
contact-al-reports-to-police = ملي تلیفوني کرښه. راپورونه پولیسو ته لېږل کېږي.
contact-rs-112-uncertain = په سربیا کې 192، 193 یا 194 ته زنګ ووهئ: ښايي 112 کار ونه کړي.

## Descriptions of services.

svc-bchr-description = د پناه غوښتونکو لپاره وړیا حقوقي مرسته.
svc-idc-description = دې ادارې د LGBTI+ کډوالو لپاره مشوره او رواني-ټولنیز ملاتړ وړاندې کاوه (2018–19). دا چې اوس کومه مرسته کوي، په وېبپاڼه کې یې وګورئ.
svc-astra-description = د هغو خلکو لپاره مرسته چې ښايي د استثمار او جبري کار قرباني شوي وي: حقوقي، رواني او طبي ملاتړ، له ژباړونکو سره.
svc-vasa-prava-description = د پناه غوښتونکو لپاره وړیا حقوقي معلومات او مرسته.
svc-unhcr-mk-description = د UNHCR مرستندویه کرښه: د اس ام اس، وایبر یا واټساپ له لارې ولیکئ.
svc-ideas-description = د هغو خلکو لپاره وړیا حقوقي مرسته چې غواړي په هوايي ډګر کې پناه وغواړي.
svc-srce-description = څوک چې ورسره خبرې وکړئ کله چې ډېر بد احساس کوئ، هغه وخت هم چې د ځان وژنې فکرونه لرئ. وړیا او محرم؛ اړتیا نشته چې خپل نوم ووایاست.
svc-national-sos-description = د ځان وژنې د مخنیوي لپاره وړیا ملي تلیفون، شپه او ورځ. کله چې زنګ وصل شو، 1 وټاکئ.
svc-crpk-description = د کډوالو او پناه غوښتونکو لپاره معلومات. خدمتونه وړیا دي: که څوک له تاسو پیسې وغواړي، راپور یې ورکړئ.
svc-unhcr-help-description = په دې هېواد کې د کډوالو او پناه غوښتونکو لپاره د UNHCR معلومات: ستاسو حقونه، د پناه غوښتنه، او چېرته چې مرسته موندلای شئ.
svc-zivotna-linija-description = د هغو خلکو لپاره وړیا کرښه چې ډېر خپه دي یا د ځان وژنې فکر کوي.
