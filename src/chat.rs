//! The terminal adapter: the same engine and store as the Matrix bot, talking on standard input
//! and output. Interactive at a terminal; with piped input it reads one message a line, prints
//! the replies and exits at the end of input, so conversations can be scripted.

use std::io::{BufRead, Write};

use thiserror::Error;

use crate::engine::Engine;
use crate::render;
use crate::store::{SessionStore, StoreError};

/// Longest message read from one line; the rest of the line is dropped. No person types more,
/// and it bounds the memory a runaway pipe can take.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

#[derive(Debug, Error)]
pub enum ChatError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("terminal input or output failed: {0}")]
    Io(#[from] std::io::Error),
}

pub struct Chat<'a> {
    pub engine: &'a Engine,
    pub store: &'a SessionStore,
    /// Who is talking; only its keyed hash is stored.
    pub conversation: &'a str,
    pub interactive: bool,
}

impl Chat<'_> {
    pub fn run(&self, mut input: impl BufRead, mut output: impl Write) -> Result<(), ChatError> {
        let key = self.store.key(self.conversation);
        if self.interactive {
            writeln!(
                output,
                "Putokaz — type a message and press Enter (Ctrl-D to leave)."
            )?;
            writeln!(output, "Say hello to start.\n")?;
        }
        loop {
            if self.interactive {
                write!(output, "> ")?;
                output.flush()?;
            }
            let Some(line) = read_line(&mut input)? else {
                break;
            };
            let message = line.trim();
            if message.is_empty() {
                continue;
            }
            let session = self.store.load(key)?;
            let transition = self.engine.step(session.clone(), message, crate::now());
            // Counted first: if the disk fails there, the step has not happened. Then the
            // session is durable before the person sees the reply: a crash after this point
            // can only repeat a reply, never lose, rewind or skip a step.
            self.store
                .bump(&crate::stats::step_counters(session.as_ref(), &transition))?;
            match &transition.session {
                Some(session) => self.store.save(key, session)?,
                None => self.store.delete(key)?,
            }
            writeln!(output, "{}\n", render::plain(&transition.replies))?;
            if let Some(referral) = &transition.referral {
                // The terminal has no referral rooms: say so rather than pretend.
                writeln!(
                    output,
                    "[test chat: a referral to {} would be posted on Matrix; nothing was sent]\n",
                    referral.service
                )?;
            }
            output.flush()?;
        }
        Ok(())
    }
}

/// Reads one line as text, bounded to [`MAX_LINE_BYTES`]; invalid UTF-8 is replaced, not fatal.
fn read_line(input: &mut impl BufRead) -> std::io::Result<Option<String>> {
    let mut line = Vec::new();
    let mut seen_any = false;
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            break;
        }
        seen_any = true;
        let (chunk, done) = match buffer.iter().position(|&b| b == b'\n') {
            Some(end) => (&buffer[..end], Some(end + 1)),
            None => (buffer, None),
        };
        let room = MAX_LINE_BYTES.saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let consumed = done.unwrap_or(buffer.len());
        input.consume(consumed);
        if done.is_some() {
            break;
        }
    }
    if !seen_any {
        return Ok(None);
    }
    Ok(Some(String::from_utf8_lossy(&line).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_bounded_and_lossy() {
        let mut long = vec![b'a'; MAX_LINE_BYTES * 3];
        long.extend_from_slice(b"\n\xff\xfehi\nlast");
        let mut input = std::io::Cursor::new(long);
        assert_eq!(
            read_line(&mut input).unwrap().unwrap().len(),
            MAX_LINE_BYTES
        );
        assert_eq!(
            read_line(&mut input).unwrap().unwrap(),
            "\u{FFFD}\u{FFFD}hi"
        );
        assert_eq!(read_line(&mut input).unwrap().unwrap(), "last");
        assert_eq!(read_line(&mut input).unwrap(), None);
    }
}
