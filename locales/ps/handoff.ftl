## DRAFT translation: not yet reviewed by a native speaker.

## Consented hand-off: a worker of a service writes to the person, only if they say yes.
## `handoff-failed` and `handoff-acknowledged` are sent by the bot itself; the others are for
## flows that offer a hand-off (see docs/flows.md, "Hand-off to a worker").
## $service is the service's own name, as written.

handoff-offer = غواړئ چې د { $service } یو کارکوونکی له تاسو سره اړیکه ونیسي؟ تاسو کولای شئ نه ووایئ.
handoff-shares-direct = که هو ووایئ، زه به هغوی ته یوازې ستاسو د میټرکس نوم، ستاسو ژبه او دا چې په څه کې مرستې ته اړتیا لرئ ورکړم، بل هېڅ نه.
handoff-shares-relayed = که هو ووایئ، زه به هغوی ته ستاسو د تلیفون شمېره (یا په هغه اپ کې ستاسو حساب چې له هغه څخه لیکئ)، ستاسو ژبه او دا چې په څه کې مرستې ته اړتیا لرئ ورکړم، بل هېڅ نه، څو تاسو ته ولیکي یا زنګ ووهي.
handoff-opt-yes = هو، هغوی کولای شي ما ته ولیکي
    .keywords = هو, هوکې, هوکي, هو کې, هاو, بلې, ښه, سمه ده, ho, hoo, ao, haw, hoke, hokay, yes, ok, okay
handoff-opt-no = نه، مننه
    .keywords = نه, نا, نه مننه, na, nah, no
handoff-passed = ستاسو غوښتنه مې ولېږله. کله چې یو کارکوونکي ولیده، همدلته به درته ووایم. ښايي یو څه وخت ونیسي؛ که بیړنی وي، «SOS» ولیکئ.
handoff-declined = سمه ده. ما هېڅ شی له چا سره شریک نه کړ.
handoff-failed = بښنه غواړم، اوس مې ستاسو غوښتنه ونه شوه لېږلای. هېڅ شی شریک نه شو. تاسو کولای شئ پخپله د هغو معلوماتو له لارې چې ما درته وښودل له دې خدمت سره اړیکه ونیسئ، یا وروسته بیا هڅه وکړئ.
handoff-acknowledged = د { $service } یو کارکوونکي ستاسو غوښتنه ولیده او تاسو ته به ولیکي. ښايي د هغوی پیغام د یوه نوي چټ د بلنې په توګه درشي.
