## DRAFT translation: not yet reviewed by a native speaker.

## Consented hand-off: a worker of a service writes to the person, only if they say yes.
## `handoff-failed` and `handoff-acknowledged` are sent by the bot itself; the others are for
## flows that offer a hand-off (see docs/flows.md, "Hand-off to a worker").
## $service is the service's own name, as written.

handoff-offer = Voulez-vous que quelqu'un de l'équipe { $service } vous contacte ? Vous pouvez dire non.
handoff-shares-direct = Si vous dites oui, je lui donnerai seulement votre nom Matrix, votre langue et ce pour quoi vous avez besoin d'aide, rien d'autre.
handoff-shares-relayed = Si vous dites oui, je lui donnerai votre numéro de téléphone (ou votre compte dans l'application depuis laquelle vous m'écrivez), votre langue et ce pour quoi vous avez besoin d'aide, rien d'autre, pour qu'on puisse vous écrire ou vous appeler.
handoff-opt-yes = Oui, on peut m'écrire
    .keywords = oui, ouais, wi, o, ok, okay, d accord, daccord, dac, yes
handoff-opt-no = Non, merci
    .keywords = non, nan, n, non merci, no
handoff-passed = J'ai transmis votre demande. Quand quelqu'un l'aura vue, je vous le dirai ici. Cela peut prendre du temps ; si c'est urgent, écrivez « SOS ».
handoff-declined = Très bien. Je n'ai rien partagé.
handoff-failed = Désolé, je n'ai pas pu transmettre votre demande pour le moment. Rien n'a été partagé. Vous pouvez contacter le service vous-même avec les coordonnées que je vous ai montrées, ou réessayer plus tard.
handoff-acknowledged = Quelqu'un de l'équipe { $service } a vu votre demande et va vous écrire. Son message peut arriver sous la forme d'une nouvelle invitation à discuter.
