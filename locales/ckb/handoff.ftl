## DRAFT translation: not yet reviewed by a native speaker.

## Consented hand-off: a worker of a service writes to the person, only if they say yes.
## `handoff-failed` and `handoff-acknowledged` are sent by the bot itself; the others are for
## flows that offer a hand-off (see docs/flows.md, "Hand-off to a worker").
## $service is the service's own name, as written.

handoff-offer = دەتەوێت کارمەندێکی { $service } پەیوەندیت پێوە بکات؟ دەتوانیت بڵێیت نەخێر.
handoff-shares-direct = ئەگەر بڵێیت بەڵێ، تەنیا ناوی ماتریکسەکەت، زمانەکەت و ئەوەی یارمەتیت بۆی دەوێت پێی دەدەم، هیچی تر.
handoff-shares-relayed = ئەگەر بڵێیت بەڵێ، ژمارەی تەلەفۆنەکەت (یان هەژمارەکەت لەو ئەپەی لێیەوە دەنووسیت)، زمانەکەت و ئەوەی یارمەتیت بۆی دەوێت پێی دەدەم، هیچی تر، بۆ ئەوەی بتوانن نامەت بۆ بنووسن یان تەلەفۆنت بۆ بکەن.
handoff-opt-yes = بەڵێ، دەتوانن نامەم بۆ بنووسن
    .keywords = بەڵێ, بەلێ, بەلی, ئا, ئەرێ, ئەری, باشە, ئۆکەی, bale, bali, beli, bele, ere, are, bashe, yes, ok, okay
handoff-opt-no = نەخێر، سوپاس
    .keywords = نەخێر, نەخیر, نا, نە, na, nexer, naxer, nakher, no
handoff-passed = داواکارییەکەتم گەیاند. کاتێک کارمەندێک داواکارییەکەی بینی، لێرە پێت دەڵێم. لەوانەیە هەندێک کاتی پێ بچێت؛ ئەگەر بەپەلەیە، «SOS» بنووسە.
handoff-declined = باشە. هیچ شتێکم بە کەس نەدا.
handoff-failed = ببورە، ئێستا نەمتوانی داواکارییەکەت بگەیەنم. هیچ شتێک بە کەس نەدرا. دەتوانیت خۆت بەو زانیارییانەی نیشانم دایت پەیوەندی بە خزمەتگوزارییەکەوە بکەیت، یان دواتر دووبارە هەوڵ بدەرەوە.
handoff-acknowledged = کارمەندێکی { $service } داواکارییەکەتی بینی و نامەت بۆ دەنووسێت. لەوانەیە نامەکەی وەک بانگهێشتێکی نوێ بۆ گفتوگۆ بگات.
