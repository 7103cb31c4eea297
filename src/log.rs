//! The operator's log: standard error, colour only on a terminal, and no Matrix ids.
//!
//! Room, event and user ids say who talked to the bot and when (a bridged person's user id
//! holds their phone number). The bot's own lines never print them, but errors passed up from
//! the HTTP client and the SDK do, inside request URLs. So every line is scrubbed on its way
//! out, whatever wrote it, rather than trusting each call site.

use std::io::{IsTerminal, Write};
use std::sync::LazyLock;

use regex::Regex;

/// Matrix ids as they appear in text and, percent-encoded, in URLs: rooms (`!`), users (`@`),
/// aliases (`#`) with their server, and event ids (`$` and at least 20 characters of base64).
static IDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?: ! | %21 | @ | %40 | \# | %23 ) [A-Za-z0-9._=/+\-]+ (?: : | %3A | %3a ) [A-Za-z0-9.\-]+ (?: :[0-9]{1,5} )?
        | (?: \$ | %24 ) [A-Za-z0-9+/_\-]{20,}
        ",
    )
    .expect("a valid pattern")
});

/// `text` with every Matrix id replaced by its sigil and `…`.
pub fn scrub(text: &str) -> std::borrow::Cow<'_, str> {
    IDS.replace_all(text, |found: &regex::Captures<'_>| {
        let id = &found[0];
        let sigil = match id.as_bytes()[0] {
            b'%' => &id[..3],
            _ => &id[..1],
        };
        format!("{sigil}…")
    })
}

/// Whether the log may use colour: only on a terminal, and never with `NO_COLOR` set.
pub fn colour() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Standard error, scrubbed. The formatter hands over one whole line per write.
pub struct Scrubbed;

impl Write for Scrubbed {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        std::io::stderr().write_all(scrub(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

#[cfg(test)]
mod tests {
    use super::scrub;

    #[test]
    fn ids_in_text_and_in_urls_are_removed() {
        let line = "could not send a reply: error sending request for url \
            (http://127.0.0.1:18008/_matrix/client/v3/rooms/%21AbcDef:localhost/send/m.room.message/txn1): \
            @whatsapp_38761234567:ngo.example in !room:ngo.example:8448 replied to \
            $Rqnc-F-dvnEYJTyHq_iKxU2bZ1CI92-kuZq3a5lr5Zg and %40bob%3Alocalhost";
        let clean = scrub(line);
        for secret in [
            "AbcDef",
            "38761234567",
            "!room",
            "Rqnc",
            "bob",
            "ngo.example",
        ] {
            assert!(!clean.contains(secret), "{secret} in {clean}");
        }
        assert!(clean.contains("/rooms/%21…/send/"), "{clean}");
        assert!(clean.contains("@…"), "{clean}");
    }

    #[test]
    fn ordinary_lines_are_kept() {
        for line in [
            "ready",
            "joined a room",
            "the homeserver is unreachable, retrying: connection refused (os error 111)",
            "price: $5, mail me at 10:30",
            "removed 42 messages",
        ] {
            assert_eq!(scrub(line), line);
        }
    }
}
