//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use putokaz::content::{Content, Sources};
use putokaz::engine::reply::Replies;
use putokaz::engine::{Engine, Settings};

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

/// The bundled flows, directory and translations, loaded as the bot would: once per test
/// binary (a load runs every language's crisis test and composes the urgent screens).
pub fn bundled() -> Arc<Content> {
    static BUNDLED: std::sync::OnceLock<Arc<Content>> = std::sync::OnceLock::new();
    BUNDLED.get_or_init(|| content_in(&root())).clone()
}

/// The flows and locales under `dir`, loaded as the bot would.
pub fn content_in(dir: &Path) -> Arc<Content> {
    let config = putokaz::config::Config {
        flows: dir.join("flows"),
        locales: dir.join("locales"),
        ..putokaz::config::Config::default()
    };
    let loaded = Content::load(&Sources::from_config(&config));
    Arc::new(
        loaded
            .content
            .unwrap_or_else(|| panic!("{}", loaded.report.render(true))),
    )
}

/// An engine over the bundled content, starting in `locale` (or at the language menu).
pub fn engine(content: Arc<Content>, locale: Option<&str>) -> Engine {
    Engine::new(
        content,
        Settings {
            preset_locale: locale.map(str::to_string),
            ..Settings::default()
        },
    )
}

/// Says each input in turn, as one person, and returns the replies to the last.
pub fn converse(engine: &Engine, inputs: &[&str]) -> Replies {
    let mut session = None;
    let mut last = None;
    for input in inputs {
        let transition = engine.step(session, input, 0);
        session = transition.session;
        last = Some(transition.replies);
    }
    last.expect("at least one input")
}

/// Every file under `dir`, recursively.
pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
