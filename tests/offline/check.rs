//! `putokaz check` as a coordinator meets it: broken files give a positioned diagnostic and
//! exit status 1; the bundled set checks clean.

use crate::common;

use crate::common::{check, copy_content, edit, stdout};

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
        &dir.path().join("flows/safe-now.yaml"),
        "go: q-debt",
        "go: q-dbet",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("there is no node `q-dbet`"), "{text}");
    assert!(text.contains("safe-now.yaml:28:13"), "{text}");
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
        "    say: main-menu-prompt",
        "    sya: main-menu-prompt",
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
        "format: 1\nflow: orphan\nnodes:\n  - id: lonely\n    say: about-what\n    go: main-menu\n",
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
        "format: 1\nflow: orphan\nnodes:\n  - id: lonely\n    say: about-what\n",
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
        "    say: main-menu-prompt\n",
        "    say: main-menu-prompt\n    cards: [rs-astra-sosx]\n",
    );
    edit(
        &dir.path().join("flows/directory/urgent.yaml"),
        "source_read: 2026-11-23",
        "source_read: 2026-02-30",
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
    assert!(
        text.contains("`source` `astra` is not a web address"),
        "{text}"
    );
}

#[test]
fn phone_numbers_hours_categories_and_emergency_coverage_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let services = dir.path().join("flows/directory/services.yaml");
    // A digit missing from a number.
    edit(&services, "+381 69 5657254", "+381 69 5");
    // A toll-free number written without the country code.
    edit(&services, "+385 800 123 123", "0800 123 123");
    // Hours as people write them, not as the bot can read them.
    edit(&services, "daily 14:00-23:00", "every day 14-23");
    // A misspelt category and a bad web address.
    edit(
        &services,
        "categories: [legal]\n    channels:\n      - phone: \"+381 69",
        "categories: [legl]\n    channels:\n      - phone: \"+381 69",
    );
    edit(&services, "https://idcserbia.org/en/", "idcserbia.org");
    // A WhatsApp number cannot be a short code.
    edit(
        &services,
        "whatsapp: \"+389 70 229 001\"",
        "whatsapp: \"112\"",
    );
    // Montenegro loses its emergency numbers, but still has a hotline.
    let urgent = dir.path().join("flows/directory/urgent.yaml");
    edit(
        &urgent,
        "  - id: me-emergency\n    label: contact-emergency-numbers\n    country: ME\n    categories: [emergency]\n    urgent: true\n",
        "  - id: me-emergency\n    label: contact-emergency-numbers\n    country: ME\n    categories: [legal]\n    urgent: true\n",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("`+381 69 5` is not a valid phone number in `RS`"),
        "{text}"
    );
    assert!(
        text.contains("`0800 123 123` is written without the country code"),
        "{text}"
    );
    assert!(
        text.contains("write it as `+385800123123` (E.164)"),
        "{text}"
    );
    assert!(text.contains("cannot read the hours"), "{text}");
    assert!(text.contains("`legl` is not a category"), "{text}");
    assert!(text.contains("did you mean `legal`?"), "{text}");
    assert!(text.contains("this web contact cannot be used"), "{text}");
    assert!(text.contains("it does not start with https://"), "{text}");
    assert!(
        text.contains("`112` is a short code; whatsapp needs a full number"),
        "{text}"
    );
    assert!(
        text.contains("country `ME` has services but no emergency numbers"),
        "{text}"
    );
    assert!(text.contains("services.yaml:"), "{text}");
}

#[test]
fn facts_in_flows_carry_well_formed_sources_and_crisis_help_is_required() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    edit(
        &dir.path().join("flows/job-offer.yaml"),
        "      - https://www.croexpress.eu/",
        "      - www.croexpress.eu/",
    );
    edit(
        &dir.path().join("flows/urgent.yaml"),
        "  - id: crisis\n",
        "  - id: crisis-help\n",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("`sources` `www.croexpress.eu/"), "{text}");
    assert!(text.contains("job-offer.yaml:"), "{text}");
    assert!(
        text.contains("there is no node `crisis` in flow `urgent`"),
        "{text}"
    );
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

#[test]
fn a_message_longer_than_a_phone_screen_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let long = "Take a slow breath. ".repeat(40);
    edit(
        &dir.path().join("locales/fr/flows.ftl"),
        "sh-check-in = ",
        &format!("sh-check-in = {long}"),
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "a warning only: {text}");
    assert!(text.contains("`sh-check-in` in `fr` is 8"), "{text}");
    assert!(text.contains("more than a phone screen"), "{text}");
}

#[test]
fn coverage_names_the_nodes_no_conversation_test_reaches() {
    let dir = tempfile::tempdir().unwrap();
    let tests = dir.path().join("conversations");
    std::fs::create_dir(&tests).unwrap();
    std::fs::copy(
        common::root().join("tests/conversations/selfhelp.yaml"),
        tests.join("selfhelp.yaml"),
    )
    .unwrap();
    let output = common::putokaz()
        .current_dir(common::root())
        .args(["check", "--coverage"])
        .arg(&tests)
        .output()
        .unwrap();
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "gaps are warnings: {text}");
    // The grounding exercise is walked; unhooking is not.
    assert!(
        text.contains("no conversation test reaches `selfhelp/unhooking-1`"),
        "{text}"
    );
    assert!(text.contains("selfhelp.yaml:"), "{text}");
    assert!(!text.contains("reaches `selfhelp/grounding-2`"), "{text}");
    assert!(text.contains("conversation tests reach "), "{text}");
}

/// Runs `putokaz translations ARGS --locales DIR/locales`.
fn translations(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    common::putokaz()
        .arg("translations")
        .args(args)
        .arg("--locales")
        .arg(dir.join("locales"))
        .output()
        .unwrap()
}

/// The 1-based line where `id` is defined in a .ftl file.
fn line_of(path: &std::path::Path, id: &str) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    let prefix = format!("{id} =");
    text.lines().position(|l| l.starts_with(&prefix)).unwrap() + 1
}

#[test]
fn a_changed_english_text_makes_its_translations_stale_until_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    edit(
        &dir.path().join("locales/en/flows.ftl"),
        "I will ask seven short questions about the offer.",
        "I will ask seven quick questions about the offer.",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "a warning only: {text}");
    let line = line_of(&dir.path().join("locales/ar/flows.ftl"), "offer-intro");
    for locale in ["ar", "bn", "ckb", "fa", "fr", "ps", "ur"] {
        assert!(
            text.contains(&format!(
                "`offer-intro` in `{locale}` was translated from an older English text"
            )),
            "{text}"
        );
    }
    assert!(
        text.contains(&format!("locales/ar/flows.ftl:{line}:1")),
        "{text}"
    );
    assert!(
        text.contains("English now reads: Some people are tricked with offers of work or travel. I will ask seven quick questions"),
        "{text}"
    );
    assert!(
        text.contains("putokaz translations confirm ar offer-intro"),
        "{text}"
    );

    // The Arabic translator updates the text and confirms it; the others are still stale.
    let output = translations(dir.path(), &["confirm", "ar", "offer-intro"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).contains(
            "confirmed 1 message(s) of `ar` against the current English text (1 of them stale)"
        ),
        "{}",
        stdout(&output)
    );
    let text = stdout(&check(dir.path()));
    assert!(!text.contains("in `ar` was translated from"), "{text}");
    assert!(
        text.contains("`offer-intro` in `fa` was translated from an older English text"),
        "{text}"
    );
    let status = stdout(&translations(dir.path(), &["status"]));
    assert!(status.contains("stale in fa: offer-intro"), "{status}");
    assert!(!status.contains("stale in ar"), "{status}");
    let row = status.lines().find(|l| l.starts_with("ar ")).unwrap();
    assert!(row.trim_end().ends_with(" 0"), "{row}");
}

#[test]
fn a_new_comment_or_layout_in_english_makes_nothing_stale() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let en = dir.path().join("locales/en/flows.ftl");
    edit(
        &en,
        "sh-check-in = How do you feel now?\n",
        "# draft: asked after every exercise; keep it short   \nsh-check-in =\n    How do you feel now?   \n\n",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(!text.contains("translation::"), "{text}");

    // The same place, with a changed word, is stale: the test above can fail.
    edit(&en, "How do you feel now?", "How do you feel right now?");
    let text = stdout(&check(dir.path()));
    assert!(
        text.contains("`sh-check-in` in `fr` was translated from an older English text"),
        "{text}"
    );
}

#[test]
fn many_stale_translations_in_one_language_are_one_warning() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let en = dir.path().join("locales/en/flows.ftl");
    for (from, to) in [
        ("How do you feel now?", "How are you now?"),
        ("Another country", "Some other country"),
        ("seven short questions", "seven quick questions"),
        ("nine short questions", "nine quick questions"),
        ("not a person", "not a human"),
        ("Here is what I found:", "This is what I found:"),
    ] {
        edit(&en, from, to);
    }
    let text = stdout(&check(dir.path()));
    assert!(
        text.contains("6 translations in `ps` were made from an older English text"),
        "{text}"
    );
    let line = line_of(&dir.path().join("locales/ps/flows.ftl"), "sh-check-in");
    assert!(
        text.contains(&format!("locales/ps/flows.ftl:{line} sh-check-in")),
        "{text}"
    );
    assert!(!text.contains("`sh-check-in` in `ps`"), "{text}");

    // A language nobody has confirmed is one warning, at its locale.yaml.
    std::fs::remove_file(dir.path().join("locales/bn/translated-from.toml")).unwrap();
    let text = stdout(&check(dir.path()));
    assert!(
        text.contains("no translation in `bn` has been confirmed against the English text ("),
        "{text}"
    );
    assert!(text.contains("locales/bn/locale.yaml"), "{text}");
}

#[test]
fn a_broken_record_is_a_positioned_warning_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let record = dir.path().join("locales/fr/translated-from.toml");
    let original = std::fs::read_to_string(&record).unwrap();
    for (garbage, position) in [
        (
            original.replacen("about-what = \"", "about-what = ", 1),
            "translated-from.toml:",
        ),
        ("about-what = 3\n".to_string(), "translated-from.toml:1:14"),
        (
            "<<<<<<< HEAD\nabout-what = \"c3b17f9a\"\n".to_string(),
            "translated-from.toml:1:",
        ),
        ("\u{0}\u{1}\u{ff}[[".to_string(), "translated-from.toml:"),
    ] {
        std::fs::write(&record, &garbage).unwrap();
        let output = check(dir.path());
        let text = stdout(&output);
        assert_eq!(output.status.code(), Some(0), "{garbage:?}: {text}");
        assert!(
            text.contains("cannot be read, so stale translations in this folder cannot be found"),
            "{garbage:?}: {text}"
        );
        assert!(text.contains(position), "{garbage:?}: {text}");
    }
    std::fs::write(&record, b"about-what = \"\xff\"\n").unwrap();
    let output = check(dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("not valid UTF-8"),
        "{}",
        stdout(&output)
    );

    // A hash that is not one confirm writes is a warning at the hash.
    std::fs::write(
        &record,
        original.replacen("about-what = \"", "about-what = \"zz", 1),
    )
    .unwrap();
    let text = stdout(&check(dir.path()));
    assert!(
        text.contains(
            "the hash recorded for `about-what` is not one `putokaz translations confirm` writes"
        ),
        "{text}"
    );
    assert!(
        text.contains("`about-what` in `fr` was translated from"),
        "{text}"
    );

    // Single messages cannot be added to a broken record; confirming them all rewrites it.
    std::fs::write(&record, "about-what = 3\n").unwrap();
    let output = translations(dir.path(), &["confirm", "fr", "about-what"]);
    assert_eq!(output.status.code(), Some(1));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("translated-from.toml of `fr` cannot be read"),
        "{error}"
    );
    let output = translations(dir.path(), &["confirm", "fr"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&record).unwrap(), original);
}

#[test]
fn confirm_refuses_unknown_languages_and_messages() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let record = dir.path().join("locales/ar/translated-from.toml");
    let original = std::fs::read_to_string(&record).unwrap();
    for (args, says) in [
        (
            &["confirm", "xx"][..],
            "there is no locale `xx`; the locales are: en, ar,",
        ),
        (&["confirm", "en"][..], "`en` is the default locale"),
        (
            &["confirm", "ar", "offer-intro", "offer-intr"][..],
            "`ar` has no message `offer-intr`",
        ),
    ] {
        let output = translations(dir.path(), args);
        let error = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {error}");
        assert!(error.contains(says), "{args:?}: {error}");
    }
    assert_eq!(std::fs::read_to_string(&record).unwrap(), original);

    // Aliases name their locale: `prs` is Dari, written in `fa`.
    let output = translations(dir.path(), &["confirm", "prs", "about-what"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("of `fa`"), "{}", stdout(&output));
}

#[test]
fn a_crisis_phrase_the_words_miss_is_an_error_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    // A coordinator narrows the words: the test says which phrase is now missed, and where.
    edit(
        &dir.path().join("locales/en/bot.ftl"),
        ", tired of living,",
        ",",
    );
    edit(
        &dir.path().join("locales/en/crisis-test.yaml"),
        "  - I am tired of living\n",
        "  - I am tired of living\n  - tired of living\n",
    );
    let pattern = "    .pattern = ";
    let ftl = std::fs::read_to_string(dir.path().join("locales/en/bot.ftl")).unwrap();
    let without: String = ftl
        .lines()
        .filter(|line| !(line.starts_with(pattern) && line.contains("suicid")))
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(dir.path().join("locales/en/bot.ftl"), without).unwrap();
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("crisis::missed"), "{text}");
    assert!(text.contains("tired of living"), "{text}");
    assert!(text.contains("crisis-test.yaml:"), "{text}");
}

#[test]
fn a_ruled_out_term_is_a_positioned_warning_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    edit(
        &dir.path().join("locales/fa/flows.ftl"),
        "need-trafficking = قاچاق انسان (کار اجباری و بهره‌کشی)",
        "need-trafficking = قاچاق انسان",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert!(text.contains("glossary::avoided-term"), "{text}");
    assert!(text.contains("need-trafficking"), "{text}");
    assert!(text.contains("fa/flows.ftl:"), "{text}");
    assert!(text.contains("smuggler"), "the glossary's reason: {text}");
}

#[test]
fn an_urgent_screen_too_long_for_a_phone_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let long = "Please read this. ".repeat(80);
    edit(
        &dir.path().join("locales/en/flows.ftl"),
        "crisis-intro = Thank you for telling me.",
        &format!("crisis-intro = {long}Thank you for telling me."),
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("screen::too-long"), "{text}");
    assert!(text.contains("the crisis answer in `en`"), "{text}");
}

#[test]
fn options_that_hang_on_the_directory_need_a_way_out_and_real_tags() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    // Every option depends on the directory (the menu could be empty), and a tag that no
    // service carries (it would silently match nothing).
    std::fs::write(
        dir.path().join("flows/needs.yaml"),
        "format: 1\nflow: needs\nnodes:\n  - id: pick\n    say: svc-need-menu\n    menu:\n      - label: need-legal\n        if_services: { country: $country, category: legal }\n        go: main-menu\n      - label: need-health\n        if_services: { category: helth }\n        go: main-menu\n  - id: lines\n    directory:\n      tags: [checks-job-ofers]\n    go: main-menu\n",
    )
    .unwrap();
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("every option of `pick` depends on the directory"),
        "{text}"
    );
    assert!(text.contains("`helth` is not a category"), "{text}");
    assert!(
        text.contains("no service in the directory has the tag `checks-job-ofers`"),
        "{text}"
    );
    assert!(text.contains("needs.yaml:"), "{text}");
}

#[test]
fn a_loop_that_never_waits_is_found_once_and_long_chains_are_fine() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    // A chain of 5,000 nodes that never wait (fine: it ends at the main menu), and a loop of
    // three that would spin for ever. Reached from a menu option so nothing is unreachable.
    let mut flow = String::from(
        "format: 1\nflow: chain\nnodes:\n  - id: start\n    say: svc-need-menu\n    menu:\n      - label: need-legal\n        go: c0\n      - label: need-health\n        go: spin-a\n",
    );
    for i in 0..5_000 {
        let next = if i == 4_999 {
            "main-menu".to_string()
        } else {
            format!("c{}", i + 1)
        };
        flow.push_str(&format!("  - id: c{i}\n    go: {next}\n"));
    }
    flow.push_str("  - id: spin-a\n    go: spin-b\n  - id: spin-b\n    go: spin-c\n  - id: spin-c\n    go: spin-a\n");
    std::fs::write(dir.path().join("flows/chain.yaml"), flow).unwrap();
    let main = dir.path().join("flows/main.yaml");
    edit(
        &main,
        "      - label: main-opt-language",
        "      - label: svc-opt-other-need\n        flow: chain\n      - label: main-opt-language",
    );
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert_eq!(
        text.matches("loops back to itself without waiting").count(),
        1,
        "{text}"
    );
    assert!(
        text.contains("`spin-a` loops back to itself")
            && text.contains("spin-a → spin-b → spin-c → spin-a"),
        "{text}"
    );
    assert!(!text.contains("`c0` loops"), "{text}");
}

#[test]
fn a_pipe_a_device_or_deep_nesting_in_content_is_refused_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let en = dir.path().join("locales/en");
    // A named pipe would block a reader for ever; /dev/zero never ends.
    let fifo = en.join("pipe.ftl");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", en.join("zero.ftl")).unwrap();
    // Placeables nested thousands deep overflow Fluent's recursive parser.
    let deep = format!("deep = {}x{}\n", "{ ".repeat(5_000), " }".repeat(5_000));
    std::fs::write(en.join("deep.ftl"), deep).unwrap();
    let output = check(dir.path());
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("pipe.ftl is not a regular file"), "{text}");
    assert!(text.contains("zero.ftl is not a regular file"), "{text}");
    assert!(
        text.contains("placeables are nested more than 32 deep") && text.contains("deep.ftl"),
        "{text}"
    );
}
