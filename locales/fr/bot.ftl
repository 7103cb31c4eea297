## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = Urgence
    .keywords = urgence, sos, danger, en danger, police, gendarmerie, ambulance, au secours, à l aide, a l aide, aidez moi vite
intent-crisis = Pensées de suicide ou envie de se faire du mal
    .keywords = suicide, suicider, suicidaire, suicidaires, envie de mourir, veux mourir, voudrais mourir, marre de vivre, aucune raison de vivre, plus de raison de vivre, veux me tuer, vais me tuer, j ai envie de me tuer, jai envie de me tuer, mettre fin à mes jours, mettre fin a mes jours, mettre fin à ma vie, mettre fin a ma vie, en finir avec la vie, en finir avec ma vie, me foutre en l air, je me fais du mal, je veux me faire du mal, j ai envie de me faire du mal, jai envie de me faire du mal, automutilation, auto mutilation, me mutiler, me mutile, me scarifier, me scarifie, serais mieux mort, serais mieux morte, sucider, je pense à me tuer, je pense à me faire du mal, m automutiler, m automutile, veux plus exister, en peux plus de vivre, plus la force de vivre, peux plus continuer à vivre, fatigué de vivre, fatiguée de vivre, las de vivre, lasse de vivre, idées noires, idee noire, pensées noires, fatigué de la vie, fatiguée de la vie, fatigué de cette vie, fatiguée de cette vie, la vie m a fatigué, la vie m a fatiguée, las de la vie, lasse de la vie, mieux sans moi, mieux mort, mieux morte, mieux si j étais mort, mieux si j étais morte, mieux si je meurs, quitter ce monde, quitter cette terre, partir de ce monde, me donner la mort, m ôter la vie, m enlever la vie, mettre fin à tout, mettre un terme à ma vie, mettre fin à mon existence, plutôt mourir, plutôt crever, dormir pour toujours, dormir à jamais, endormir pour toujours, sauter du pont, sauter d un pont, me jeter du pont, me jeter d un pont, sauter du toit, me jeter du toit, sauter par la fenêtre, me jeter par la fenêtre, veux me pendre, vais me pendre, envie de me pendre, scarification, nentahar, nentaher, ntahar, intihar, ntihar, 3yit mn had l7ayat, 3yit mn l7ayat, 3yit men had l7ayat, dieu prends ma vie, dieu prend ma vie, mieux vaut mourir, mieux vaut être mort, la mort c est mieux, la mort est mieux
    .pattern = (\bj?(veux|veu|veus|vx|voudrais|voudrai|voulais|aimerais|aimerai|prefere|prefererais|prefererai|envie de|envie d|envi de|envi d|envie 2|envi 2)|\b(je ?|j ?)(veut|ve|v)) (mou?rr?ire?|crever|etre morte?)\b|\bj?(veux|veu|vx|voudrais|aimerais) que (tout|ca|sa|ma vie|la vie) (s arrete|s arrette|finisse|se termine|s acheve)\b|(\bj?(veux|veu|veus|vx|voudrais|voudrai|voulais|vais|vai|vs|envie de|envie d|envi de|envi d|envie 2|envi 2|pense a)|\b(je ?|j ?)(veut|ve|v|vait)) (me |m |m)(tuer|tue|suicid\w*|sucid\w*|suissid\w*|suisid\w*|foutre en l air|donner la mort|pendre)\b|\ben (finir|finisse|fini|finire)( ([^ a][^ ]*|a([^ v][^ ]*|v([^ e][^ ]*|e([^ c][^ ]*|c[^ ]+)?)?)?)( |$)| ?$| avec (la|ma|cette) vie\b| avec moi\b| avec tout (ca|sa)\b| avec tout ?$| avec (ce|le) monde\b| avec (mes|ma|cette|la) souffrances?\b)|((\bj?(veux|veu|veut|veus|vx|ve|voudrais|voulais|peux|peu|peut|px|pe|pourrai|pourrais) (ne )?(plus|pu|plu|pus|pas|pa|jamais)|\b(plus|pu|plu|pus|pas|pa|jamais|aucune) (envie|envi|anvie)( de| d| 2)?|\bne (plus|pas|jamais|pu)) (vivre|vivr|etre en vie|etre vivante?|rester en vie|exister)|\bmarr?e? de (la vie|vivre))( comme (ca|sa)\b| ([^ acdeilps][^ ]*|a([^ uv][^ ]*|u([^ x][^ ]*|x[^ ]+)|v([^ e][^ ]*|e([^ c][^ ]*|c[^ ]+)?)?)|c([^ aho][^ ]*|a([^ c][^ ]*|c([^ h][^ ]*|h([^ e][^ ]*|e([^ es][^ ]*|e([^ s][^ ]*|s[^ ]+)|s[^ ]+))?)?)?|h([^ e][^ ]*|e([^ z][^ ]*|z[^ ]+)?)?|o([^ m][^ ]*|m([^ m][^ ]*|m([^ e][^ ]*|e[^ ]+)?)?)?)?|d([^ aeu][^ ]*|a([^ n][^ ]*|n([^ s][^ ]*|s[^ ]+)?)?|e([^ hs][^ ]*|h([^ o][^ ]*|o([^ r][^ ]*|r([^ s][^ ]*|s[^ ]+)?)?)?|s[^ ]+)|u[^ ]+)|e([^ n][^ ]*|n([^ fst][^ ]*|f([^ e][^ ]*|e([^ r][^ ]*|r([^ m][^ ]*|m([^ e][^ ]*|e([^ es][^ ]*|e[^ ]+|s[^ ]+))?)?)?)?|s([^ e][^ ]*|e([^ m][^ ]*|m([^ b][^ ]*|b([^ l][^ ]*|l([^ e][^ ]*|e[^ ]+)?)?)?)?)?|t([^ r][^ ]*|r([^ e][^ ]*|e[^ ]+)?)?))?|i([^ c][^ ]*|c([^ i][^ ]*|i[^ ]+)?)?|l([^ ao][^ ]*|a([^ b][^ ]*|b([^ a][^ ]*|a([^ s][^ ]*|s[^ ]+)?)?)|o([^ i][^ ]*|i([^ n][^ ]*|n[^ ]+)?)?)?|p([^ ar][^ ]*|a([^ r][^ ]*|r([^ m][^ ]*|m([^ i][^ ]*|i[^ ]+)?)?)?|r([^ e][^ ]*|e([^ s][^ ]*|s[^ ]+)?)?)?|s([^ aeou][^ ]*|a([^ n][^ ]*|n([^ s][^ ]*|s[^ ]+)?)?|e([^ u][^ ]*|u([^ l][^ ]*|l([^ es][^ ]*|e([^ s][^ ]*|s[^ ]+)|s[^ ]+))?)?|o([^ u][^ ]*|u([^ s][^ ]*|s[^ ]+)?)?|u([^ r][^ ]*|r[^ ]+)?)?)( |$)| ?$)|\b(plus|pu|plu|pas|aucun|perdu) (le )?gout (de vivre|a la vie|de la vie)\b|\b(plus|pu|plu|pus|jamais) (me |m |m)(reveil|reveill|reveye|revey|revei|rveill)|\b(pas|pa) (me |m |m)(reveil|reveill|reveye|revey|revei|rveill)[^ ]*( ([^ adelpqstv][^ ]*|a([^ puv][^ ]*|p([^ r][^ ]*|r([^ e][^ ]*|e([^ s][^ ]*|s[^ ]+)?)?)?|u([^ x][^ ]*|x[^ ]+)|v([^ ae][^ ]*|a([^ n][^ ]*|n([^ t][^ ]*|t[^ ]+)?)?|e([^ c][^ ]*|c[^ ]+)?)?)|d([^ e][^ ]*|e[^ ]+)|e([^ n][^ ]*|n[^ ]+)?|l([^ ae][^ ]*|a[^ ]+|e([^ s][^ ]*|s[^ ]+))?|p([^ eo][^ ]*|e([^ n][^ ]*|n([^ d][^ ]*|d([^ a][^ ]*|a([^ n][^ ]*|n([^ t][^ ]*|t[^ ]+)?)?)?)?)?|o([^ u][^ ]*|u([^ r][^ ]*|r[^ ]+)?)?)?|q([^ u][^ ]*|u([^ a][^ ]*|a([^ n][^ ]*|n([^ d][^ ]*|d[^ ]+)?)?)?)?|s([^ i][^ ]*|i[^ ]+)?|t([^ or][^ ]*|o([^ tu][^ ]*|t[^ ]+|u([^ t][^ ]*|t[^ ]+)?)?|r([^ o][^ ]*|o([^ p][^ ]*|p[^ ]+)?)?)?|v([^ e][^ ]*|e([^ r][^ ]*|r([^ s][^ ]*|s[^ ]+)?)?)?)( |$)| ?$)|(\bj?(peux|peu|peut|px|pe|pourrai|pourrais|arrive|arrive pas a) (ne )?(plus|pu|plu|pus|pas|pa) (continuer|continue|continu|tenir)|(\bj?(veux|veu|veus|vx|voudrais|voudrai|voulais|vais|vai|vs|envie de|envie d|envi de|envi d|envie 2|envi 2|pense a)|\b(je ?|j ?)(veut|ve|v|vait)) (me |m |m)(faire du mal|couper|scarifier|mutiler))( comme (ca|sa)\b| ainsi\b| ([^ acdeijlmnpstuv][^ ]*|a([^ puv][^ ]*|p([^ r][^ ]*|r([^ e][^ ]*|e([^ s][^ ]*|s[^ ]+)?)?)?|u([^ x][^ ]*|x[^ ]+)|v([^ e][^ ]*|e([^ c][^ ]*|c[^ ]+)?)?)|c([^ e][^ ]*|e([^ st][^ ]*|s[^ ]+|t([^ t][^ ]*|t([^ e][^ ]*|e[^ ]+)?)))?|d([^ aeu][^ ]*|a([^ n][^ ]*|n([^ s][^ ]*|s[^ ]+)?)?|e([^ bms][^ ]*|b([^ o][^ ]*|o([^ u][^ ]*|u([^ t][^ ]*|t[^ ]+)?)?)?|m([^ a][^ ]*|a([^ i][^ ]*|i([^ n][^ ]*|n[^ ]+)?)?)?|s[^ ]+)|u[^ ]+)|e([^ n][^ ]*|n[^ ]+)?|i([^ c][^ ]*|c([^ i][^ ]*|i[^ ]+)?)?|j([^ u][^ ]*|u([^ s][^ ]*|s([^ q][^ ]*|q([^ u][^ ]*|u([^ e][^ ]*|e[^ ]+))?)?)?)?|l([^ aeo][^ ]*|a([^ b][^ ]*|b([^ a][^ ]*|a([^ s][^ ]*|s[^ ]+)?)?)|e([^ su][^ ]*|s[^ ]+|u([^ r][^ ]*|r([^ s][^ ]*|s[^ ]+))?)|o([^ i][^ ]*|i([^ n][^ ]*|n[^ ]+)?)?)|m([^ aeo][^ ]*|a[^ ]+|e([^ s][^ ]*|s[^ ]+)?|o([^ n][^ ]*|n[^ ]+)?)?|n([^ o][^ ]*|o([^ st][^ ]*|s[^ ]+|t([^ r][^ ]*|r([^ e][^ ]*|e[^ ]+)?)?)?)?|p([^ ao][^ ]*|a([^ r][^ ]*|r[^ ]+)?|o([^ u][^ ]*|u([^ r][^ ]*|r[^ ]+)?)?)?|s([^ aeou][^ ]*|a([^ n][^ ]*|n([^ s][^ ]*|s[^ ]+)?)|e([^ su][^ ]*|s[^ ]+|u([^ l][^ ]*|l([^ e][^ ]*|e[^ ]+))?)?|o([^ n][^ ]*|n[^ ]+)?|u([^ r][^ ]*|r[^ ]+)?)?|t([^ aeo][^ ]*|a[^ ]+|e([^ s][^ ]*|s[^ ]+)?|o([^ n][^ ]*|n[^ ]+)?)?|u([^ n][^ ]*|n([^ e][^ ]*|e[^ ]+))?|v([^ eo][^ ]*|e([^ r][^ ]*|r([^ s][^ ]*|s[^ ]+)?)?|o([^ st][^ ]*|s[^ ]+|t([^ r][^ ]*|r([^ e][^ ]*|e[^ ]+)?)?)?)?)( |$)| ?$)|^((wallah|wlh|vraiment|frere|khoya|mon dieu|ya rabi) )?(je |j |j)?(ne |n )?(peux|peu|pe|px|tiens|tien) (plus|pu|plu)( (wallah|wlh|vraiment|du tout|mon dieu))?$|\b(j|n)? ?en (peux|peu|peut|pe|px|pux) (plus|pu|plu|pus)( ([^ acdils][^ ]*|a([^ uv][^ ]*|u([^ x][^ ]*|x[^ ]+)|v([^ e][^ ]*|e([^ c][^ ]*|c[^ ]+)?)?)|c([^ h][^ ]*|h([^ e][^ ]*|e([^ z][^ ]*|z[^ ]+)?)?)?|d([^ aeu][^ ]*|a([^ n][^ ]*|n([^ s][^ ]*|s[^ ]+)?)?|e([^ s][^ ]*|s[^ ]+)|u[^ ]+)|i([^ c][^ ]*|c([^ i][^ ]*|i[^ ]+)?)?|l([^ a][^ ]*|a([^ b][^ ]*|b([^ a][^ ]*|a([^ s][^ ]*|s[^ ]+)?)?)?)?|s([^ aou][^ ]*|a([^ n][^ ]*|n([^ s][^ ]*|s[^ ]+)?)?|o([^ u][^ ]*|u([^ s][^ ]*|s[^ ]+)?)?|u([^ r][^ ]*|r[^ ]+)?)?)( |$)| ?$| de (cette|la|ma) vie\b)|\bvie (ne |n )?(vaut|vaux|vo|vos|vau) (pas la peine|pas le coup|plus la peine|plus le coup|pu la peine|rien|plus rien|pas grand chose)\b|\ba quoi (bon|ca sert|sa sert|sert|servirait|ca servirait) (de |d )?(vivre|la vie|ma vie|continuer)\b|\bsert (a |)rien (de |d )vivre\b|\b(plus|pu|plu|pas|aucune|aucun) (de )?(raison|raisons|raizon) (de|d|pour) (vivre|vivr|rester en vie|continuer)\b|\b(je ?|j ?)(me |m |m)(suis |sui )?(fais|fait|fai|fe|ferai|ferais) (du mal|mal expres|mal volontairement)\b|\b(je ?|j ?)(me |m |m)(coupe|coupes|coupais|blesse|blessais|scarifie|mutile)( encore| souvent| tout le temps| expres| volontairement| parfois| des fois| chaque| ?$)|\b(je ?|j ?)(me |m |m)(suis |sui )(encore )?(coupe|coupee|blesse|blessee|fait mal|fait du mal)( encore)?( expres| volontairement| moi meme| ?$)|\b(pris|prendre|prends|prend|pri|avale|avaler|avales) (trop de|toute la boite de|toute une boite de|toute la boite d|une boite entiere de|plein de|toute la plaquette de) (cachets?|medicaments?|medocs?|comprimes?|pilules?|somniferes?)\b|\bavale (tous|toutes) (mes|les) (cachets|medicaments|medocs|comprimes|pilules|somniferes)\b|\b(disparaitre|disparaitr|disparetre|disparaite) (pour toujours|a jamais|pour de bon|de ce monde|de cette terre|de la terre|de la surface|definitivement)\b|\b(bghit|bghite|bghet|bgheet|nbghi|baghi|baghia|nheb|n7eb|nhab|n7ab|nhib|n7ib|habit|7abit|habet|7abet|habb|7abb|hab|7ab) (nmout|nmot|nmoot|nmut|nemout|nemot|nmoute)\b|\b(bghit|bghite|nbghi|baghi|baghia|nheb|n7eb|nhab|n7ab|habit|7abit|habet|habb|7abb|ghadi|ghad|ghan|bech|bch|rani) (n9tel|nqtel|nktel|nkatel|n9atel|nqatel|n9etel|nqetel|nektel|n9tl|nqtl) (rasi|rassi|rouhi|rou7i|rohi|ro7i|roh|rou7|nafsi|nefsi|nfsi)\b|\bma ?(b9it|bqit|b9a|bqa)(ch|sh|x)? (bghit|baghi|kanbghi) n3(ich|ish|iche|ech|aych|ayech)\b|\bma ?(bghit|bghite|nbghi|nheb|n7eb|nhab|n7ab|nhib|n7ib|habit|7abit)(ch|sh|ech|esh|che|chi|x)? ?(n3ich|n3ish|n3iche|n3ech|n3aych|n3ayech|na3ich|n3ichh)\b
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
emergency-intro = Si vous êtes en danger maintenant, appelez un numéro d'urgence :
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
