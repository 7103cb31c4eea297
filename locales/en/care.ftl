## Care for the helpers (flows/care.yaml), opened with `!care` by peer volunteers and NGO
## workers, not by the people they help. Plain words, one phone screen a message.
##
## Sources, all read 2026-12-03 (full list and what each page rests on: flows/care.yaml):
## - WHO, War Trauma Foundation and World Vision International, "Psychological first aid:
##   Guide for field workers", WHO, 2011, chapter "Caring for yourself and your colleagues",
##   https://www.healthyfieldworker.org/psychological-first-aid-guide/
## - IFRC Reference Centre for Psychosocial Support, "Caring for Volunteers: A Psychosocial
##   Support Toolkit", IFRC PS Centre, 2012,
##   https://docslib.org/doc/1586651/caring-for-volunteers-a-psychosocial-support-toolkit
## - Antares Foundation, "Managing stress in humanitarian workers: Guidelines for good
##   practice", 3rd edition, 2012, https://www.antaresfoundation.org/guidelines
## - IFRC, "Managing stress in the field", 2001, "Cumulative stress",
##   http://helid.digicollection.org/en/d/Js2897e/3.html
## - ICRC, "Humanitarian action and armed conflict: Coping with stress", 1992,
##   https://docslib.org/doc/3811878/humanitarian-action-and-armed-conflict-coping-with-stress
## - WHO, "Doing What Matters in Times of Stress", 2020 (grounding),
##   https://studylib.net/doc/27096400/unwhostress
## Never add a phone number, address or organisation here: support points to the helper's own
## coordinator and organisation, and to the psychosocial services the bot lists.

care-menu-prompt = This is for you, the helper. Listening to people in distress, day after day, can wear you down too. That is a natural human reaction, not a weakness. What would you like to read?
care-opt-signs = Signs of stress in me
    .keywords = signs, stress, tired
care-opt-limits = My limits as a helper
    .keywords = limits, boundaries, promise, promises
care-opt-after = After a hard conversation
    .keywords = after, hard conversation, difficult conversation
care-opt-support = Support for me
    .keywords = support, coordinator, supervisor
care-opt-menu = Other pages for helpers
    .keywords = other, other pages, helper, helpers, care
care-opt-done = Finish
    .keywords = finish, done, end, thanks, thank you
care-opt-services = Psychosocial services
    .keywords = services, psychosocial, psychologist, counselling, counseling

# [PFA] hearing about other people's pain affects helpers; [CFV] volunteers may live the same
# losses as the people they help; [MSF] the key is a change in behaviour.
care-signs-1 = Hearing about other people’s pain again and again can affect you. It can be harder when you have lived through the same losses as the people you help. Stress often shows first as a change in how you feel or act.
# [MSF] signs of cumulative stress; [CFV] feeling inadequate; [CFVT] recognise signs of stress
# and take care of yourself and each other.
care-signs-2 = Signs to notice in yourself: feeling tired all the time, sleeping badly or having nightmares, headaches, eating much more or much less, getting angry quickly, mood swings, worry, guilt, forgetting things, feeling you never do enough, or no longer caring about anything. These are common reactions. If you notice them, rest, and talk to your coordinator.

# [PFA] many problems; feeling inadequate or frustrated; not responsible for solving them all.
care-limits-1 = The people you help may have many problems. You cannot solve all of them, and that is not your responsibility alone. Feeling frustrated or not good enough is common. Do what you can, and link people to services that can do more.
# PFA ethics (no false promises); [PFA] reasonable hours, regular rest; [ANT] your own limits,
# supervision; handing over to another helper (PFA, as summarised by TRAFFIR).
care-limits-2 = Promise only what you know you can do. Do not promise papers, money, a place to stay or how a case will end. Keep reasonable hours and take regular breaks. Tell your coordinator about hard cases. If a case is too much for you, or outside your role, you may pass it on to a colleague or a service.

# [PFA] take time to eat, rest and relax, even for short periods; what helped you cope before;
# [DWM] breathe out slowly, feet on the floor.
care-after-1 = After a hard conversation, stop for a few minutes before the next one. Breathe out slowly, feel your feet on the floor and look around you. Eat something, drink some water and rest, even for a short time. Think of what has helped you cope before, and do one of those things.
# [ICRC] share your feelings with others; [PFA] support and be supported by fellow helpers,
# share the workload; PFA ethics (keep the person's story confidential).
care-after-2 = Talk about how you feel with your coordinator or another helper. Leave out the person’s name and anything that could show who they are. Then do something restful, or something you enjoy. If you need to stop for today, say so: someone else can take over.

# [ANT] staff care and ongoing support; [CFV] peer support; [PFA] fellow helpers.
care-support-1 = You do not have to carry this alone. Support for helpers can come from your coordinator or supervisor, from your organisation’s staff care or supervision if it has them (your coordinator can tell you), and from other helpers: check in with each other and ask how you are doing.
# The signs of sh-get-help (flows/selfhelp.yaml, PFA and WHO); the services are the
# directory's own (the option below), no other line is named.
care-support-2 = Ask for more help if the stress is very strong, does not get better with rest, or stops you from sleeping, eating or doing your work. Your coordinator can help you find it. You can also talk to one of the psychosocial services the bot lists. If you are in danger, write “SOS”.

# [CFV] "put on your own oxygen mask first"; PFA (TRAFFIR): take care of yourself so that you
# can best care for others.
care-done = Thank you for the care you give to others. Caring for yourself is part of helping well. You can come back to these pages at any time.
