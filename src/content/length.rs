//! Messages are read on small phone screens by people under stress: a message much longer than
//! a screen is a warning, so coordinators and translators split or shorten it.

use fluent_bundle::FluentArgs;

use super::Locales;
use crate::diagnostic::{Diagnostic, Report};

/// About one phone screen of text.
pub const MAX_CHARS: usize = 600;
/// A Matrix event holds at most 64 KiB, and a reply carries its text twice (plain and HTML,
/// escaped in JSON): past this a message could never be sent, so it is an error.
pub const MAX_SENDABLE_BYTES: usize = 16 * 1024;

pub fn check(locales: &Locales, report: &mut Report) {
    for locale in locales.all() {
        let mut ids: Vec<&String> = locale.messages.keys().collect();
        ids.sort();
        for id in ids {
            let info = &locale.messages[id];
            if !info.has_value {
                continue;
            }
            // Variables get a short stand-in, as a number or a name would be.
            let mut args = FluentArgs::new();
            for variable in &info.variables {
                args.set(variable.as_str(), 10);
            }
            let Some(text) = locale.format(id, Some(&args)) else {
                continue;
            };
            let length = text.chars().filter(|c| !is_invisible(*c)).count();
            if text.len() > MAX_SENDABLE_BYTES {
                report.push(
                    Diagnostic::error(
                        "message::unsendable",
                        format!(
                            "`{id}` in `{}` is {} bytes: too long to send in one Matrix message",
                            locale.id,
                            text.len()
                        ),
                    )
                    .at(&info.file, info.span.clone())
                    .help(format!(
                        "keep each message under {MAX_SENDABLE_BYTES} bytes (and under \
                         {MAX_CHARS} characters to fit a phone screen)"
                    )),
                );
            } else if length > MAX_CHARS {
                report.push(
                    Diagnostic::warning(
                        "message::long",
                        format!(
                            "`{id}` in `{}` is {length} characters, more than a phone screen",
                            locale.id
                        ),
                    )
                    .at(&info.file, info.span.clone())
                    .help(format!(
                        "keep messages under {MAX_CHARS} characters: shorten it, or split it \
                         into two messages shown one after the other"
                    )),
                );
            }
        }
    }
}

/// Isolation marks Fluent adds around placeables take no room on screen.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}
