//! Volunteer commands on the bundled directory: search in any language, cards ready to
//! forward in the person's language, and clear notes for mistakes.

use putokaz::render;
use putokaz::volunteer::{Answer, Command, answer};

use crate::common;

fn ask(body: &str) -> Answer {
    let engine = common::engine(common::bundled(), None);
    answer(&engine, &Command::parse(body).expect("a volunteer command"))
}

fn note(body: &str) -> String {
    match ask(body) {
        Answer::Note(text) => text,
        other => panic!("{body}: expected a note, got {other:?}"),
    }
}

#[test]
fn find_searches_in_every_bundled_language() {
    for query in [
        "!find lgbti serbia",
        "!find مجتمع الميم صربيا",
        "!find دگرباش صربستان",
    ] {
        let found = note(query);
        assert!(found.contains("rs-idc-psychosocial"), "{query}: {found}");
        assert!(!found.contains("rs-bchr-asylum"), "{query}: {found}");
    }
    let legal = note("!find lawyer in Serbia");
    assert!(legal.contains("rs-bchr-asylum"), "{legal}");
    assert!(!legal.contains("mk-unhcr-helpline"), "{legal}");
    assert!(note("!find zzzz").starts_with("Nothing found"));
    assert!(note("!find").contains("a few words"));
}

#[test]
fn a_card_comes_in_the_asked_language_and_a_draft_is_named() {
    let Answer::Card { card, note } = ask("!card rs-bchr-asylum ar") else {
        panic!("no card");
    };
    let text = render::plain(&card);
    assert!(text.contains("Belgrade Centre for Human Rights"), "{text}");
    assert!(text.contains("مجاني"), "the labels are in Arabic: {text}");
    assert!(
        text.starts_with('\u{200F}'),
        "not laid out right to left: {text:?}"
    );
    assert!(note.expect("ar is a draft").contains("draft"));

    let Answer::Card { card, note } = ask("!card rs-bchr-asylum") else {
        panic!("no card");
    };
    assert!(render::plain(&card).contains("Free of charge"));
    assert_eq!(note, None, "English is the reviewed default");
}

#[test]
fn mistakes_get_a_way_forward() {
    assert!(note("!card rs-bchr-asylum xx").contains("no language \"xx\""));
    let unknown = note("!card rs-bchr");
    assert!(unknown.contains("no service \"rs-bchr\""), "{unknown}");
    assert!(
        unknown.contains("rs-bchr-asylum"),
        "suggests the near id: {unknown}"
    );
    assert!(note("!langs").contains("fa فارسی"));
}
