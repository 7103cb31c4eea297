//! How many invitations the bot accepts from one account: a person opens one chat, perhaps a
//! few; an account inviting the bot to room after room (a script) would make it join, sync and
//! keep thousands of rooms. The bridges the configuration names are not counted: each new
//! chat on WhatsApp is one of their invitations. Counts live in memory only, per hour.

use std::collections::HashMap;

/// Invitations one account may send the bot in an hour.
pub const PER_INVITER_PER_HOUR: u32 = 10;
/// Past this many inviters in memory, those from earlier hours are dropped.
const PRUNE_ABOVE: usize = 10_000;

#[derive(Debug, Default)]
pub struct InviteLimits {
    /// Inviter → (hour, invitations that hour).
    counts: HashMap<String, (u64, u32)>,
}

impl InviteLimits {
    /// Whether to accept one more invitation from `inviter` at `now_secs`.
    pub fn admit(&mut self, inviter: &str, now_secs: u64) -> bool {
        let hour = now_secs / 3600;
        if self.counts.len() > PRUNE_ABOVE {
            self.counts.retain(|_, (at, _)| *at == hour);
        }
        let (at, count) = self.counts.entry(inviter.to_string()).or_insert((hour, 0));
        if *at != hour {
            (*at, *count) = (hour, 0);
        }
        *count += 1;
        *count <= PER_INVITER_PER_HOUR
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_account_gets_a_few_chats_an_hour_and_others_are_not_affected() {
        let mut limits = InviteLimits::default();
        let start = 1_700_000_000 / 3600 * 3600;
        let accepted = (0..50)
            .filter(|i| limits.admit("@script:evil.example", start + i))
            .count();
        assert_eq!(accepted, PER_INVITER_PER_HOUR as usize);
        assert!(limits.admit("@person:ngo.example", start + 60));
        // The next hour, the count starts again.
        assert!(limits.admit("@script:evil.example", start + 3600));
    }

    #[test]
    fn memory_stays_bounded() {
        let mut limits = InviteLimits::default();
        for i in 0..(PRUNE_ABOVE + 10) {
            limits.admit(&format!("@p{i}:example.org"), 0);
        }
        limits.admit("@late:example.org", 7200);
        assert!(limits.counts.len() < 100, "{}", limits.counts.len());
    }
}
