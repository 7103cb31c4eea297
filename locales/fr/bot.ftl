## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = Urgence
    .keywords = urgence, sos, danger, en danger, police, gendarmerie, ambulance, au secours, à l aide, a l aide, aidez moi vite
intent-crisis = Pensées de suicide ou envie de se faire du mal
    .keywords = suicide, suicider, suicidaire, suicidaires, envie de mourir, veux mourir, voudrais mourir, plus envie de vivre, marre de vivre, aucune raison de vivre, plus de raison de vivre, veux me tuer, vais me tuer, j ai envie de me tuer, jai envie de me tuer, mettre fin à mes jours, mettre fin a mes jours, mettre fin à ma vie, mettre fin a ma vie, en finir avec la vie, en finir avec ma vie, me foutre en l air, je me fais du mal, je veux me faire du mal, j ai envie de me faire du mal, jai envie de me faire du mal, automutilation, auto mutilation, me mutiler, me mutile, me scarifier, me scarifie, serais mieux mort, serais mieux morte, sucider, je pense à me tuer, je pense à me faire du mal, m automutiler, m automutile, veux plus exister, en peux plus de vivre, plus la force de vivre, peux plus continuer à vivre, fatigué de vivre, fatiguée de vivre, las de vivre, lasse de vivre
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
intent-erase = Effacer cette conversation
    .keywords = effacer, effacer cette conversation, effacer la conversation, effacer la discussion, effacer le chat, effacer tout, tout effacer, supprimer cette conversation, supprimer la conversation, supprimer la discussion, supprimer le chat, tout supprimer, effacement rapide

language-menu-prompt = Choisissez votre langue : répondez avec un numéro.
language-changed = La langue a été changée.
not-understood = Désolé, je n'ai pas compris. Merci de répondre avec le numéro d'une option.
help-text =
    Répondez avec le numéro d'une option, ou écrivez ses mots.
    Écrivez « menu » pour aller au menu principal, « retour » pour revenir en arrière, « langue » pour changer de langue,
    « SOS » pour les numéros d'urgence, et « oubliez-moi » pour effacer ce que je garde en mémoire sur vous.
forgotten = J'ai tout oublié de cette conversation. Pour recommencer, écrivez n'importe quoi.
erase-confirm =
    Cela supprime tous les messages que j'ai envoyés ici, efface ce que je garde en mémoire sur vous, et je quitte cette conversation. Vos propres messages restent : pour les supprimer, appuyez longuement sur chacun et choisissez « Supprimer », puis supprimez cette conversation dans votre application.
    Effacer maintenant ?
erase-opt-yes = Oui, effacer maintenant
    .keywords = oui, ouais, effacer maintenant, oui effacer
erase-opt-no = Non, garder la conversation
    .keywords = non, nan, garder
erase-cancelled = Rien n'a été effacé.
erase-relayed-note = Vous m'écrivez depuis une autre application, comme WhatsApp, Signal ou Telegram. Là, mes messages ne disparaissent de votre téléphone que tant que l'application permet encore de les supprimer : certains peuvent donc rester. Supprimez aussi cette conversation dans cette application.
erase-incomplete = Je n'ai pas encore pu supprimer tous mes messages dans cette conversation. Je continue d'essayer, et je quitterai la conversation quand ce sera fait. Par prudence, supprimez maintenant cette conversation dans votre application.
welcome-back = Bienvenue à nouveau. Voici le menu principal.
cannot-decrypt = Je n'ai pas pu lire votre dernier message : il est chiffré avec des clés que je n'ai pas encore. Si je ne réponds pas bientôt, merci de le renvoyer.
content-changed = Cette partie du service a changé. Voici le menu principal.
emergency-intro = Si vous êtes en danger maintenant, appelez un numéro d'urgence. Ces numéros sont gratuits :
emergency-outro = Vous n'êtes pas seul(e). Pour continuer, répondez à la dernière question, ou écrivez « menu ».
directory-none = Je n'ai trouvé aucun service pour cela. Essayez un autre besoin ou un autre pays.

## Labels on contact cards.

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
card-languages = Langues
card-network = Membre de

## Opening hours on cards.

hours-always = 24 heures sur 24, tous les jours
hours-range = { $days }, { $from }–{ $to }
hours-days-daily = Tous les jours
hours-days-mon-fri = Du lundi au vendredi
hours-days-mon-sat = Du lundi au samedi
hours-days-sat-sun = Samedi et dimanche

## Answers used in many flows.

answer-yes = Oui
    .keywords = oui, ouais, wi, o
answer-no = Non
    .keywords = non, nan, n
answer-not-sure = Je ne sais pas
    .keywords = pas sûr, pas sur, pas sûre, pas sure, je sais pas, sais pas, je ne sais pas, ne sais pas, jsais pas, chais pas, jsp, peut être, peut etre
answer-skip = Je préfère ne pas répondre
    .keywords = passer, je passe, sauter, je prefere ne pas repondre, pas de réponse, pas de reponse
common-main-menu = Menu principal

## Flood control: sent once when someone writes many messages very fast.
slow-down = Vous envoyez des messages très vite, donc j'en ignore certains. Merci d'attendre quelques secondes, puis d'écrire à nouveau. Si vous êtes en danger, appelez un numéro d'urgence.

attachment-unreadable = Je ne peux lire que les messages écrits : je n'ai pas pu écouter ni voir ce que vous avez envoyé. Écrivez quelques mots, ou le numéro d'une option. Écrivez « menu » pour le menu principal, ou « SOS » pour les numéros d'urgence.
