//! Flow pictures: `putokaz graph` draws nodes, options and jumps as Mermaid or Graphviz DOT,
//! with labels in a chosen language, so coordinators can review a change by looking at it.

use std::fmt::Write as _;

use crate::content::Content;
use crate::content::model::{Flow, Node, Target, Test, Way};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Mermaid,
    Dot,
}

/// One arrow: from a node to a target, with what the person does to follow it.
struct Edge {
    from: String,
    to: String,
    label: String,
}

/// Draws `flow` (or every flow) with labels in `locale`.
pub fn draw(
    content: &Content,
    flow: Option<&str>,
    locale: &str,
    format: Format,
) -> Result<String, String> {
    let mut flows: Vec<&Flow> = match flow {
        Some(id) => vec![content.flows.get(id).ok_or_else(|| {
            let mut known: Vec<&str> = content.flows.keys().map(String::as_str).collect();
            known.sort_unstable();
            format!("no flow `{id}`; flows: {}", known.join(", "))
        })?],
        None => content.flows.values().collect(),
    };
    flows.sort_by(|a, b| (a.id != "main", &a.id).cmp(&(b.id != "main", &b.id)));

    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    for flow in &flows {
        for id in &flow.order {
            let node = &flow.nodes[id];
            nodes.push((
                key(&flow.id, id),
                flow.id.clone(),
                node_label(content, locale, id, node),
            ));
            edges.extend(node_edges(content, locale, &flow.id, node));
        }
    }
    Ok(match format {
        Format::Mermaid => mermaid(&nodes, &edges),
        Format::Dot => dot(&nodes, &edges),
    })
}

fn key(flow: &str, node: &str) -> String {
    format!("{flow}/{node}")
}

fn node_label(content: &Content, locale: &str, id: &str, node: &Node) -> String {
    let first = node
        .say
        .first()
        .and_then(|m| content.locales.format(locale, &m.id, None))
        .map(|text| shorten(&strip_isolation(&text), 48));
    match first {
        Some(text) => format!("{id}: {text}"),
        None => id.to_string(),
    }
}

fn node_edges(content: &Content, locale: &str, flow: &str, node: &Node) -> Vec<Edge> {
    let from = key(flow, &node.id);
    let label_of = |id: &str| {
        content
            .locales
            .format(locale, id, None)
            .map_or_else(|| id.to_string(), |t| shorten(&strip_isolation(&t), 32))
    };
    let edge = |target: &Target, label: String| Edge {
        from: from.clone(),
        to: target_key(target),
        label,
    };
    match &node.way {
        Way::Menu(options) => options
            .iter()
            .enumerate()
            .map(|(i, o)| edge(&o.target, format!("{}. {}", i + 1, label_of(&o.label))))
            .collect(),
        Way::Cases { cases, otherwise } => cases
            .iter()
            .map(|c| {
                let words = c
                    .keywords
                    .as_deref()
                    .map_or_else(|| "pattern".to_string(), |k| format!("words: {k}"));
                edge(&c.target, words)
            })
            .chain(std::iter::once(edge(otherwise, "otherwise".into())))
            .collect(),
        Way::Branch(branches) => branches
            .iter()
            .map(|b| {
                let label = b.condition.as_ref().map_or_else(
                    || "else".to_string(),
                    |c| match &c.test {
                        Test::IsSet => format!("if {} is set", c.name),
                        Test::Compare(op, n) => format!("if {} {} {n}", c.name, op.symbol()),
                        Test::Equals(v) => format!("if {} = {v}", c.name),
                        Test::NotEquals(v) => format!("if {} != {v}", c.name),
                    },
                );
                edge(&b.target, label)
            })
            .collect(),
        Way::Go(target) => vec![edge(target, String::new())],
    }
}

fn target_key(target: &Target) -> String {
    match target {
        Target::Node { flow, node } => key(flow, node),
        Target::Back => "(back)".into(),
        Target::MainMenu => "(main menu)".into(),
        Target::LanguageMenu => "(language menu)".into(),
        Target::Person => "(talk to a person)".into(),
    }
}

fn shorten(text: &str, max: usize) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() <= max {
        line.to_string()
    } else {
        format!("{}…", line.chars().take(max).collect::<String>())
    }
}

fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// Mermaid ids: letters, digits and `_` only.
fn mermaid_id(key: &str) -> String {
    key.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

fn mermaid_text(text: &str) -> String {
    text.replace('"', "#quot;")
}

fn mermaid(nodes: &[(String, String, String)], edges: &[Edge]) -> String {
    let mut out = String::from("flowchart TD\n");
    let mut current_flow = None;
    for (key, flow, label) in nodes {
        if current_flow != Some(flow) {
            if current_flow.is_some() {
                out.push_str("  end\n");
            }
            let _ = writeln!(
                out,
                "  subgraph {}[\"{flow}\"]",
                mermaid_id(&format!("flow {flow}"))
            );
            current_flow = Some(flow);
        }
        let _ = writeln!(out, "    {}[\"{}\"]", mermaid_id(key), mermaid_text(label));
    }
    if current_flow.is_some() {
        out.push_str("  end\n");
    }
    // Jump words (main menu, back...) are drawn as one round node each, declared once.
    let mut declared = std::collections::HashSet::new();
    for edge in edges {
        let to = mermaid_id(&edge.to);
        if edge.to.starts_with('(') && declared.insert(to.clone()) {
            let _ = writeln!(out, "  {to}((\"{}\"))", mermaid_text(&edge.to));
        }
        if edge.label.is_empty() {
            let _ = writeln!(out, "  {} --> {to}", mermaid_id(&edge.from));
        } else {
            let _ = writeln!(
                out,
                "  {} -->|\"{}\"| {to}",
                mermaid_id(&edge.from),
                mermaid_text(&edge.label)
            );
        }
    }
    out
}

fn dot_text(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

fn dot(nodes: &[(String, String, String)], edges: &[Edge]) -> String {
    let mut out = String::from(
        "digraph putokaz {\n  rankdir=TB;\n  node [shape=box, fontname=\"sans-serif\"];\n",
    );
    for (key, _, label) in nodes {
        let _ = writeln!(
            out,
            "  \"{}\" [label=\"{}\"];",
            dot_text(key),
            dot_text(label)
        );
    }
    for edge in edges {
        if edge.to.starts_with('(') {
            let _ = writeln!(out, "  \"{}\" [shape=ellipse];", dot_text(&edge.to));
        }
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [label=\"{}\"];",
            dot_text(&edge.from),
            dot_text(&edge.to),
            dot_text(&edge.label)
        );
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load_bundled as bundled;

    #[test]
    fn mermaid_shows_options_branches_and_jumps() {
        let content = bundled();
        let text = draw(&content, Some("safe-now"), "en", Format::Mermaid).unwrap();
        assert!(text.starts_with("flowchart TD\n"), "{text}");
        assert!(
            text.contains("safe_now_intro -->|\"1. Start\"| safe_now_q_documents"),
            "{text}"
        );
        assert!(
            text.contains("safe_now_result -->|\"if signs >= 1\"| safe_now_some_signs"),
            "{text}"
        );
        assert!(text.contains("-->|\"2. Main menu\"| _main_menu_"), "{text}");
    }

    #[test]
    fn dot_labels_are_in_the_chosen_language_and_cross_flows() {
        let content = bundled();
        let text = draw(&content, Some("main"), "ar", Format::Dot).unwrap();
        assert!(
            text.contains("\"main/menu\" -> \"awareness/menu\" [label=\"1. فهم وضعي\"]"),
            "{text}"
        );
        assert!(text.trim_end().ends_with('}'));
    }

    #[test]
    fn an_unknown_flow_names_the_known_ones() {
        let content = bundled();
        let error = draw(&content, Some("nope"), "en", Format::Dot).unwrap_err();
        assert!(
            error.contains("awareness") && error.contains("main"),
            "{error}"
        );
    }
}
