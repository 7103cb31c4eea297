## DRAFT translation: not yet reviewed by a native speaker.

## Care for the helpers (flows/care.yaml): for peer volunteers and NGO workers, opened with `!care`.
## Sources (read 2026-12-03) are listed in locales/en/care.ftl and flows/care.yaml.

care-menu-prompt = Ces pages sont pour vous, qui aidez les autres. Écouter jour après jour des personnes en détresse peut aussi vous épuiser. C'est une réaction humaine naturelle, pas une faiblesse. Que voulez-vous lire ?
care-opt-signs = Les signes de stress chez moi
    .keywords = signes, stress, fatigue, fatigué, fatiguée
care-opt-limits = Mes limites quand j'aide
    .keywords = limites, limite, promesse, promesses
care-opt-after = Après une conversation difficile
    .keywords = après, apres, conversation difficile
care-opt-support = Du soutien pour moi
    .keywords = soutien, coordinateur, coordinatrice, superviseur, superviseure
care-opt-menu = Les autres pages de ce guide
    .keywords = autres, autres pages, pages, guide
care-opt-done = Terminer
    .keywords = terminer, fini, fin, merci
care-opt-services = Services psychosociaux
    .keywords = services, psychosocial, psychosociaux, psychologue, psy

care-signs-1 = Entendre encore et encore la souffrance des autres peut vous toucher. C'est parfois plus dur quand vous avez vécu les mêmes pertes que les personnes que vous aidez. Le stress se voit souvent d'abord par un changement dans ce que vous ressentez ou dans votre façon d'agir.
care-signs-2 = Signes à remarquer chez vous : une fatigue constante, un mauvais sommeil ou des cauchemars, des maux de tête, manger beaucoup plus ou beaucoup moins, se mettre vite en colère, des sautes d'humeur, de l'inquiétude, de la culpabilité, des oublis, le sentiment de ne jamais en faire assez, ou ne plus s'intéresser à rien. Ce sont des réactions fréquentes. Si vous les remarquez, reposez-vous et parlez-en à votre coordinateur ou coordinatrice.

care-limits-1 = Les personnes que vous aidez peuvent avoir beaucoup de problèmes. Vous ne pouvez pas tous les résoudre, et cette responsabilité n'est pas la vôtre seulement. Ressentir de la frustration ou ne pas se sentir à la hauteur est fréquent. Faites ce que vous pouvez, et orientez les personnes vers des services qui peuvent faire plus.
care-limits-2 = Ne promettez que ce que vous savez pouvoir faire. Ne promettez pas de papiers, d'argent, de logement, ni l'issue d'un dossier. Gardez des horaires raisonnables et faites des pauses régulières. Parlez des situations difficiles à votre coordinateur ou coordinatrice. Si une situation est trop lourde pour vous, ou sort de votre rôle, vous pouvez la confier à un ou une collègue ou à un service.

care-after-1 = Après une conversation difficile, arrêtez-vous quelques minutes avant la suivante. Expirez lentement, sentez vos pieds sur le sol et regardez autour de vous. Mangez quelque chose, buvez de l'eau et reposez-vous, même peu de temps. Pensez à ce qui vous a déjà fait du bien dans les moments durs, et faites une de ces choses.
care-after-2 = Parlez de ce que vous ressentez avec votre coordinateur ou coordinatrice, ou avec une autre personne de l'équipe. Ne donnez pas le nom de la personne aidée, ni rien qui permette de la reconnaître. Puis faites quelque chose de reposant, ou que vous aimez. Si vous devez arrêter pour aujourd'hui, dites-le : quelqu'un d'autre peut prendre le relais.

care-support-1 = Vous n'avez pas à porter cela sans aide. Le soutien peut venir de votre coordinateur ou coordinatrice, ou de la personne qui vous supervise ; du soutien au personnel ou de la supervision de votre organisation, s'ils existent (votre coordination peut vous le dire) ; et des autres personnes qui aident : demandez-vous souvent comment vous allez.
care-support-2 = Demandez plus d'aide si le stress est très fort, ne passe pas avec le repos, ou vous empêche de dormir, de manger ou de faire votre travail. Votre coordinateur ou coordinatrice peut vous aider à la trouver. Vous pouvez aussi parler à l'un des services psychosociaux que le bot indique. Si vous êtes en danger, écrivez « SOS ».

care-done = Merci pour le soin que vous apportez aux autres. Prendre soin de vous, c'est aussi bien aider. Vous pouvez revenir à ces pages à tout moment.
