//! Runs every transcript under tests/conversations against the bundled content.

use std::path::Path;

use putokaz::transcript;

use crate::common;

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
fn every_bundled_flow_runs_in_every_bundled_language() {
    let root = common::root();
    let content = common::bundled();
    let ids: Vec<&str> = content
        .locales
        .all()
        .iter()
        .map(|l| l.id.as_str())
        .collect();
    assert!(ids.len() >= 8, "{ids:?}");
    let all_locales = format!("locales: [{}]", ids.join(", "));
    let mut transcripts = Vec::new();
    for entry in std::fs::read_dir(root.join("tests/conversations")).unwrap() {
        transcripts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    for flow in content.flows.keys() {
        let covered = transcripts.iter().any(|t| {
            t.contains(&all_locales)
                && (t.contains(&format!("at: {flow}/")) || asserts_a_message_of(&root, flow, t))
        });
        assert!(
            covered,
            "flow `{flow}` has no transcript that runs in {all_locales}"
        );
    }
}

/// Whether a transcript asserts on a message said by a node of `flow`.
fn asserts_a_message_of(root: &Path, flow: &str, transcript: &str) -> bool {
    let text = std::fs::read_to_string(root.join("flows").join(format!("{flow}.yaml"))).unwrap();
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("say: "))
        .any(|id| transcript.contains(id.trim()))
}
