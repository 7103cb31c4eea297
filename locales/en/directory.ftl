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
contact-crisis-line = Emotional support line
contact-ba-no-112 = 112 does not work in Bosnia and Herzegovina. Call 122, 123 or 124.
contact-al-reports-to-police = National hotline. Reports are passed to the police.
contact-rs-112-uncertain = In Serbia, call 192, 193 or 194: 112 may not work.

## Descriptions of services.

svc-bchr-description = Free legal help for people seeking asylum.
svc-idc-description = Ran counselling and psychosocial support for LGBTI+ refugees (2018–19). Check the website for the help it gives now.
svc-astra-description = Help for people who may have been trafficked: legal, psychological and medical support, with interpreters.
svc-vasa-prava-description = Free legal information and help for people seeking asylum.
svc-unhcr-mk-description = UNHCR helpline: write by SMS, Viber or WhatsApp.
svc-ideas-description = Free legal help for people who want to ask for asylum at an airport.
svc-srce-description = Someone to talk to when you feel very bad, including thoughts of suicide. Free and confidential; you do not have to give your name.
svc-national-sos-description = Free national line for suicide prevention, day and night. When the call connects, choose 1.
svc-crpk-description = Information for refugees and asylum seekers. Services are free: report anyone who asks you for money.
svc-unhcr-help-description = UNHCR’s information for refugees and people seeking asylum in this country: your rights, asking for asylum, and where to find help.
svc-zivotna-linija-description = Free line for people who feel very low or think about suicide.
