//! Conversation tests: YAML transcripts of what a person says and what the bot must answer.
//! They assert on Fluent message ids where they can, so one transcript runs in every language.
//! Both `cargo test` and `putokaz test` run them, so coordinators can write them too.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;

use crate::content::{Content, files_with_extension, read_source, yaml};
use crate::diagnostic::Diagnostic;
use crate::engine::reply::{Replies, Reply};
use crate::engine::{Attachment, Channel, Engine, Input, Session, Settings};
use crate::render;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transcript {
    pub name: String,
    /// Run once per locale, starting in it. Without it, the person starts at the language menu.
    #[serde(default)]
    pub locales: Vec<String>,
    /// How the conversation reaches the person: `direct` (default) or `relayed` (from
    /// WhatsApp, Signal or Telegram through a bridge).
    #[serde(default)]
    pub channel: Option<String>,
    pub turns: Vec<Turn>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Turn {
    /// What the person types: one text, or one per locale. With `attach`, the caption.
    #[serde(default)]
    pub say: Option<Said>,
    /// Open a flow at its start instead of saying something, as `!care` does in a helper's
    /// direct chat: the entry points that no menu leads to are tested this way.
    #[serde(default)]
    pub open: Option<String>,
    /// Something the bot cannot read, sent instead of a text: `voice`, `audio`, `image`,
    /// `video`, `sticker`, `file`, `location` or `other`.
    #[serde(default)]
    pub attach: Option<String>,
    /// Time passing before this message (e.g. `25h`).
    #[serde(default, with = "humantime_serde")]
    pub wait: Option<Duration>,
    #[serde(default)]
    pub expect: Expect,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Said {
    Same(String),
    PerLocale(BTreeMap<String, String>),
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// Message ids that must be among the replies (texts, options or card services).
    #[serde(default)]
    pub messages: Vec<String>,
    /// Message ids that must not be among the replies.
    #[serde(default)]
    pub not_messages: Vec<String>,
    /// The options offered, exactly and in order, as label ids.
    #[serde(default)]
    pub options: Option<Vec<String>>,
    /// Services whose cards must be shown.
    #[serde(default)]
    pub cards: Vec<String>,
    /// Text that must appear in the rendered reply (for single-language transcripts).
    #[serde(default)]
    pub contains: Vec<String>,
    #[serde(default)]
    pub not_contains: Vec<String>,
    /// The bot must say nothing at all (the later pictures of an album).
    #[serde(default)]
    pub silent: bool,
    /// Whether the session must have been deleted.
    #[serde(default)]
    pub forgotten: Option<bool>,
    /// Where the person must be afterwards, as `flow/node`.
    #[serde(default)]
    pub at: Option<String>,
}

/// One transcript run in one locale that did not go as written.
#[derive(Debug)]
pub struct Failure {
    pub file: PathBuf,
    pub locale: Option<String>,
    pub turn: usize,
    pub said: String,
    pub problems: Vec<String>,
    pub reply: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let locale = self.locale.as_deref().unwrap_or("first contact");
        writeln!(
            f,
            "FAILED {} [{locale}], turn {}: {:?}",
            self.file.display(),
            self.turn,
            self.said
        )?;
        for problem in &self.problems {
            writeln!(f, "  - {problem}")?;
        }
        writeln!(f, "  the whole reply was:")?;
        for line in self.reply.lines() {
            writeln!(f, "  | {line}")?;
        }
        Ok(())
    }
}

/// The outcome of running every transcript in a folder.
#[derive(Debug, Default)]
pub struct Summary {
    pub passed: usize,
    pub failures: Vec<Failure>,
    pub broken: Vec<Diagnostic>,
    /// One line per run, for the console.
    pub log: String,
    /// Every (flow, node) some run passed through, failing runs included up to their failure.
    pub reached: BTreeSet<(String, String)>,
}

impl Summary {
    pub fn ok(&self) -> bool {
        self.failures.is_empty() && self.broken.is_empty()
    }
}

/// Runs every transcript in `dir` against `content`.
pub fn run_dir(dir: &Path, content: Arc<Content>) -> Summary {
    let mut summary = Summary::default();
    let paths = match files_with_extension(dir, &["yaml", "yml"]) {
        Ok(paths) => paths,
        Err(error) => {
            summary.broken.push(Diagnostic::error(
                "test::unreadable",
                format!("cannot read {}: {error}", dir.display()),
            ));
            return summary;
        }
    };
    for path in paths {
        let parsed = read_source(&path).and_then(|file| yaml::parse::<Transcript>(&file));
        let transcript = match parsed {
            Ok(transcript) => transcript,
            Err(diagnostic) => {
                summary.broken.push(*diagnostic);
                continue;
            }
        };
        let locales: Vec<Option<String>> = if transcript.locales.is_empty() {
            vec![None]
        } else {
            transcript.locales.iter().cloned().map(Some).collect()
        };
        for locale in locales {
            let label = locale.as_deref().unwrap_or("first contact");
            let reached = &mut summary.reached;
            match run(
                &path,
                &transcript,
                locale.as_deref(),
                content.clone(),
                reached,
            ) {
                Ok(()) => {
                    summary.passed += 1;
                    let _ = writeln!(summary.log, "ok     {} [{label}]", path.display());
                }
                Err(failure) => {
                    let _ = writeln!(summary.log, "FAILED {} [{label}]", path.display());
                    summary.failures.push(*failure);
                }
            }
        }
    }
    summary
}

/// Runs one transcript in one locale (or from first contact).
pub fn run(
    path: &Path,
    transcript: &Transcript,
    locale: Option<&str>,
    content: Arc<Content>,
    reached: &mut BTreeSet<(String, String)>,
) -> Result<(), Box<Failure>> {
    let fail = |turn: usize, said: &str, problems: Vec<String>, reply: String| {
        Box::new(Failure {
            file: path.to_path_buf(),
            locale: locale.map(str::to_string),
            turn,
            said: said.to_string(),
            problems,
            reply,
        })
    };
    if let Some(locale) = locale
        && content.locales.get(locale).is_none()
    {
        return Err(fail(
            0,
            "",
            vec![format!("locale `{locale}` is not bundled")],
            String::new(),
        ));
    }
    let settings = Settings {
        preset_locale: locale.map(str::to_string),
        ..Settings::default()
    };
    let engine = Engine::new(content, settings);
    let channel = match transcript.channel.as_deref() {
        None => Channel::Direct,
        Some(name) => Channel::from_name(name).ok_or_else(|| {
            fail(
                0,
                "",
                vec![format!(
                    "channel `{name}` is neither `direct` nor `relayed`"
                )],
                String::new(),
            )
        })?,
    };
    let mut session: Option<Session> = None;
    // A fixed start keeps runs repeatable; each turn comes a minute after the last.
    let mut now = 1_800_000_000u64;
    for (index, turn) in transcript.turns.iter().enumerate() {
        now += turn.wait.map_or(60, |w| w.as_secs());
        let said = match &turn.say {
            None => String::new(),
            Some(Said::Same(text)) => text.clone(),
            Some(Said::PerLocale(texts)) => match locale.and_then(|l| texts.get(l)) {
                Some(text) => text.clone(),
                None => {
                    let problem = format!("no text to say for locale {locale:?}");
                    return Err(fail(index + 1, "", vec![problem], String::new()));
                }
            },
        };
        if let Some(flow) = &turn.open {
            if turn.say.is_some() || turn.attach.is_some() {
                let problem = "a turn with `open` says and attaches nothing".to_string();
                return Err(fail(index + 1, "", vec![problem], String::new()));
            }
            if !engine.content().flows.contains_key(flow) {
                let problem = format!("`open: {flow}` is not a flow");
                return Err(fail(index + 1, "", vec![problem], String::new()));
            }
        }
        let input = match turn.attach.as_deref() {
            None if turn.say.is_none() && turn.open.is_none() => {
                let problem = "a turn needs `say`, `attach`, both, or `open`".to_string();
                return Err(fail(index + 1, "", vec![problem], String::new()));
            }
            None => Input::text(&said),
            Some(name) => match Attachment::from_name(name) {
                Some(kind) => Input::attachment(kind, &said),
                None => {
                    let problem = format!("`attach: {name}` is not a kind of attachment");
                    return Err(fail(index + 1, &said, vec![problem], String::new()));
                }
            },
        };
        let transition = match &turn.open {
            Some(flow) => engine.open_flow(session.take(), flow, now),
            None => engine.step(session.take(), input.on(channel), now),
        };
        reached.extend(
            transition
                .visited
                .iter()
                .map(|p| (p.flow.clone(), p.node.clone())),
        );
        let rendered = render::plain(&transition.replies);
        let problems = check(
            &turn.expect,
            &transition.replies,
            &rendered,
            transition.session.as_ref(),
        );
        if !problems.is_empty() {
            return Err(fail(index + 1, &said, problems, rendered));
        }
        session = transition.session;
    }
    Ok(())
}

fn check(
    expect: &Expect,
    replies: &Replies,
    rendered: &str,
    session: Option<&Session>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let ids = replies.message_ids();
    // Unless a transcript says otherwise, the bot must answer, and never with a raw
    // placeholder.
    match (expect.silent, replies.items.is_empty()) {
        (false, true) => problems.push("the bot said nothing".to_string()),
        (true, false) => problems.push("the bot should have said nothing".to_string()),
        _ => {}
    }
    if rendered.contains("{$") || rendered.contains("{ $") {
        problems.push("the reply shows an unfilled Fluent variable".to_string());
    }
    if let Some(line) = strip_bidi(rendered)
        .lines()
        .find(|l| looks_like_message_id(l.trim()))
    {
        problems.push(format!(
            "the reply shows what looks like a raw message id: {line:?}"
        ));
    }
    for id in &expect.messages {
        if !ids.contains(&id.as_str()) {
            problems.push(format!("expected message `{id}`; got {ids:?}"));
        }
    }
    for id in &expect.not_messages {
        if ids.contains(&id.as_str()) {
            problems.push(format!("message `{id}` should not be there"));
        }
    }
    if let Some(expected) = &expect.options {
        let offered: Vec<&str> = replies
            .items
            .iter()
            .rev()
            .find_map(|item| match item {
                Reply::Menu(items) => Some(items.iter().map(|i| i.message.as_str()).collect()),
                _ => None,
            })
            .unwrap_or_default();
        if offered != expected.iter().map(String::as_str).collect::<Vec<_>>() {
            problems.push(format!(
                "expected options {expected:?}; offered {offered:?}"
            ));
        }
    }
    for service in &expect.cards {
        let shown = replies
            .items
            .iter()
            .any(|item| matches!(item, Reply::Card(card) if &card.service == service));
        if !shown {
            problems.push(format!("expected the card of `{service}`"));
        }
    }
    let visible = strip_bidi(rendered);
    for text in &expect.contains {
        if !visible.contains(text.as_str()) {
            problems.push(format!("expected the text {text:?}"));
        }
    }
    for text in &expect.not_contains {
        if visible.contains(text.as_str()) {
            problems.push(format!("the text {text:?} should not be there"));
        }
    }
    if let Some(forgotten) = expect.forgotten
        && forgotten != session.is_none()
    {
        problems.push(if forgotten {
            "the session should have been deleted".to_string()
        } else {
            "the session was deleted".to_string()
        });
    }
    if let Some(at) = &expect.at {
        let actual = session
            .and_then(|s| s.at.as_ref())
            .map(|p| format!("{}/{}", p.flow, p.node));
        if actual.as_deref() != Some(at.as_str()) {
            problems.push(format!("expected to be at {at}; at {actual:?}"));
        }
    }
    problems
}

/// `main-menu-prompt`, `aw-q-debt`: lower-case words joined by hyphens, nothing else.
fn looks_like_message_id(line: &str) -> bool {
    line.contains('-')
        && !line.starts_with('-')
        && !line.ends_with('-')
        && line
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Drops directional marks and isolates, which are invisible but would break `contains`.
fn strip_bidi(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_are_recognised() {
        assert!(looks_like_message_id("main-menu-prompt"));
        assert!(looks_like_message_id("aw-q-debt"));
        assert!(!looks_like_message_id("1. English"));
        assert!(!looks_like_message_id("una-sana region"));
        assert!(!looks_like_message_id("menu"));
    }
}
