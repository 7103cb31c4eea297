//! Aggregate counters for coordinators: how many conversations, in which languages, and how
//! far people get in each flow. Counts only: no identity, no text, no time of day. `!stats`
//! and `putokaz stats` show them.
//!
//! Drop-off needs no per-person state: every arrival at a node counts a visit, and every
//! message a person sends while waiting at a node counts that node as continued. What is left,
//! visits minus continued, is how often people stopped writing there.

use std::collections::BTreeMap;

use crate::content::Content;
use crate::engine::{Position, Session, Transition};

const VISITS: &str = "visits: ";
const CONTINUED: &str = "continued: ";
const LANGUAGE_CHOSEN: &str = "language chosen: ";
const MESSAGES_IN: &str = "messages in: ";

/// The counters one step adds to, from the session before it and the step itself.
pub fn step_counters(before: Option<&Session>, step: &Transition) -> Vec<String> {
    let mut counters = vec!["messages answered".to_string()];
    if before.is_none() {
        counters.push("conversations started".into());
    }
    if let Some(at) = before.and_then(|session| session.at.as_ref()) {
        counters.push(format!("{CONTINUED}{}", node_name(at)));
    }
    for position in &step.visited {
        counters.push(format!("{VISITS}{}", node_name(position)));
    }
    let locale_before = before.and_then(|s| s.locale.as_deref());
    let locale_after = step.session.as_ref().and_then(|s| s.locale.as_deref());
    if let Some(locale) = locale_after {
        counters.push(format!("{MESSAGES_IN}{locale}"));
        if locale_before != Some(locale) {
            counters.push(format!("{LANGUAGE_CHOSEN}{locale}"));
        }
    }
    let said = step.replies.message_ids();
    if said.contains(&"emergency-intro") {
        counters.push("emergency answers".into());
    }
    if said.contains(&"attachment-unreadable") {
        counters.push("voice notes, pictures and files answered".into());
    }
    if step.referral.is_some() {
        counters.push("hand-offs accepted".into());
    }
    if step.erase {
        counters.push("quick erase".into());
    } else if step.session.is_none() {
        counters.push("forget me".into());
    }
    counters
}

fn node_name(position: &Position) -> String {
    format!("{}/{}", position.flow, position.node)
}

/// The counters as coordinators read them: totals, languages, then each node that people
/// reached, in flow order, with how often they stopped there.
pub fn render(counters: &[(String, u64)], content: Option<&Content>) -> String {
    if counters.is_empty() {
        return "No conversations yet.".into();
    }
    let mut totals = Vec::new();
    let mut chosen = Vec::new();
    let mut messages = Vec::new();
    let mut visits: BTreeMap<&str, u64> = BTreeMap::new();
    let mut continued: BTreeMap<&str, u64> = BTreeMap::new();
    for (name, count) in counters {
        if let Some(node) = name.strip_prefix(VISITS) {
            visits.insert(node, *count);
        } else if let Some(node) = name.strip_prefix(CONTINUED) {
            continued.insert(node, *count);
        } else if let Some(locale) = name.strip_prefix(LANGUAGE_CHOSEN) {
            chosen.push(format!("{locale} {count}"));
        } else if let Some(locale) = name.strip_prefix(MESSAGES_IN) {
            messages.push(format!("{locale} {count}"));
        } else if !name.starts_with("language ") {
            // "language xx" was an older counter, kept in stores but superseded.
            totals.push(format!("{name}: {count}"));
        }
    }
    let mut out = vec!["Aggregate counts (no identities, no text).".to_string()];
    out.extend(totals);
    if !chosen.is_empty() {
        out.push(format!("Languages chosen: {}", chosen.join(", ")));
    }
    if !messages.is_empty() {
        out.push(format!("Messages by language: {}", messages.join(", ")));
    }
    if !visits.is_empty() {
        out.push("Nodes: visits, and how often people stopped writing there".into());
        for node in ordered_nodes(&visits, content) {
            let seen = visits[node];
            let waits = waits(content, node);
            let line = match waits {
                Some(true) | None => {
                    let left = seen.saturating_sub(continued.get(node).copied().unwrap_or(0));
                    let percent = (left * 100).checked_div(seen).unwrap_or(0);
                    format!("  {node}: {seen} visits, {left} stopped here ({percent}%)")
                }
                Some(false) => format!("  {node}: {seen} visits"),
            };
            out.push(line);
        }
    }
    out.join("\n")
}

/// Nodes of the running content in flow and file order, then any the content no longer has.
fn ordered_nodes<'a>(visits: &BTreeMap<&'a str, u64>, content: Option<&Content>) -> Vec<&'a str> {
    let mut order: Vec<&'a str> = Vec::new();
    if let Some(content) = content {
        let mut flows: Vec<_> = content.flows.values().collect();
        flows.sort_by(|a, b| a.id.cmp(&b.id));
        for flow in flows {
            for node in &flow.order {
                let name = format!("{}/{node}", flow.id);
                if let Some((&key, _)) = visits.get_key_value(name.as_str()) {
                    order.push(key);
                }
            }
        }
    }
    for &node in visits.keys() {
        if !order.contains(&node) {
            order.push(node);
        }
    }
    order
}

/// Whether the node waits for an answer (only then can people stop there); `None` when the
/// running content does not have it.
fn waits(content: Option<&Content>, name: &str) -> Option<bool> {
    let (flow, node) = name.split_once('/')?;
    content?.node(flow, node).map(|node| node.waits())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Engine, Settings};
    use std::sync::Arc;

    #[test]
    fn steps_count_visits_continuations_and_languages_but_nothing_personal() {
        let engine = Engine::new(
            Arc::new(crate::content::load_bundled()),
            Settings::default(),
        );
        let first = engine.step(None, "hi", 0);
        let counters = step_counters(None, &first);
        assert!(counters.contains(&"conversations started".to_string()));
        let second = engine.step(first.session.clone(), "فارسی", 1);
        let counters = step_counters(first.session.as_ref(), &second);
        assert!(
            counters.contains(&"language chosen: fa".to_string()),
            "{counters:?}"
        );
        assert!(
            counters.contains(&"visits: main/menu".to_string()),
            "{counters:?}"
        );
        let third = engine.step(second.session.clone(), "2", 2);
        let counters = step_counters(second.session.as_ref(), &third);
        assert!(
            counters.contains(&"continued: main/menu".to_string()),
            "{counters:?}"
        );
        assert!(!counters.iter().any(|c| c.contains("language chosen")));
        assert!(counters.iter().all(|c| !c.contains('2') || c.contains('/')));
    }

    #[test]
    fn drop_off_is_visits_minus_continued_for_waiting_nodes() {
        let content = crate::content::load_bundled();
        let counters = vec![
            ("messages answered".to_string(), 9),
            ("visits: main/menu".to_string(), 4),
            ("continued: main/menu".to_string(), 3),
            ("visits: gone/node".to_string(), 2),
            ("language chosen: ar".to_string(), 2),
        ];
        let text = render(&counters, Some(&content));
        assert!(
            text.contains("main/menu: 4 visits, 1 stopped here (25%)"),
            "{text}"
        );
        assert!(
            text.contains("gone/node: 2 visits, 2 stopped here (100%)"),
            "{text}"
        );
        assert!(text.contains("Languages chosen: ar 2"), "{text}");
        assert!(text.contains("messages answered: 9"), "{text}");
        assert_eq!(render(&[], None), "No conversations yet.");
    }
}
