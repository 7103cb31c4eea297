//! "Talk to a person" in the engine: the offer appears only when a team takes the person, says
//! what the worker will see, and opens a case only on yes; while the person talks with a
//! worker the bot passes their words on and answers only urgent words and "bot"; out of hours
//! the person learns when, in the team's time, and gets urgent numbers at once.

use std::sync::Arc;

use putokaz::engine::{Attachment, CaseRequest, Channel, EndedBy, Engine, Input, Settings};
use putokaz::teams::{TeamConfig, Teams};

use crate::common;

/// Seconds since the epoch of a wall-clock time in Belgrade.
fn belgrade(text: &str) -> u64 {
    let zone = jiff::tz::TimeZone::get("Europe/Belgrade").unwrap();
    let at = text
        .parse::<jiff::civil::DateTime>()
        .unwrap()
        .to_zoned_datetime(zone)
        .unwrap();
    at.timestamp().as_second() as u64
}

/// Thursday noon, when the weekday team is on duty; Saturday noon, when it is not.
fn thursday() -> u64 {
    belgrade("2026-12-03T12:00")
}
fn saturday() -> u64 {
    belgrade("2026-12-05T12:00")
}

fn engine_with(teams: &[TeamConfig], locale: &str) -> Engine {
    Engine::new(
        common::bundled(),
        Settings {
            preset_locale: Some(locale.into()),
            teams: Arc::new(Teams::from_config(teams).unwrap()),
            ..Settings::default()
        },
    )
}

fn weekday_team() -> TeamConfig {
    TeamConfig {
        id: "peers".into(),
        name: "Peer Team".into(),
        languages: vec!["ar".into(), "en".into()],
        needs: vec![],
        time_zone: "Europe/Belgrade".into(),
        hours: vec!["mon-fri 09:00-17:00".into()],
        closed: vec![],
        fallback: false,
    }
}

/// The session after saying each input in turn at `now`.
fn after(engine: &Engine, inputs: &[&str], now: u64) -> Option<putokaz::engine::Session> {
    let mut session = None;
    for input in inputs {
        session = engine.step(session, *input, now).session;
    }
    session
}

#[test]
fn without_a_team_for_the_person_nothing_is_offered_and_asking_is_answered_plainly() {
    let engine = engine_with(&[], "en");
    let menu = engine.step(None, "hi", thursday());
    assert!(
        !menu
            .replies
            .message_ids()
            .contains(&"common-talk-to-person"),
        "{:?}",
        menu.replies.message_ids()
    );
    let asked = engine.step(menu.session, "talk to a person", thursday());
    assert!(asked.replies.message_ids().contains(&"person-none"));
    assert_eq!(asked.case, None);

    // A team that speaks other languages only does not take a Bengali speaker.
    let engine = engine_with(&[weekday_team()], "bn");
    let menu = engine.step(None, "hi", thursday());
    assert!(
        !menu
            .replies
            .message_ids()
            .contains(&"common-talk-to-person")
    );
}

#[test]
fn consent_says_what_the_worker_sees_and_only_yes_opens_a_case() {
    let engine = engine_with(&[weekday_team()], "ar");
    let menu = engine.step(None, "hi", thursday());
    let ids = menu.replies.message_ids();
    assert_eq!(ids.last(), Some(&"common-talk-to-person"), "{ids:?}");
    let number = ids.iter().filter(|id| id.starts_with("main-opt-")).count() + 1;
    let offer = engine.step(menu.session, number.to_string().as_str(), thursday());
    assert_eq!(
        offer.replies.message_ids(),
        ["person-consent", "person-opt-yes", "person-opt-no"]
    );
    let no = engine.step(offer.session.clone(), "2", thursday());
    assert_eq!(no.case, None);
    assert!(no.replies.message_ids().contains(&"person-declined"));
    assert_eq!(no.session.unwrap().with_team, None);

    let yes = engine.step(offer.session, "١", thursday());
    assert_eq!(
        yes.case,
        Some(CaseRequest {
            team: "peers".into(),
            locale: "ar".into(),
            need: None,
            country: None,
            on_duty: true,
        })
    );
    assert_eq!(yes.replies.message_ids(), ["person-waiting"]);
    assert!(
        yes.replies.items.iter().any(|r| matches!(r,
            putokaz::engine::reply::Reply::Text(t) if t.text.contains("Peer Team"))),
        "the person reads the team's name"
    );
    assert_eq!(yes.session.unwrap().with_team.as_deref(), Some("peers"));
}

#[test]
fn while_with_a_worker_words_are_passed_on_and_only_urgent_words_and_bot_are_answered() {
    let engine = engine_with(&[weekday_team()], "en");
    let now = thursday();
    let with_worker = after(&engine, &["hi", "talk to a person", "1"], now);
    assert!(with_worker.as_ref().unwrap().with_team.is_some());

    let said = engine.step(with_worker.clone(), "my landlord took my passport", now);
    assert!(said.relay, "the words go to the worker");
    assert!(said.replies.items.is_empty(), "the bot stays quiet");
    let stored = serde_json::to_string(&said.session).unwrap();
    assert!(!stored.contains("passport"), "no words are kept: {stored}");

    // "1" is the worker's business now, not a menu choice.
    let number = engine.step(said.session.clone(), "1", now);
    assert!(number.relay && number.replies.items.is_empty());

    let crisis = engine.step(said.session.clone(), "I want to kill myself", now);
    assert!(crisis.relay, "the worker reads it too");
    assert!(
        crisis.replies.message_ids().contains(&"crisis-intro"),
        "{:?}",
        crisis.replies.message_ids()
    );
    assert!(
        crisis.session.unwrap().with_team.is_some(),
        "the worker stays"
    );

    let voice = engine.step(
        said.session.clone(),
        Input {
            text: "",
            attachment: Some(Attachment::Voice),
            channel: Channel::Relayed,
        },
        now,
    );
    assert!(voice.relay);
    assert_eq!(voice.replies.message_ids(), ["person-text-only"]);

    for word in ["bot", "stop", "menu"] {
        let back = engine.step(said.session.clone(), word, now);
        assert!(back.person_ended, "{word}");
        assert!(!back.relay, "{word} is for the bot");
        let ids = back.replies.message_ids();
        assert_eq!(ids.first(), Some(&"person-back-to-bot"), "{word}: {ids:?}");
        assert!(ids.contains(&"main-menu-prompt"), "{word}: {ids:?}");
        assert_eq!(back.session.unwrap().with_team, None);
    }

    // "Forget me" still forgets, and says nothing to the worker.
    let forget = engine.step(said.session, "forget me", now);
    assert!(forget.session.is_none() && !forget.relay);
}

#[test]
fn out_of_hours_the_person_learns_when_and_gets_urgent_numbers_at_once() {
    let engine = engine_with(&[weekday_team()], "en");
    let yes = engine.step(
        after(&engine, &["hi", "talk to a person"], saturday()),
        "1",
        saturday(),
    );
    let case = yes.case.expect("the case waits in the queue");
    assert!(!case.on_duty);
    let ids = yes.replies.message_ids();
    assert_eq!(
        ids[..2],
        ["person-closed", "person-closed-urgent"],
        "{ids:?}"
    );
    assert!(
        ids.iter()
            .any(|id| id.contains("emergency") || id.contains("112")),
        "emergency numbers: {ids:?}"
    );
    let said = putokaz::render::plain(&yes.replies).replace(['\u{2068}', '\u{2069}'], "");
    assert!(said.contains("Monday at 09:00 (Belgrade time)"), "{said}");
    assert!(said.contains("about 45 hours"), "{said}");
}

#[test]
fn the_crisis_answer_offers_a_person_only_while_the_team_is_on_duty() {
    let engine = engine_with(&[weekday_team()], "en");
    for (now, offered) in [(thursday(), true), (saturday(), false)] {
        let session = after(&engine, &["hi", "4"], now).map(|mut s| {
            s.choices.insert("country".into(), "RS".into());
            s
        });
        let crisis = engine.step(session, "I want to die", now);
        assert_eq!(
            crisis
                .replies
                .message_ids()
                .contains(&"common-talk-to-person"),
            offered,
            "{:?}",
            crisis.replies.message_ids()
        );
    }
}

#[test]
fn a_worker_closing_brings_the_bot_back_with_a_note_and_a_retry_says_the_same() {
    let engine = engine_with(&[weekday_team()], "en");
    let with_worker = after(&engine, &["hi", "talk to a person", "1"], thursday());
    let done = engine.person_ended(with_worker, EndedBy::Worker, "Peer Team", thursday());
    let session = done.session.clone().unwrap();
    assert_eq!(session.with_team, None);
    assert_eq!(done.replies.message_ids()[0], "person-ended-done");
    let again = engine.person_ended(done.session, EndedBy::Worker, "Peer Team", thursday());
    assert_eq!(again.replies, done.replies, "a retry says the same words");
    let silent = engine.person_ended(Some(session), EndedBy::Silence, "Peer Team", thursday());
    assert_eq!(silent.replies.message_ids()[0], "person-ended-idle");
}

#[test]
fn an_urgent_word_drops_a_question_in_hand_so_a_later_1_never_erases_or_opens_a_case() {
    let engine = engine_with(&[weekday_team()], "en");
    let now = thursday();
    let asked_erase = after(&engine, &["hi", "erase"], now);
    assert!(asked_erase.as_ref().unwrap().confirming_erase);
    let crisis = engine.step(asked_erase, "I want to die", now);
    let one = engine.step(crisis.session, "1", now);
    assert!(
        !one.erase && one.session.is_some(),
        "a 1 after the crisis answer erased"
    );

    let asked_person = after(&engine, &["hi", "talk to a person"], now);
    assert!(asked_person.as_ref().unwrap().confirming_person);
    let sos = engine.step(asked_person, "SOS", now);
    let one = engine.step(sos.session, "1", now);
    assert_eq!(
        one.case, None,
        "a 1 after the emergency answer opened a case"
    );
}
