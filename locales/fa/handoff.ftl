## DRAFT translation: not yet reviewed by a native speaker.

## Consented hand-off: a worker of a service writes to the person, only if they say yes.
## `handoff-failed` and `handoff-acknowledged` are sent by the bot itself; the others are for
## flows that offer a hand-off (see docs/flows.md, "Hand-off to a worker").
## $service is the service's own name, as written.

handoff-offer = آیا می‌خواهید یکی از کارکنان { $service } با شما تماس بگیرد؟ می‌توانید بگویید نه.
handoff-shares-direct = اگر بگویید بله، فقط نام ماتریکس شما، زبان شما و اینکه برای چه چیزی کمک لازم دارید را به او می‌دهم، نه چیز دیگری.
handoff-shares-relayed = اگر بگویید بله، شماره تلفن شما (یا حساب شما در برنامه‌ای که از آن پیام می‌دهید)، زبان شما و اینکه برای چه چیزی کمک لازم دارید را به او می‌دهم، نه چیز دیگری، تا بتواند به شما پیام بدهد یا زنگ بزند.
handoff-opt-yes = بله، می‌توانند به من پیام بدهند
    .keywords = بله, بلی, آره, اره, آری, ها, هو, باشه, باشد, اوکی, bale, baleh, bali, are, areh, ari, bashe, okey, yes, ok, okay
handoff-opt-no = نه، ممنون
    .keywords = نه, نخیر, خیر, نی, نه ممنون, نه مرسی, na, nah, nakheir, nakhair, no
handoff-passed = درخواست شما را فرستادم. وقتی یکی از کارکنان آن را دید، همین‌جا به شما خبر می‌دهم. ممکن است کمی طول بکشد؛ اگر فوری است، بنویسید «SOS».
handoff-declined = مشکلی نیست. هیچ چیزی را به کسی ندادم.
handoff-failed = متأسفم، الان نتوانستم درخواست شما را بفرستم. هیچ چیزی به کسی داده نشد. می‌توانید خودتان با اطلاعاتی که به شما نشان دادم با آن سازمان تماس بگیرید، یا بعداً دوباره امتحان کنید.
handoff-acknowledged = یکی از کارکنان { $service } درخواست شما را دید و به شما پیام می‌دهد. ممکن است پیامش به شکل یک دعوت تازه به گفتگو برسد.
