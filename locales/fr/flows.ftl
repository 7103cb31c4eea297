## DRAFT translation: not yet reviewed by a native speaker.

main-menu-prompt = Bonjour. Je suis Putokaz, un guide automatique. Je peux vous donner des informations et des contacts. Que voulez-vous faire ?
main-opt-awareness = Suis-je en sécurité là où je suis maintenant ?
    .keywords = sécurité, securite, en sécurité, en securite, suis je en sécurité, suis je en securite
main-opt-services = Trouver un service
    .keywords = service, services, trouver, chercher
main-opt-urgent = Aide urgente
    .keywords = urgent, urgente, aide urgente, hotline, ligne d aide, lignes d aide
main-opt-language = Changer de langue
main-opt-about = À propos de ce service et de votre vie privée
    .keywords = à propos, a propos, vie privée, vie privee, confidentialité, confidentialite
about-text =
    Putokaz est un service automatique, pas une personne. Il ne peut pas, à lui seul, vous aider en cas d'urgence : appelez un numéro d'urgence.
    Il garde en mémoire seulement votre langue, l'endroit où vous êtes dans les menus et vos réponses à ses questions, jamais vos messages. Après 30 jours sans utilisation, il oublie tout. Écrivez « oubliez-moi » à tout moment pour tout effacer maintenant.

aw-intro = Certaines situations peuvent être dangereuses, même si elles ont commencé comme un travail ou un voyage normal. Je vais vous poser trois questions courtes. Vous pouvez passer n'importe quelle question, et vous n'avez pas besoin de donner de détails.
aw-opt-start = Commencer
    .keywords = commencer, commence, ok, go
aw-q-documents = Est-ce que quelqu'un a pris votre passeport ou votre pièce d'identité, et ne vous l'a pas rendu quand vous l'avez demandé ?
aw-q-debt = Est-ce que vous devez de l'argent à un employeur ou à une personne qui vous a aidé(e) à voyager, et est-ce que cette dette continue d'augmenter ?
aw-q-leave = Est-ce que vous pouvez quitter votre travail ou l'endroit où vous logez quand vous le voulez ?
aw-result-signs =
    { $count ->
        [one] Une de vos réponses peut être un signe d'alerte.
       *[other] { $count } de vos réponses peuvent être des signes d'alerte.
    } Même un seul signe peut suffire pour en parler à quelqu'un. Ce n'est pas un diagnostic, et c'est vous qui décidez quoi faire.
aw-not-your-fault = Si quelqu'un profite de vous, ce n'est pas de votre faute.
aw-hotlines-intro = Ces lignes sont gratuites. Vous pouvez y parler à une personne :
aw-result-none = Merci. Vos réponses ne montrent pas ces signes d'alerte. Si quelque chose change, ou si quelque chose vous inquiète, vous pouvez toujours en parler à quelqu'un.
aw-opt-find-service = Trouver un service près de moi

svc-ask-country = Dans quel pays êtes-vous maintenant ?
svc-ask-need = De quelle aide avez-vous besoin ? Écrivez-le en quelques mots, par exemple « avocat » ou « quelqu'un à qui parler ».
svc-need-not-recognised = Choisissez ce dont vous avez besoin :
need-psychosocial = Quelqu'un à qui parler (soutien psychosocial)
    .keywords = parler, stress, stressé, stresse, triste, psychologue, psy, écoute, ecoute, psychosocial, santé mentale, sante mentale
need-legal = Aide juridique ou asile
    .keywords = avocat, avocate, juridique, juriste, asile, papiers, documents, droits, droit
need-lgbti = Soutien pour les personnes LGBTI+
    .keywords = lgbt, lgbti, lgbtq, gay, gai, lesbienne, trans, queer, bisexuel, bisexuelle, homosexuel, homosexuelle
need-trafficking = Exploitation ou traite des êtres humains
    .keywords = traite, trafic, exploitation, exploité, exploite, travail forcé, travail force, passeur, passeurs
svc-results-intro = Voici ce que j'ai trouvé :
svc-none = Je n'ai pas encore trouvé de service pour ce besoin dans ce pays. Les numéros d'aide urgente marchent partout : écrivez « SOS ».
svc-opt-other-need = Un autre besoin
svc-opt-other-country = Un autre pays

urgent-intro = Si vous êtes en danger maintenant, appelez un numéro d'urgence. Ces contacts sont gratuits :
urgent-opt-other-country = Un autre pays
