## DRAFT translation: not yet reviewed by a native speaker.

## Countries, as shown in menus and above emergency numbers.
## `.keywords` are other names a person may type.

country-rs = Serbie
    .keywords = serbie, serbia, srbija, србија
country-ba = Bosnie-Herzégovine
    .keywords = bosnie, bosnie herzegovine, bosnia, bih, bosna
country-mk = Macédoine du Nord
    .keywords = macédoine, macedoine, macedoine du nord, north macedonia, macedonia, makedonija
country-me = Monténégro
    .keywords = montenegro, crna gora
country-al = Albanie
    .keywords = albanie, albania, shqiperia, shqipëria
country-xk = Kosovo
    .keywords = kosovo, kosova
country-hr = Croatie
    .keywords = croatie, croatia, hrvatska
country-unknown = Je ne sais pas / Je préfère ne pas le dire
ask-country-prompt = Dans quel pays êtes-vous maintenant ? Cela m'aide à vous montrer les bons numéros.

## Titles of emergency and hotline cards.

contact-emergency-numbers = Numéros d'urgence
contact-police = Police
contact-fire = Pompiers
contact-ambulance = Ambulance
contact-emergency-112 = Urgences (tous les services)
contact-trafficking-hotline = Ligne contre la traite des êtres humains
contact-asylum-line = Ligne gratuite pour les demandeurs d'asile
contact-sarajevo = WhatsApp, Sarajevo
contact-una-sana = WhatsApp, Una-Sana
contact-crisis-line = Ligne de soutien émotionnel
contact-ba-no-112 = Le 112 ne fonctionne pas en Bosnie-Herzégovine. Appelez le 122, le 123 ou le 124.
contact-al-reports-to-police = Ligne nationale. Les signalements sont transmis à la police.
contact-rs-112-uncertain = En Serbie, appelez le 192, le 193 ou le 194 : le 112 peut ne pas fonctionner.

## Descriptions of services.

svc-bchr-description = Aide juridique gratuite pour les personnes qui demandent l'asile.
svc-idc-description = A proposé un accompagnement et un soutien psychosocial aux personnes réfugiées LGBTI+ (2018–19). Consultez le site web pour connaître l'aide proposée aujourd'hui.
svc-astra-description = Aide pour les personnes qui ont peut-être été victimes de traite : soutien juridique, psychologique et médical, avec des interprètes.
svc-vasa-prava-description = Informations et aide juridiques gratuites pour les personnes qui demandent l'asile.
svc-unhcr-mk-description = Ligne d'aide du HCR (UNHCR) : écrivez par SMS, Viber ou WhatsApp.
svc-ideas-description = Aide juridique gratuite pour les personnes qui veulent demander l'asile dans un aéroport.
svc-srce-description = Quelqu'un à qui parler quand vous allez très mal, y compris si vous pensez au suicide. Gratuit et confidentiel ; vous n'avez pas besoin de donner votre nom.
svc-national-sos-description = Ligne nationale gratuite de prévention du suicide, jour et nuit. Une fois en ligne, choisissez 1.
svc-crpk-description = Informations pour les personnes réfugiées et les demandeurs d'asile. Les services sont gratuits : signalez toute personne qui vous demande de l'argent.
svc-unhcr-help-description = Les informations du HCR pour les personnes réfugiées et les demandeurs d'asile dans ce pays : vos droits, la demande d'asile et où trouver de l'aide.
svc-zivotna-linija-description = Ligne gratuite pour les personnes qui vont très mal ou qui pensent au suicide.
