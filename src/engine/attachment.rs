//! Voice notes, pictures, stickers, files and locations: the bot cannot read them, and a
//! person who sent one must not meet silence. People who read little send voice notes more
//! than anything else, so the answer is short and says how to go on.

use super::Turn;
use super::session::Timestamp;

/// Attachments that follow each other closer than this are one sending (an album of photos,
/// several voice notes in a row) and get one answer. Long enough for an album to arrive,
/// shorter than reading the answer and recording again.
pub const ATTACHMENT_BURST_SECS: u64 = 15;

impl Turn<'_> {
    /// Answers an attachment: urgent words in its caption win as in any message; otherwise one
    /// short answer per burst, and the person stays where they were.
    pub(super) fn attachment(&mut self, caption: &str, now: Timestamp) {
        let previous = self.session.attachment_at.replace(now);
        if self.answer_urgent(caption) {
            self.relay = self.session.with_team.is_some();
            return;
        }
        // The worker is told something came that cannot be passed on; the person, once per
        // burst, that only written words reach the worker.
        if self.session.with_team.is_some() {
            self.relay = true;
            if previous.is_none_or(|at| now.saturating_sub(at) >= ATTACHMENT_BURST_SECS) {
                self.say("person-text-only");
            }
            return;
        }
        if previous.is_some_and(|at| now.saturating_sub(at) < ATTACHMENT_BURST_SECS) {
            return;
        }
        self.say("attachment-unreadable");
        // Someone new gets the language menu too: it is the way in, and names every language
        // in its own script.
        if self.session.locale.is_none() {
            self.language_menu();
        }
    }
}
