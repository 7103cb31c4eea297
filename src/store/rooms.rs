//! What the store keeps per room: which messages were answered there (so none is answered
//! twice), and an erase that has begun and is not finished yet (so a crash or a failing
//! homeserver never leaves it half done). Keyed by a keyed hash of the room id and sealed to
//! it, like sessions: the disk holds no room id, and only the hour of the last change in the
//! clear, for sweeping.

use serde::{Deserialize, Serialize};

use super::{SessionKey, SessionStore, StoreError, open, seal};
use crate::engine::session::Timestamp;

/// How many answered messages a room remembers by tag. Matrix can deliver a message again
/// after a restart (from the history, or from a sync whose token was not saved yet); any
/// message among these is recognised exactly, whatever its timestamp says.
pub const RECENT_ANSWERED: usize = 32;

const MARKS: &str = "rooms";
const ERASES: &str = "erasing";

/// The messages answered last in a room.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomMark {
    /// The tag of the last one.
    pub event: String,
    /// The newest timestamp (milliseconds) among them, as the adapter read it: never later
    /// than when the bot received the message, so a sender's clock set in the future cannot
    /// hide later messages. Used only when none of `recent` is in the history read back.
    pub at_ms: u64,
    /// Tags of the last [`RECENT_ANSWERED`] messages answered, oldest first.
    #[serde(default)]
    pub recent: Vec<String>,
}

impl RoomMark {
    pub fn has(&self, tag: &str) -> bool {
        self.event == tag || self.recent.iter().any(|t| t == tag)
    }

    /// The mark after the message `tag`, sent at `at_ms`, is answered too.
    pub fn and(mut self, tag: &str, at_ms: u64) -> RoomMark {
        self.recent.retain(|t| t != tag);
        self.recent.push(tag.to_string());
        let excess = self.recent.len().saturating_sub(RECENT_ANSWERED);
        self.recent.drain(..excess);
        self.event = tag.to_string();
        self.at_ms = self.at_ms.max(at_ms);
        self
    }
}

/// An erase that has begun in a room and is not finished: written before the person is
/// answered, removed only once every message of the bot's there is gone and the bot has
/// left, so it is finished after any crash or outage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingErase {
    /// The person's language, to tell them if it cannot be finished.
    pub locale: Option<String>,
    /// When it began (seconds).
    pub since: Timestamp,
    /// Attempts that ended without finishing.
    #[serde(default)]
    pub failed_attempts: u32,
    /// Whether the person and the admin room have been told that it is taking long.
    #[serde(default)]
    pub reported: bool,
}

impl SessionStore {
    /// The messages answered in a room so far.
    pub fn room_mark(&self, room_id: &str) -> Result<Option<RoomMark>, StoreError> {
        let key = self.room_value_key(MARKS, room_id);
        let Some(bytes) = self.tree(MARKS)?.get(key.id)? else {
            return Ok(None);
        };
        // Stores from before marks were sealed hold them as plain JSON.
        Ok(open(&key, &bytes).or_else(|| serde_json::from_slice(&bytes).ok()))
    }

    /// Records that the messages `mark` describes have been answered, durably.
    pub fn set_room_mark(&self, room_id: &str, mark: &RoomMark) -> Result<(), StoreError> {
        self.put(MARKS, room_id, mark.at_ms / 1000, mark)?.flush()?;
        Ok(())
    }

    /// Records the mark without waiting for the disk: it is written with the store's next
    /// flush, another write's or sled's own within half a second. Only for a mark that a
    /// crash may lose harmlessly (see `delivery::replied`).
    pub fn set_room_mark_unflushed(
        &self,
        room_id: &str,
        mark: &RoomMark,
    ) -> Result<(), StoreError> {
        self.put(MARKS, room_id, mark.at_ms / 1000, mark)?;
        Ok(())
    }

    /// The erase begun in a room and not finished, if any.
    pub fn pending_erase(&self, room_id: &str) -> Result<Option<PendingErase>, StoreError> {
        let key = self.room_value_key(ERASES, room_id);
        Ok(self
            .tree(ERASES)?
            .get(key.id)?
            .and_then(|bytes| open(&key, &bytes)))
    }

    /// Records that an erase has begun in a room (or how far it got), durably.
    pub fn set_pending_erase(
        &self,
        room_id: &str,
        erase: &PendingErase,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        self.put(ERASES, room_id, now, erase)?.flush()?;
        Ok(())
    }

    /// Forgets a room the bot has left: what was answered there and any erase, finished.
    pub fn forget_room(&self, room_id: &str) -> Result<(), StoreError> {
        for tree in [MARKS, ERASES] {
            self.tree(tree)?
                .remove(self.room_value_key(tree, room_id).id)?;
        }
        self.db()?.flush()?;
        Ok(())
    }

    /// Writes a room's value, sealed, without flushing; returns its tree, for the caller that
    /// needs the value on disk before it goes on.
    fn put<T: Serialize>(
        &self,
        tree: &str,
        room_id: &str,
        at: Timestamp,
        value: &T,
    ) -> Result<sled::Tree, StoreError> {
        let key = self.room_value_key(tree, room_id);
        let tree = self.tree(tree)?;
        tree.insert(key.id, seal(&key, at, value)?)?;
        Ok(tree)
    }

    /// Where a room's value of one kind is kept, and the key that opens it.
    fn room_value_key(&self, kind: &str, room_id: &str) -> SessionKey {
        self.key(&format!("{kind}\0{room_id}"))
    }

    fn tree(&self, name: &str) -> Result<sled::Tree, StoreError> {
        Ok(self.db()?.open_tree(name)?)
    }

    /// The trees of room values, for sweeping with the sessions.
    pub(super) fn room_trees(&self) -> Result<[sled::Tree; 2], StoreError> {
        Ok([self.tree(MARKS)?, self.tree(ERASES)?])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_remembers_the_last_answered_messages_and_the_newest_time() {
        let mut mark = RoomMark::default();
        for n in 0..40u64 {
            mark = mark.and(&format!("tag{n}"), 1_000 * n);
        }
        assert_eq!(mark.recent.len(), RECENT_ANSWERED);
        assert!(mark.has("tag39") && mark.has("tag8") && !mark.has("tag7"));
        assert_eq!(mark.event, "tag39");
        // An older message answered later (a catch-up) does not move the time back.
        let mark = mark.and("late", 5);
        assert_eq!(mark.at_ms, 39_000);
    }

    #[test]
    fn marks_and_erases_are_sealed_and_forgotten_with_the_room() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let room = "!secret-room:example.org";
        let mark = RoomMark::default().and("tag", 1_234_567);
        store.set_room_mark(room, &mark).unwrap();
        let erase = PendingErase {
            locale: Some("locale-that-stays-sealed".into()),
            since: 10,
            failed_attempts: 0,
            reported: false,
        };
        store.set_pending_erase(room, &erase, 10).unwrap();
        assert_eq!(store.room_mark(room).unwrap(), Some(mark));
        assert_eq!(store.pending_erase(room).unwrap(), Some(erase));
        assert_eq!(store.pending_erase("!other:example.org").unwrap(), None);
        for tree in store.room_trees().unwrap() {
            for entry in tree.iter() {
                let (_, bytes) = entry.unwrap();
                let text = String::from_utf8_lossy(&bytes);
                assert!(
                    !text.contains("1234567") && !text.contains("stays-sealed"),
                    "{text}"
                );
            }
        }
        store.forget_room(room).unwrap();
        assert_eq!(store.room_mark(room).unwrap(), None);
        assert_eq!(store.pending_erase(room).unwrap(), None);
    }
}
