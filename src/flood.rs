//! Per-person flood control. Someone (or a script) sending a hundred messages a second gets
//! one calm "slow down" and the rest are set aside, while everyone else is answered as usual.
//!
//! A token bucket per conversation: a person can send a burst of `BURST` messages at once, and
//! then one every `REFILL` seconds. A person in distress typing several short messages in a
//! row stays well inside it. Buckets live in memory only and hold no message text.

use std::collections::{HashMap, VecDeque};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Duration;

/// Messages a person can send at once before being slowed down.
pub const BURST: f64 = 8.0;
/// One more message is allowed after this long.
pub const REFILL: Duration = Duration::from_secs(2);
/// Beyond the ordinary allowance, messages with crisis or emergency words are still answered,
/// up to this many at once and one more every `URGENT_REFILL`: the same urgent answer many
/// times a minute helps nobody, and unbounded it would let one person (or a script writing
/// "sos") spend the bot's whole sending budget at the homeserver.
pub const URGENT_BURST: f64 = 4.0;
pub const URGENT_REFILL: Duration = Duration::from_secs(30);
/// Past this many conversations in memory, full buckets (idle people) are dropped.
const PRUNE_ABOVE: usize = 10_000;
/// How many recent verdicts each conversation remembers, so that a message handled again (a
/// retry while the store cannot be written, or keys arriving late) is not judged twice.
const REMEMBERED: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    /// Answer the message.
    Pass,
    /// Too fast: say "slow down" once, and do not answer this message.
    SlowDown,
    /// Still too fast, and already told: set the message aside silently.
    Drop,
}

#[derive(Debug, Default)]
pub struct FloodGate {
    buckets: HashMap<String, Bucket>,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    /// When the person sent their last message, by the homeserver's clock (milliseconds).
    updated_ms: u64,
    told: bool,
    /// Recent messages (a hash of their event id) and whether each passed.
    recent: VecDeque<(u64, bool)>,
    /// The urgent allowance beyond `tokens`, refilled by `URGENT_REFILL`.
    urgent_tokens: f64,
    urgent_updated_ms: u64,
    /// Recent urgent messages that the urgent allowance did not cover, so a retry is not
    /// judged again.
    urgent_refused: VecDeque<u64>,
}

impl FloodGate {
    /// Whether the message `event` from `conversation`, sent at `sent_ms` (the homeserver's
    /// timestamp, so that messages caught up after a restart are judged by when they were
    /// sent, not by how fast the bot reads them), is answered. A message seen before keeps
    /// its verdict and costs nothing more.
    pub fn admit(&mut self, conversation: &str, event: &str, sent_ms: u64) -> Admission {
        let now = sent_ms;
        let event = hashed(event);
        if self.buckets.len() > PRUNE_ABOVE {
            self.buckets
                .retain(|_, bucket| refilled(bucket, now) < BURST);
        }
        let bucket = self
            .buckets
            .entry(conversation.to_string())
            .or_insert(Bucket {
                tokens: BURST,
                updated_ms: now,
                told: false,
                recent: VecDeque::new(),
                urgent_tokens: URGENT_BURST,
                urgent_updated_ms: now,
                urgent_refused: VecDeque::new(),
            });
        if let Some(&(_, passed)) = bucket.recent.iter().find(|(seen, _)| *seen == event) {
            return if passed {
                Admission::Pass
            } else {
                Admission::Drop
            };
        }
        let admission = judge(bucket, now);
        if bucket.recent.len() == REMEMBERED {
            bucket.recent.pop_front();
        }
        bucket
            .recent
            .push_back((event, admission == Admission::Pass));
        admission
    }

    /// Whether a message with crisis or emergency words that `admit` set aside is answered
    /// all the same, from the urgent allowance. Its verdict is remembered like `admit`'s.
    pub fn admit_urgent(&mut self, conversation: &str, event: &str, sent_ms: u64) -> bool {
        let event = hashed(event);
        let Some(bucket) = self.buckets.get_mut(conversation) else {
            return true; // Never judged by `admit`: nothing to go beyond.
        };
        if let Some((_, passed)) = bucket.recent.iter().find(|(seen, _)| *seen == event)
            && *passed
        {
            return true;
        }
        if bucket.urgent_refused.contains(&event) {
            return false;
        }
        let elapsed = sent_ms.saturating_sub(bucket.urgent_updated_ms) as f64 / 1000.0;
        bucket.urgent_tokens =
            (bucket.urgent_tokens + elapsed / URGENT_REFILL.as_secs_f64()).min(URGENT_BURST);
        bucket.urgent_updated_ms = bucket.urgent_updated_ms.max(sent_ms);
        if bucket.urgent_tokens >= 1.0 {
            bucket.urgent_tokens -= 1.0;
            // A retry of this message passes `admit` from now on.
            match bucket.recent.iter_mut().find(|(seen, _)| *seen == event) {
                Some(verdict) => verdict.1 = true,
                None => bucket.recent.push_back((event, true)),
            }
            true
        } else {
            if bucket.urgent_refused.len() == REMEMBERED {
                bucket.urgent_refused.pop_front();
            }
            bucket.urgent_refused.push_back(event);
            false
        }
    }

    pub fn len(&self) -> usize {
        self.buckets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }
}

fn hashed(event: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    event.hash(&mut hasher);
    hasher.finish()
}

/// The token bucket's verdict on one new message.
fn judge(bucket: &mut Bucket, now: u64) -> Admission {
    bucket.tokens = refilled(bucket, now);
    bucket.updated_ms = bucket.updated_ms.max(now);
    // Told once per flood: only a real pause (a full bucket) earns a second notice.
    if bucket.tokens >= BURST {
        bucket.told = false;
    }
    if bucket.tokens >= 1.0 {
        bucket.tokens -= 1.0;
        Admission::Pass
    } else if bucket.told {
        Admission::Drop
    } else {
        bucket.told = true;
        Admission::SlowDown
    }
}

fn refilled(bucket: &Bucket, now_ms: u64) -> f64 {
    let elapsed = now_ms.saturating_sub(bucket.updated_ms) as f64 / 1000.0;
    (bucket.tokens + elapsed / REFILL.as_secs_f64()).min(BURST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_gets_one_slow_down_and_others_are_untouched() {
        let mut gate = FloodGate::default();
        let start = 1_700_000_000_000u64;
        let outcomes: Vec<Admission> = (0..100)
            .map(|i| gate.admit("flooder", &format!("$a{i}"), start + i * 10))
            .collect();
        let passed = outcomes.iter().filter(|a| **a == Admission::Pass).count();
        assert_eq!(
            passed, BURST as usize,
            "a burst passes, then no more within a second"
        );
        assert_eq!(
            outcomes
                .iter()
                .filter(|a| **a == Admission::SlowDown)
                .count(),
            1,
            "told once"
        );
        assert_eq!(
            gate.admit("someone else", "$b", start + 1000),
            Admission::Pass
        );
        // A message now and then in a long flood passes, without a second notice.
        let mut at = start + 1000;
        for _ in 0..50 {
            at += REFILL.as_millis() as u64 / 10;
            assert_ne!(
                gate.admit("flooder", &format!("$c{at}"), at),
                Admission::SlowDown
            );
        }
        // After a real pause, a new flood is told again.
        at += 60_000;
        let again: Vec<Admission> = (0..20)
            .map(|i| gate.admit("flooder", &format!("$d{i}"), at + i))
            .collect();
        assert!(again.contains(&Admission::SlowDown));
    }

    #[test]
    fn a_person_typing_several_short_messages_is_never_slowed() {
        let mut gate = FloodGate::default();
        let start = 1_700_000_000_000u64;
        // Five quick messages, a pause to read, five more, for ten minutes.
        for minute in 0..10u64 {
            for i in 0..5u64 {
                let at = start + minute * 60_000 + i * 800;
                assert_eq!(
                    gate.admit("person", &format!("$e{at}"), at),
                    Admission::Pass,
                    "minute {minute}"
                );
            }
        }
    }

    #[test]
    fn a_message_handled_again_is_not_judged_again() {
        let mut gate = FloodGate::default();
        let start = 1_700_000_000_000u64;
        assert_eq!(gate.admit("person", "$waiting", start), Admission::Pass);
        // Retried every few seconds while the store cannot be written: never a slow-down.
        for _ in 0..50 {
            assert_eq!(gate.admit("person", "$waiting", start), Admission::Pass);
        }
        for i in 0..(BURST as u64 - 1) {
            let event = format!("$next{i}");
            assert_eq!(gate.admit("person", &event, start + i), Admission::Pass);
        }
        // A set-aside message stays set aside, silently.
        assert_eq!(
            gate.admit("person", "$over", start + 10),
            Admission::SlowDown
        );
        assert_eq!(gate.admit("person", "$over", start + 10), Admission::Drop);
    }

    #[test]
    fn urgent_words_beyond_the_limit_are_answered_a_few_times_not_without_end() {
        let mut gate = FloodGate::default();
        let start = 1_700_000_000_000u64;
        let mut answered = 0;
        // A script writing "sos" 100 times a second, for a second.
        for i in 0..100u64 {
            let event = format!("$sos{i}");
            let at = start + i * 10;
            if gate.admit("script", &event, at) == Admission::Pass
                || gate.admit_urgent("script", &event, at)
            {
                answered += 1;
            }
            if i == BURST as u64 {
                // The first beyond the limit was answered from the urgent allowance; a retry
                // of it keeps that verdict and costs nothing more.
                assert_eq!(gate.admit("script", &event, at), Admission::Pass);
                assert!(gate.admit_urgent("script", &event, at));
            }
        }
        assert_eq!(answered, BURST as usize + URGENT_BURST as usize);
        // A refused one stays refused when retried.
        assert!(!gate.admit_urgent("script", "$sos99", start + 990));
        // After a pause, an SOS is answered again.
        let later = start + 1_000 + URGENT_REFILL.as_millis() as u64;
        assert!(
            gate.admit("script", "$later", later) == Admission::Pass
                || gate.admit_urgent("script", "$later", later)
        );
    }

    #[test]
    fn memory_stays_bounded() {
        let mut gate = FloodGate::default();
        let start = 1_700_000_000_000u64;
        for i in 0..(PRUNE_ABOVE + 10) {
            gate.admit(&format!("person{i}"), "$m", start);
        }
        gate.admit("late", "$n", start + 40_000);
        assert!(
            gate.len() < 100,
            "idle buckets were not dropped: {}",
            gate.len()
        );
    }
}
