//! Structured replies: what to say, independent of how an adapter shows it (terminal text,
//! Matrix HTML). Every piece carries the Fluent id it came from, so tests can assert on ids
//! and run unchanged in every language.

use crate::content::locale::Direction;

#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Text(Text),
    /// Numbered options; a person answers with the number or the option's words.
    Menu(Vec<MenuItem>),
    Card(Card),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub message: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MenuItem {
    pub number: usize,
    /// Fluent id of the label, or the locale id in the language menu.
    pub message: String,
    pub label: String,
}

/// A contact card for one service, readable on a narrow screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub service: String,
    pub title: String,
    pub description: Option<String>,
    pub lines: Vec<CardLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CardLine {
    pub label: String,
    pub value: String,
    pub kind: LineKind,
}

/// How a card line's value should be presented (dialable, clickable, plain).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Phone,
    Link,
    Email,
    Text,
}

/// Everything the bot says in answer to one message, in one direction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Replies {
    pub direction: Direction,
    pub items: Vec<Reply>,
}

impl Replies {
    /// Every Fluent id behind the replies: texts, menu labels and card services.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = Vec::new();
        for item in &self.items {
            match item {
                Reply::Text(text) => ids.push(text.message.as_str()),
                Reply::Menu(items) => ids.extend(items.iter().map(|i| i.message.as_str())),
                Reply::Card(card) => ids.push(card.service.as_str()),
            }
        }
        ids
    }
}
