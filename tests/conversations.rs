//! Runs every transcript under tests/conversations against the bundled content.

use std::path::Path;

use putokaz::transcript;

mod common;

#[test]
fn bundled_conversations_pass() {
    let root = common::root();
    let summary = transcript::run_dir(&root.join("tests/conversations"), common::bundled());
    let mut problems = String::new();
    for broken in &summary.broken {
        problems.push_str(&broken.render(true));
    }
    for failure in &summary.failures {
        problems.push_str(&failure.to_string());
    }
    assert!(summary.ok(), "{}\n{problems}", summary.log);
    assert!(
        summary.passed >= 20,
        "only {} transcript runs",
        summary.passed
    );
}

#[test]
fn every_bundled_flow_has_transcripts_in_two_languages() {
    let root = common::root();
    let dir = root.join("tests/conversations");
    let mut texts = String::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        texts.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    for flow in std::fs::read_dir(root.join("flows")).unwrap() {
        let path = flow.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let name = Path::new(&path)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let in_two = texts
            .split("name:")
            .any(|t| t.contains(&format!("at: {name}/")) && t.contains("locales: [en, ar]"))
            || texts.split("name:").any(|t| {
                t.contains("locales: [en, ar]") && flow_first_message_is_asserted(&root, &name, t)
            });
        assert!(
            in_two,
            "flow `{name}` has no transcript that runs in en and ar"
        );
    }
}

/// Whether a transcript asserts on a message said by a node of `flow`.
fn flow_first_message_is_asserted(root: &Path, flow: &str, transcript: &str) -> bool {
    let text = std::fs::read_to_string(root.join("flows").join(format!("{flow}.yaml"))).unwrap();
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("say: "))
        .any(|id| transcript.contains(id.trim()))
}
