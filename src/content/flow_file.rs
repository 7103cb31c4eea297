//! The flow file format as coordinators write it (see docs/flows.md). These types mirror the YAML
//! one to one, keep positions for diagnostics, and reject unknown keys; `flows.rs` turns them into
//! the model the engine runs.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

/// The newest flow format this build understands. Older formats are migrated on load.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlowFile {
    pub format: Spanned<u32>,
    /// The flow's id, used by `flow:` jumps from other flows.
    pub flow: Spanned<String>,
    /// A note for coordinators; never shown to people.
    #[serde(default)]
    pub description: Option<String>,
    /// The flow starts at its first node.
    pub nodes: Vec<RawNode>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    pub id: Spanned<String>,
    /// Counters and choices to clear when the node is reached (e.g. at the start of a check).
    #[serde(default)]
    pub reset: Vec<Spanned<String>>,
    /// Messages shown when the node is reached.
    #[serde(default)]
    pub say: Option<Spanned<OneOrMany<RawMessage>>>,
    /// Services listed as cards, filtered by what the person said.
    #[serde(default)]
    pub directory: Option<Spanned<RawDirectory>>,
    /// Contact cards for named services.
    #[serde(default)]
    pub cards: Option<Vec<Spanned<String>>>,
    /// Emergency and hotline contacts for a country (`$country` or a code such as `RS`).
    #[serde(default)]
    pub urgent: Option<Spanned<String>>,
    /// Numbered options; the node waits for an answer.
    #[serde(default)]
    pub menu: Option<Spanned<Vec<RawOption>>>,
    /// Free-text answer routed by cases; the node waits for an answer.
    #[serde(default)]
    pub cases: Option<Spanned<Vec<RawCase>>>,
    /// Where a free-text answer goes when no case matches.
    #[serde(default)]
    pub otherwise: Option<Spanned<String>>,
    /// Conditions checked in order; the first that holds decides where to go.
    #[serde(default)]
    pub branch: Option<Spanned<Vec<RawBranch>>>,
    /// Web addresses of the facts the node states, for coordinators and reviewers; checked to
    /// be well formed, never shown.
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    /// Where to go next, without waiting: a node, `back` or `main-menu`.
    #[serde(default)]
    pub go: Option<Spanned<String>>,
    /// Another flow to continue in (at its first node, or at `go` in that flow).
    #[serde(default)]
    pub flow: Option<Spanned<String>>,
}

/// A message to show: either just its Fluent id, or the id with variables.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawMessage {
    Id(String),
    WithVars {
        msg: String,
        #[serde(default)]
        vars: BTreeMap<String, ScalarValue>,
    },
}

impl RawMessage {
    pub fn id(&self) -> &str {
        match self {
            RawMessage::Id(id) | RawMessage::WithVars { msg: id, .. } => id,
        }
    }
}

/// A YAML scalar as written: numbers stay numbers for Fluent's plural rules.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum ScalarValue {
    Number(i64),
    Text(String),
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

impl<T> OneOrMany<T> {
    pub fn as_slice(&self) -> &[T] {
        match self {
            OneOrMany::One(one) => std::slice::from_ref(one),
            OneOrMany::Many(many) => many,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    /// Fluent id of the option's text; its `.keywords` attribute lists other words that pick it.
    pub label: Spanned<String>,
    #[serde(default)]
    pub go: Option<Spanned<String>>,
    #[serde(default)]
    pub flow: Option<Spanned<String>>,
    #[serde(default)]
    pub set: BTreeMap<String, String>,
    #[serde(default)]
    pub add: BTreeMap<String, i64>,
    /// Choosing this option is the person's consent to be referred to a service's workers.
    #[serde(default)]
    pub refer: Option<Spanned<RawRefer>>,
    /// The option is offered only when the directory has such a service, so a menu never
    /// promises what the directory cannot give.
    #[serde(default)]
    pub if_services: Option<Spanned<RawServices>>,
}

/// Services that must be in the directory: for a menu option to be offered (`if_services:` on
/// an option) or for a branch to hold (`if_services:` on a branch). `None` means "any".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawServices {
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

/// A consented hand-off: the service whose workers receive the referral, and the need to tell
/// them (a category, or `$need` for what the person chose).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRefer {
    pub service: String,
    #[serde(default)]
    pub need: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    /// Fluent id whose `.keywords` (and optional `.pattern`) attributes match, per language.
    #[serde(default)]
    pub keywords: Option<Spanned<String>>,
    /// A regular expression that matches in every language.
    #[serde(default)]
    pub regex: Option<Spanned<String>>,
    #[serde(default)]
    pub go: Option<Spanned<String>>,
    #[serde(default)]
    pub flow: Option<Spanned<String>>,
    #[serde(default)]
    pub set: BTreeMap<String, String>,
    #[serde(default)]
    pub add: BTreeMap<String, i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBranch {
    /// A condition such as `signs >= 1` or `country = RS`; a branch without one always holds.
    #[serde(default, rename = "if")]
    pub condition: Option<Spanned<String>>,
    /// Holds only when the directory has such a service (and `if:`, when given, holds too).
    #[serde(default)]
    pub if_services: Option<Spanned<RawServices>>,
    #[serde(default)]
    pub go: Option<Spanned<String>>,
    #[serde(default)]
    pub flow: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDirectory {
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Fluent id shown when nothing matches.
    #[serde(default)]
    pub none: Option<String>,
    /// Fluent id shown before the cards when something matches ("Here is what I found:"),
    /// never above an empty answer.
    #[serde(default)]
    pub found: Option<String>,
    /// Instead of whole cards, one phone number of each service found, under its country's
    /// name, in one card: the first channel labelled with one of these message ids (e.g.
    /// `[contact-ambulance, contact-emergency-112]`). For a short screen that still gives
    /// everyone a number.
    #[serde(default)]
    pub one_number: Vec<String>,
}
