//! The engine on its own: pure, never silent, never panicking, whatever a person sends.

use crate::common;

use std::sync::Arc;

use putokaz::content::Content;
use putokaz::engine::reply::Reply;
use putokaz::engine::{Engine, Position, Session, Settings};
use putokaz::render;

fn content() -> Arc<Content> {
    common::bundled()
}

fn engine(locale: Option<&str>) -> Engine {
    common::engine(content(), locale)
}

/// Strange inputs people (and phones) really send.
fn strange_inputs() -> Vec<String> {
    let mut inputs: Vec<String> = [
        "",
        " ",
        "\u{200F}\u{2067}\u{2069}",
        "\u{0000}\u{0007}\u{001B}[31m",
        "١٢٣٤٥٦٧٨٩٠",
        "۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹",
        "99999999999999999999999",
        "-1",
        "0.5",
        "🙂🙂🙂",
        "\u{FDFD}",
        "ـــــ",
        "َُِ",
        "<b>menu</b>",
        "{ $count }",
        "back back back",
        "\u{202E}unem",
        "ক্ষ্মা",
        "Ελληνικά",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    inputs.push("a".repeat(1_000_000));
    inputs.push("سلام ".repeat(100_000));
    inputs.push("\u{0301}".repeat(50_000));
    inputs
}

#[test]
fn every_input_in_every_state_gets_a_bounded_reply() {
    let engine = engine(None);
    let inputs = strange_inputs();
    let script = [
        "hi", "1", "1", "1", "2", "3", "1", "2", "back", "menu", "2", "1",
    ];
    let mut session: Option<Session> = None;
    let mut now = 1_000;
    for step in script {
        for input in &inputs {
            now += 1;
            let transition = engine.step(session.clone(), input, now);
            assert!(
                !transition.replies.items.is_empty(),
                "silent on {:?}",
                &input[..input.len().min(20)]
            );
            let text = render::plain(&transition.replies);
            assert!(text.len() < 20_000, "reply of {} bytes", text.len());
            assert!(!text.contains("{$") && !text.contains("{ $"), "{text}");
        }
        session = engine.step(session, step, now).session;
    }
}

#[test]
fn the_engine_is_pure() {
    let engine = engine(Some("ar"));
    let mut session = None;
    for input in ["hi", "1", "1", "1"] {
        let a = engine.step(session.clone(), input, 5_000);
        let b = engine.step(session.clone(), input, 5_000);
        assert_eq!(a.replies, b.replies);
        assert_eq!(a.session, b.session);
        session = a.session;
    }
}

#[test]
fn typed_text_is_never_stored_in_the_session() {
    let engine = engine(Some("en"));
    let mut session = None;
    for input in ["hi", "2", "1", "I need a lawyer near zebracorn street"] {
        session = engine.step(session, input, 10).session;
    }
    let stored = serde_json::to_string(&session.unwrap()).unwrap();
    assert!(!stored.contains("zebracorn"), "{stored}");
    assert!(
        stored.contains("legal"),
        "the routed choice is kept: {stored}"
    );
}

#[test]
fn a_vanished_node_lands_gently_on_the_main_menu() {
    let engine = engine(Some("en"));
    let mut session = Session::new(0);
    session.locale = Some("en".into());
    session.at = Some(Position {
        flow: "awareness".into(),
        node: "removed-in-an-edit".into(),
    });
    let transition = engine.step(Some(session), "1", 10);
    let ids = transition.replies.message_ids();
    assert!(ids.contains(&"content-changed"), "{ids:?}");
    assert!(ids.contains(&"main-menu-prompt"), "{ids:?}");
}

#[test]
fn back_remembers_a_bounded_number_of_steps() {
    let engine = engine(Some("en"));
    let mut session = None;
    // Loop "another need" many times; the back stack must not grow without bound.
    for input in ["hi", "2", "1", "nothing matches this"] {
        session = engine.step(session, input, 10).session;
    }
    for _ in 0..50 {
        session = engine.step(session, "1", 10).session; // a need from the menu
        session = engine.step(session, "1", 10).session; // "another need"
    }
    assert!(session.unwrap().back.len() <= putokaz::engine::session::MAX_BACK);
}

#[test]
fn the_idle_restart_is_configurable() {
    let engine = Engine::new(
        content(),
        Settings {
            idle_restart_secs: 60,
            preset_locale: Some("en".into()),
            ..Settings::default()
        },
    );
    let mut session = None;
    for input in ["hi", "1"] {
        session = engine.step(session, input, 0).session;
    }
    let soon = engine.step(session.clone(), "1", 30);
    assert!(soon.replies.message_ids().contains(&"offer-intro"));
    let later = engine.step(session, "1", 61);
    assert!(later.replies.message_ids().contains(&"welcome-back"));
}

#[test]
fn emergency_cards_carry_the_country_numbers() {
    let engine = engine(Some("en"));
    let mut session = None;
    for input in ["hi", "4", "1"] {
        session = engine.step(session, input, 0).session;
    }
    let transition = engine.step(session, "sos", 1);
    let phones: Vec<String> = transition
        .replies
        .items
        .iter()
        .filter_map(|r| match r {
            Reply::Card(card) => Some(
                card.lines
                    .iter()
                    .map(|l| l.value.clone())
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(phones.contains(&"192".to_string()), "{phones:?}");
    assert!(
        phones.contains(&"+381 11 7850000".to_string()),
        "{phones:?}"
    );
    assert!(
        !phones.contains(&"122".to_string()),
        "Bosnian numbers for Serbia: {phones:?}"
    );
}

#[test]
fn emergency_words_next_to_emoji_or_late_in_long_messages_are_seen() {
    let engine = engine(Some("en"));
    let long = format!("{}sos", "please ".repeat(2_000));
    // At the end of 40 KB, as long a message as anyone pastes: still seen.
    let longer = format!("{}sos", "please help ".repeat(3_400));
    assert!(longer.len() > 40_000);
    for input in ["SOS🆘", "help me now😭", long.as_str(), longer.as_str()] {
        let transition = engine.step(None, input, 0);
        assert!(
            transition
                .replies
                .message_ids()
                .contains(&"emergency-intro"),
            "missed: {:?}",
            &input[..input.len().min(30)]
        );
    }
}

#[test]
fn urgent_words_are_recognised_in_any_language_for_flood_control() {
    let engine = common::engine(content(), None);
    for urgent in ["SOS", "help! I want to die", "أريد أن أموت", "پلیس"] {
        assert!(engine.is_urgent(urgent), "{urgent}");
    }
    for ordinary in ["hello", "I need a lawyer", "1"] {
        assert!(!engine.is_urgent(ordinary), "{ordinary}");
    }
}

/// The services an answer shows, in order.
fn shown(engine: &Engine, session: Session, input: &str) -> Vec<String> {
    engine
        .step(Some(session), input, 10)
        .replies
        .message_ids()
        .into_iter()
        .map(str::to_string)
        .collect()
}

fn place(ids: &[String], id: &str) -> usize {
    ids.iter()
        .position(|i| i == id)
        .unwrap_or_else(|| panic!("{id} not in {ids:?}"))
}

#[test]
fn a_crisis_answer_leads_with_someone_to_talk_to_and_shows_nothing_else() {
    let engine = engine(Some("en"));
    let mut session = Session::new(0);
    session.locale = Some("en".into());
    session.choices.insert("country".into(), "RS".into());
    let ids = shown(&engine, session, "i dont want to live anymore");
    assert!(
        place(&ids, "rs-centar-srce") < place(&ids, "rs-emergency"),
        "{ids:?}"
    );
    assert!(place(&ids, "rs-national-suicide-line") < place(&ids, "rs-emergency"));
    for other in ["rs-astra-sos", "rs-bchr-asylum", "rs-ideas-legal"] {
        assert!(
            !ids.iter().any(|i| i == other),
            "{other} in a crisis answer: {ids:?}"
        );
    }
}

#[test]
fn hotlines_for_someone_at_risk_start_with_the_ngo_line_not_the_police() {
    let engine = engine(Some("en"));
    let mut session = Session::new(0);
    session.locale = Some("en".into());
    session.at = Some(Position {
        flow: "safe-now".into(),
        node: "ask-country".into(),
    });
    let ids = shown(&engine, session, "1");
    assert!(
        place(&ids, "rs-astra-sos") < place(&ids, "rs-emergency"),
        "{ids:?}"
    );
}
