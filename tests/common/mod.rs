//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A `putokaz` command run from the project folder.
pub fn putokaz() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_putokaz"));
    command.current_dir(root()).env("NO_COLOR", "1");
    command
}

/// A copy of the bundled flows and locales, to break on purpose.
pub fn copy_content(dest: &Path) {
    copy_dir(&root().join("flows"), &dest.join("flows"));
    copy_dir(&root().join("locales"), &dest.join("locales"));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Replaces `from` with `to` in a file, failing the test if `from` is not there.
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Runs `putokaz check` on a content folder.
pub fn check(dir: &Path) -> Output {
    putokaz()
        .arg("check")
        .arg("--flows")
        .arg(dir.join("flows"))
        .arg("--locales")
        .arg(dir.join("locales"))
        .output()
        .unwrap()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}
