## DRAFT translation: not yet reviewed by a native speaker.

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
ask-country-prompt = Dans quel pays êtes-vous maintenant ? Cela m'aide à vous montrer les bons numéros.

contact-emergency-numbers = Numéros d'urgence
contact-police = Police
contact-fire = Pompiers
contact-ambulance = Ambulance
contact-emergency-112 = Urgences (tous les services)
contact-trafficking-hotline = Ligne contre la traite des êtres humains
contact-asylum-line = Ligne gratuite pour les demandeurs d'asile
contact-sarajevo = WhatsApp, Sarajevo
contact-una-sana = WhatsApp, Una-Sana

svc-bchr-description = Aide juridique gratuite pour les personnes qui demandent l'asile.
svc-idc-description = Accompagnement et soutien psychosocial, y compris pour les personnes réfugiées LGBTI+.
svc-astra-description = Aide pour les personnes qui ont peut-être été victimes de traite : soutien juridique, psychologique et médical, avec des interprètes.
svc-vasa-prava-description = Informations et aide juridiques gratuites pour les personnes qui demandent l'asile.
svc-unhcr-mk-description = Ligne d'aide du HCR (UNHCR) : écrivez par SMS, Viber ou WhatsApp.
