## Words the bot uses everywhere, outside any flow.

## Global intents. `.keywords` are the words (comma-separated) that trigger each one from any
## point in a conversation. Emergency and crisis words are matched anywhere in a message, in
## every language; the others only when they are the whole message. Crisis words (suicide,
## self-harm) lead straight to urgent help: list the phrases people really use, without detail.

intent-emergency = Emergency
    .keywords = emergency, sos, danger, in danger, police, ambulance, help me now
intent-crisis = Thoughts of suicide or self-harm
    .keywords = suicide, suicidal, sucide, kill myself, killing myself, kill my self, end my life, take my life, taking my own life, end it all, want to die, wanna die, wish i was dead, wish i were dead, hurt myself, hurting myself, harm myself, harming myself, self harm, selfharm, cut myself, cutting myself, dont want to live, don t want to live, do not want to live, cant go on, can t go on, cannot go on, tired of living, tired of life, no reason to live, no point in living, not worth living, better off dead, better off without me, never wake up, done with life, kms, kys
    .pattern = \b(kill|killing|hurt|hurting|harm|harming|cut|cutting|poison|hang|hanging) (my ?self)\b|\b(end|ending|take|taking|took) (it all|my (own )?life)\b|\b(don ?t|do not|dont|never|no longer) (want|wanna|wish) (to )?(live|be alive|exist|wake up|be here)\b|\b(no|any|not any) (reason|point) (to|in|for) (live|living|keep living|go on|going on|be alive)\b|\b(can ?t|cannot|cant) (go on|take (it|this) any ?more|live like this)\b|\b(want|wanna|going|gonna|ready) to (die|disappear forever|end it|not exist)\b|\bend it (all|tonight|today|now)\b|\bwant (it|this|everything) to end\b|\bsuicid\w*|\bself ?harm\w*|\b(took|taken|take|swallow\w*) (too many|all (my|the)|a lot of) (pills|tablets|medicine)\b|\bjump (off|from) (the|a) (bridge|building|roof|window)\b
intent-main-menu = Main menu
    .keywords = menu, main menu, home, 0
intent-back = Back
    .keywords = back, go back, previous
intent-language = Language
    .keywords = language, change language
intent-help = Help
    .keywords = help, how does this work
intent-forget = Forget me
    .keywords = forget me, delete my data, erase my data
intent-erase = Erase this chat
    .keywords = erase, erase chat, erase this chat, erase everything, quick erase, delete chat, delete this chat, delete everything

language-menu-prompt = Choose your language: reply with a number.
language-changed = Language changed.
not-understood = Sorry, I did not understand. Please reply with the number of an option.
help-text =
    Reply with the number of an option, or write its words.
    Write “menu” to go to the main menu, “back” to go back, “language” to change the language,
    “SOS” for emergency numbers, and “forget me” to delete what I remember about you.
forgotten = I have forgotten everything about this conversation. To start again, write anything.
erase-confirm =
    This deletes every message I sent here, deletes what I remember about you, and I leave this chat. Your own messages stay: to delete them, long-press each one and choose “Remove” or “Delete”, then delete this chat in your app.
    Erase now?
erase-opt-yes = Yes, erase now
    .keywords = yes, erase now
erase-opt-no = No, keep the chat
    .keywords = no, keep
erase-cancelled = Nothing was erased.
erase-relayed-note = You are writing to me from another app, such as WhatsApp, Signal or Telegram. There, my messages are removed from your phone only while that app still allows deleting them, so some may stay. Delete this chat in that app too.
## Sent only if a quick erase keeps failing (after a few attempts over several minutes).
erase-incomplete = I could not yet delete all my messages in this chat. I keep trying, and I will leave the chat when it is done. To be safe, delete this chat in your app now.
welcome-back = Welcome back. Here is the main menu.
cannot-decrypt = I could not read your last message: it is encrypted with keys I do not have yet. If I do not answer soon, please send it again.
content-changed = This part of the service has changed. Here is the main menu.
emergency-intro = If you are in danger now, call an emergency number:
emergency-outro = You are not alone. To continue, answer the last question, or write “menu”.
directory-none = I found no service for this. Try another need or country.

## Labels on contact cards.

card-phone = Phone
card-sms = SMS
card-whatsapp = WhatsApp
card-viber = Viber
card-signal = Signal
card-email = Email
card-web = Website
card-matrix = Matrix
card-hours = Hours
card-free = Free of charge
card-confidential = Confidential
card-anonymous = You do not have to give your name
card-languages = Languages
card-network = Member of

## Opening hours on cards.

hours-always = 24 hours, every day
hours-range = { $days }, { $from }–{ $to }
hours-days-daily = Every day
hours-days-mon-fri = Monday to Friday
hours-days-mon-sat = Monday to Saturday
hours-days-sat-sun = Saturday and Sunday

## Answers used in many flows.

answer-yes = Yes
    .keywords = yes, y, yeah, yep
answer-no = No
    .keywords = no, n, nope
answer-not-sure = Not sure
    .keywords = not sure, dont know, do not know, maybe
answer-skip = I prefer not to say
    .keywords = skip, pass, not say
common-main-menu = Main menu

## Flood control: sent once when someone writes many messages very fast.
slow-down = You are sending messages very fast, so I am skipping some. Please wait a few seconds, then write again. If you are in danger, call an emergency number.

## Voice notes, pictures, stickers, files and locations: the bot cannot read them. Sent once
## for a burst of them (an album); short, and says how to go on.
attachment-unreadable = I can only read written messages, so I could not listen to or see what you sent. Please write a few words, or the number of an option. Write “menu” for the main menu, or “SOS” for emergency numbers.
