## Main menu and the page about this service (flows/main.yaml)

main-menu-prompt = Hello. I am Putokaz, an automated guide. I can give you information and contacts. What would you like to do?
main-opt-awareness = Understand my situation
    .keywords = situation, safe, safety, am i safe, job offer, rights
main-opt-services = Find a service
    .keywords = service, services, find
main-opt-selfhelp = Feel calmer
    .keywords = calm, calmer, stress, stressed, anxious, exercise
main-opt-urgent = Urgent help
    .keywords = urgent, hotline, hotlines
main-opt-language = Change language
main-opt-about = About this service and your privacy
    .keywords = about, privacy
about-what = Putokaz is an automated service, not a person. It gives information and contacts of organisations that can help. It cannot help in an emergency by itself: in danger, call an emergency number.
about-privacy =
    It does not store what you write. It stores only your language, your place in the menus and the options you chose, encrypted. After { $days ->
        [one] one day
       *[other] { $days } days
    } without use it forgets everything and leaves this chat. To come back after that, just write again; in a Matrix app such as Element, start a new chat with it.
about-erase = To erase it now, write “erase”: I delete every message I sent here, forget you and leave the chat. Then delete this chat in your app; your own messages stay until you delete them. “Forget me” deletes only what I remember, not the messages. The chat server may keep a copy for a while. If someone else may see your phone, you can also turn off message previews.
about-credits = The exercises are adapted from the World Health Organization’s “Doing What Matters in Times of Stress”. This adaptation was not created by WHO. Every phone number comes from a public source, but numbers can change: if one does not answer, try another, or call the emergency number.

## Understand my situation (flows/awareness.yaml)

aw-menu-prompt = What would you like to check? You do not have to give any details.
aw-phone-tip = If someone checks your phone: when you finish, write “erase”. I will delete all my messages here and leave the chat. Then delete this chat in your app.
aw-opt-offer = Is this job or travel offer safe?
    .keywords = job, offer, job offer, work offer, travel
aw-opt-safe-now = Am I safe where I am now?
    .keywords = safe, am i safe
aw-opt-rights = My rights
    .keywords = rights

## Is this job or travel offer safe? (flows/job-offer.yaml)

offer-intro = Some people are tricked with offers of work or travel. I will ask seven short questions about the offer. Answer “not sure” whenever you do not know.
offer-opt-start = Start
    .keywords = begin, ok, start
offer-q-fee = Do they ask you to pay for the job, the visa or the journey, or to pay it back later from your wages?
offer-q-pay = Is the pay much higher than usual for this kind of work?
offer-q-contract = Will you get a written contract, in a language you understand, before you leave?
offer-q-employer = Do you know the employer’s company name and address, and can you check them? A mobile number or a free e-mail address alone is not enough.
offer-q-hurry = Are they pushing you to decide or to leave quickly?
offer-q-documents = Has anyone asked to keep your passport or documents, for example “for your safety”?
offer-q-travel = Is someone you do not know well paying for your journey, for you to pay back later?
offer-result-flags =
    { $count ->
        [one] One of your answers is a warning sign.
       *[other] { $count } of your answers are warning signs.
    } Offers like this can be used to trick people into forced work. Please check it with a hotline before you decide.
offer-result-none = Your answers show none of these warning signs. Still, take care before you go.
offer-advice = You should not have to pay for a job; if you already paid, it is not your fault, and a hotline can still help. Keep your passport and documents with you, and leave a copy with someone you trust. Ask for a written contract in your language. Tell someone you trust where you are going and with whom.
offer-ask-job-country = Where is the job, or where would the journey take you?
offer-job-elsewhere = Another country
offer-hotline-there = This line helps people who may be tricked or exploited in that country. You can call it to check the offer before you go:
offer-hotline-here = This line, in the country where you are now, helps people who may be tricked or exploited. You can ask it about the offer before you go:
offer-hotline-checkers = I know no such line where you are. These lines say they check job offers. They are in other countries, so a call may cost more:
offer-no-hotline = I have no hotline for this country yet. Write “SOS” for emergency numbers.
offer-what-next = What would you like to do next?

## Am I safe where I am now? (flows/safe-now.yaml)

safe-intro = Some situations can be unsafe even when they started as a normal job or trip. I will ask nine short questions. You can skip any question, and you do not have to give any details.
safe-q-documents = Does an employer, a middleman or someone who arranged your travel keep your passport or ID?
safe-q-debt = Do you have to work to pay back a debt to an employer or to someone who arranged your travel?
safe-q-wages = Does someone keep your pay, or pay you much less than was promised?
safe-q-movement = Does an employer or someone who controls you stop you from leaving your work or the place where you stay?
safe-q-isolation = Are you kept away from other people, or not allowed to use a phone?
safe-q-threats = Has someone threatened you or your family, for example to report you to the police?
safe-q-violence = Has someone you work for, or who arranged your travel, hurt you or forced you into sexual acts?
safe-q-conditions = Is the place where you work or sleep dangerous, dirty or humiliating?
safe-q-hours = Do you have to work very long hours, with no days of rest?
safe-result-signs =
    { $count ->
        [one] You answered yes to one question that can be a warning sign.
       *[other] You answered yes to { $count } questions that can be warning signs.
    } Even one sign can be enough to talk to someone. This is not a diagnosis, and you decide what to do.
safe-not-your-fault = If someone is taking advantage of you, it is not your fault.
safe-hotlines-intro = You can talk to a person on these lines:
safe-no-hotline = I do not know an anti-trafficking line in this country yet.
safe-result-none = Thank you. None of the answers you gave is a warning sign. If anything changes, or if you are worried, you can always talk to someone.
safe-opt-find-service = Find someone to talk to
    .keywords = talk, person
safe-opt-hotlines = Show me the hotlines
    .keywords = hotline, hotlines

## My rights (flows/rights.yaml)

rights-free = UNHCR says that its help and its partners’ help, including legal advice on asylum, is free. If someone asks you for money for it, you can tell UNHCR.
rights-work = If an employer keeps your passport or ID, it is a warning sign of forced labour. Under the ILO’s fair recruitment rules, workers should not pay any fee to get a job.
rights-not-your-fault = If you were tricked or forced to work, it is not your fault. Hotlines help people who were exploited, and some let you stay anonymous.
rights-report = To ask for help or report exploitation, you can call an anti-trafficking hotline; some let you stay anonymous. If you are in danger now, call the emergency number.
rights-opt-legal = Find free legal help
    .keywords = lawyer, legal
rights-opt-hotlines = Hotlines that can help
    .keywords = hotline, hotlines

## Finding a service (flows/services.yaml)

svc-ask-country = Which country are you in now?
svc-ask-need = What do you need help with? Write it in a few words, for example “lawyer” or “someone to talk to”.
svc-need-menu = These are the kinds of help I know of in this country. Please choose one:
need-psychosocial = Someone to talk to (psychosocial support)
    .keywords = talk, stress, sad, psychologist, counselling, counseling, psychosocial, mental health
need-legal = Legal help or asylum
    .keywords = lawyer, legal, asylum, papers, documents, rights
need-shelter = A safe place to stay
    .keywords = shelter, sleep, place to stay, housing, accommodation
need-health = Health care
    .keywords = doctor, health, sick, medicine, hospital, clinic
need-lgbti = Support for LGBTI+ people
    .keywords = lgbt, lgbti, lgbtq, gay, lesbian, trans, queer, bisexual
need-trafficking = Exploitation or trafficking
    .keywords = trafficking, exploitation, forced work, smuggler
need-children = Help for children
    .keywords = child, children, kid, minor, baby
need-women = Help for women
    .keywords = woman, women, pregnant, violence at home
svc-results-intro = Here is what I found:
svc-none = I know no service for this need in this country yet. You can try another need or another country. If you are in danger, write “SOS” for the emergency numbers of your country.
svc-opt-other-need = Another need
svc-opt-other-country = Another country

## Feel calmer (flows/selfhelp.yaml)

sh-menu-prompt = Stress is a normal reaction to hard times. Here are short things you can try now, one step at a time. What would you like?
sh-opt-grounding = Calm down now (one minute)
    .keywords = calm, breathe, panic
sh-opt-unhooking = Step back from difficult thoughts
    .keywords = thoughts, worry, worries
sh-opt-room = Make room for painful feelings
    .keywords = feelings, pain
sh-opt-kind = Be kind to yourself
    .keywords = kind
sh-opt-values = Do one thing that matters to you
    .keywords = values
sh-opt-normal = Is what I feel normal?
    .keywords = normal
sh-opt-sleep = Sleep better
    .keywords = sleep, cannot sleep
sh-opt-get-help = When to ask a person for help
sh-opt-next = Next
    .keywords = next, ok, done
sh-opt-stop = Stop
    .keywords = stop
sh-grounding-1 = Wherever you are, slowly push your feet into the floor. Sit or stand up straight. Press your fingertips together. Breathe out slowly, and notice your body.
sh-grounding-2 = Now look around you. Quietly name five things you can see. Then notice two sounds you can hear.
sh-grounding-3 = Notice where you are and what you are doing right now. Difficult thoughts and feelings may still be there, and that is all right. You are here, and you are breathing.
sh-unhooking-1 = Difficult thoughts can hook us like a fish and pull us away from what we are doing. First, notice the thought. Then name it, quietly: “I am having the thought that…”, or just “here is a worry”.
sh-unhooking-2 = Now bring your attention back: to your body, the place around you, the people with you, what you are doing. You can unhook like this many times a day.
sh-room-1 = When a painful feeling comes, notice where it is in your body: your chest, your throat, your stomach. Look at it with curiosity, as if you had never felt it before. If this feels like too much, stop and look around you instead.
sh-room-2 = Breathe slowly into it, and let it be there. You do not have to like it. Feelings come and go like weather in the sky.
sh-kind-1 = Think of what you would say to a good friend in your situation. Now say the same kind words to yourself, in your own language.
sh-kind-2 = Small kind acts help too: greet someone, share something, help someone near you. Being kind to others can lift your own mood.
sh-values-1 = Even in hard times you can choose what kind of person you want to be. Think of one thing that matters to you, for example being caring, brave, patient or a good friend.
sh-values-2 = Choose one small action today that fits it, even a tiny one: call someone, help someone, learn a new word. Small steps count.
sh-check-in = How do you feel now?
sh-opt-better = A little better
    .keywords = better
sh-opt-same = About the same
    .keywords = same
sh-opt-worse = Worse
    .keywords = worse, bad
sh-better = Good. You can come back to this at any time, as often as you like.
sh-same = That is all right. These skills get easier with practice. You can try another one, or talk to someone.
sh-worse = Thank you for telling me. It can help to talk to a person.
sh-opt-another = Another exercise
    .keywords = another, exercise
sh-opt-talk = Someone to talk to
    .keywords = talk, person
sh-opt-crisis = I am thinking of hurting myself
sh-normal-1 = After very hard events, many people feel afraid, sad, angry, numb or very tired. Many have trouble sleeping, or think again and again about what happened.
sh-normal-2 = These are common reactions to very hard events. They do not mean that something is wrong with you. For many people they get better with time, rest and support from others.
sh-sleep-1 = Sleep can be hard when you are worried or in a new place. If you can, go to sleep and wake up at about the same times, and avoid coffee, tea and energy drinks in the evening.
sh-sleep-2 = Before sleeping, put your phone away for a while and try the calming exercise. If worries keep you awake, tell yourself you will think about them tomorrow.
sh-get-help = Please ask a person for help if your feelings are very strong, do not get better with time, or stop you from eating, sleeping or caring for yourself or others. If you think about hurting yourself, talk to someone now.
sh-talk-intro = You can talk to these services:
sh-talk-none = I have no service for this in this country yet. A person you trust can also help. For urgent help, write “SOS”.

## Urgent help (flows/urgent.yaml)

urgent-intro = If you are in danger now, call an emergency number:
urgent-opt-other-country = Another country
crisis-intro = Thank you for telling me. I am an automated service, and your safety matters. Please talk to a person now. Feelings like this can change, and help is available. You do not have to go through this alone. If a line does not answer or does not speak your language, call the ambulance or emergency number.
crisis-no-line = I do not have an emotional support line for this country yet. If you might act on these thoughts, call the ambulance or emergency number below now, or go to the nearest hospital. If you can, stay with someone you trust and tell them how you feel.
crisis-call-now = If you might act on these thoughts now, call an ambulance:
crisis-which-country = Which country are you in? Choose it, and I will show the lines there.
crisis-opt-talk = Someone to talk to
    .keywords = talk, person
