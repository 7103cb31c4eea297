## DRAFT translation: not yet reviewed by a native speaker.

## Talking with a person: a worker or peer volunteer of a team answers in this chat, through
## the bot. Neither side sees who the other is. Sent by the bot itself (see docs/teams.md).
## $team is the team's own name, as the configuration writes it.

## Typed as the whole message, from anywhere: the bot offers a person.
intent-person = Parler à une personne
    .keywords = parler à une personne, parler a une personne, parler à quelqu un, parler a quelqu un, je veux parler à une personne, je veux parler a quelqu un, une vraie personne, vraie personne, humain, un humain, parler à un humain, parler a un humain, un être humain, intervenant, intervenante, un intervenant, une intervenante, travailleur social, travailleuse sociale, bénévole, un bénévole, une bénévole, benevole
## "Bot" brings the bot back from a conversation with a worker (and, outside one, its menu).
intent-bot = Bot
    .keywords = bot, le bot, robot, le robot, chatbot, retour au bot, revenir au bot
## More words that end a conversation with a worker, counted only during one (elsewhere
## "stop" stops an exercise).
person-stop = Arrêter
    .keywords = stop, arrêter, arreter, arrête, arrete, fin, finir, terminer, mettre fin

## Before asking, say exactly what the worker will see, and what they will not.
person-consent = Un intervenant ou un bénévole peut vous parler ici, dans cette conversation. Je lui transmets vos messages. Cette personne verra seulement un numéro de dossier, votre langue, ce pour quoi vous avez besoin d'aide et votre pays (si vous me l'avez dit), et ce que vous écrivez à partir de maintenant. Elle ne verra pas votre nom, votre numéro ni votre compte, et vous ne verrez pas les siens. Je ne garde pas ce que vous écrivez. Voulez-vous parler à une personne ?
person-opt-yes = Oui, je veux parler à une personne
    .keywords = oui, ouais, wi, o, ok, okay, d accord, daccord, dac, yes
person-opt-no = Non, merci
    .keywords = non, nan, n, non merci, no
person-declined = Très bien. Je n'ai rien partagé.
person-none = Désolé, personne ne peut encore vous parler dans votre langue ici. Les services que je propose peuvent vous aider : leurs contacts sont dans le menu.
person-waiting = J'ai prévenu l'équipe { $team }. Une personne vous répondra ici dès que possible. Ce que vous écrivez maintenant lui parvient. Pour arrêter et revenir vers moi, écrivez « bot ».
person-closed =
    L'équipe { $team } est fermée en ce moment. Une personne pourra vous répondre { $when } à partir de { $time } (heure de { $place }), dans environ { $hours ->
        [one] une heure
       *[other] { $hours } heures
    }. Votre demande l'attend, et ce que vous écrivez lui parviendra à ce moment-là. Pour arrêter et revenir vers moi, écrivez « bot ».
person-closed-urgent = Si vous avez besoin d'aide maintenant, n'attendez pas : appelez l'un de ces numéros.
person-joined = Un intervenant de { $team } est là maintenant et lit ce que vous écrivez. Vous pouvez lui écrire.
person-back-to-bot = Vous parlez de nouveau avec moi, le bot. J'ai prévenu l'intervenant. Écrivez « parler à une personne » à tout moment pour redemander.
person-ended-done = L'intervenant de { $team } a fermé la conversation. Vous parlez de nouveau avec moi, le bot. Écrivez « parler à une personne » à tout moment pour redemander.
person-ended-idle = Personne n'a écrit depuis un moment, donc la conversation avec l'intervenant est terminée. Vous parlez de nouveau avec moi, le bot. Écrivez « parler à une personne » à tout moment pour redemander.
person-text-only = L'intervenant ne peut lire que les messages écrits : merci d'écrire ce que vous voulez dire.

## Days, for "a person can answer from { $when }".
day-today = aujourd'hui
day-tomorrow = demain
day-mon = lundi
day-tue = mardi
day-wed = mercredi
day-thu = jeudi
day-fri = vendredi
day-sat = samedi
day-sun = dimanche

## The menu option, at the end of the main menu, the crisis answer and the self-checks. Shown
## only when a team takes the person (in the crisis answer, only while it is on duty).
common-talk-to-person = Parler à une personne

## The person said yes, but the bot could not open their request (its store failed).
person-failed = Désolé, je n'ai pas pu joindre l'équipe pour le moment. Rien n'a été partagé. Merci de réessayer plus tard. Si c'est urgent, écrivez « SOS ».
