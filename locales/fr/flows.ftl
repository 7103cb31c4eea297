## DRAFT translation: not yet reviewed by a native speaker.

## Main menu and the page about this service (flows/main.yaml)

main-menu-prompt = Bonjour. Je suis Putokaz, un guide automatique. Je peux vous donner des informations et des contacts. Que voulez-vous faire ?
main-opt-awareness = Comprendre ma situation
    .keywords = situation, ma situation, comprendre, sécurité, securite, en sécurité, en securite, suis je en sécurité, suis je en securite, offre d emploi, offre de travail, droits, mes droits
main-opt-services = Trouver un service
    .keywords = service, services, trouver, chercher
main-opt-selfhelp = Me sentir plus calme
    .keywords = calme, calmer, me calmer, plus calme, stress, stressé, stresse, anxieux, anxieuse, angoisse, angoissé, angoissée, exercice, exercices
main-opt-urgent = Aide urgente
    .keywords = urgent, urgente, aide urgente, hotline, ligne d aide, lignes d aide
main-opt-language = Changer de langue
main-opt-about = À propos de ce service et de votre vie privée
    .keywords = à propos, a propos, vie privée, vie privee, confidentialité, confidentialite
about-what = Putokaz est un service automatique, pas une personne. Il donne des informations et les contacts d'organisations qui peuvent aider. Il ne peut pas, à lui seul, vous aider en cas d'urgence : si vous êtes en danger, appelez un numéro d'urgence.
about-privacy =
    Il n'enregistre pas ce que vous écrivez. Il enregistre seulement votre langue, l'endroit où vous êtes dans les menus et les options que vous avez choisies, sous forme chiffrée. Après { $days ->
        [one] un jour
       *[other] { $days } jours
    } sans utilisation, il oublie tout et quitte cette conversation. Pour revenir ensuite, écrivez simplement à nouveau ; dans une application Matrix comme Element, ouvrez une nouvelle conversation avec lui.
about-erase = Pour tout effacer maintenant, écrivez « effacer » : je supprime chaque message que j'ai envoyé ici, je vous oublie et je quitte la conversation. Supprimez-la ensuite dans votre application ; vos propres messages restent tant que vous ne les supprimez pas. « Oubliez-moi » efface seulement ce que je garde en mémoire, pas les messages. Le serveur de messagerie peut en garder une copie un certain temps. Si quelqu'un d'autre peut voir votre téléphone, désactivez aussi l'aperçu des messages.
about-credits = Les exercices sont adaptés du guide de l'Organisation mondiale de la Santé « Faire ce qui compte en période de stress ». Cette adaptation n'a pas été créée par l'OMS. Chaque numéro de téléphone vient d'une source publique, mais les numéros peuvent changer : si un numéro ne répond pas, essayez-en un autre, ou appelez le numéro d'urgence.

## Understand my situation (flows/awareness.yaml)

aw-menu-prompt = Que voulez-vous vérifier ? Vous n'avez pas besoin de donner de détails.
aw-phone-tip = Si quelqu'un contrôle votre téléphone : quand vous avez fini, écrivez « effacer ». Je supprime tous mes messages ici et je quitte la conversation. Supprimez-la ensuite dans votre application.
aw-opt-offer = Cette offre de travail ou de voyage est-elle sûre ?
    .keywords = travail, emploi, boulot, offre, offre de travail, offre d emploi, voyage
aw-opt-safe-now = Suis-je en sécurité là où je suis maintenant ?
    .keywords = sécurité, securite, en sécurité, en securite, suis je en sécurité, suis je en securite
aw-opt-rights = Mes droits
    .keywords = droits, droit, mes droits

## Is this job or travel offer safe? (flows/job-offer.yaml)

offer-intro = Certaines personnes sont trompées avec des offres de travail ou de voyage. Je vais vous poser sept questions courtes sur l'offre. Répondez « je ne sais pas » chaque fois que vous ne savez pas.
offer-opt-start = Commencer
    .keywords = commencer, commence, début, debut, ok, go
offer-q-fee = Est-ce qu'on vous demande de payer pour le travail, le visa ou le voyage, ou de rembourser ces frais plus tard avec votre salaire ?
offer-q-pay = Le salaire est-il beaucoup plus élevé que d'habitude pour ce travail ?
offer-q-contract = Allez-vous recevoir un contrat écrit, dans une langue que vous comprenez, avant de partir ?
offer-q-employer = Connaissez-vous le nom de l'entreprise de l'employeur et son adresse, et pouvez-vous les vérifier ? Un simple numéro de portable ou une adresse e-mail gratuite ne suffit pas.
offer-q-hurry = Est-ce qu'on vous pousse à décider ou à partir vite ?
offer-q-documents = Est-ce que quelqu'un a demandé à garder votre passeport ou vos papiers, par exemple « pour votre sécurité » ?
offer-q-travel = Est-ce qu'une personne que vous connaissez mal paie votre voyage, pour que vous la remboursiez plus tard ?
offer-result-flags =
    { $count ->
        [one] Une de vos réponses est un signe d'alerte.
       *[other] { $count } de vos réponses sont des signes d'alerte.
    } Des offres comme celle-ci peuvent servir à piéger des personnes dans le travail forcé. Merci de la vérifier avec une ligne d'aide avant de décider.
offer-result-none = Vos réponses ne montrent aucun de ces signes d'alerte. Faites quand même attention avant de partir.
offer-advice = Vous ne devriez pas avoir à payer pour obtenir un travail ; si vous avez déjà payé, ce n'est pas de votre faute, et une ligne d'aide peut quand même vous aider. Gardez votre passeport et vos papiers sur vous, et laissez-en une copie à une personne de confiance. Demandez un contrat écrit dans votre langue. Dites à une personne de confiance où vous allez et avec qui.
offer-ask-job-country = Où se trouve ce travail, ou bien où le voyage vous emmènerait-il ?
offer-job-elsewhere = Un autre pays
offer-hotline-there = Cette ligne aide les personnes qui risquent d'être trompées ou exploitées dans ce pays. Vous pouvez l'appeler pour vérifier l'offre avant de partir :
offer-hotline-here = Cette ligne, dans le pays où vous êtes maintenant, aide les personnes qui risquent d'être trompées ou exploitées. Vous pouvez lui poser des questions sur l'offre avant de partir :
offer-hotline-checkers = Je ne connais pas de telle ligne là où vous êtes. Ces lignes disent qu'elles vérifient les offres d'emploi. Elles sont dans d'autres pays, donc un appel peut coûter plus cher :
offer-no-hotline = Je n'ai pas encore de ligne d'aide pour ce pays. Écrivez « SOS » pour avoir les numéros d'urgence.
offer-what-next = Que voulez-vous faire maintenant ?

## Am I safe where I am now? (flows/safe-now.yaml)

safe-intro = Certaines situations peuvent être dangereuses, même si elles ont commencé comme un travail ou un voyage normal. Je vais vous poser neuf questions courtes. Vous pouvez passer n'importe quelle question, et vous n'avez pas besoin de donner de détails.
safe-q-documents = Est-ce qu'un employeur, un intermédiaire ou une personne qui a organisé votre voyage garde votre passeport ou votre pièce d'identité ?
safe-q-debt = Est-ce que vous devez travailler pour rembourser une dette à un employeur ou à une personne qui a organisé votre voyage ?
safe-q-wages = Est-ce que quelqu'un garde votre salaire, ou vous paie beaucoup moins que ce qui était promis ?
safe-q-movement = Est-ce qu'un employeur ou une personne qui vous contrôle vous empêche de quitter votre travail ou l'endroit où vous logez ?
safe-q-isolation = Est-ce qu'on vous tient à l'écart des autres, ou est-ce qu'on vous interdit d'utiliser un téléphone ?
safe-q-threats = Est-ce que quelqu'un vous a menacé(e), vous ou votre famille, par exemple de vous dénoncer à la police ?
safe-q-violence = Est-ce qu'une personne pour qui vous travaillez, ou qui a organisé votre voyage, vous a fait du mal ou vous a forcé(e) à des actes sexuels ?
safe-q-conditions = Est-ce que l'endroit où vous travaillez ou dormez est dangereux, sale ou humiliant ?
safe-q-hours = Est-ce que vous devez travailler de très longues heures, sans jours de repos ?
safe-result-signs =
    { $count ->
        [one] Vous avez répondu oui à une question qui peut être un signe d'alerte.
       *[other] Vous avez répondu oui à { $count } questions qui peuvent être des signes d'alerte.
    } Même un seul signe peut suffire pour en parler à quelqu'un. Ce n'est pas un diagnostic, et c'est vous qui décidez quoi faire.
safe-not-your-fault = Si quelqu'un profite de vous, ce n'est pas de votre faute.
safe-hotlines-intro = Sur ces lignes, vous pouvez parler à une personne :
safe-no-hotline = Je ne connais pas encore de ligne contre la traite des êtres humains dans ce pays.
safe-result-none = Merci. Aucune des réponses que vous avez données n'est un signe d'alerte. Si quelque chose change, ou si quelque chose vous inquiète, vous pouvez toujours en parler à quelqu'un.
safe-opt-find-service = Trouver quelqu'un à qui parler
    .keywords = parler, personne, quelqu un, une personne
safe-opt-hotlines = Voir les lignes d'aide
    .keywords = hotline, hotlines, ligne d aide, lignes d aide, lignes

## My rights (flows/rights.yaml)

rights-free = Le HCR (UNHCR) dit que son aide et celle de ses partenaires, y compris les conseils juridiques sur l'asile, sont gratuites. Si quelqu'un vous demande de l'argent pour cela, vous pouvez le dire au HCR.
rights-work = Si un employeur garde votre passeport ou votre pièce d'identité, c'est un signe d'alerte de travail forcé. Selon les règles de l'Organisation internationale du Travail (OIT) sur le recrutement équitable, les travailleurs ne devraient pas payer de frais pour obtenir un emploi.
rights-not-your-fault = Si vous avez été trompé(e) ou forcé(e) à travailler, ce n'est pas de votre faute. Les lignes d'aide aident les personnes qui ont été exploitées, et certaines vous permettent de rester anonyme.
rights-report = Pour demander de l'aide ou signaler une exploitation, vous pouvez appeler une ligne contre la traite des êtres humains ; certaines vous permettent de rester anonyme. Si vous êtes en danger maintenant, appelez le numéro d'urgence.
rights-opt-legal = Trouver une aide juridique gratuite
    .keywords = avocat, avocate, juridique, juriste
rights-opt-hotlines = Lignes d'aide et numéros de secours
    .keywords = hotline, hotlines, ligne d aide, lignes d aide, numéros, numeros

## Finding a service (flows/services.yaml)

svc-ask-country = Dans quel pays êtes-vous maintenant ?
svc-ask-need = De quelle aide avez-vous besoin ? Écrivez-le en quelques mots, par exemple « avocat » ou « quelqu'un à qui parler ».
svc-need-menu = Voici les types d'aide que je connais dans ce pays. Choisissez-en un :
need-psychosocial = Quelqu'un à qui parler (soutien psychosocial)
    .keywords = parler, stress, stressé, stresse, triste, psychologue, psy, écoute, ecoute, psychosocial, santé mentale, sante mentale
need-legal = Aide juridique ou asile
    .keywords = avocat, avocate, juridique, juriste, asile, papiers, documents, droits, droit
need-shelter = Un endroit sûr où loger
    .keywords = hébergement, hebergement, logement, loger, dormir, où dormir, ou dormir, abri, foyer, un toit
need-health = Soins de santé
    .keywords = médecin, medecin, docteur, santé, sante, soins, malade, médicament, medicament, médicaments, medicaments, hôpital, hopital, clinique
need-lgbti = Soutien pour les personnes LGBTI+
    .keywords = lgbt, lgbti, lgbtq, gay, gai, lesbienne, trans, queer, bisexuel, bisexuelle, homosexuel, homosexuelle
need-trafficking = Exploitation ou traite des êtres humains
    .keywords = traite, trafic, exploitation, exploité, exploite, travail forcé, travail force, passeur, passeurs
need-children = Aide pour les enfants
    .keywords = enfant, enfants, mineur, mineure, mineurs, bébé, bebe, bébés, bebes
need-women = Aide pour les femmes
    .keywords = femme, femmes, enceinte, grossesse, violence conjugale, violences conjugales, violence à la maison, violence a la maison
svc-results-intro = Voici ce que j'ai trouvé :
svc-none = Je ne connais pas encore de service pour ce besoin dans ce pays. Vous pouvez essayer un autre besoin ou un autre pays. Si vous êtes en danger, écrivez « SOS » pour les numéros d'urgence de votre pays.
svc-opt-other-need = Un autre besoin
svc-opt-other-country = Un autre pays

## Feel calmer (flows/selfhelp.yaml)

sh-menu-prompt = Le stress est une réaction normale quand la vie est difficile. Voici des choses courtes que vous pouvez essayer maintenant, une étape à la fois. Que voulez-vous ?
sh-opt-grounding = Me calmer maintenant (une minute)
    .keywords = calme, calmer, me calmer, respirer, respiration, panique
sh-opt-unhooking = Prendre du recul face aux pensées difficiles
    .keywords = pensées, pensees, pensée, pensee, soucis, inquiétude, inquietude, inquiétudes, inquietudes
sh-opt-room = Faire de la place aux émotions douloureuses
    .keywords = émotions, emotions, sentiments, douleur, peine
sh-opt-kind = Être bienveillant envers soi-même
    .keywords = bienveillant, bienveillance, gentil, gentillesse, douceur
sh-opt-values = Faire une chose qui compte pour vous
    .keywords = valeurs
sh-opt-normal = Est-ce normal, ce que je ressens ?
    .keywords = normal, normale
sh-opt-sleep = Mieux dormir
    .keywords = dormir, sommeil, insomnie, je dors pas, je ne dors pas, j arrive pas a dormir, je n arrive pas a dormir
sh-opt-get-help = Quand demander de l'aide à une personne
sh-opt-next = Suivant
    .keywords = suivant, suite, continuer, ok, fini, c est fait
sh-opt-stop = Arrêter
    .keywords = arrêter, arreter, arrête, arrete, stop
sh-grounding-1 = Où que vous soyez, poussez lentement vos pieds contre le sol. Asseyez-vous ou tenez-vous bien droit(e). Appuyez le bout de vos doigts les uns contre les autres. Expirez lentement, et sentez votre corps.
sh-grounding-2 = Maintenant, regardez autour de vous. Nommez à voix basse cinq choses que vous voyez. Puis remarquez deux sons que vous entendez.
sh-grounding-3 = Remarquez où vous êtes et ce que vous faites en ce moment. Les pensées et les émotions difficiles sont peut-être encore là, et ce n'est pas grave. Vous êtes ici, et vous respirez.
sh-unhooking-1 = Les pensées difficiles peuvent nous accrocher comme un hameçon accroche un poisson, et nous éloigner de ce que nous faisons. D'abord, remarquez la pensée. Puis nommez-la, à voix basse : « J'ai la pensée que… », ou simplement « voilà une inquiétude ».
sh-unhooking-2 = Maintenant, ramenez votre attention : sur votre corps, l'endroit autour de vous, les personnes avec vous, ce que vous faites. Vous pouvez vous décrocher ainsi de nombreuses fois par jour.
sh-room-1 = Quand une émotion douloureuse arrive, remarquez où elle se trouve dans votre corps : votre poitrine, votre gorge, votre ventre. Regardez-la avec curiosité, comme si vous ne l'aviez jamais ressentie. Si c'est trop difficile, arrêtez-vous et regardez plutôt autour de vous.
sh-room-2 = Respirez lentement vers elle, et laissez-la être là. Vous n'êtes pas obligé(e) de l'aimer. Les émotions vont et viennent, comme le temps qu'il fait dans le ciel.
sh-kind-1 = Pensez à ce que vous diriez à un bon ami dans votre situation. Maintenant, dites-vous les mêmes mots gentils, dans votre propre langue.
sh-kind-2 = Les petits gestes de gentillesse aident aussi : saluer quelqu'un, partager quelque chose, aider une personne près de vous. Être gentil avec les autres peut améliorer votre propre humeur.
sh-values-1 = Même dans les moments difficiles, vous pouvez choisir quelle personne vous voulez être. Pensez à une chose qui compte pour vous, par exemple la gentillesse envers les autres, le courage, la patience ou l'amitié.
sh-values-2 = Choisissez aujourd'hui une petite action qui va dans ce sens, même toute petite : appeler quelqu'un, aider quelqu'un, apprendre un nouveau mot. Les petits pas comptent.
sh-check-in = Comment vous sentez-vous maintenant ?
sh-opt-better = Un peu mieux
    .keywords = mieux, un peu mieux, ça va mieux, ca va mieux
sh-opt-same = À peu près pareil
    .keywords = pareil, pareille, la même chose, la meme chose, comme avant
sh-opt-worse = Moins bien
    .keywords = moins bien, pire, mal, pas bien, ça va pas, ca va pas
sh-better = C'est bien. Vous pouvez revenir ici à tout moment, aussi souvent que vous le voulez.
sh-same = Ce n'est pas grave. Ces exercices deviennent plus faciles avec la pratique. Vous pouvez en essayer un autre, ou parler à quelqu'un.
sh-worse = Merci de me l'avoir dit. Parler à une personne peut aider.
sh-opt-another = Un autre exercice
    .keywords = autre, un autre, exercice, autre exercice
sh-opt-talk = Quelqu'un à qui parler
    .keywords = parler, personne, quelqu un, une personne
sh-opt-crisis = Je pense à me faire du mal
sh-normal-1 = Après des événements très durs, beaucoup de personnes ont peur, sont tristes ou en colère, ne ressentent plus rien, ou sont très fatiguées. Beaucoup ont du mal à dormir, ou repensent sans cesse à ce qui s'est passé.
sh-normal-2 = Ce sont des réactions fréquentes après des événements très durs. Elles ne veulent pas dire que quelque chose ne va pas chez vous. Pour beaucoup de personnes, elles s'améliorent avec le temps, le repos et le soutien des autres.
sh-sleep-1 = Dormir peut être difficile quand on est inquiet ou dans un nouvel endroit. Si vous le pouvez, couchez-vous et levez-vous à peu près aux mêmes heures, et évitez le café, le thé et les boissons énergisantes le soir.
sh-sleep-2 = Avant de dormir, posez votre téléphone un moment et essayez l'exercice pour vous calmer. Si des soucis vous empêchent de dormir, dites-vous que vous y penserez demain.
sh-get-help = Demandez de l'aide à une personne si vos émotions sont très fortes, ne s'améliorent pas avec le temps, ou vous empêchent de manger, de dormir ou de prendre soin de vous ou des autres. Si vous pensez à vous faire du mal, parlez à quelqu'un maintenant.
sh-talk-intro = Vous pouvez parler à ces services :
sh-talk-none = Je n'ai pas encore de service pour cela dans ce pays. Une personne de confiance peut aussi vous aider. Pour une aide urgente, écrivez « SOS ».

## Urgent help (flows/urgent.yaml)

urgent-intro = Si vous êtes en danger maintenant, appelez un numéro d'urgence :
urgent-opt-other-country = Un autre pays
crisis-intro = Merci de me l'avoir dit. Je suis un service automatique, et votre sécurité compte. Parlez à une personne maintenant, s'il vous plaît. Ce que vous ressentez peut changer, et de l'aide existe. Vous n'avez pas à traverser cela seul(e). Si une ligne ne répond pas ou ne parle pas votre langue, appelez l'ambulance ou le numéro d'urgence.
crisis-no-line = Je n'ai pas encore de ligne de soutien émotionnel pour ce pays. Si vous risquez de passer à l'acte, appelez maintenant l'ambulance ou le numéro d'urgence ci-dessous, ou allez à l'hôpital le plus proche. Si vous le pouvez, restez avec une personne de confiance et dites-lui comment vous vous sentez.
crisis-call-now = Si vous risquez de passer à l'acte maintenant, appelez une ambulance :
crisis-which-country = Dans quel pays êtes-vous ? Choisissez-le, et je vous montrerai les lignes de ce pays.
crisis-opt-talk = Quelqu'un à qui parler
    .keywords = parler, personne, quelqu un, une personne
