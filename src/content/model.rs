//! The flow model the engine runs: flows of nodes, each node saying something, maybe showing
//! cards, and then either waiting for an answer (menu, cases) or moving on (branch, go).
//! Everything here has been checked: targets exist and every node has a way on.

use std::collections::HashMap;
use std::ops::Range;

use regex::Regex;

use crate::diagnostic::SourceFile;

#[derive(Debug)]
pub struct Flow {
    pub id: String,
    /// The first node, where `flow:` jumps land.
    pub entry: String,
    pub nodes: HashMap<String, Node>,
    /// Node ids in file order, for stable listings and graphs.
    pub order: Vec<String>,
    pub file: SourceFile,
}

#[derive(Debug)]
pub struct Node {
    pub id: String,
    /// Counters and choices cleared on arrival.
    pub reset: Vec<String>,
    pub say: Vec<MessageRef>,
    pub show: Vec<Show>,
    pub way: Way,
    /// Where the node is defined, for diagnostics.
    pub span: Range<usize>,
}

impl Node {
    /// Whether the node stops and waits for the person's answer.
    pub fn waits(&self) -> bool {
        matches!(self.way, Way::Menu(_) | Way::Cases { .. })
    }
}

/// A Fluent message to show, with its variables.
#[derive(Debug, Clone)]
pub struct MessageRef {
    pub id: String,
    pub vars: Vec<(String, Value)>,
}

/// A value written in a flow: a literal, or a name the person's answers set (`$country`).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(i64),
    Session(String),
}

impl Value {
    /// Reads `$name` as a session reference and anything else as text.
    pub fn parse(text: &str) -> Value {
        match text.strip_prefix('$') {
            Some(name) => Value::Session(name.to_string()),
            None => Value::Text(text.to_string()),
        }
    }
}

#[derive(Debug)]
pub enum Show {
    Directory(DirectoryQuery),
    Cards(Vec<String>),
    Urgent(Value),
}

#[derive(Debug)]
pub struct DirectoryQuery {
    pub country: Option<Value>,
    pub category: Option<Value>,
    pub tags: Vec<String>,
    /// Message shown when nothing matches.
    pub none: Option<String>,
    /// Message shown before the cards when something matches.
    pub found: Option<String>,
    /// One number per service found, the first channel with one of these labels (see
    /// `RawDirectory::one_number`); empty for whole cards.
    pub one_number: Vec<String>,
}

#[derive(Debug)]
pub enum Way {
    Menu(Vec<MenuOption>),
    Cases { cases: Vec<Case>, otherwise: Target },
    Branch(Vec<Branch>),
    Go(Target),
}

impl Way {
    /// Every target this way can lead to.
    pub fn targets(&self) -> Vec<&Target> {
        match self {
            Way::Menu(options) => options.iter().map(|o| &o.target).collect(),
            Way::Cases { cases, otherwise } => cases
                .iter()
                .map(|c| &c.target)
                .chain(std::iter::once(otherwise))
                .collect(),
            Way::Branch(branches) => branches.iter().map(|b| &b.target).collect(),
            Way::Go(target) => vec![target],
        }
    }
}

#[derive(Debug)]
pub struct MenuOption {
    /// Fluent id of the option's text.
    pub label: String,
    pub effects: Effects,
    pub target: Target,
    /// Offered only when the directory has such a service.
    pub only_if: Option<ServicesProbe>,
}

/// Services that must be in the directory, for the person's answers so far.
#[derive(Debug)]
pub struct ServicesProbe {
    pub country: Option<Value>,
    pub category: Option<Value>,
    pub tags: Vec<String>,
}

#[derive(Debug)]
pub struct Case {
    /// Fluent id whose `.keywords` and `.pattern` match, per locale.
    pub keywords: Option<String>,
    pub regex: Option<Regex>,
    pub effects: Effects,
    pub target: Target,
}

#[derive(Debug)]
pub struct Branch {
    pub condition: Option<Condition>,
    /// Holds only when the directory has such a service.
    pub services: Option<ServicesProbe>,
    pub target: Target,
}

/// What an answer records: choices (`set`) and counters (`add`), and for a consented
/// hand-off, the referral to pass on.
#[derive(Debug, Default, Clone)]
pub struct Effects {
    pub set: Vec<(String, String)>,
    pub add: Vec<(String, i64)>,
    pub refer: Option<Refer>,
}

/// A referral a menu option passes on when chosen (see `Transition::referral`).
#[derive(Debug, Clone, PartialEq)]
pub struct Refer {
    pub service: String,
    pub need: Option<Value>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    Node {
        flow: String,
        node: String,
    },
    Back,
    MainMenu,
    /// Opens the language menu; the person comes back to where they were.
    LanguageMenu,
    /// `talk-to-person`: the offer to pass the conversation to a team's worker (see `teams`).
    Person,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub name: String,
    pub test: Test,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    /// The counter is non-zero or the choice is set.
    IsSet,
    Compare(Comparison, i64),
    Equals(String),
    NotEquals(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Less,
    LessOrEqual,
    Equal,
    NotEqual,
    GreaterOrEqual,
    Greater,
}

impl Comparison {
    /// As written in a flow file.
    pub fn symbol(self) -> &'static str {
        match self {
            Comparison::Less => "<",
            Comparison::LessOrEqual => "<=",
            Comparison::Equal => "=",
            Comparison::NotEqual => "!=",
            Comparison::GreaterOrEqual => ">=",
            Comparison::Greater => ">",
        }
    }

    pub fn holds(self, left: i64, right: i64) -> bool {
        match self {
            Comparison::Less => left < right,
            Comparison::LessOrEqual => left <= right,
            Comparison::Equal => left == right,
            Comparison::NotEqual => left != right,
            Comparison::GreaterOrEqual => left >= right,
            Comparison::Greater => left > right,
        }
    }
}

impl Condition {
    /// Parses `name`, `name >= 2`, `name = value` or `name != value`.
    pub fn parse(text: &str) -> Result<Condition, String> {
        let text = text.trim();
        let operators = [">=", "<=", "!=", "==", ">", "<", "="];
        let Some((index, op)) = operators
            .iter()
            .filter_map(|op| text.find(op).map(|i| (i, *op)))
            .min_by_key(|(i, op)| (*i, std::cmp::Reverse(op.len())))
        else {
            check_name(text)?;
            return Ok(Condition {
                name: text.to_string(),
                test: Test::IsSet,
            });
        };
        let name = text[..index].trim();
        let operand = text[index + op.len()..].trim();
        check_name(name)?;
        if operand.is_empty() {
            return Err(format!("nothing after `{op}`"));
        }
        let test = match (op, operand.parse::<i64>()) {
            (">=", Ok(n)) => Test::Compare(Comparison::GreaterOrEqual, n),
            ("<=", Ok(n)) => Test::Compare(Comparison::LessOrEqual, n),
            (">", Ok(n)) => Test::Compare(Comparison::Greater, n),
            ("<", Ok(n)) => Test::Compare(Comparison::Less, n),
            ("=" | "==", Ok(n)) => Test::Compare(Comparison::Equal, n),
            ("!=", Ok(n)) => Test::Compare(Comparison::NotEqual, n),
            ("=" | "==", Err(_)) => Test::Equals(operand.to_string()),
            ("!=", Err(_)) => Test::NotEquals(operand.to_string()),
            (_, Err(_)) => {
                return Err(format!(
                    "`{op}` compares numbers, but `{operand}` is not one"
                ));
            }
            _ => unreachable!("every operator is listed above"),
        };
        Ok(Condition {
            name: name.to_string(),
            test,
        })
    }
}

/// Names of counters and choices: lower-case letters, digits, `-` and `_`.
pub fn check_name(name: &str) -> Result<(), String> {
    let valid = !name.is_empty()
        && name.len() <= 32
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "`{name}` is not a valid name: use lower-case letters, digits, `-` and `_`, starting with a letter"
        ))
    }
}

/// Ids of flows, nodes, services and messages: the same rule as names, but longer.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_parse() {
        assert_eq!(
            Condition::parse("signs >= 3").unwrap().test,
            Test::Compare(Comparison::GreaterOrEqual, 3)
        );
        assert_eq!(
            Condition::parse("signs>0").unwrap().test,
            Test::Compare(Comparison::Greater, 0)
        );
        assert_eq!(
            Condition::parse("country = RS").unwrap().test,
            Test::Equals("RS".into())
        );
        assert_eq!(
            Condition::parse("country != RS").unwrap().test,
            Test::NotEquals("RS".into())
        );
        assert_eq!(Condition::parse("country").unwrap().test, Test::IsSet);
        assert!(Condition::parse("signs >= many").is_err());
        assert!(Condition::parse("Signs >= 1").is_err());
        assert!(Condition::parse("signs >=").is_err());
        assert!(Condition::parse("").is_err());
    }
}
