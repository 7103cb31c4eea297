//! Property tests: whatever a person sends, and whatever bytes a coordinator saves, nothing
//! panics and every output stays bounded. The number of cases is small enough for every CI
//! run; set PUTOKAZ_FUZZ_CASES=10000 for a long run on your machine.

use std::sync::{Arc, OnceLock};

use proptest::prelude::*;
use putokaz::config::Config;
use putokaz::content::{Content, Sources};
use putokaz::engine::{Engine, Settings};
use putokaz::normalise::{MAX_CHARS, normalise};
use putokaz::render;

use crate::common;

fn cases(default: u32) -> ProptestConfig {
    let cases = std::env::var("PUTOKAZ_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn content() -> Arc<Content> {
    static CONTENT: OnceLock<Arc<Content>> = OnceLock::new();
    CONTENT.get_or_init(common::bundled).clone()
}

/// Text people (and attackers) send: any Unicode, and the characters that break naive code.
fn message() -> impl Strategy<Value = String> {
    let tricky = prop_oneof![
        Just("\u{202E}".to_string()), // right-to-left override
        Just("\u{2066}\u{2069}".to_string()),
        Just("\u{200B}\u{200D}\u{FEFF}".to_string()),
        Just("\u{0000}\u{0007}\r\n\t".to_string()),
        Just("١٢٣۴۵۶".to_string()),
        Just("ﷺ ﻻ ﷽".to_string()),
        Just("e\u{0301}\u{0301}\u{0301}".to_string()),
        Just("👩🏽‍⚕️🏳️‍🌈".to_string()),
        Just("sos".to_string()),
        Just("1".to_string()),
        Just("0".to_string()),
        Just("menu".to_string()),
        Just("erase".to_string()),
        Just("yes".to_string()),
    ];
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(tricky, 0..12).prop_map(|parts| parts.join(" ")),
        "\\PC{0,40}",
        // Long messages, past the normaliser's cap.
        (any::<char>(), 0usize..40_000).prop_map(|(c, n)| c.to_string().repeat(n)),
    ]
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn the_normaliser_never_panics_and_stays_bounded(input in message()) {
        let out = normalise(&input);
        prop_assert!(out.chars().count() <= MAX_CHARS);
        let invisible = |c: char| {
            c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)
        };
        prop_assert!(!out.chars().any(invisible), "{:?}", out);
        prop_assert!(!out.starts_with(' ') && !out.ends_with(' ') && !out.contains("  "));
    }
}

proptest! {
    #![proptest_config(cases(48))]

    #[test]
    fn any_conversation_gets_a_bounded_reply_at_every_step(
        locale in proptest::sample::select(vec![None, Some("en"), Some("ar"), Some("fa"), Some("ps"), Some("bn")]),
        inputs in proptest::collection::vec(message(), 1..12),
    ) {
        let engine = Engine::new(content(), Settings {
            preset_locale: locale.map(str::to_string),
            ..Settings::default()
        });
        let mut session = None;
        for (i, input) in inputs.iter().enumerate() {
            let step = engine.step(session, input, i as u64 * 60);
            let text = render::plain(&step.replies);
            prop_assert!(!text.trim().is_empty(), "silent after {:?}", input);
            prop_assert!(text.len() < 20_000, "{} bytes after {:?}", text.len(), input);
            if let Some(stored) = &step.session {
                let json = serde_json::to_string(stored).unwrap();
                prop_assert!(json.len() < 4_096, "session grew to {} bytes", json.len());
            }
            session = step.session;
        }
    }
}

/// Loads the bundled content with one file replaced by `bytes`.
fn load_with(file: &str, bytes: &[u8]) -> bool {
    let dir = tempfile::tempdir().unwrap();
    common::copy_content(dir.path());
    std::fs::write(dir.path().join(file), bytes).unwrap();
    let config = Config {
        flows: dir.path().join("flows"),
        locales: dir.path().join("locales"),
        ..Config::default()
    };
    let loaded = Content::load(&Sources::from_config(&config));
    // Rendering the report must not panic either, whatever spans the damage produced.
    let _ = loaded.report.render(true);
    loaded.content.is_some()
}

/// Bytes that are mostly the file as written, with damage: the edits coordinators make.
fn damaged(original: &'static [u8]) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..2_000),
        proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..20).prop_map(
            move |edits| {
                let mut bytes = original.to_vec();
                for (at, byte) in edits {
                    let i = at.index(bytes.len());
                    bytes[i] = byte;
                }
                bytes
            }
        ),
        any::<prop::sample::Index>()
            .prop_map(move |at| original[..at.index(original.len())].to_vec()),
    ]
}

static FLOW: &[u8] = include_bytes!("../../flows/services.yaml");
static FTL: &[u8] = include_bytes!("../../locales/fa/flows.ftl");
static DIRECTORY: &[u8] = include_bytes!("../../flows/directory/urgent.yaml");

proptest! {
    #![proptest_config(cases(24))]

    #[test]
    fn any_bytes_as_a_flow_file_never_panic(bytes in damaged(FLOW)) {
        load_with("flows/services.yaml", &bytes);
    }

    #[test]
    fn any_bytes_as_a_translation_never_panic(bytes in damaged(FTL)) {
        load_with("locales/fa/flows.ftl", &bytes);
    }

    #[test]
    fn any_bytes_as_a_directory_file_never_panic(bytes in damaged(DIRECTORY)) {
        load_with("flows/directory/urgent.yaml", &bytes);
    }
}
