## DRAFT translation: not yet reviewed by a native speaker.

## Consented hand-off: a worker of a service writes to the person, only if they say yes.
## `handoff-failed` and `handoff-acknowledged` are sent by the bot itself; the others are for
## flows that offer a hand-off (see docs/flows.md, "Hand-off to a worker").
## $service is the service's own name, as written.

handoff-offer = کیا آپ چاہتے ہیں کہ { $service } کا کوئی کارکن آپ سے رابطہ کرے؟ آپ نہیں بھی کہہ سکتے ہیں۔
handoff-shares-direct = اگر آپ ہاں کہیں تو میں انہیں صرف آپ کا میٹرکس نام، آپ کی زبان اور یہ بتاؤں گا کہ آپ کو کس چیز میں مدد چاہیے، اور کچھ نہیں۔
handoff-shares-relayed = اگر آپ ہاں کہیں تو میں انہیں آپ کا فون نمبر (یا اس ایپ میں آپ کا اکاؤنٹ جس سے آپ لکھ رہے ہیں)، آپ کی زبان اور یہ بتاؤں گا کہ آپ کو کس چیز میں مدد چاہیے، اور کچھ نہیں، تاکہ وہ آپ کو لکھ سکیں یا کال کر سکیں۔
handoff-opt-yes = ہاں، وہ مجھے لکھ سکتے ہیں
    .keywords = ہاں, جی, جی ہاں, ہاں جی, ٹھیک ہے, اوکے, haan, han, haa, ha, ji, jee, ji haan, haan ji, theek hai, thik hai, yes, ok, okay
handoff-opt-no = نہیں، شکریہ
    .keywords = نہیں, نہ, جی نہیں, نا, nahi, nahin, nai, nahee, na, ji nahi, no
handoff-passed = میں نے آپ کی درخواست آگے بھیج دی ہے۔ جب کوئی کارکن اسے دیکھ لے گا تو میں آپ کو یہیں بتا دوں گا۔ اس میں کچھ وقت لگ سکتا ہے؛ اگر فوری ہو تو "SOS" لکھیں۔
handoff-declined = کوئی بات نہیں۔ میں نے کچھ بھی شیئر نہیں کیا۔
handoff-failed = معاف کیجیے، میں ابھی آپ کی درخواست آگے نہیں بھیج سکا۔ کچھ بھی شیئر نہیں کیا گیا۔ آپ میری دکھائی ہوئی تفصیلات سے خود اس سروس سے رابطہ کر سکتے ہیں، یا بعد میں دوبارہ کوشش کریں۔
handoff-acknowledged = { $service } کے ایک کارکن نے آپ کی درخواست دیکھ لی ہے اور وہ آپ کو لکھیں گے۔ ان کا پیغام ایک نئی چیٹ کی دعوت کی صورت میں آ سکتا ہے۔
