## DRAFT translation: not yet reviewed by a native speaker.

## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = জরুরি অবস্থা
    .keywords = জরুরি অবস্থা, ইমার্জেন্সি, এমার্জেন্সি, বিপদ, বিপদে, পুলিশ, অ্যাম্বুলেন্স, এম্বুলেন্স, বাঁচাও, বাঁচান, আমাকে বাঁচাও, এখনই সাহায্য করুন, এখনই সাহায্য দরকার, emergency, sos, joruri obostha, bipod, bipode, police, pulish, ambulance, ambulence, bachao
intent-crisis = আত্মহত্যা বা নিজের ক্ষতি করার চিন্তা
    .keywords = আত্মহত্যা, আত্মহত্যার, আত্নহত্যা, আত্নহত্যার, সুইসাইড, নিজেকে মেরে ফেলতে, নিজেকে মেরে ফেলব, নিজেকে মেরে ফেলবো, নিজেকে শেষ করে দিতে, নিজেকে শেষ করে দেব, নিজেকে শেষ করে দিব, নিজেকে শেষ করে দিবো, নিজের জীবন শেষ করে দিতে, নিজের জীবন শেষ করে দেব, মরে যেতে চাই, মরে যেতে ইচ্ছে, মরে যেতে ইচ্ছা, মরতে চাই, মরতে ইচ্ছে, মরতে ইচ্ছা, বাঁচতে চাই না, বেঁচে থাকতে চাই না, নিজেকে মেরে ফেলার, নিজেকে শেষ করে ফেলতে, নিজেকে শেষ করে ফেলব, নিজেকে শেষ করে ফেলবো, জীবনটা শেষ করে দিতে, জীবনটা শেষ করে দেব, জীবনটা শেষ করে দিব, মরে যেতে মন চায়, মরতে মন চায়, বাচতে চাই না, বেচে থাকতে চাই না, বাঁচতে ইচ্ছে করে না, বাঁচতে ইচ্ছা করে না, বেঁচে থাকতে ইচ্ছে করে না, বেঁচে থাকতে ইচ্ছা করে না, বাঁচার ইচ্ছে নেই, বাঁচার ইচ্ছা নেই, বেঁচে থাকতে ভালো লাগে না, বেঁচে থাকতে আর ভালো লাগে না, বেঁচে থেকে কী লাভ, বেঁচে থেকে কি লাভ, বেঁচে থেকে কোনো লাভ নেই, বেঁচে থাকার কোনো কারণ নেই, বেঁচে থাকার কোনো মানে নেই, আমার মরে যাওয়াই ভালো, আমি মরে গেলেই ভালো, নিজের ক্ষতি করতে চাই, নিজের ক্ষতি করব, নিজের ক্ষতি করছি, নিজেকে আঘাত করতে চাই, নিজেকে আঘাত করব, নিজেকে আঘাত করি, নিজেকে আঘাত করছি, নিজেকে কাটতে চাই, সেলফ হার্ম, সুইসাইডাল, আত্বহত্যা, attohotta, attohottya, atmohotta, atmohatya, atmahatya, attohatya, nijeke mere felbo, nijeke mere felte, nijeke mere felar, nijeke shesh kore felbo, jibonta shesh kore dibo, nijeke shesh kore dibo, nijeke sesh kore dibo, nijeke shesh kore dite, nijer jibon shesh kore dibo, more jete chai, more jaite chai, more jete icche, more jete iccha, morte chai, morte icche, bachte chai na, banchte chai na, beche thakte chai na, benche thakte chai na, bachte icche kore na, banchte icche kore na, beche thakte icche kore na, benche thakte icche kore na, bachar icche nei, bachar icche nai, beche thakte bhalo lage na, beche thakte valo lage na, beche theke ki labh, beche theke ki lav, more jete mon chay, beche thakar kono karon nei, beche thakar kono karon nai, nijer khoti korte chai, nijer khoti korchi, nijeke aghat korte chai, nijeke aghat korchi, nijeke katte chai, মইরা যামু, মইরা যাইতে চাই, মইরা যাইতে মন চায়, মরি যাইতাম চাই, মরি যাইমু, নিজেরে শেষ কইরা দিমু, নিজরে শেষ করি দিমু, নিজেরে মাইরা ফালামু, বাঁচতে মন চায় না, বাঁচতাম চাই না, আমি মরে যাব, আমি মরে যাবো, বিষ খেয়ে মরব, বিষ খেয়ে মরবো, বিষ খাইয়া মরমু, গলায় দড়ি দিমু, গলায় দড়ি দেব, সুইসাইড করব, সুইসাইড করবো, moira jamu, moira jaite chai, moira jaite mon chay, mori jaitam chai, mori jaimu, nijere shesh koira dimu, nijre shesh kori dimu, nijere maira falamu, bachte mon chay na, bachtam chai na, morte mon chay, morte mon chai, bachte iccha kore na, bachte issa kore na, suisaid, susaid, bish kheye morbo, bish khaiya mormu, golay dori dimu
    .pattern = \b(mo(i|y)?r+(e|a|i|iya|ia) j(e|a|ai|ao|aw|aow|aoy|ei)(te|tam|tem|bar|ar|yar|war)|mor(te|ar|bar|ibar|tam)) (cha(i|y|ai|ay|itesi|itechi)|chacchi|[ie][cs]+h*[cs]*h*[ea] ?(kore|korche|korchhe|kortese|kortase|kortesi|hoy|hoi|hocche|korse)?|mone? ?(cha(y|i|ay|itese|itase)|chacche))|\bmo(i|y)?r+(e|a|i|iya|ia) ja(i)?m(u|o)\b|\bami mo(i|y)?r+(e|a|i|iya|ia) ja(i)?bo\b|\b((ba+n?c+h*(te|ar|bar|tam)|(b(e|a)n?c+h*(e|iya|ia)|bai(c+h*|s)a|bese) (thak(te|ar|bar|tam)|takte))( ar)?|(ar|aar) (kokhono |kakhono |kokhno |konodin |kono din )?(ghum theke )?(uthte|othte|jagte|jege uthte|uthbar|uthar)|(duniy?a(y|i|te)|prithibite) (ar )?(thakte|thakar|ba+n?c+h*(te|ar))) (cha(i|y|ai)? ?na|chai nah|([ie][cs]+h*[cs]*h*[ea]|mone?) ?(kore|kor|kre|hoy|hoi|korche|korchhe|kortese|kortase|chay|chai)? ?(na|nah|naa|ni)\b|([ie][cs]+h*[cs]*h*[ea]|sh?adh|shokh?) (nai|nei|nay|nae|nahi)|(bh?alo|valo|vlo|bhlo) ?(lage|lge|lagtese|lagche)? ?(na|ni)\b|(bh|v)allage ?na)|\b(ar|aar) (ba+n?c+h*(te|ar|bar|tam)|(b(e|a)n?c+h*(e|iya|ia)|bai(c+h*|s)a|bese) (thak(te|ar|bar|tam)|takte)) (par(chi|si|tesi|tasi|bo|mu|i) ?(na|nah)\b|par(i|chi|si)na)|\b(ba+n?c+h*te|(b(e|a)n?c+h*(e|iya|ia)|bai(c+h*|s)a|bese) thakte|jiboner (upor|upore|opor|proti)|jibon (niye|theke)|life (niye|theke)) (bachte )?((k|c)i?lanto|tired|birokt(o|ro)?|haa?pi?(ye|aiya|aya))|\b(b(e|a)n?c+h*(e|iya|ia)|bai(c+h*|s)a|bese) (theke|thaika|theika|thekei|thakiya) (ar )?((ki|kii|kono|kno|kuno) (la+(bh|v|b)|hobe|hbe|hoib(o|e|a)|fayda|faida)|(la+(bh|v|b)|fayda|faida) (nai|nei|nae))|\b((b(e|a)n?c+h*(e|iya|ia)|bai(c+h*|s)a|bese) thakar|ba+n?c+h*b?ar|jiboner) (ar )?(kono |kno |kuno |konoi )?(man(e|i)|mene|ortho|kar(o|a)n|koron|uddesh+y?o) (nai|nei|nay|nae|nahi|dekhi ?na|dekhina|pai ?na|paina|khuje pai ?na)\b|\b(ni(j|z)e?(ke|re|r)(e?i)?( (jibon( ?ta| ?ke)?|life))?|amr? (jibon( ?ta)?|life)|jibon ?ta(re)?) ((s|sh)(e|a)(s|sh)h?|kh(o|a)t(o|a)m) k(o|oi)?r(e|a|i|ia|ey)? (d(i|e|o)(bo|ba|mu|mo|te|war|oar|yar|owar)|f(e|a)l(bo|mu|mo|amu|aimu|te|ar)|dicchi|dei|diy(e|a) dimu)\b|\bsh?ob( ?kichu)?( ekebare)? ((s|sh)(e|a)(s|sh)h?|kh(o|a)t(o|a)m) k(o|oi)?r(e|a|i|ia|ey)? (dite|felte) (cha(i|y)|[ie][cs]+h*[cs]*h*[ea]|mon cha(y|i))|\b(a+j|a+jke|aij|aijka) ra+i?tei? sh?ob( ?kichu)? ((s|sh)(e|a)(s|sh)h?|kh(o|a)t(o|a)m)\b|\bni(j|z)e?(ke|re|r)(e?i)? (m(e|a)(re|ira|ri|ire|ra)|meri) (f(e|a)l(bo|mu|mo|amu|aimu|te|ar|i|a|aitam|tam)|dibo|dimu|debo)\b|\bni(j|z)e?(ke|re|r)(e?i)? (k+s?hot(i|y)|aghaa?t|agat|akhat) (kor(i|chi|si|tesi|techi|tasi|bo|mu|lam|echi|ecchi|silam|chilam|te|ar)|kore fel(si|echi))\b|\bni(j|z)e?(ke|re|r)(e?i)? (kat(chi|hchi|si|tesi|techi|tasi|bo|mu|te|i|lam)|ket(echi|esi|esilam|echilam)|kete fel(si|chi|echi)|kaita felsi)\b|\b(ar|aar) (jeno|jano|kokhono|konodin) na (uthi|jagi)\b|\b(ami|amar|amr) (na thaklei?|mo(i|y)?r+(e|a|i|iya|ia) gelei?|morlei?|nai hoye gele) (sh?ob(ai|ar) |family |pori?(b|v)ar |sokoler )?(bh?alo|valo|vlo|bh?ala|vala|khush?i|khusi|sh?anti|sukhi)|\b(mo(i|y)?r+(e|a|i|iya|ia) (ja(o|w|ow|oy)?(a|ai)|gele)|mor(a|on)i|moronoi) (bh?alo|valo|vlo|bh?ala|vala|uttom|sh?reyo)\b|\b(moron|mora|mo(i|y)?r+(e|a|i|iya|ia) ja(o|w)a|mr(i|e)t+y?u|mirt+u|atmohotta) ((c|ch|chh)ara|sara) (ar )?(kono |kuno |konoi )?(upa(y|i)|uppay|poth|path|rasta|gati|goti)\b|\b(duniy?a|dunya|prithibi|duniy?ata) (theke|theika|(c|ch|chh)(e|ai)re) (chole |choila |cole |choile |biday niye )?(jete|jaite|jabo|jamu|jaitam|jaimu)\b|\b(allah|alla|allahr|khoda|khuda|bhogoban|vogoban|bhagaban|ishwar|issor) (amake|amare|amay|amaire|amk) (tule|tuila|tuile|tuilla|uthiye|uthaiya|uthaia|niye|niya|nia|nie) (nao|neo|nen|nau|naw|lao)\b|\b(ami |amar |amr )?(mr(i|e)t+y?u|mirt+u|moron|maron) (chai|chay|kamona kor(i|chi)|chacchi|ash?uk)\b|\bam(a)?r (moron|mr(i|e)t+y?u|mirt+u|maron) (hoy ?na|ash?e ?na)\b|\b(ch?iro ?din(er)?|chirokaler|ch?irotore|sara ?jiboner) (jon+(o|e) |jnno |lagi )?(har(i|a)(y|i)?(e|a|ya|iya)|nai ho(y|i)(e|a)|udhao hoye|gaye?a?b hoye) (jete|jaite|jabo|jamu|jai|jaitam|jaimu)\b|\b([ie][cs]+h*[cs]*h*[ea] kore|jene sh?une|jaina shuina) (onek( ?gul(a|o))?|ek pata|sh?ob|e?kgada|egada|beshi|besi) (ghumer )?(oo?u?sh?udh?|oushodh?|ousod|ausad|tablet|pills?|bori)|\b(onek( ?gul(a|o))?|ek pata|sh?ob|e?kgada|egada|beshi|besi) ghumer (oo?u?sh?udh?|oushodh?|ousod|ausad|tablet|pills?|bori) (kheye|khaiy?a|khaisi|khaichi|khaysi|kheyechi|kheyesi|khabo|khamu|khailam|khelam)|\b(bridge|brij|breej|setu|ch?h?aa?d|building|bilding) (theke|theika|thaki|(er )?(upor|opor) theke) (laf|lap|jhaa?m?p|jap) (dibo|debo|dimu|dite|diye|dia|dimo|dilam|diyechi|disi)|\baa?tt?(mo|ma|m|o|to|u)? ?ho?a?tt?h?y?a+\b|\bsu(i|e|ee|y)?(c|s|ch)(a|ai|i|e|ee)?d(e|al)?\b|\b((ম[োৈ]?ই?র(ে|া|ি|িয়া)) (যেতে|জেতে|[যজ]াইতে|[যজ]াইতাম|যাবার|যাওয়ার|যাইবার)|মর(তে|ার|বার|িবার|তাম)|মোরতে) (চা(ই|য়|চ্ছি|ইতেছি|ইতাছি)|ই[চছস]?্?[চছস][াে] ?(কর(ে|ছে|তেছে|তাছে|েছে)|হয়|হইতেছে|হচ্ছে)?|মনে? ?(চা(য়|ই|ইতেছে|ইতাছে|চ্ছে)))|\b(ম[োৈ]?ই?র(ে|া|ি|িয়া)) [যজ]াই?মু|\bআমি (ম[োৈ]?ই?র(ে|া|ি|িয়া)) যা(ই)?বো?|\b((বাঁ?চ(তে|ার|বার|তাম)|বাঁ?ইচতে|(বেঁ?[চছ]ে|বাঁ?ইচ(্?চ)?া|বাঁ?চিয়া) (থাক(তে|ার|বার|তাম)|তাকতে))( আর)?|আর (কখনো |কখনও |কোনো ?দিন |কোন ?দিন |কুনোদিন )?(ঘুম থে(কে|ইকা) )?(উঠতে|জাগতে|উঠবার|জেগে উঠতে|উঠার)|(দুনিয়া(য়|তে|ত)|পৃথিবীতে) (আর )?(থাকতে|বাঁ?চতে|থাকার|থাকবার)) (চা(ই|য়) ?না|চাই না(হ|য়)|(ই[চছস]?্?[চছস][াে]|মনে?) ?(কর(ে|ছে|তেছে|তাছে)|হয়|চায়|চাই)? ?(না|নি|নায়)|(ই[চছস]?্?[চছস][াে]|সাধ|[শস]খ) (নেই|নাই|নায়)|(ভালো?|ভালা|বালা) ?(লাগ(ে|তেছে|ছে))? ?না|ভাল্লাগে ?না)|\bবাঁ?চতাম নায়|\bআর (বাঁ?চ(তে|ার|বার|তাম)|বাঁ?ইচতে|(বেঁ?[চছ]ে|বাঁ?ইচ(্?চ)?া|বাঁ?চিয়া) (থাক(তে|ার|বার|তাম)|তাকতে)) পার(ছি|তেছি|তাছি|মু|বো?|ি|তেসি|সি) ?না|\b(বাঁ?চতে|বেঁ?চে থাকতে|বাঁ?ইচা থাকতে|জ[িী]বনের (উপরে?|ওপর|প্রতি)|জ[িী]বন (নিয়ে|নিয়া|থেকে)) (বাঁ?চতে )?(ক্লান্ত|কিলান্ত|ত্যক্ত|বিরক্ত|হাঁ?পিয়ে|হাঁ?পাইয়া|টায়ার্ড|অতিষ্ঠ)|\b(বেঁ?[চছ]ে|বাঁ?ইচ(্?চ)?া|বাঁ?চিয়া) (থেকে|থাইকা|থাকিয়া|থেইকা|থেকেই) (আর )?((কী|কি|কোনো|কোন|কুনো) (লাভ|হবে|হইবো?|হইবে|ফায়দা)|(লাভ|ফায়দা) (নেই|নাই))|\b((বেঁ?[চছ]ে|বাঁ?ইচ(্?চ)?া|বাঁ?চিয়া) থাকার|বাঁ?চ(ার|বার)|জ[িী]বনের) (আর )?(কোনো |কোন |কুনো |কোনোই )?(মানে|মানি|অর্থ|কার[ণন]|উদ্দেশ্য) (নেই|নাই|নায়|হয় ?না|দেখি ?না|পাই ?না|খুঁ?জে পাই ?না)|\b(নিজে?(কে|রে|র)ই?( জ[িী]বন( ?টা)?(রে|কে)?)?|(আমার|এই) জ[িী]বন( ?টা)?(রে|কে)?|জ[িী]বন ?টা(রে)?) ([শস]ে[ষশস]|খতম) (ক[োৈ]?রে|কইর[াে]|করি|করিয়া) (দ[িে](ব|বো|মু|মো|তে|বার)|দেওয়ার|দেয়ার|ফেল(ব|বো|মু|তে|ার)|ফালা(মু|ইমু|ইতে)|দি(চ্ছি|তেছি|তাছি)|দেই|দি(য়ে|য়া) দি(ব|মু))|\b(সব|সবকিছু|সব কিছু|সবটা)( একেবারে)? ([শস]ে[ষশস]|খতম) (ক[োৈ]?রে|কইর[াে]|করি|করিয়া) (দিতে|ফেলতে|দিবার|দেবার) (চা(ই|য়)|মন চায়|ই[চছস]?্?[চছস][াে])|\b(আজ|আজকে|আইজ|আইজকা|আজকেই) (রাতেই?|রাইতেই?) (সব|সবকিছু|সব কিছু) ([শস]ে[ষশস]|খতম)|\bনিজে?(কে|রে|র)ই? (মেরে|মাইর[াে]|মারি|মারিয়া|মেরেই) (ফেল(ব|বো|মু|তে|ার|ি|তাম|বার)|ফালা(মু|ইমু|ইতে|ইতাম)|দি(ব|বো|মু)|দেবো?)|\bনিজে?(কে|রে|র)ই? (ক্ষতি|খতি|ক্ষতী|খেতি|আঘাত|আগাত) (কর(ি|ছি|তেছি|তাছি|ব|বো|মু|লাম|েছি|সি|ছিলাম|েছিলাম|তে|ার|তেসি)|করে ফেল(েছি|ছি)|কইরা ফেলছি)|\bনিজে?(কে|রে|র)ই? (কাট(ি|ছি|তেছি|তাছি|তেসি|ব|বো|মু|তে|লাম|ছিলাম|সি)|কেটে(ছি|ছিলাম)|কেটে ফেল(েছি|ছি)|কাইটা (ফেলছি|ফালাইছি))|\bআর (যেন|জেন|কখনো|কোনোদিন) না (উঠি|জাগি)|\bআমি (না থাকলেই?|(ম[োৈ]?ই?র(ে|া|ি|িয়া)) গেলেই?|মরলেই?|নাই হয়ে গেলে) (সবাই |সবার |সকলে |সকলের |সবাই আরো |পরিবার |ফ্যামিলি )?((ভালো?|ভালা|বালা)|খুশ[িী]|শান্তি|শান্তিতে|সুখে|সুখী)|\b((ম[োৈ]?ই?র(ে|া|ি|িয়া)) (যাওয়াই?|গেলেই?)|মরণই|মরাই) ((ভালো?|ভালা|বালা)|উত্তম|শ্রেয়)|\b(মরণ|মরা|(ম[োৈ]?ই?র(ে|া|ি|িয়া)) যাওয়া|মৃত্যু|মিত্যু|আত্মহত্যা) (ছাড়া|সাড়া|ছারা) (আর )?(কোনো |কোন |কুনো )?(উপায়|পথ|রাস্তা|গতি)|\b(দুনিয়া|দুনিয়াটা|পৃথিবী) (ছেড়ে|ছাইড়া|ছেড়েই|থেকে|থেইকা) (চলে |চইলা |বিদায় নিয়ে )?(যেতে|যাইতে|যাইতাম|যাবো?|যামু|যাইমু)|\b(আল্লাহ?|খোদা|ভগবান|ঈশ্বর|আল্লাহপাক) (আমাকে|আমারে|আমায়|মোরে) (তুলে|তুইল(্?ল)?া|উঠিয়ে|উঠাইয়া|উঠায়া|নিয়ে|নিয়া) (নাও|নেও|নেন|লও)|\b(আমি|আমার) (মৃত্যু|মরণ|মিত্যু) (চাই|চাচ্ছি|কামনা করি|কামনা করছি)|\bআমার (মরণ|মৃত্যু|মিত্যু) (হয় ?না|আসে ?না)|\b(চিরদিনের|চিরকালের|চিরতরে|চিরদিন|সারা ?জীবনের) (জন্যে? |লাগি )?(হারিয়ে|হারাইয়া|হারায়া|হারিয়া|নাই হয়ে|নাই হইয়া|উধাও হয়ে|অদৃশ্য হয়ে|গায়েব হয়ে|গায়েব হইয়া) (যেতে|যাইতে|যাবো?|যামু|যাই|যাইতাম|যাইমু)|\b(ই[চছস]?্?[চছস][াে] করে|ইচ্ছাকৃতভাবে|জেনে ?শুনে|জাইনা শুইনা) (অনেক( ?গুল[োাি])?|সব|একগাদা|এক পাতা|বেশি) (ঘুমের )?(ওষুধ|ঔষধ|অষুধ|ওষুদ|ট্যাবলেট|পিল|বড়ি)|\b(অনেক( ?গুল[োাি])?|সব|একগাদা|এক পাতা|বেশি) ঘুমের (ওষুধ|ঔষধ|অষুধ|ওষুদ|ট্যাবলেট|পিল|বড়ি) (খেয়ে|খাইয়া|খাইছি|খেয়েছি|খাইসি|খাবো?|খামু|খাইলাম|খেলাম)|\b(ব্রিজ|ব্রীজ|সেতু|ছাদ|বিল্ডিং|ব্রিজের|ছাদের) (থেকে|থেইকা|থাকি|উপর থেকে|উপর থেইকা|ওপর থেকে) (লাফ|ঝাঁ?প) (দিবো?|দেবো?|দিমু|দিতে|দিয়ে|দিয়া|দিলাম|দিছি|দিয়েছি)|\bআ(ত্ম|ত্ন|ত্ব|তম|ত্ত|ত)হ(ত্যা|ত্তা|তা|তযা|ত্য|ত্যে|ত্তে)|\b(সুই|সু|সুয়ি|সূই)(সা|সাই|ছা|ছাই)ড
intent-main-menu = প্রধান মেনু
    .keywords = মেনু, প্রধান মেনু, মূল মেনু, মেইন মেনু, হোম, menu, main menu, mul menu, home, 0
intent-back = পিছনে
    .keywords = পিছনে, পেছনে, পিছে, ফিরে যাও, ফিরে যান, আগেরটা, pichone, pichhone, pechone, piche, fire jao, back
intent-language = ভাষা
    .keywords = ভাষা, ভাষা বদলাও, ভাষা পরিবর্তন, ভাষা পরিবর্তন করুন, bhasha, vasha, bhasa, language
intent-help = সাহায্য
    .keywords = সাহায্য, এটা কিভাবে কাজ করে, কিভাবে কাজ করে, কীভাবে কাজ করে, sahajjo, shahajjo, sahajo, shahajo, kivabe kaj kore, kibhabe kaj kore, help
intent-forget = আমাকে ভুলে যাও
    .keywords = আমাকে ভুলে যাও, আমাকে ভুলে যান, ভুলে যাও, আমার তথ্য মুছে দাও, আমার তথ্য মুছে দিন, আমার তথ্য মুছুন, amake bhule jao, amake vule jao, bhule jao, vule jao, amar tottho muche dao, amar totho muche dao, forget me
intent-erase = এই চ্যাট মুছে ফেলুন
    .keywords = এই চ্যাট মুছে ফেলুন, চ্যাট মুছে ফেলুন, চ্যাট মুছে ফেলো, চ্যাট মুছে দাও, চ্যাট মুছে দিন, চ্যাট ডিলিট করো, চ্যাট ডিলিট করুন, সব মুছে দাও, সব মুছে দিন, সব মুছে ফেলো, সব ডিলিট করো, chat muche dao, chat muche felo, chat delete koro, chat delete koren, sob muche dao, shob muche dao, sob delete koro, shob delete koro

language-menu-prompt = আপনার ভাষা বেছে নিন: একটি নম্বর লিখে উত্তর দিন।
language-changed = ভাষা বদলানো হয়েছে।
not-understood = দুঃখিত, আমি বুঝতে পারিনি। অনুগ্রহ করে একটি অপশনের নম্বর লিখে উত্তর দিন।
help-text =
    একটি অপশনের নম্বর লিখে উত্তর দিন, অথবা অপশনের কথাগুলো লিখুন।
    প্রধান মেনুতে যেতে “মেনু” লিখুন, আগের ধাপে ফিরতে “পিছনে”, ভাষা বদলাতে “ভাষা”,
    জরুরি নম্বরের জন্য “SOS”, আর আমি আপনার সম্পর্কে যা মনে রেখেছি তা মুছে দিতে “আমাকে ভুলে যাও”।
forgotten = এই কথোপকথনের সব কিছু আমি ভুলে গেছি। আবার শুরু করতে, যেকোনো কিছু লিখুন।
erase-confirm =
    এতে আমি এখানে যত বার্তা পাঠিয়েছি সব মুছে যাবে, আপনার সম্পর্কে আমি যা মনে রেখেছি তাও মুছে যাবে, আর আমি এই চ্যাট ছেড়ে চলে যাব। আপনার নিজের বার্তাগুলো থেকে যাবে: সেগুলো মুছতে, প্রতিটি বার্তা চেপে ধরে রাখুন আর “সরান” বা “মুছুন” বেছে নিন, তারপর আপনার অ্যাপে এই চ্যাটটি মুছে দিন।
    এখনই মুছে ফেলব?
erase-opt-yes = হ্যাঁ, এখনই মুছে ফেলুন
    .keywords = হ্যাঁ, হ্যা, হাঁ, জি, জি হ্যাঁ, মুছে ফেলুন, ha, haa, hya, hyan, ji, ji ha
erase-opt-no = না, চ্যাট রেখে দিন
    .keywords = না, জি না, রেখে দিন, na, naa, ji na, rekhe din
erase-cancelled = কিছুই মোছা হয়নি।
erase-relayed-note = আপনি অন্য একটি অ্যাপ থেকে আমাকে লিখছেন, যেমন হোয়াটসঅ্যাপ, সিগন্যাল বা টেলিগ্রাম। সেখানে আমার বার্তাগুলো আপনার ফোন থেকে কেবল ততক্ষণই মুছে যায়, যতক্ষণ অ্যাপটি মুছতে দেয়, তাই কিছু বার্তা থেকে যেতে পারে। সেই অ্যাপেও এই চ্যাটটি মুছে দিন।
erase-incomplete = আমি এখনও এই চ্যাটে আমার সব বার্তা মুছতে পারিনি। আমি চেষ্টা চালিয়ে যাচ্ছি, আর শেষ হলে চ্যাট ছেড়ে চলে যাব। নিরাপদ থাকতে, এখনই আপনার অ্যাপে এই চ্যাটটি মুছে দিন।
welcome-back = আবার স্বাগতম। এই যে প্রধান মেনু।
cannot-decrypt = আপনার শেষ বার্তাটি আমি পড়তে পারিনি: এটি এমন চাবি দিয়ে এনক্রিপ্ট করা, যা এখনো আমার কাছে নেই। আমি শিগগির উত্তর না দিলে, দয়া করে আবার পাঠান।
content-changed = এই সেবার এই অংশটি বদলে গেছে। এই যে প্রধান মেনু।
emergency-intro = আপনি যদি এখন বিপদে থাকেন, একটি জরুরি নম্বরে ফোন করুন:
emergency-outro = আপনি একা নন। চালিয়ে যেতে, শেষ প্রশ্নটির উত্তর দিন, অথবা “মেনু” লিখুন।
directory-none = এর জন্য কোনো সেবা পাইনি। অন্য কোনো প্রয়োজন বা অন্য দেশ দিয়ে চেষ্টা করুন।

## Labels on contact cards.

card-phone = ফোন
card-sms = এসএমএস
card-whatsapp = হোয়াটসঅ্যাপ
card-viber = ভাইবার
card-signal = সিগন্যাল
card-email = ইমেইল
card-web = ওয়েবসাইট
card-matrix = ম্যাট্রিক্স
card-hours = খোলার সময়
card-free = বিনামূল্যে
card-confidential = গোপনীয়
card-anonymous = আপনার নাম বলার দরকার নেই
card-languages = ভাষা
card-network = সদস্য

## Opening hours on cards.

hours-always = ২৪ ঘণ্টা, প্রতিদিন
hours-range = { $days }, { $from }–{ $to }
hours-days-daily = প্রতিদিন
hours-days-mon-fri = সোমবার থেকে শুক্রবার
hours-days-mon-sat = সোমবার থেকে শনিবার
hours-days-sat-sun = শনিবার ও রবিবার

## Answers used in many flows.

answer-yes = হ্যাঁ
    .keywords = হ্যাঁ, হ্যা, হাঁ, হুম, জি, জী, জি হ্যাঁ, hea, ha, haa, hae, hya, hyan, hum, ji, jee, ji hea, yes, y
answer-no = না
    .keywords = না, নাহ, জি না, জী না, na, naa, nah, ji na, jee na, no, n
answer-not-sure = নিশ্চিত নই
    .keywords = নিশ্চিত নই, নিশ্চিত না, জানি না, জানিনা, হয়তো, হয়ত, nishchit noi, nishchit na, nischit noi, sure na, jani na, janina, hoyto, hoito, not sure
answer-skip = আমি বলতে চাই না
    .keywords = বলতে চাই না, বলব না, বাদ, বাদ দিন, বাদ দাও, এড়িয়ে যান, এড়িয়ে যাও, bolte chai na, bolbo na, bad dao, bad din, skip
common-main-menu = প্রধান মেনু

## Flood control: sent once when someone writes many messages very fast.
slow-down = আপনি খুব দ্রুত বার্তা পাঠাচ্ছেন, তাই আমি কিছু বার্তা বাদ দিচ্ছি। অনুগ্রহ করে কয়েক সেকেন্ড অপেক্ষা করুন, তারপর আবার লিখুন। আপনি যদি বিপদে থাকেন, একটি জরুরি নম্বরে ফোন করুন।

attachment-unreadable = আমি শুধু লেখা বার্তা পড়তে পারি, তাই আপনি যা পাঠিয়েছেন তা আমি শুনতে বা দেখতে পারিনি। অনুগ্রহ করে কয়েকটি শব্দ, অথবা একটি অপশনের নম্বর লিখুন। প্রধান মেনুর জন্য “মেনু” লিখুন, আর জরুরি নম্বরের জন্য “SOS”।
