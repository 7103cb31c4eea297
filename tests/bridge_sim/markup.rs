//! What a person on WhatsApp reads of a Matrix message, by the rules mautrix-whatsapp converts
//! HTML with (its `format.HTMLParser`, configured in `pkg/msgconv/msgconv.go`; the rules are
//! written out in docs/bridges.md). Written for these tests from those rules:
//! - text keeps its characters, but a newline inside HTML text is dropped; `<br>` is a newline;
//! - `<b>`/`<strong>` become `*x*`, `<i>`/`<em>` `_x_`, `<s>`/`<del>` `~x~`, `<code>` `` `x` ``;
//! - a link is its text when the text equals the address, else "text (address)";
//! - list items become "1. x" (from `start`) or "* x", one a line;
//! - a block (p, div, ol, ul, blockquote, pre, h1–h6…) stands on lines of its own, and every
//!   run of content is trimmed of surrounding white space;
//! - without `format: org.matrix.custom.html`, the plain `body` goes out as it is.

use serde_json::Value;

/// The text WhatsApp shows for a message's `content`.
pub fn whatsapp_text(content: &Value) -> String {
    let html = content["format"].as_str() == Some("org.matrix.custom.html");
    match (html, content["formatted_body"].as_str()) {
        (true, Some(formatted)) => convert(&parse(formatted)),
        _ => content["body"].as_str().unwrap_or_default().to_string(),
    }
}

#[derive(Debug)]
enum Node {
    Text(String),
    Element {
        tag: String,
        attributes: Vec<(String, String)>,
        children: Vec<Node>,
    },
}

const VOID: [&str; 4] = ["br", "hr", "img", "input"];
const BLOCKS: [&str; 14] = [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ol",
    "ul",
    "pre",
    "blockquote",
    "div",
    "hr",
    "table",
];

/// A small HTML reader, enough for messages: tags, attributes in double or single quotes,
/// entities; an unclosed tag closes at the end.
fn parse(html: &str) -> Vec<Node> {
    // The elements still open, outermost first; the first is the document itself.
    let mut open = vec![element("", Vec::new())];
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('<') {
            let end = after.find('>').unwrap_or(after.len());
            let inside = &after[..end];
            rest = after.get(end + 1..).unwrap_or("");
            if let Some(name) = inside.strip_prefix('/') {
                let name = name.trim().to_ascii_lowercase();
                let matching = open.iter().rposition(|node| tag(node) == name);
                if let Some(index) = matching.filter(|index| *index > 0) {
                    while open.len() > index {
                        close(&mut open);
                    }
                }
                continue;
            }
            let (name, attributes) = tag_and_attributes(inside.trim_end_matches('/'));
            let node = element(&name, attributes);
            match VOID.contains(&name.as_str()) {
                true => children(open.last_mut().unwrap()).push(node),
                false => open.push(node),
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = Node::Text(decode(&rest[..end]));
            children(open.last_mut().unwrap()).push(text);
            rest = &rest[end..];
        }
    }
    while open.len() > 1 {
        close(&mut open);
    }
    match open.pop() {
        Some(Node::Element { children, .. }) => children,
        _ => Vec::new(),
    }
}

fn element(tag: &str, attributes: Vec<(String, String)>) -> Node {
    Node::Element {
        tag: tag.to_string(),
        attributes,
        children: Vec::new(),
    }
}

fn tag(node: &Node) -> &str {
    match node {
        Node::Element { tag, .. } => tag,
        Node::Text(_) => "",
    }
}

fn children(node: &mut Node) -> &mut Vec<Node> {
    match node {
        Node::Element { children, .. } => children,
        Node::Text(_) => unreachable!("only elements are open"),
    }
}

/// Closes the innermost open element into its parent.
fn close(open: &mut Vec<Node>) {
    let node = open.pop().unwrap();
    children(open.last_mut().unwrap()).push(node);
}

fn tag_and_attributes(inside: &str) -> (String, Vec<(String, String)>) {
    let name_end = inside
        .find(|c: char| c.is_whitespace())
        .unwrap_or(inside.len());
    let tag = inside[..name_end].to_ascii_lowercase();
    let mut attributes = Vec::new();
    let mut rest = inside[name_end..].trim_start();
    while let Some(eq) = rest.find('=') {
        let key = rest[..eq].trim().to_ascii_lowercase();
        let value_part = rest[eq + 1..].trim_start();
        let quote = value_part.chars().next().unwrap_or('"');
        let (value, after) = if quote == '"' || quote == '\'' {
            let body = &value_part[1..];
            let end = body.find(quote).unwrap_or(body.len());
            (&body[..end], body.get(end + 1..).unwrap_or(""))
        } else {
            let end = value_part
                .find(char::is_whitespace)
                .unwrap_or(value_part.len());
            (&value_part[..end], &value_part[end..])
        };
        attributes.push((key, decode(value)));
        rest = after.trim_start();
    }
    (tag, attributes)
}

fn decode(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find(';') else {
            out.push_str(after);
            return out;
        };
        let entity = &after[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|n| n.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Children, each block on lines of its own, trimmed.
fn convert(nodes: &[Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        let text = one(node);
        match node {
            Node::Element { tag, .. } if BLOCKS.contains(&tag.as_str()) => {
                out.push('\n');
                out.push_str(&text);
                out.push('\n');
            }
            _ => out.push_str(&text),
        }
    }
    out.trim().to_string()
}

fn one(node: &Node) -> String {
    let (tag, attributes, children) = match node {
        Node::Text(text) => return text.replace('\n', ""),
        Node::Element {
            tag,
            attributes,
            children,
        } => (tag.as_str(), attributes, children),
    };
    let attribute = |name: &str| {
        attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    };
    match tag {
        "br" => "\n".into(),
        "hr" => "\n---\n".into(),
        "b" | "strong" => format!("*{}*", convert(children)),
        "i" | "em" => format!("_{}_", convert(children)),
        "s" | "del" | "strike" => format!("~{}~", convert(children)),
        "code" | "tt" => format!("`{}`", convert(children)),
        "a" => {
            let text = convert(children);
            match attribute("href") {
                Some(href) if !href.is_empty() && href != text => format!("{text} ({href})"),
                _ => text,
            }
        }
        "ol" | "ul" => {
            let ordered = tag == "ol";
            let items: Vec<&[Node]> = children
                .iter()
                .filter_map(|child| match child {
                    Node::Element { tag, children, .. } if tag == "li" => Some(&children[..]),
                    _ => None,
                })
                .collect();
            let start: usize = attribute("start").and_then(|s| s.parse().ok()).unwrap_or(1);
            // Numbers are padded to the width of the largest, as mautrix does.
            let width = (start + items.len() - 1).to_string().len();
            let lines: Vec<String> = items
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    let prefix = match ordered {
                        true => {
                            let number = (start + index).to_string();
                            format!("{number}. {}", " ".repeat(width - number.len()))
                        }
                        false => "* ".to_string(),
                    };
                    format!("{prefix}{}", convert(item))
                })
                .collect();
            lines.join("\n")
        }
        _ => convert(children),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(formatted: &str) -> String {
        whatsapp_text(&serde_json::json!({
            "msgtype": "m.text",
            "body": "plain",
            "format": "org.matrix.custom.html",
            "formatted_body": formatted,
        }))
    }

    #[test]
    fn the_documented_rules() {
        // The example from heisenbridge's and mautrix's behaviour: a tel: link doubles the
        // number, a list numbers its items.
        assert_eq!(
            html(
                "Call <a href=\"tel:+381117850000\">+381 11 7850000</a><ol><li>first</li><li>second</li></ol>"
            ),
            "Call +381 11 7850000 (tel:+381117850000)\n1. first\n2. second"
        );
        assert_eq!(
            html("<p>one</p><p>two &amp; <b>three</b></p>"),
            "one\n\ntwo & *three*"
        );
        assert_eq!(html("a<br>b<br><br>c"), "a\nb\n\nc");
        assert_eq!(
            html("<a href=\"https://x.org\">https://x.org</a>"),
            "https://x.org"
        );
        assert_eq!(
            whatsapp_text(&serde_json::json!({"msgtype": "m.text", "body": "just *this*"})),
            "just *this*"
        );
    }
}
