//! A data directory that fills up or turns read-only: the chat stops with the cause and what to
//! do, and once the disk is usable again the conversation goes on from the last step it
//! answered, neither lost nor rewound.
//!
//! Each test runs in its own user and mount namespace (`unshare`, from util-linux), on a
//! small tmpfs mounted there: a real full or read-only file system, even for root, whom
//! permissions would not stop, and invisible to the rest of the machine.

use crate::common;

use std::path::Path;
use std::process::Output;

/// Runs `script` with `sh -eu` in a private mount namespace, with `$B` the putokaz binary,
/// `$M` a fresh tmpfs of `size`, `$D` a data directory on it, `$T` a scratch directory
/// outside it and `$MAIN_MENU` the main menu's prompt, to wait for.
fn on_small_disk(size: &str, scratch: &Path, script: &str) -> Output {
    let mount_point = tempfile::tempdir().unwrap();
    let setup = format!("mount -t tmpfs -o size={size} tmpfs \"$M\"\n{script}");
    let output = std::process::Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-euc", &setup])
        .env("B", env!("CARGO_BIN_EXE_putokaz"))
        .env("M", mount_point.path())
        .env("D", mount_point.path().join("data"))
        .env("T", scratch)
        .env("MAIN_MENU", MAIN_MENU)
        .env("NO_COLOR", "1")
        .current_dir(common::root())
        .output()
        .expect("these tests need `unshare` from util-linux");
    assert!(
        !String::from_utf8_lossy(&output.stderr).contains("unshare:"),
        "cannot make a private mount namespace (user namespaces needed):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

const MAIN_MENU: &str = "What would you like to do?";
const COUNTRY_QUESTION: &str = "Which country are you in now?";
/// "1" at the main menu: the awareness menu.
const AWARENESS_MENU: &str = "What would you like to check?";
/// "1" (Serbia) at the country question: what the person needs there.
const NEED_QUESTION: &str = "What do you need help with?";

#[test]
fn a_full_disk_stops_the_chat_with_a_clear_error_and_keeps_the_last_step() {
    let scratch = tempfile::tempdir().unwrap();
    let t = scratch.path();
    // Far more steps than the space sled has left once the disk is full.
    std::fs::write(t.join("steps"), "2\nmenu\n".repeat(5_000)).unwrap();
    let output = on_small_disk(
        "1m",
        t,
        r#"
        printf 'hi\n1\n' | "$B" chat --data-dir "$D" > /dev/null
        mkfifo "$T/in"
        (
            status=0
            "$B" chat --data-dir "$D" < "$T/in" > "$T/full.out" 2> "$T/full.err" || status=$?
            echo "$status" > "$T/full.status"
        ) &
        exec 3> "$T/in"
        printf '2\nmenu\n' >&3
        # Wait until the chat has answered both (the main menu again): by then sled has taken
        # its space, so the disk fills under a running conversation, not before it starts.
        until grep -q "$MAIN_MENU" "$T/full.out" 2> /dev/null || [ -e "$T/full.status" ]; do
            sleep 0.05
        done
        # The disk fills up while the chat runs, as it would under a running bot.
        dd if=/dev/zero of="$M/fill" bs=4k 2> /dev/null || true
        cat "$T/steps" >&3 2> /dev/null || true
        exec 3>&-
        wait
        # Space is freed, as the hint says, and the disk grown: how much sled took before it
        # failed varies from run to run, and its recovery may need a segment of its own.
        rm "$M/fill"
        mount -o remount,size=4m "$M"
        printf '1\n' | "$B" chat --data-dir "$D" > "$T/after.out" 2> "$T/after.err"
        "#,
    );
    assert!(output.status.success(), "{output:?}");
    let (out, err) = (read(&t.join("full.out")), read(&t.join("full.err")));
    assert_eq!(read(&t.join("full.status")).trim(), "1", "{err}");
    assert!(err.contains("No space left on device"), "{err}");
    assert!(err.contains("hint: the disk holding"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        out.matches(MAIN_MENU).count() > 10,
        "it should fail mid-conversation, not at the start:\n{err}"
    );

    // The person is wherever the last answer they read put them.
    let last_menu = out.rfind(MAIN_MENU).unwrap();
    let last_question = out.rfind(COUNTRY_QUESTION).unwrap();
    let after = read(&t.join("after.out"));
    let after_err = read(&t.join("after.err"));
    assert!(after_err.is_empty(), "restarting failed: {after_err}");
    if last_menu > last_question {
        assert!(after.contains(AWARENESS_MENU), "{after}");
    } else {
        assert!(after.contains(NEED_QUESTION), "{after}");
    }
}

#[test]
fn a_read_only_data_directory_gets_a_clear_error_and_keeps_the_session() {
    let scratch = tempfile::tempdir().unwrap();
    let t = scratch.path();
    let output = on_small_disk(
        "4m",
        t,
        r#"
        printf 'hi\n1\n' | "$B" chat --data-dir "$D" > /dev/null
        mount -o remount,ro "$M"
        status=0
        printf '2\n' | "$B" chat --data-dir "$D" > "$T/ro.out" 2> "$T/ro.err" || status=$?
        echo "$status" > "$T/ro.status"
        mount -o remount,rw "$M"
        printf '2\n' | "$B" chat --data-dir "$D" > "$T/after.out"
        "#,
    );
    assert!(output.status.success(), "{output:?}");
    let err = read(&t.join("ro.err"));
    assert_eq!(read(&t.join("ro.status")).trim(), "1", "{err}");
    assert!(err.contains("Read-only file system"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert!(err.contains("remount it read-write"), "{err}");
    assert!(
        !err.contains("cannot create"),
        "the directory exists: {err}"
    );
    // "2" at the main menu where the person left off, not "2" for Arabic in a new session.
    let after = read(&t.join("after.out"));
    assert!(after.contains(COUNTRY_QUESTION), "{after}");
}
