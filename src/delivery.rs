//! Exactly one answer per message, across crashes and redeliveries.
//!
//! Matrix delivers at least once: after a restart the bot catches up from room history, and a
//! crash can strike between any two steps. Three facts make the answer exactly-once:
//! - the engine is pure, so stepping the same message from the same session with the same
//!   time gives the same replies;
//! - before answering, the session is stored together with the session it replaced and a tag
//!   of the message, so a redelivered message is *replayed* from the old session, never
//!   stepped twice;
//! - replies are sent with a transaction id derived from the message, so the homeserver keeps
//!   only one copy when a reply is sent again after a crash.
//!
//! After the replies are sent, the room is marked: the last messages answered there are
//! recognised by their tags, whatever their timestamps say.
//!
//! A message that ends the conversation ("forget me", erase) keeps nothing of the session, only
//! how it ended, until it is answered: a retry ends it again the same way. An erase is also
//! recorded for its room before anything is answered, so that it is finished after a crash.

use crate::engine::reply::Replies;
use crate::engine::{CaseRequest, Engine, Input, Referral, Session, Transition};
use crate::store::{Ended, LastStep, PendingErase, Record, RoomMark, SessionStore, StoreError};

/// A message from a person, as the Matrix adapter sees it.
#[derive(Debug, Clone)]
pub struct Incoming<'a> {
    pub room: &'a str,
    pub sender: &'a str,
    pub event_id: &'a str,
    /// What the person sent, and how the conversation reaches them.
    pub input: Input<'a>,
    /// The homeserver's timestamp of the message, in milliseconds. It is also the engine's
    /// "now", so that a replay computes exactly what the first run did.
    pub at_ms: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// Already answered: say nothing.
    Skip,
    /// Send these replies with this transaction id prefix, then call [`answered`].
    Answer(Box<Answer>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub replies: Replies,
    /// Stable for the message: the homeserver drops a second send with the same id.
    pub transaction: String,
    /// Aggregate counters this step adds to (see `stats`); empty for a replay, which was
    /// counted the first time.
    pub counters: Vec<String>,
    /// A redelivered message, answered again with the same replies and transaction ids.
    pub replay: bool,
    /// The person asked to be forgotten (or erased): their session is gone.
    pub forgotten: bool,
    /// The person confirmed quick erase: remove the bot's messages and leave.
    pub erase: bool,
    /// The person consented to a hand-off: pass this referral on before replying.
    pub referral: Option<Referral>,
    /// The person said yes to talking with a person: open this case before replying.
    pub case: Option<CaseRequest>,
    /// The person talks with a worker: pass this message on to them.
    pub relay: bool,
    /// The person ended the conversation with the worker: close the case.
    pub person_ended: bool,
}

/// One session per person in a room.
pub fn conversation_id(room: &str, sender: &str) -> String {
    format!("{room}\u{0}{sender}")
}

/// Decides what to answer to `message`, storing the new session durably first.
pub fn decide(
    engine: &Engine,
    store: &SessionStore,
    message: &Incoming,
) -> Result<Decision, StoreError> {
    if already_answered(store, message)? {
        return Ok(Decision::Skip);
    }
    let tag = store.event_tag(message.event_id);
    let key = store.key(&conversation_id(message.room, message.sender));
    let record = store.load_record(key)?;
    let now = message.at_ms / 1000;

    let (before, replay) = match record {
        Some(Record {
            last: Some(last), ..
        }) if last.event == tag => match last.ended {
            // The message that ended the conversation, again: end it again, the same way.
            Some(ended) => {
                return Ok(Decision::Answer(Box::new(ending_again(
                    engine, tag, &ended,
                ))));
            }
            None => (last.before, true),
        },
        Some(record) => (record.session, false),
        None => (None, false),
    };
    let transition = engine.step(before.clone(), message.input, now);
    let counters = if replay {
        Vec::new()
    } else {
        crate::stats::step_counters(before.as_ref(), &transition)
    };
    if !replay {
        let record = match &transition.session {
            Some(session) => Record {
                session: Some(session.clone()),
                last: Some(LastStep {
                    event: tag.clone(),
                    before,
                    ended: None,
                }),
            },
            None => {
                let ended = Ended {
                    erase: transition.erase,
                    locale: before.and_then(|session| session.locale),
                    at: now,
                };
                if ended.erase {
                    let erase = PendingErase {
                        locale: ended.locale.clone(),
                        since: now,
                        failed_attempts: 0,
                        reported: false,
                    };
                    store.set_pending_erase(message.room, &erase, now)?;
                }
                Record {
                    session: None,
                    last: Some(LastStep {
                        event: tag.clone(),
                        before: None,
                        ended: Some(ended),
                    }),
                }
            }
        };
        store.save_record(key, &record)?;
    }
    Ok(Decision::Answer(Box::new(Answer {
        replies: transition.replies,
        transaction: tag,
        counters,
        replay,
        forgotten: transition.session.is_none(),
        erase: transition.erase,
        referral: transition.referral,
        case: transition.case,
        relay: transition.relay,
        person_ended: transition.person_ended,
    })))
}

/// The answer to a message that ended the conversation, from how it ended.
fn ending_again(engine: &Engine, transaction: String, ended: &Ended) -> Answer {
    Answer {
        replies: engine.farewell(ended.locale.as_deref()),
        transaction,
        counters: Vec::new(),
        replay: true,
        forgotten: true,
        erase: ended.erase,
        referral: None,
        case: None,
        relay: false,
        person_ended: false,
    }
}

/// A step that no message of the person's caused (a worker closed their case): the session
/// is changed and stored as it is, keeping what a redelivered message needs to be replayed.
pub fn outside_message(
    store: &SessionStore,
    conversation: &str,
    step: impl FnOnce(Option<Session>) -> Transition,
) -> Result<Transition, StoreError> {
    let key = store.key(conversation);
    let record = store.load_record(key)?.unwrap_or(Record {
        session: None,
        last: None,
    });
    let transition = step(record.session.clone());
    if let Some(session) = &transition.session {
        let record = Record {
            session: Some(session.clone()),
            last: record.last,
        };
        store.save_record(key, &record)?;
    }
    Ok(transition)
}

/// Whether `message` has been answered (or, for a command, handled) already.
pub fn already_answered(store: &SessionStore, message: &Incoming) -> Result<bool, StoreError> {
    let tag = store.event_tag(message.event_id);
    Ok(store
        .room_mark(message.room)?
        .is_some_and(|mark| mark.has(&tag)))
}

/// Marks `message` as answered, durably: it is skipped from now on, even after a crash. For
/// messages handled without a stored step (commands, messages set aside), whose mark is all
/// that keeps them from being handled twice.
pub fn answered(store: &SessionStore, message: &Incoming) -> Result<(), StoreError> {
    store.set_room_mark(message.room, &mark_after(store, message)?)
}

/// Marks `message` as answered once the replies [`decide`] gave are sent, without waiting for
/// the disk (one flush less per answer). A crash can lose this mark only, never the record
/// `decide` flushed before the replies went out: the message, delivered again, is then
/// replayed from that record under the same transaction ids, which the homeserver does not
/// post twice, and marked again. Marks of earlier messages are not lost with it: sled keeps
/// writes in order, so any later flush carries them.
pub fn replied(store: &SessionStore, message: &Incoming) -> Result<(), StoreError> {
    store.set_room_mark_unflushed(message.room, &mark_after(store, message)?)
}

fn mark_after(store: &SessionStore, message: &Incoming) -> Result<RoomMark, StoreError> {
    let tag = store.event_tag(message.event_id);
    Ok(store
        .room_mark(message.room)?
        .unwrap_or_default()
        .and(&tag, message.at_ms))
}

/// Once the message that ended a conversation is answered and marked, nothing of the
/// conversation is kept, not even how it ended.
pub fn ending_answered(store: &SessionStore, message: &Incoming) -> Result<(), StoreError> {
    let key = store.key(&conversation_id(message.room, message.sender));
    match store.load_record(key)? {
        Some(record) if record.session.is_none() => store.delete(key),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Settings;
    use std::sync::Arc;

    fn engine() -> Engine {
        let content = crate::content::load_bundled();
        Engine::new(
            Arc::new(content),
            Settings {
                preset_locale: Some("en".into()),
                ..Settings::default()
            },
        )
    }

    fn message<'a>(event_id: &'a str, body: &'a str, at_ms: u64) -> Incoming<'a> {
        Incoming {
            room: "!room:localhost",
            sender: "@alice:localhost",
            event_id,
            input: Input::text(body),
            at_ms,
        }
    }

    fn answer(decision: Decision) -> Answer {
        match decision {
            Decision::Answer(answer) => *answer,
            Decision::Skip => panic!("expected an answer"),
        }
    }

    #[test]
    fn a_redelivered_message_is_replayed_not_stepped_twice() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let engine = engine();
        let first = message("$1", "hi", 1_000_000);
        let a = answer(decide(&engine, &store, &first).unwrap());
        answered(&store, &first).unwrap();

        // "1" chosen; then the bot crashes before marking the room: the same event comes again.
        let second = message("$2", "1", 1_060_000);
        let b = answer(decide(&engine, &store, &second).unwrap());
        let again = answer(decide(&engine, &store, &second).unwrap());
        assert_eq!(b.replies, again.replies, "a replay gives the same replies");
        assert!(!b.counters.is_empty());
        assert!(again.counters.is_empty(), "a replay is not counted twice");
        assert_eq!(
            b.transaction, again.transaction,
            "and the same transaction id"
        );
        assert!(again.replies.message_ids().contains(&"aw-menu-prompt"));
        assert_ne!(a.transaction, b.transaction);

        // Once marked (as the bot marks a message it has replied to), it is skipped; so are
        // the ones answered before it.
        replied(&store, &second).unwrap();
        assert_eq!(decide(&engine, &store, &second).unwrap(), Decision::Skip);
        assert_eq!(decide(&engine, &store, &first).unwrap(), Decision::Skip);

        // The next message continues from where the person is: the awareness menu.
        let third = message("$3", "1", 1_120_000);
        let c = answer(decide(&engine, &store, &third).unwrap());
        assert!(
            c.replies.message_ids().contains(&"offer-intro"),
            "{:?}",
            c.replies.message_ids()
        );
    }

    #[test]
    fn people_in_the_same_room_have_their_own_sessions() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let engine = engine();
        let alice = message("$a", "hi", 1_000);
        decide(&engine, &store, &alice).unwrap();
        answered(&store, &alice).unwrap();
        let bob = Incoming {
            sender: "@bob:localhost",
            ..message("$b", "1", 2_000)
        };
        let answer = answer(decide(&engine, &store, &bob).unwrap());
        assert!(
            answer
                .counters
                .contains(&"conversations started".to_string())
        );
        assert!(answer.replies.message_ids().contains(&"main-menu-prompt"));
    }

    /// Steps `text` as a message of its own, answered (marked) or not.
    fn step(store: &SessionStore, event: &str, text: &str, at: u64, mark: bool) -> Answer {
        let message = message(event, text, at);
        let answer = answer(decide(&engine(), store, &message).unwrap());
        if mark {
            answered(store, &message).unwrap();
            if answer.forgotten {
                ending_answered(store, &message).unwrap();
            }
        }
        answer
    }

    #[test]
    fn a_retried_yes_to_erase_erases_again_instead_of_greeting() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        step(&store, "$1", "2", 1_000, true);
        step(&store, "$2", "erase", 2_000, true);
        // "1", the bot decides to erase, and the reply cannot be sent (or the bot stops
        // before marking): the same message comes again.
        let first = step(&store, "$3", "1", 3_000, false);
        assert!(first.erase && first.forgotten);
        assert!(
            store.pending_erase("!room:localhost").unwrap().is_some(),
            "the erase is recorded before the answer"
        );
        let again = step(&store, "$3", "1", 3_000, true);
        assert!(again.erase && again.forgotten && again.replay);
        assert_eq!(again.replies, first.replies);
        assert_eq!(again.transaction, first.transaction);
        // Answered and marked: nothing of the conversation is left, and a later message
        // starts afresh.
        let key = store.key(&conversation_id("!room:localhost", "@alice:localhost"));
        assert_eq!(store.load_record(key).unwrap(), None);
        let after = step(&store, "$4", "hi", 4_000, false);
        assert!(!after.erase);
    }

    #[test]
    fn a_retried_forget_me_forgets_again() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        step(&store, "$1", "2", 1_000, true);
        let first = step(&store, "$2", "forget me", 2_000, false);
        assert!(first.forgotten && !first.erase);
        let key = store.key(&conversation_id("!room:localhost", "@alice:localhost"));
        let kept = store.load_record(key).unwrap().unwrap();
        assert_eq!(kept.session, None, "the session is gone at once");
        assert_eq!(kept.last.unwrap().before, None, "and not kept to replay");
        let again = step(&store, "$2", "forget me", 2_000, true);
        assert!(again.forgotten && again.replay);
        assert_eq!(again.replies, first.replies);
        assert_eq!(store.load_record(key).unwrap(), None);
    }

    #[test]
    fn timestamps_do_not_decide_what_was_answered() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        // A message whose sender's clock is far ahead, then one whose clock is behind: both
        // are new, both are answered; each is recognised again by its tag alone.
        step(&store, "$future", "hi", 4_102_444_800_000, true);
        let behind = message("$behind", "1", 1_000);
        assert!(!already_answered(&store, &behind).unwrap());
        assert!(matches!(
            decide(&engine(), &store, &behind).unwrap(),
            Decision::Answer(_)
        ));
        answered(&store, &behind).unwrap();
        assert!(already_answered(&store, &behind).unwrap());
        assert!(already_answered(&store, &message("$future", "hi", 0)).unwrap());
    }
}
