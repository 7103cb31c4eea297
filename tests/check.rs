//! `putokaz check` as a coordinator meets it: broken files give a positioned diagnostic and
//! exit status 1; the bundled set checks clean.

mod common;

use common::{check, copy_content, edit, stdout};

#[test]
fn bundled_content_checks_clean() {
    let output = common::putokaz().arg("check").output().unwrap();
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains("ok:"), "{text}");
    assert!(
        text.contains("DRAFT"),
        "draft locales must be shown: {text}"
    );
    assert!(text.contains("verify before deployment"), "{text}");
}

#[test]
fn misspelt_node_reference_is_positioned() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    edit(
        &dir.path().join("flows/awareness.yaml"),
        "go: q-debt",
        "go: q-dbet",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("there is no node `q-dbet`"), "{text}");
    assert!(text.contains("awareness.yaml:23:13"), "{text}");
    assert!(text.contains("did you mean `q-debt`?"), "{text}");
}

#[test]
fn yaml_indentation_error_is_positioned() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    edit(
        &dir.path().join("flows/urgent.yaml"),
        "  - id: contacts\n    say: urgent-intro",
        "  - id: contacts\n      say: urgent-intro",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("urgent.yaml:"), "{text}");
    assert!(text.contains("indentation"), "{text}");
}

#[test]
fn fluent_syntax_error_is_positioned() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    edit(
        &dir.path().join("locales/ar/flows.ftl"),
        "svc-opt-other-need = حاجة أخرى",
        "svc-opt-other-need = { حاجة أخرى",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("Fluent syntax error"), "{text}");
    assert!(text.contains("locales/ar/flows.ftl:"), "{text}");
}

#[test]
fn unknown_keys_and_duplicate_ids_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    edit(
        &dir.path().join("flows/main.yaml"),
        "    say: about-text",
        "    sya: about-text",
    );
    edit(
        &dir.path().join("flows/urgent.yaml"),
        "  - id: contacts",
        "  - id: ask-country",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("sya"), "{text}");
    assert!(
        text.contains("node `ask-country` is defined twice"),
        "{text}"
    );
}

#[test]
fn missing_messages_are_errors_in_the_default_locale_and_warnings_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    edit(
        &dir.path().join("locales/ar/flows.ftl"),
        "svc-opt-other-country = بلد آخر\n",
        "",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(
        output.status.code(),
        Some(0),
        "a missing translation is a warning: {text}"
    );

    edit(
        &dir.path().join("locales/en/flows.ftl"),
        "svc-opt-other-country = Another country\n",
        "",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("message `svc-opt-other-country` is missing in the default locale `en`"),
        "{text}"
    );
    assert!(text.contains("services.yaml:"), "{text}");
}

#[test]
fn unsupplied_variables_bad_regex_and_intent_collisions_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    edit(
        &dir.path().join("locales/en/flows.ftl"),
        "svc-results-intro = Here is what I found:",
        "svc-results-intro = Here is what I found in { $city }:",
    );
    edit(
        &dir.path().join("flows/services.yaml"),
        "      - keywords: need-lgbti\n",
        "      - keywords: need-lgbti\n        regex: \"(unclosed\"\n",
    );
    edit(
        &dir.path().join("locales/en/flows.ftl"),
        ".keywords = lawyer, legal,",
        ".keywords = lawyer, sos, legal,",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("uses `$city`, which is not supplied here"),
        "{text}"
    );
    assert!(text.contains("not a valid regular expression"), "{text}");
    assert!(
        text.contains("`sos` (from `need-legal` in `en`) is also a word of `intent-emergency`"),
        "{text}"
    );
}

#[test]
fn unreachable_nodes_and_nodes_with_no_way_on() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let flows = dir.path().join("flows");
    std::fs::write(
        flows.join("orphan.yaml"),
        "format: 1\nflow: orphan\nnodes:\n  - id: lonely\n    say: about-text\n    go: main-menu\n",
    )
    .unwrap();
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(
        output.status.code(),
        Some(0),
        "unreachable is a warning: {text}"
    );
    assert!(
        text.contains("no path from the main menu reaches `lonely`"),
        "{text}"
    );
    assert!(text.contains("orphan.yaml:4:"), "{text}");

    std::fs::write(
        flows.join("orphan.yaml"),
        "format: 1\nflow: orphan\nnodes:\n  - id: lonely\n    say: about-text\n",
    )
    .unwrap();
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("node `lonely` has no way on"), "{text}");
}

#[test]
fn unknown_services_and_bad_directory_entries() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    edit(
        &dir.path().join("flows/main.yaml"),
        "    go: main-menu\n",
        "    cards: [rs-astra-sosx]\n    go: main-menu\n",
    );
    edit(
        &dir.path().join("flows/directory/urgent.yaml"),
        "last_verified: 2026-11-23",
        "last_verified: 2026-02-30",
    );
    edit(
        &dir.path().join("flows/directory/urgent.yaml"),
        "source: http://www.astra.org.rs/eng/",
        "source: astra",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("service `rs-astra-sosx` is not in the directory"),
        "{text}"
    );
    assert!(text.contains("did you mean `rs-astra-sos`?"), "{text}");
    assert!(text.contains("`2026-02-30` is not a date"), "{text}");
    assert!(text.contains("`source` must be the web address"), "{text}");
}

#[test]
fn usage_errors_exit_with_two() {
    let output = common::putokaz()
        .args(["check", "--flows", "/nonexistent/flows"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let output = common::putokaz()
        .args(["check", "--bogus"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn any_bytes_in_content_files_give_diagnostics_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let flow = dir.path().join("flows/main.yaml");
    let ftl = dir.path().join("locales/ar/flows.ftl");
    let original_flow = std::fs::read(&flow).unwrap();
    let original_ftl = std::fs::read(&ftl).unwrap();
    // A small deterministic generator: the same cases on every run, many kinds of damage.
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..12 {
        let mut damaged_flow = original_flow.clone();
        let mut damaged_ftl = original_ftl.clone();
        for _ in 0..(round + 1) {
            let i = next() as usize % damaged_flow.len();
            damaged_flow[i] = next() as u8;
            let j = next() as usize % damaged_ftl.len();
            damaged_ftl[j] = [b'{', b'}', b'\n', b' ', 0xff, b'=', b'.'][next() as usize % 7];
        }
        if round % 3 == 0 {
            damaged_flow.truncate(next() as usize % damaged_flow.len());
        }
        std::fs::write(&flow, &damaged_flow).unwrap();
        std::fs::write(&ftl, &damaged_ftl).unwrap();
        let output = check(dir.path());
        let code = output.status.code();
        assert!(
            code == Some(0) || code == Some(1),
            "round {round}: exit {code:?}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn messages_the_engine_needs_and_intent_keywords_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    edit(
        &dir.path().join("locales/en/bot.ftl"),
        "welcome-back = Welcome back. Here is the main menu.\n",
        "",
    );
    edit(
        &dir.path().join("locales/en/bot.ftl"),
        "    .keywords = forget me, delete my data, erase my data\n",
        "",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("message `welcome-back` is missing in the default locale `en`"),
        "{text}"
    );
    assert!(
        text.contains("`intent-forget` in `en` has no keywords"),
        "{text}"
    );
}

#[test]
fn flows_that_would_give_empty_or_broken_replies_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let flows = dir.path().join("flows");
    // A flow whose only node has a reserved id must not crash the checker.
    std::fs::write(
        flows.join("reserved.yaml"),
        "format: 1\nflow: reserved\nnodes:\n  - id: back\n    go: main-menu\n",
    )
    .unwrap();
    // A question that asks nothing, and a label that is not a message id.
    std::fs::write(
        flows.join("silent.yaml"),
        "format: 1\nflow: silent\nnodes:\n  - id: ask\n    cases:\n      - keywords: need-legal\n        go: ask\n    otherwise: pick\n  - id: pick\n    menu:\n      - label: not an id\n        go: main-menu\n",
    )
    .unwrap();
    let ftl = dir.path().join("locales/en/flows.ftl");
    // A shown message with no text of its own, and a reference to a message that is missing.
    edit(
        &ftl,
        "svc-opt-other-country = Another country",
        "svc-opt-other-country =\n    .keywords = country",
    );
    edit(
        &ftl,
        "svc-results-intro = Here is what I found:",
        "svc-results-intro = { svc-nothing } Here is what I found:",
    );
    // A byte-order mark is not content.
    let bot = dir.path().join("locales/en/bot.ftl");
    let text = std::fs::read_to_string(&bot).unwrap();
    std::fs::write(&bot, format!("\u{FEFF}{text}")).unwrap();

    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("`back` is reserved"), "{text}");
    assert!(
        text.contains("node `ask` waits for an answer without asking anything"),
        "{text}"
    );
    assert!(
        text.contains("`not an id` is not a valid message id"),
        "{text}"
    );
    assert!(
        text.contains("`svc-opt-other-country` in `en` has no text of its own"),
        "{text}"
    );
    assert!(
        text.contains("`svc-results-intro` cannot be shown"),
        "{text}"
    );
    assert!(
        !text.contains("bot.ftl:1:1"),
        "the BOM was reported: {text}"
    );
}

#[test]
fn a_missing_translation_names_the_message_its_file_and_the_fallback() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let ps = dir.path().join("locales/ps/flows.ftl");
    let text = std::fs::read_to_string(&ps).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("svc-opt-other-country ="))
        .unwrap()
        .to_string();
    edit(&ps, &format!("{line}\n"), "");

    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(
        output.status.code(),
        Some(0),
        "a missing translation is a warning: {text}"
    );
    assert!(
        text.contains("message `svc-opt-other-country` is missing in `ps`; people reading `ps` will see it in `en`"),
        "{text}"
    );
    assert!(text.contains("locales/ps/flows.ftl"), "{text}");
    assert!(
        text.contains("missing in ps: svc-opt-other-country"),
        "{text}"
    );

    let output = common::putokaz()
        .args(["check", "--strict", "--flows"])
        .arg(dir.path().join("flows"))
        .arg("--locales")
        .arg(dir.path().join("locales"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
}

#[test]
fn the_coverage_table_lists_every_language_and_its_review() {
    let output = common::putokaz().arg("check").output().unwrap();
    let text = stdout(&output);
    for (id, name) in [
        ("en", "English"),
        ("ar", "Arabic"),
        ("fa", "Persian"),
        ("ps", "Pashto"),
        ("ur", "Urdu"),
        ("ckb", "Kurdish"),
        ("fr", "French"),
        ("bn", "Bengali"),
    ] {
        let row = text
            .lines()
            .find(|l| l.starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("no row for {id}: {text}"));
        assert!(row.contains(name), "{row}");
        assert!(
            row.contains("reviewed by") || row.contains("DRAFT"),
            "{row}"
        );
    }
}
