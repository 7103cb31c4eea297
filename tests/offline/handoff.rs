//! Consented hand-off in the engine: only the "yes" option yields a referral, with the need
//! and the person's language; nothing of it stays in the session; `check` catches a hand-off
//! to a service or need that does not exist.

use std::path::Path;
use std::sync::Arc;

use putokaz::config::Config;
use putokaz::content::{Content, Sources};
use putokaz::engine::{Channel, Input, Referral};

use crate::common::{self, check, copy_content, edit, stdout};

/// The bundled content with the hand-off fixture flow behind the main menu's sixth option.
fn with_handoff(dir: &Path) {
    copy_content(dir);
    std::fs::copy(
        common::root().join("tests/fixtures/handoff.yaml"),
        dir.join("flows/handoff-demo.yaml"),
    )
    .unwrap();
    edit(
        &dir.join("flows/main.yaml"),
        "go: about",
        "flow: handoff-demo",
    );
}

fn load(dir: &Path) -> Arc<Content> {
    let config = Config {
        flows: dir.join("flows"),
        locales: dir.join("locales"),
        ..Config::default()
    };
    let loaded = Content::load(&Sources::from_config(&config));
    Arc::new(loaded.content.expect("the content checks"))
}

#[test]
fn only_yes_refers_and_the_session_keeps_nothing_of_it() {
    let dir = tempfile::tempdir().unwrap();
    with_handoff(dir.path());
    let engine = common::engine(load(dir.path()), Some("fa"));
    let mut session = None;
    for input in ["hi", "6"] {
        let step = engine.step(session, input, 0);
        assert_eq!(step.referral, None);
        session = step.session;
    }
    let no = engine.step(session.clone(), "2", 0);
    assert_eq!(no.referral, None, "a no refers nothing");
    let yes = engine.step(session, "۱", 0);
    assert_eq!(
        yes.referral,
        Some(Referral {
            service: "rs-idc-psychosocial".into(),
            need: Some("psychosocial".into()),
            locale: "fa".into(),
            channel: putokaz::engine::Channel::Direct,
        })
    );
    let stored = serde_json::to_string(&yes.session).unwrap();
    assert!(
        !stored.contains("rs-idc"),
        "the session keeps the referral: {stored}"
    );
}

#[test]
fn the_offer_says_what_the_worker_will_see_in_the_app_the_person_writes_from() {
    let dir = tempfile::tempdir().unwrap();
    with_handoff(dir.path());
    let engine = common::engine(load(dir.path()), Some("en"));
    for (channel, shares, not) in [
        (
            Channel::Direct,
            "handoff-shares-direct",
            "handoff-shares-relayed",
        ),
        (
            Channel::Relayed,
            "handoff-shares-relayed",
            "handoff-shares-direct",
        ),
    ] {
        let mut session = None;
        let mut offer = None;
        for input in ["hi", "6"] {
            let step = engine.step(session, Input::text(input).on(channel), 0);
            offer = Some(step.replies);
            session = step.session;
        }
        let ids = offer.unwrap().message_ids().join(" ");
        assert!(
            ids.contains(shares) && !ids.contains(not),
            "{channel:?}: {ids}"
        );
        // Said before the options, so the person reads it before choosing.
        assert!(ids.find(shares) < ids.find("handoff-opt-yes"), "{ids}");
        let yes = engine.step(session, Input::text("1").on(channel), 0);
        assert_eq!(yes.referral.map(|r| r.channel), Some(channel));
    }
}

#[test]
fn a_handoff_to_an_unknown_service_or_need_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    with_handoff(dir.path());
    let flow = dir.path().join("flows/handoff-demo.yaml");
    edit(
        &flow,
        "service: rs-idc-psychosocial",
        "service: rs-idc-psychosocail",
    );
    edit(&flow, "need: psychosocial", "need: therapy");
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("handoff-demo.yaml:14"), "{text}");
    assert!(text.contains("rs-idc-psychosocial"), "did you mean: {text}");
    assert!(text.contains("`therapy` is not a category"), "{text}");
}

#[test]
fn with_a_matrix_config_a_handoff_without_a_referral_room_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    with_handoff(dir.path());
    let config = dir.path().join("putokaz.toml");
    let write = |rooms: &str| {
        let text = format!(
            "flows = {:?}\nlocales = {:?}\n[matrix]\nhomeserver = \"http://127.0.0.1:1\"\nuser = \"bot\"\n[matrix.referral_rooms]\n{rooms}",
            dir.path().join("flows"),
            dir.path().join("locales"),
        );
        std::fs::write(&config, text).unwrap();
    };
    let check_with_config = || {
        common::putokaz()
            .arg("check")
            .arg("--config")
            .arg(&config)
            .output()
            .unwrap()
    };
    let run = || {
        let output = check_with_config();
        assert_eq!(output.status.code(), Some(0));
        stdout(&output)
    };
    write("rs-idc = \"!a:localhost\"\n");
    let text = run();
    assert!(
        text.contains(
            "`offer` offers a hand-off to `rs-idc-psychosocial`, which has no referral room"
        ),
        "{text}"
    );
    assert!(text.contains("handoff-demo.yaml:8"), "{text}");
    assert!(
        text.contains("names `rs-idc`, which is not in the directory"),
        "{text}"
    );
    write("rs-idc-psychosocial = \"!a:localhost\"\n");
    let text = run();
    assert!(!text.contains("referral"), "{text}");

    // A broken node beside a hand-off gives its diagnostic, not a crash of the room check.
    edit(
        &dir.path().join("flows/main.yaml"),
        "go: language-menu",
        "go: nowhere",
    );
    let output = check_with_config();
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(stdout(&output).contains("nowhere"));
}
