//! Quick erase, for a person whose phone may be checked by someone who controls them. Asking
//! first matters twice: a slip of the finger must not wipe a conversation, and the person must
//! read how to delete their own messages before the bot's messages, these instructions among
//! them, disappear.

use super::{Channel, Ending, Turn};
use crate::normalise::as_number;

/// The options of the confirmation, in order.
const OPTIONS: [&str; 2] = ["erase-opt-yes", "erase-opt-no"];

impl Turn<'_> {
    /// "Erase": explain, and ask for a confirmation.
    pub(super) fn ask_to_erase(&mut self) {
        self.session.confirming_erase = true;
        self.say("erase-confirm");
        // Honest about what stays: another app deletes the bot's messages from the person's
        // phone only while its own time limit allows.
        if self.channel == Channel::Relayed {
            self.say("erase-relayed-note");
        }
        self.offer_builtin(&OPTIONS);
    }

    /// The answer to the confirmation: erase on yes; anything else cancels and goes on where
    /// the person was.
    pub(super) fn answer_erase(&mut self, text: &str) {
        self.session.confirming_erase = false;
        if self.is_yes_to_erase(text) {
            // The adapter then removes the bot's messages, this one too, and leaves.
            self.say("forgotten");
            self.ending = Ending::Erase;
            return;
        }
        self.say("erase-cancelled");
        if self.session.locale.is_some() && !self.session.choosing_language {
            self.reshow();
        } else {
            self.language_menu();
        }
    }

    /// "1", the option's words, or any way of saying yes the language knows (`answer-yes`).
    fn is_yes_to_erase(&self, text: &str) -> bool {
        if let Some(n) = as_number(text) {
            return n == 1;
        }
        self.names_option(text, OPTIONS[0]) || self.names_option(text, "answer-yes")
    }
}
