//! Right-to-left output, to the code point. Decision: every Fluent placeable is wrapped in
//! FSI … PDI (Fluent's isolation, on for every locale), each right-to-left line starts with an
//! RLM, and phone numbers and links on cards sit inside LRI … PDI, so that "+381 11 785 0000"
//! never reads "0000 785 11 381+" inside an Arabic, Persian, Pashto, Urdu or Kurdish sentence.

use crate::common;

use putokaz::content::Content;
use putokaz::render;

const RLM: char = '\u{200F}';
const LRI: char = '\u{2066}';
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn rtl_locales(content: &Content) -> Vec<String> {
    let ids: Vec<String> = content
        .locales
        .all()
        .iter()
        .filter(|l| l.is_rtl())
        .map(|l| l.id.clone())
        .collect();
    assert!(
        !ids.is_empty(),
        "at least one right-to-left locale is bundled"
    );
    ids
}

#[test]
fn a_number_inside_a_sentence_is_isolated() {
    let content = common::bundled();
    for locale in rtl_locales(&content) {
        let engine = common::engine(content.clone(), Some(&locale));
        // Three warning signs in the safety self-check: yes, yes, yes, then six noes.
        let replies = common::converse(
            &engine,
            &[
                "hi", "1", "2", "1", "1", "1", "1", "2", "2", "2", "2", "2", "2",
            ],
        );
        let text = render::plain(&replies);
        let isolated = format!("{FSI}3{PDI}");
        assert!(text.contains(&isolated), "{locale}: {text:?}");
        for line in text.lines().filter(|l| !l.is_empty()) {
            assert!(
                line.starts_with(RLM),
                "{locale}: line without RLM: {line:?}"
            );
        }
    }
}

#[test]
fn phone_numbers_on_cards_keep_their_order() {
    let content = common::bundled();
    for locale in rtl_locales(&content) {
        let engine = common::engine(content.clone(), Some(&locale));
        // Urgent help, Serbia.
        let replies = common::converse(&engine, &["hi", "4", "1"]);
        let phone_label = content.locales.format(&locale, "card-phone", None).unwrap();
        let expected = format!("{RLM}  {phone_label}: {LRI}+381 11 7850000{PDI}");
        let text = render::plain(&replies);
        assert!(
            text.lines().any(|l| l == expected),
            "{locale}: {expected:?} not in {text:?}"
        );

        let html = render::html(&replies);
        assert!(html.contains("dir=\"rtl\""), "{locale}: {html}");
        let link = format!("{LRI}<a href=\"tel:+381117850000\">+381 11 7850000</a>{PDI}");
        assert!(html.contains(&link), "{locale}: {html}");
    }
}
