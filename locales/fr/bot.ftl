## DRAFT translation: not yet reviewed by a native speaker.

intent-emergency = Urgence
    .keywords = urgence, sos, danger, en danger, police, gendarmerie, ambulance, au secours, à l aide, a l aide, aidez moi vite
intent-main-menu = Menu principal
    .keywords = menu, menu principal, accueil, 0
intent-back = Retour
    .keywords = retour, revenir, précédent, precedent, en arrière, en arriere
intent-language = Langue
    .keywords = langue, changer de langue, changer la langue
intent-help = Aide
    .keywords = aide, comment ça marche, comment ca marche
intent-forget = Oubliez-moi
    .keywords = oubliez moi, oublie moi, supprimer mes données, supprimer mes donnees, effacer mes données, effacer mes donnees

language-menu-prompt = Choisissez votre langue : répondez avec un numéro.
language-changed = La langue a été changée.
not-understood = Désolé, je n'ai pas compris. Merci de répondre avec le numéro d'une option.
help-text =
    Répondez avec le numéro d'une option, ou écrivez ses mots.
    Écrivez « menu » pour aller au menu principal, « retour » pour revenir en arrière, « langue » pour changer de langue,
    « SOS » pour les numéros d'urgence, et « oubliez-moi » pour effacer ce que je garde en mémoire sur vous.
forgotten = J'ai tout oublié de cette conversation. Pour recommencer, écrivez n'importe quoi.
welcome-back = Bienvenue à nouveau. Voici le menu principal.
cannot-decrypt = Je n'ai pas pu lire votre dernier message : il est chiffré avec des clés que je n'ai pas encore. Si je ne réponds pas bientôt, merci de le renvoyer.
content-changed = Cette partie du service a changé. Voici le menu principal.
emergency-intro = Si vous êtes en danger maintenant, appelez un numéro d'urgence. Ces numéros sont gratuits :
emergency-outro = Vous n'êtes pas seul(e). Pour continuer, répondez à la dernière question, ou écrivez « menu ».
directory-none = Je n'ai trouvé aucun service pour cela. Essayez un autre besoin ou un autre pays.

card-phone = Téléphone
card-sms = SMS
card-whatsapp = WhatsApp
card-viber = Viber
card-signal = Signal
card-email = E-mail
card-web = Site web
card-matrix = Matrix
card-hours = Horaires
card-free = Gratuit
card-confidential = Confidentiel
card-anonymous = Vous n'avez pas besoin de donner votre nom

answer-yes = Oui
    .keywords = oui, ouais, wi, o
answer-no = Non
    .keywords = non, nan, n
answer-skip = Je préfère ne pas répondre
    .keywords = passer, je passe, sauter, je prefere ne pas repondre, pas de réponse, pas de reponse
common-main-menu = Menu principal
