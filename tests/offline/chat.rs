//! The terminal chat as a new user meets it: piped conversations, surviving SIGKILL, and a data
//! directory that holds neither who talked nor what they typed.

use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

fn chat(data_dir: &Path, extra: &[&str], input: &str) -> (String, Option<i32>) {
    let mut child = common::putokaz()
        .args(["chat", "--data-dir"])
        .arg(data_dir)
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code(),
    )
}

#[test]
fn piped_conversation_prints_replies_and_exits() {
    let dir = tempfile::tempdir().unwrap();
    let (out, code) = chat(dir.path(), &[], "hi\n1\n");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Choose your language"), "{out}");
    assert!(out.contains("1. English"), "{out}");
    assert!(out.contains("2. العربية"), "{out}");
    assert!(out.contains("What would you like to do?"), "{out}");
}

#[test]
fn digits_of_three_systems_pick_options() {
    let dir = tempfile::tempdir().unwrap();
    // ASCII 1 (awareness), Persian ۲ (am I safe), Arabic-Indic ١ (start), ASCII 2 (no).
    let (out, code) = chat(dir.path(), &["--lang", "en"], "hi\n1\n۲\n١\n2\n");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("keep your passport or ID"), "{out}");
    assert!(out.contains("to pay back a debt"), "{out}");
}

#[test]
fn emergency_words_answer_from_any_point_in_any_bundled_locale() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = chat(dir.path(), &["--lang", "ar"], "hi\n2\n1\nSOS\n");
    assert!(out.contains("192"), "{out}");
    let (out, _) = chat(
        dir.path(),
        &["--lang", "en", "--user", "other"],
        "hi\n1\n1\nطوارئ\n",
    );
    assert!(out.contains("Emergency numbers"), "{out}");
}

fn spawn_chat(data_dir: &Path) -> (Child, mpsc::Receiver<String>) {
    let mut child = common::putokaz()
        .args(["chat", "--lang", "en", "--data-dir"])
        .arg(data_dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    (child, receiver)
}

fn wait_for(lines: &mpsc::Receiver<String>, text: &str) {
    loop {
        match lines.recv_timeout(Duration::from_secs(30)) {
            Ok(line) if line.contains(text) => return,
            Ok(_) => {}
            Err(_) => panic!("the chat never printed {text:?}"),
        }
    }
}

#[test]
fn sigkill_mid_conversation_loses_no_step() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, lines) = spawn_chat(dir.path());
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"hi\n1\n2\n1\n").unwrap();
    stdin.flush().unwrap();
    wait_for(&lines, "keep your passport or ID");
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();

    let (out, code) = chat(dir.path(), &["--lang", "en"], "1\n");
    assert_eq!(code, Some(0));
    assert!(
        out.contains("to pay back a debt"),
        "the person should be at the same node: {out}"
    );
}

#[test]
fn data_directory_holds_no_conversation_id_and_no_typed_text() {
    let dir = tempfile::tempdir().unwrap();
    let person = "@amira-unique-7731:example.org";
    let secret_words = "zebracorn lawyer near the bus station";
    let input = format!("hi\n1\n2\n1\n{secret_words}\n");
    let (out, code) = chat(dir.path(), &["--user", person], &input);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("Here is what I found"),
        "the free text should have been understood: {out}"
    );

    let mut files = 0;
    for entry in common::walk(dir.path()) {
        let bytes = std::fs::read(&entry).unwrap();
        files += 1;
        for needle in [person, "amira-unique-7731", "zebracorn", "bus station"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle:?} found in {}",
                entry.display()
            );
        }
    }
    assert!(files > 0);
}

#[test]
fn forget_me_deletes_the_session() {
    let dir = tempfile::tempdir().unwrap();
    chat(dir.path(), &["--lang", "en"], "hi\n1\n2\n1\n");
    let (out, _) = chat(dir.path(), &["--lang", "en"], "forget me\n");
    assert!(out.contains("I have forgotten everything"), "{out}");
    // A fresh session starts at the main menu, not at the self-check question.
    let (out, _) = chat(dir.path(), &["--lang", "en"], "2\n");
    assert!(out.contains("What would you like to do?"), "{out}");
    assert!(!out.contains("to pay back a debt"), "{out}");
}

#[test]
fn stats_count_conversations_languages_and_where_people_stop() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    chat(&data, &["--user", "amira"], "salaam friend\nEnglish\n2\n");
    chat(&data, &["--user", "bashir"], "salaam\nفارسی\n");
    let output = common::putokaz()
        .arg("stats")
        .arg("--data-dir")
        .arg(&data)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains("conversations started: 2"), "{text}");
    assert!(text.contains("Languages chosen: en 1, fa 1"), "{text}");
    // Both reached the main menu; one went on, the other stopped there.
    assert!(
        text.contains("main/menu: 2 visits, 1 stopped here (50%)"),
        "{text}"
    );
    assert!(text.contains("services/"), "{text}");
    for private in ["amira", "bashir", "salaam", "فارسی"] {
        assert!(!text.contains(private), "{private:?} in the stats: {text}");
    }

    let missing = common::putokaz()
        .arg("stats")
        .arg("--data-dir")
        .arg(dir.path().join("nothing"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}
