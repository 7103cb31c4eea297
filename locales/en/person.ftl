## Talking with a person: a worker or peer volunteer of a team answers in this chat, through
## the bot. Neither side sees who the other is. Sent by the bot itself (see docs/teams.md).
## $team is the team's own name, as the configuration writes it.

## Typed as the whole message, from anywhere: the bot offers a person.
intent-person = Talk to a person
    .keywords = talk to a person, a person, human, real person, a human, talk to a human, worker, volunteer, a worker
## "Bot" brings the bot back from a conversation with a worker (and, outside one, its menu).
intent-bot = Bot
    .keywords = bot, the bot, back to bot, back to the bot
## More words that end a conversation with a worker, counted only during one (elsewhere
## "stop" stops an exercise).
person-stop = Stop
    .keywords = stop, end, finish

## Before asking, say exactly what the worker will see, and what they will not.
person-consent = A worker or volunteer can talk with you here, in this chat. I pass on your messages. They will see only a case number, your language, what you need help with and your country (if you told me), and what you write from now on. They will not see your name, your number or your account, and you will not see theirs. I do not keep what you write. Do you want to talk to a person?
person-opt-yes = Yes, I want to talk to a person
    .keywords = yes, ok
person-opt-no = No, thank you
    .keywords = no
person-declined = That is fine. I shared nothing.
person-none = Sorry, nobody can talk with you in your language here yet. The services I list can help you: their contacts are in the menu.
person-waiting = I have asked the { $team } team. A person will answer here as soon as they can. What you write now reaches them. To stop and come back to me, write “bot”.
person-closed = The { $team } team is closed now. A person can answer from { $when } at { $time } ({ $place } time), in about { $hours } hours. Your request waits for them, and what you write reaches them then. To stop and come back to me, write “bot”.
person-closed-urgent = If you need help now, do not wait: call one of these.
person-joined = A worker from { $team } is here now and reads what you write. You can write to them.
person-back-to-bot = You are talking with me, the bot, again. I told the worker. Write “talk to a person” at any time to ask again.
person-ended-done = The worker from { $team } has closed the conversation. You are talking with me, the bot, again. Write “talk to a person” at any time to ask again.
person-ended-idle = Nobody wrote for a while, so the conversation with the worker has ended. You are talking with me, the bot, again. Write “talk to a person” at any time to ask again.
person-text-only = The worker can read only written messages: please write what you want to say.

## Days, for "a person can answer from { $when }".
day-today = today
day-tomorrow = tomorrow
day-mon = Monday
day-tue = Tuesday
day-wed = Wednesday
day-thu = Thursday
day-fri = Friday
day-sat = Saturday
day-sun = Sunday

## The menu option, at the end of the main menu, the crisis answer and the self-checks. Shown
## only when a team takes the person (in the crisis answer, only while it is on duty).
common-talk-to-person = Talk to a person

## The person said yes, but the bot could not open their request (its store failed).
person-failed = Sorry, I could not reach the team just now. Nothing was shared. Please try again later. If it is urgent, write “SOS”.
