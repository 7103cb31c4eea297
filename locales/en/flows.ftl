## Main menu (flows/main.yaml)

main-menu-prompt = Hello. I am Putokaz, an automated guide. I can give you information and contacts. What would you like to do?
main-opt-awareness = Am I safe where I am now?
    .keywords = safe, safety, am i safe
main-opt-services = Find a service
    .keywords = service, services, find
main-opt-urgent = Urgent help
    .keywords = urgent, hotline, hotlines
main-opt-language = Change language
main-opt-about = About this service and your privacy
    .keywords = about, privacy
about-text =
    Putokaz is an automated service, not a person. It cannot help in an emergency by itself: call an emergency number.
    It remembers only your language, where you are in the menus and your answers to its questions, never your messages. After 30 days without use it forgets everything. Write “forget me” at any time to delete it now.

## Self-check (flows/awareness.yaml)

aw-intro = Some situations can be unsafe even when they started as a normal job or trip. I will ask three short questions. You can skip any question, and you do not have to give any details.
aw-opt-start = Start
    .keywords = begin, ok
aw-q-documents = Has someone taken your passport or ID and not given it back when you asked?
aw-q-debt = Do you owe money to an employer or a person who helped you travel, and does the debt keep growing?
aw-q-leave = Can you leave your work or the place where you stay whenever you want?
aw-result-signs =
    { $count ->
        [one] You answered one question in a way that can be a warning sign.
       *[other] You answered { $count } questions in a way that can be warning signs.
    } Even one sign can be enough to talk to someone. This is not a diagnosis, and you decide what to do.
aw-not-your-fault = If someone is taking advantage of you, it is not your fault.
aw-hotlines-intro = These lines are free. You can talk to a person there:
aw-result-none = Thank you. Your answers do not show these warning signs. If anything changes, or if you are worried, you can always talk to someone.
aw-opt-find-service = Find a service near me

## Finding a service (flows/services.yaml)

svc-ask-country = Which country are you in now?
svc-ask-need = What do you need help with? Write it in a few words, for example “lawyer” or “someone to talk to”.
svc-need-not-recognised = Please choose what you need:
need-psychosocial = Someone to talk to (psychosocial support)
    .keywords = talk, stress, sad, psychologist, counselling, counseling, psychosocial, mental health
need-legal = Legal help or asylum
    .keywords = lawyer, legal, asylum, papers, documents, rights
need-lgbti = Support for LGBTI+ people
    .keywords = lgbt, lgbti, lgbtq, gay, lesbian, trans, queer, bisexual
need-trafficking = Exploitation or trafficking
    .keywords = trafficking, exploitation, forced work, smuggler
svc-results-intro = Here is what I found:
svc-none = I found no service for this need in this country yet. The urgent help numbers work everywhere: write “SOS”.
svc-opt-other-need = Another need
svc-opt-other-country = Another country

## Urgent help (flows/urgent.yaml)

urgent-intro = If you are in danger now, call an emergency number. These contacts are free:
urgent-opt-other-country = Another country
