## Countries, as shown in menus and above emergency numbers.
## `.keywords` are other names a person may type.

country-rs = Serbia
    .keywords = srbija, србија
country-ba = Bosnia and Herzegovina
    .keywords = bosnia, bih, bosna
country-mk = North Macedonia
    .keywords = macedonia, makedonija
country-me = Montenegro
    .keywords = crna gora
country-al = Albania
    .keywords = shqiperia
country-xk = Kosovo
    .keywords = kosova
country-hr = Croatia
    .keywords = hrvatska
country-unknown = Not sure / I prefer not to say
ask-country-prompt = Which country are you in now? This helps me show the right numbers.

## Titles of emergency and hotline cards.

contact-emergency-numbers = Emergency numbers
contact-police = Police
contact-fire = Fire
contact-ambulance = Ambulance
contact-emergency-112 = Emergency (all services)
contact-trafficking-hotline = Anti-trafficking hotline
contact-asylum-line = Free line for asylum seekers
contact-sarajevo = WhatsApp, Sarajevo
contact-una-sana = WhatsApp, Una-Sana

## Descriptions of services.

svc-bchr-description = Free legal help for people seeking asylum.
svc-idc-description = Counselling and psychosocial support, including for LGBTI+ refugees.
svc-astra-description = Help for people who may have been trafficked: legal, psychological and medical support, with interpreters.
svc-vasa-prava-description = Free legal information and help for people seeking asylum.
svc-unhcr-mk-description = UNHCR helpline: write by SMS, Viber or WhatsApp.
