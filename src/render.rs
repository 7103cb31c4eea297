//! Turning structured replies into text a person reads: plain text (the terminal, and the plain
//! body of a Matrix message) and HTML within the subset every Matrix client keeps.

use crate::content::locale::Direction;
use crate::engine::reply::{Card, LineKind, Replies, Reply};

/// Right-to-left mark: starts a paragraph right-to-left even when it opens with a digit or a
/// Latin word, so clients that guess direction from the first strong character get it right.
const RLM: char = '\u{200F}';

/// Renders replies as plain text, one paragraph per reply.
pub fn plain(replies: &Replies) -> String {
    let mark = |line: &str| match replies.direction {
        Direction::Rtl if !line.is_empty() => format!("{RLM}{line}"),
        _ => line.to_string(),
    };
    let mut paragraphs = Vec::new();
    for item in &replies.items {
        let paragraph = match item {
            Reply::Text(text) => text.text.lines().map(mark).collect::<Vec<_>>().join("\n"),
            Reply::Menu(items) => items
                .iter()
                .map(|item| mark(&format!("{}. {}", item.number, item.label)))
                .collect::<Vec<_>>()
                .join("\n"),
            Reply::Card(card) => card_lines(card)
                .iter()
                .map(|l| mark(l))
                .collect::<Vec<_>>()
                .join("\n"),
        };
        paragraphs.push(paragraph);
    }
    paragraphs.join("\n\n")
}

fn card_lines(card: &Card) -> Vec<String> {
    let mut lines = vec![format!("▸ {}", card.title)];
    if let Some(description) = &card.description {
        lines.push(format!("  {description}"));
    }
    for line in &card.lines {
        if line.value.is_empty() {
            lines.push(format!("  ✓ {}", line.label));
        } else {
            lines.push(format!("  {}: {}", line.label, isolate_ltr(&line.value)));
        }
    }
    lines
}

/// Wraps a number, address or link in a left-to-right isolate so it keeps its order inside
/// right-to-left text.
fn isolate_ltr(value: &str) -> String {
    format!("\u{2066}{value}\u{2069}")
}

/// Renders replies as HTML using only `p ol li b a br` (kept by Element X and FluffyChat).
pub fn html(replies: &Replies) -> String {
    let rtl = replies.direction == Direction::Rtl;
    let dir = if rtl { " dir=\"rtl\"" } else { "" };
    let mark = if rtl { RLM.to_string() } else { String::new() };
    let mut out = String::new();
    for item in &replies.items {
        match item {
            Reply::Text(text) => {
                let body: Vec<String> = text
                    .text
                    .lines()
                    .map(|l| format!("{mark}{}", escape(l)))
                    .collect();
                out.push_str(&format!("<p{dir}>{}</p>", body.join("<br>")));
            }
            Reply::Menu(items) => {
                out.push_str(&format!("<ol{dir}>"));
                for item in items {
                    out.push_str(&format!("<li>{mark}{}</li>", escape(&item.label)));
                }
                out.push_str("</ol>");
            }
            Reply::Card(card) => {
                out.push_str(&format!("<p{dir}>{mark}<b>{}</b>", escape(&card.title)));
                if let Some(description) = &card.description {
                    out.push_str(&format!("<br>{mark}{}", escape(description)));
                }
                for line in &card.lines {
                    out.push_str(&format!("<br>{mark}"));
                    if line.value.is_empty() {
                        out.push_str(&format!("✓ {}", escape(&line.label)));
                        continue;
                    }
                    let value = escape(&line.value);
                    let shown = match line.kind {
                        LineKind::Phone => {
                            format!(
                                "<a href=\"tel:{}\">{value}</a>",
                                escape(&dial_string(&line.value))
                            )
                        }
                        LineKind::Email => format!("<a href=\"mailto:{value}\">{value}</a>"),
                        LineKind::Link if is_web_link(&line.value) => {
                            format!("<a href=\"{value}\">{value}</a>")
                        }
                        _ => value,
                    };
                    out.push_str(&format!("{}: \u{2066}{shown}\u{2069}", escape(&line.label)));
                }
                out.push_str("</p>");
            }
        }
    }
    out
}

/// Replies for a person who reads them in another messaging app (WhatsApp, Signal, Telegram,
/// IRC…) through a bridge: `(plain body, HTML body)`. Bridges turn the HTML into the app's own
/// markup; to lose and double nothing on the way (docs/bridges.md has the rules and their
/// sources), the HTML is lines and bold only:
/// - no links: a link whose text differs from its target becomes "text (target)", so a
///   `tel:` link would show every number twice. Numbers, addresses and web links are plain
///   text, which the phone makes tappable itself;
/// - no lists: menus are numbered in the text, so the numbers are the ones the bot reads back;
/// - no paragraphs: `<br>` only, which every bridge keeps as a line break (an empty line
///   between replies);
/// - right-to-left lines start with a right-to-left mark, and values inside them are isolated
///   left-to-right, since no app keeps the HTML `dir` attribute.
pub fn bridged(replies: &Replies) -> (String, String) {
    let rtl = replies.direction == Direction::Rtl;
    let mut plain = Vec::new();
    let mut html = Vec::new();
    let mut line = |text: &str, bold: bool| {
        let mark = match rtl && !text.is_empty() {
            true => RLM.to_string(),
            false => String::new(),
        };
        plain.push(format!("{mark}{text}"));
        html.push(match bold {
            true => format!("{mark}<b>{}</b>", escape(text)),
            false => format!("{mark}{}", escape(text)),
        });
    };
    for (index, item) in replies.items.iter().enumerate() {
        if index > 0 {
            line("", false);
        }
        match item {
            Reply::Text(text) => text.text.lines().for_each(|l| line(l, false)),
            Reply::Menu(items) => {
                for item in items {
                    line(&format!("{}. {}", item.number, item.label), false);
                }
            }
            Reply::Card(card) => {
                line(&card.title, true);
                if let Some(description) = &card.description {
                    line(description, false);
                }
                for card_line in &card.lines {
                    if card_line.value.is_empty() {
                        line(&format!("✓ {}", card_line.label), false);
                    } else if rtl {
                        let value = isolate_ltr(&card_line.value);
                        line(&format!("{}: {value}", card_line.label), false);
                    } else {
                        line(&format!("{}: {}", card_line.label, card_line.value), false);
                    }
                }
            }
        }
    }
    (plain.join("\n"), html.join("<br>"))
}

/// A phone number as a `tel:` link wants it: digits and a leading plus only.
fn dial_string(number: &str) -> String {
    number
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect()
}

fn is_web_link(value: &str) -> bool {
    value.starts_with("https://") || value.starts_with("http://")
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::reply::{CardLine, MenuItem, Text};

    fn replies(direction: Direction) -> Replies {
        Replies {
            direction,
            items: vec![
                Reply::Text(Text {
                    message: "m".into(),
                    text: "Hello <you>".into(),
                }),
                Reply::Menu(vec![MenuItem {
                    number: 1,
                    message: "o".into(),
                    label: "One".into(),
                }]),
                Reply::Card(Card {
                    service: "s".into(),
                    title: "ASTRA".into(),
                    description: None,
                    lines: vec![CardLine {
                        label: "Phone".into(),
                        value: "+381 11 785 0000".into(),
                        kind: LineKind::Phone,
                    }],
                }),
            ],
        }
    }

    #[test]
    fn plain_numbers_options_and_isolates_values() {
        let text = plain(&replies(Direction::Ltr));
        assert!(text.contains("1. One"));
        assert!(text.contains("Phone: \u{2066}+381 11 785 0000\u{2069}"));
    }

    #[test]
    fn rtl_lines_start_with_a_right_to_left_mark() {
        let text = plain(&replies(Direction::Rtl));
        for line in text.lines().filter(|l| !l.is_empty()) {
            assert!(line.starts_with(RLM), "{line:?}");
        }
    }

    #[test]
    fn bridged_html_has_no_links_or_lists_and_reads_as_the_plain_body() {
        let (plain, html) = bridged(&replies(Direction::Ltr));
        assert_eq!(
            plain,
            "Hello <you>\n\n1. One\n\nASTRA\nPhone: +381 11 785 0000"
        );
        assert_eq!(
            html,
            "Hello &lt;you&gt;<br><br>1. One<br><br><b>ASTRA</b><br>Phone: +381 11 785 0000"
        );
    }

    #[test]
    fn bridged_rtl_lines_start_right_to_left_and_keep_numbers_in_order() {
        let (plain, html) = bridged(&replies(Direction::Rtl));
        for line in plain.lines().filter(|l| !l.is_empty()) {
            assert!(line.starts_with(RLM), "{line:?}");
        }
        assert!(plain.contains("Phone: \u{2066}+381 11 785 0000\u{2069}"));
        assert_eq!(html.split("<br>").count(), plain.lines().count());
    }

    #[test]
    fn html_is_escaped_and_stays_in_the_subset() {
        let html = html(&replies(Direction::Ltr));
        assert!(html.contains("Hello &lt;you&gt;"));
        assert!(html.contains("<a href=\"tel:+381117850000\">"));
        let allowed = ["p", "ol", "li", "b", "a", "br"];
        for tag in html.split('<').skip(1) {
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            assert!(allowed.contains(&name.as_str()), "tag {name} in {html}");
        }
    }
}
