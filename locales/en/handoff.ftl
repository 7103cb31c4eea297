## Consented hand-off: a worker of a service writes to the person, only if they say yes.
## `handoff-failed` and `handoff-acknowledged` are sent by the bot itself; the others are for
## flows that offer a hand-off (see docs/flows.md, "Hand-off to a worker").
## $service is the service's own name, as written.

handoff-offer = Would you like a worker from { $service } to write to you here? If you say yes, I will give them only your Matrix name, your language and what you need help with, nothing else. You can say no.
handoff-opt-yes = Yes, they can write to me
    .keywords = yes, ok
handoff-opt-no = No, thank you
    .keywords = no
handoff-passed = I have passed on your request. When a worker has seen it, I will tell you here. It can take some time; if it is urgent, write “SOS”.
handoff-declined = That is fine. I shared nothing.
handoff-failed = Sorry, I could not pass on your request just now. Nothing was shared. You can contact the service yourself with the details I showed you, or try again later.
handoff-acknowledged = A worker from { $service } has seen your request and will write to you. Their message may come as a new chat invitation.
