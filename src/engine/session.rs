//! What the bot remembers about one conversation, and nothing more: the language, where the
//! person is, a few counters and choices set by their answers (never their words), and when
//! they last wrote.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Bumped whenever the stored shape changes, so that old sessions can be migrated.
pub const SCHEMA_VERSION: u32 = 1;

/// How many steps "back" can undo.
pub const MAX_BACK: usize = 8;

/// Seconds since 1970-01-01 UTC. The engine never reads the clock; adapters pass the time in.
pub type Timestamp = u64;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub flow: String,
    pub node: String,
}

/// A node the person left, with their answers as they were then, so "back" can undo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub at: Position,
    #[serde(default)]
    pub counters: BTreeMap<String, i64>,
    #[serde(default)]
    pub choices: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    #[serde(rename = "v")]
    pub schema: u32,
    /// The person's locale, once chosen.
    pub locale: Option<String>,
    /// The node waiting for the person's answer; `None` before the first menu.
    pub at: Option<Position>,
    /// Earlier waiting nodes, most recent last, for "back".
    #[serde(default)]
    pub back: Vec<Step>,
    /// Counters set by `add:` (e.g. warning signs answered yes).
    #[serde(default)]
    pub counters: BTreeMap<String, i64>,
    /// Choices set by `set:`, only ever values written in flows (e.g. `country: RS`).
    #[serde(default)]
    pub choices: BTreeMap<String, String>,
    /// The language menu is open (at first contact, or after "change language").
    #[serde(default)]
    pub choosing_language: bool,
    /// "Erase" was asked for and waits for its confirmation.
    #[serde(default)]
    pub confirming_erase: bool,
    /// "Talk to a person?" was asked and waits for yes or no.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confirming_person: bool,
    /// Talking with a person of this team, through the bot: what the person writes is passed
    /// on to the team (never stored), and the bot answers only urgent words and "bot".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with_team: Option<String>,
    pub last_active: Timestamp,
    /// When the last of a run of attachments (voice notes, pictures) came, with no written
    /// message since: an album gets one answer, not one per picture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment_at: Option<Timestamp>,
}

impl Session {
    pub fn new(now: Timestamp) -> Session {
        Session {
            schema: SCHEMA_VERSION,
            locale: None,
            at: None,
            back: Vec::new(),
            counters: BTreeMap::new(),
            choices: BTreeMap::new(),
            choosing_language: false,
            confirming_erase: false,
            confirming_person: false,
            with_team: None,
            last_active: now,
            attachment_at: None,
        }
    }

    pub fn counter(&self, name: &str) -> i64 {
        self.counters.get(name).copied().unwrap_or(0)
    }

    pub fn choice(&self, name: &str) -> Option<&str> {
        self.choices.get(name).map(String::as_str)
    }

    pub fn country(&self) -> Option<&str> {
        self.choice("country")
    }

    /// Remembers `step` for "back", forgetting the oldest beyond [`MAX_BACK`].
    pub fn push_back(&mut self, step: Step) {
        if self.back.last().is_some_and(|last| last.at == step.at) {
            return;
        }
        self.back.push(step);
        if self.back.len() > MAX_BACK {
            self.back.remove(0);
        }
    }
}
