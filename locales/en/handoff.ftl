## Consented hand-off: a worker of a service writes to the person, only if they say yes.
## `handoff-failed` and `handoff-acknowledged` are sent by the bot itself; the others are for
## flows that offer a hand-off (see docs/flows.md, "Hand-off to a worker").
## $service is the service's own name, as written.

handoff-offer = Would you like a worker from { $service } to contact you? You can say no.
## Said by the bot itself before the options of every hand-off, so that consent is informed:
## exactly what the worker will see. `-relayed` is for people writing from WhatsApp, Signal,
## Telegram… through a bridge, whose phone number the worker would see.
handoff-shares-direct = If you say yes, I will give them only your Matrix name, your language and what you need help with, nothing else.
handoff-shares-relayed = If you say yes, I will give them your phone number (or your account in the app you are writing from), your language and what you need help with, nothing else, so that they can write to you or call you.
handoff-opt-yes = Yes, they can write to me
    .keywords = yes, ok
handoff-opt-no = No, thank you
    .keywords = no
handoff-passed = I have passed on your request. When a worker has seen it, I will tell you here. It can take some time; if it is urgent, write “SOS”.
handoff-declined = That is fine. I shared nothing.
handoff-failed = Sorry, I could not pass on your request just now. Nothing was shared. You can contact the service yourself with the details I showed you, or try again later.
handoff-acknowledged = A worker from { $service } has seen your request and will write to you. Their message may come as a new chat invitation.
