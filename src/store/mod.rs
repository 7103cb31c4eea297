//! Sessions at rest, in sled. Keys are a keyed BLAKE3 hash of the conversation id under a
//! secret made on first start, so the data directory holds no Matrix id; values hold no message
//! text (see `engine::session`).
//!
//! Values are also encrypted (XChaCha20-Poly1305) under a key derived from the secret *and the
//! conversation id*, which is never stored. sled is log-structured: after an update or a
//! "forget me", older versions of a record stay in its log until compaction. Encrypted this
//! way, they cannot be read from the disk alone, not even with the secret, by anyone who does
//! not already know whose conversation it was. Only the hour of the last message is kept in
//! the clear, so that idle sessions can be swept without knowing whose they are.

use std::fs;
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::RwLock;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::engine::session::{SCHEMA_VERSION, Session, Timestamp};

mod cases;
mod rooms;
pub use cases::{Case, MAX_OPEN_CASES};
pub use rooms::{PendingErase, RECENT_ANSWERED, RoomMark};

const SECRET_FILE: &str = "session-key";
const SESSIONS_DIR: &str = "sessions";
const KEY_CONTEXT_LEN: usize = 32;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot create the data directory {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read or write the session key {path}: {source}")]
    Secret {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the session key {path} is damaged (expected {KEY_CONTEXT_LEN} bytes)")]
    BadSecret { path: PathBuf },
    #[error(
        "the session key {path} can be read by other users (mode {mode:o}); run `chmod 600` on it"
    )]
    OpenSecret { path: PathBuf, mode: u32 },
    #[error("cannot generate a session key: {0}")]
    Random(String),
    #[error("the session database failed: {0}")]
    Database(#[from] sled::Error),
    #[error("a session could not be encoded: {0}")]
    Encode(#[from] serde_json::Error),
    #[error("a session could not be encrypted")]
    Encrypt,
    #[error("the session database is closed after a failure; it is opened again shortly")]
    Closed,
    #[error("too many cases are open ({MAX_OPEN_CASES}); close some with !done")]
    TooManyCases,
}

/// Domain separation for the per-conversation value key.
const VALUE_KEY_CONTEXT: &str = "putokaz 2026-11 session value encryption";
const NONCE_LEN: usize = 24;
const STAMP_LEN: usize = 8;

/// What is stored for one conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// `None` once the person asked to be forgotten (or erased): then only `last` is left,
    /// until that message is answered, so that a retry of it ends the conversation again
    /// instead of greeting the person anew.
    pub session: Option<Session>,
    /// The last message stepped, so that a redelivered copy is replayed, not stepped twice.
    #[serde(default)]
    pub last: Option<LastStep>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastStep {
    /// [`SessionStore::event_tag`] of the message.
    pub event: String,
    /// The session before that message; `None` when it was the first, and after an ending
    /// (a forgotten session is not kept, not even to replay).
    pub before: Option<Session>,
    /// That message ended the conversation.
    #[serde(default)]
    pub ended: Option<Ended>,
}

/// How a conversation ended, all a retry needs to answer the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ended {
    /// Quick erase, not just "forget me".
    pub erase: bool,
    /// The language the person was answered in.
    pub locale: Option<String>,
    /// When (seconds), for expiry.
    pub at: Timestamp,
}

impl Record {
    /// When the record last changed, for expiry.
    fn stamp(&self) -> Timestamp {
        let ended = self.last.as_ref().and_then(|last| last.ended.as_ref());
        match (&self.session, ended) {
            (Some(session), _) => session.last_active,
            (None, Some(ended)) => ended.at,
            (None, None) => 0,
        }
    }
}

/// A consented referral waiting for a worker's `!ack`: where to tell the person, in which
/// language, and which service has it. Stored sealed to its code, which is not stored, and
/// deleted on `!ack` or when it expires like a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingReferral {
    pub room: String,
    pub locale: String,
    pub service: String,
    /// The referral's event in the service's room, to withdraw it if the person asks the bot
    /// to forget them before a worker has taken it up.
    #[serde(default)]
    pub post: Option<String>,
}

/// Letters and digits that cannot be mistaken for one another when read aloud or copied.
const CODE_ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 6;

/// Where a conversation's session is stored, and the key that opens it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionKey {
    id: [u8; 32],
    value_key: [u8; 32],
}

impl std::fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionKey(..)")
    }
}

pub struct SessionStore {
    /// `None` only between closing a failed database and opening it again (see `reopen`).
    db: RwLock<Option<sled::Db>>,
    path: PathBuf,
    secret: [u8; 32],
}

impl SessionStore {
    /// Opens (or creates) the store in `data_dir`. The directory is made private to this user.
    pub fn open(data_dir: &Path) -> Result<SessionStore, StoreError> {
        create_private_dir(data_dir)?;
        let secret = load_or_create_secret(&data_dir.join(SECRET_FILE))?;
        let path = data_dir.join(SESSIONS_DIR);
        let db = open_db(&path)?;
        Ok(SessionStore {
            db: RwLock::new(Some(db)),
            path,
            secret,
        })
    }

    /// The database handle, shared (it is reference-counted inside).
    fn db(&self) -> Result<sled::Db, StoreError> {
        self.db
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .ok_or(StoreError::Closed)
    }

    /// Closes the database and opens it again. After one failed write (a full disk, say)
    /// sled refuses every later operation, even once there is room again; only opening it
    /// anew clears that. What was written before the failure is kept.
    pub fn reopen(&self) -> Result<(), StoreError> {
        let mut db = self.db.write().unwrap_or_else(|e| e.into_inner());
        // The old handle must be gone before the database's file lock can be taken again.
        drop(db.take());
        *db = Some(open_db(&self.path)?);
        Ok(())
    }

    /// The hash a conversation id is stored under, and its value key. The id itself never
    /// reaches the disk.
    pub fn key(&self, conversation: &str) -> SessionKey {
        let id = *blake3::keyed_hash(&self.secret, conversation.as_bytes()).as_bytes();
        let value_key = *blake3::Hasher::new_derive_key(VALUE_KEY_CONTEXT)
            .update(&self.secret)
            .update(conversation.as_bytes())
            .finalize()
            .as_bytes();
        SessionKey { id, value_key }
    }

    /// The stored session, if any. A session this build cannot read (damaged, or from a newer
    /// schema) is treated as absent: the person starts afresh rather than getting an error.
    pub fn load(&self, key: SessionKey) -> Result<Option<Session>, StoreError> {
        Ok(self.load_record(key)?.and_then(|record| record.session))
    }

    /// Stores the session durably: when this returns, a crash cannot lose or rewind it.
    pub fn save(&self, key: SessionKey, session: &Session) -> Result<(), StoreError> {
        let record = Record {
            session: Some(session.clone()),
            last: None,
        };
        self.save_record(key, &record)
    }

    /// The stored record: the session and how its last message was handled.
    pub fn load_record(&self, key: SessionKey) -> Result<Option<Record>, StoreError> {
        let Some(bytes) = self.db()?.get(key.id)? else {
            return Ok(None);
        };
        Ok(open_value(&key, &bytes))
    }

    /// Stores a record durably.
    pub fn save_record(&self, key: SessionKey, record: &Record) -> Result<(), StoreError> {
        let bytes = seal_value(&key, record)?;
        let db = self.db()?;
        db.insert(key.id, bytes)?;
        db.flush()?;
        Ok(())
    }

    /// Stores many records with one flush at the end: for imports and for building large
    /// stores in benchmarks. Durable only once it returns.
    pub fn save_records(&self, records: &[(SessionKey, Record)]) -> Result<(), StoreError> {
        let db = self.db()?;
        for (key, record) in records {
            db.insert(key.id, seal_value(key, record)?)?;
        }
        db.flush()?;
        Ok(())
    }

    /// A short keyed tag for a message's event id: enough to recognise a redelivered message,
    /// useless for finding it.
    pub fn event_tag(&self, event_id: &str) -> String {
        let hash = blake3::keyed_hash(&self.secret, format!("event\0{event_id}").as_bytes());
        hash.to_hex()[..32].to_string()
    }

    /// When the bot first started (seconds), stored the first time this is asked.
    pub fn first_start(&self, now: Timestamp) -> Result<Timestamp, StoreError> {
        let meta = self.db()?.open_tree("meta")?;
        if let Some(bytes) = meta.get("first-start")?
            && let Ok(stamp) = <[u8; 8]>::try_from(bytes.as_ref())
        {
            return Ok(u64::from_be_bytes(stamp));
        }
        meta.insert("first-start", &now.to_be_bytes())?;
        meta.flush()?; // A tree's flush writes the whole database.
        Ok(now)
    }

    /// Adds one to each aggregate counter (never anything about a person). In name order,
    /// whatever order they come in: sled's log keeps writes in the order made, and the order
    /// of a step's node counters would be the path the person took.
    pub fn bump<S: AsRef<str>>(&self, counters: &[S]) -> Result<(), StoreError> {
        let stats = self.db()?.open_tree("stats")?;
        let mut names: Vec<&str> = counters.iter().map(AsRef::as_ref).collect();
        names.sort_unstable();
        for name in names {
            stats.update_and_fetch(name, |old| {
                let count = old
                    .and_then(|b| <[u8; 8]>::try_from(b).ok())
                    .map_or(0, u64::from_be_bytes);
                Some(count.saturating_add(1).to_be_bytes().to_vec())
            })?;
        }
        Ok(())
    }

    /// Every aggregate counter, by name.
    pub fn counters(&self) -> Result<Vec<(String, u64)>, StoreError> {
        let stats = self.db()?.open_tree("stats")?;
        let mut out = Vec::new();
        for entry in stats.iter() {
            let (name, value) = entry?;
            let count = <[u8; 8]>::try_from(value.as_ref()).map_or(0, u64::from_be_bytes);
            out.push((String::from_utf8_lossy(&name).into_owned(), count));
        }
        Ok(out)
    }

    /// Deletes the session at once ("forget me").
    pub fn delete(&self, key: SessionKey) -> Result<(), StoreError> {
        let db = self.db()?;
        db.remove(key.id)?;
        db.flush()?;
        Ok(())
    }

    /// The referral code for the message that consented: the same for a redelivered copy of
    /// that message, so a replay after a crash posts the same referral, not a second one.
    pub fn referral_code(&self, message_tag: &str) -> String {
        let hash = blake3::keyed_hash(&self.secret, format!("referral\0{message_tag}").as_bytes());
        hash.as_bytes()[..CODE_LEN]
            .iter()
            .map(|byte| char::from(CODE_ALPHABET[usize::from(byte % 32)]))
            .collect()
    }

    fn referral_key(&self, code: &str) -> SessionKey {
        self.key(&format!("referral\0{}", code.to_ascii_uppercase()))
    }

    pub fn save_referral(
        &self,
        code: &str,
        referral: &PendingReferral,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let key = self.referral_key(code);
        let bytes = seal(&key, now, referral)?;
        let referrals = self.referrals()?;
        referrals.insert(key.id, bytes)?;
        referrals.flush()?;
        Ok(())
    }

    /// The open referral with this code, if any.
    pub fn referral(&self, code: &str) -> Result<Option<PendingReferral>, StoreError> {
        let key = self.referral_key(code);
        Ok(self
            .referrals()?
            .get(key.id)?
            .and_then(|bytes| open(&key, &bytes)))
    }

    /// The referral with this code, removed from the store (acknowledged or withdrawn).
    pub fn take_referral(&self, code: &str) -> Result<Option<PendingReferral>, StoreError> {
        let key = self.referral_key(code);
        let referrals = self.referrals()?;
        let Some(bytes) = referrals.remove(key.id)? else {
            return Ok(None);
        };
        referrals.flush()?;
        Ok(open(&key, &bytes))
    }

    /// Remembers that `conversation` has an open referral `code`, so that "forget me" and
    /// quick erase can withdraw it.
    pub fn add_person_referral(
        &self,
        conversation: &str,
        code: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let key = self.person_referrals_key(conversation);
        let tree = self.db()?.open_tree("referrals-by-person")?;
        let mut codes: Vec<String> = tree
            .get(key.id)?
            .and_then(|bytes| open(&key, &bytes))
            .unwrap_or_default();
        if !codes.iter().any(|c| c == code) {
            codes.push(code.to_string());
        }
        tree.insert(key.id, seal(&key, now, &codes)?)?;
        tree.flush()?;
        Ok(())
    }

    /// The codes of `conversation`'s referrals (open or not), forgetting the list.
    pub fn take_person_referrals(&self, conversation: &str) -> Result<Vec<String>, StoreError> {
        let key = self.person_referrals_key(conversation);
        let tree = self.db()?.open_tree("referrals-by-person")?;
        let Some(bytes) = tree.remove(key.id)? else {
            return Ok(Vec::new());
        };
        tree.flush()?;
        Ok(open(&key, &bytes).unwrap_or_default())
    }

    fn person_referrals_key(&self, conversation: &str) -> SessionKey {
        self.key(&format!("referrals-of\0{conversation}"))
    }

    fn referrals(&self) -> Result<sled::Tree, StoreError> {
        Ok(self.db()?.open_tree("referrals")?)
    }

    /// Deletes every session idle for longer than `max_idle_secs`, and every referral made and
    /// room answered in longer ago. Returns how many.
    pub fn sweep(&self, now: Timestamp, max_idle_secs: u64) -> Result<usize, StoreError> {
        let mut removed = 0;
        let db = self.db()?;
        let by_person = db.open_tree("referrals-by-person")?;
        let [marks, erases] = self.room_trees()?;
        let [cases, case_people, case_threads] = self.case_trees()?;
        let trees = [
            &*db,
            &self.referrals()?,
            &by_person,
            &marks,
            &erases,
            &cases,
            &case_people,
            &case_threads,
        ];
        for tree in trees {
            for entry in tree.iter() {
                let (key, bytes) = entry?;
                let expired = last_active_hour(&bytes)
                    .is_none_or(|hour| now.saturating_sub(hour) > max_idle_secs);
                if expired {
                    tree.remove(key)?;
                    removed += 1;
                }
            }
        }
        if removed > 0 {
            db.flush()?;
        }
        Ok(removed)
    }

    /// Stored sessions; 0 while the database is being reopened.
    pub fn len(&self) -> usize {
        self.db().map_or(0, |db| db.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `[hour of last activity, 8 bytes][nonce, 24 bytes][ciphertext of the JSON session]`.
fn seal_value(key: &SessionKey, record: &Record) -> Result<Vec<u8>, StoreError> {
    seal(key, record.stamp(), record)
}

fn open_value(key: &SessionKey, bytes: &[u8]) -> Option<Record> {
    open::<Record>(key, bytes).filter(|record| {
        record
            .session
            .as_ref()
            .is_none_or(|session| session.schema <= SCHEMA_VERSION)
    })
}

/// `[hour of `at`, 8 bytes][nonce, 24 bytes][ciphertext of `value` as JSON]`, sealed to the
/// key's conversation (or referral code).
fn seal<T: Serialize>(key: &SessionKey, at: Timestamp, value: &T) -> Result<Vec<u8>, StoreError> {
    let plain = serde_json::to_vec(value)?;
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut nonce).map_err(|e| StoreError::Random(e.to_string()))?;
    let cipher = XChaCha20Poly1305::new(&key.value_key.into());
    let payload = Payload {
        msg: &plain,
        aad: &key.id,
    };
    let sealed = cipher
        .encrypt(&XNonce::from(nonce), payload)
        .map_err(|_| StoreError::Encrypt)?;
    let hour = stamp_hour(at);
    let mut bytes = Vec::with_capacity(STAMP_LEN + NONCE_LEN + sealed.len());
    bytes.extend_from_slice(&hour.to_be_bytes());
    bytes.extend_from_slice(&nonce);
    bytes.extend_from_slice(&sealed);
    Ok(bytes)
}

fn open<T: DeserializeOwned>(key: &SessionKey, bytes: &[u8]) -> Option<T> {
    let nonce: [u8; NONCE_LEN] = bytes
        .get(STAMP_LEN..STAMP_LEN + NONCE_LEN)?
        .try_into()
        .ok()?;
    let sealed = bytes.get(STAMP_LEN + NONCE_LEN..)?;
    let cipher = XChaCha20Poly1305::new(&key.value_key.into());
    let payload = Payload {
        msg: sealed,
        aad: &key.id,
    };
    let plain = cipher.decrypt(&XNonce::from(nonce), payload).ok()?;
    serde_json::from_slice(&plain).ok()
}

/// The stamp a record sealed at `at` carries: the hour, not the second, which is enough to
/// expire idle sessions and less to learn from.
fn stamp_hour(at: Timestamp) -> Timestamp {
    at - at % 3600
}

fn last_active_hour(bytes: &[u8]) -> Option<Timestamp> {
    let stamp: [u8; STAMP_LEN] = bytes.get(..STAMP_LEN)?.try_into().ok()?;
    Some(u64::from_be_bytes(stamp))
}

/// How much of the session store sled keeps in memory.
const SLED_CACHE_BYTES: u64 = 16 * 1024 * 1024;

fn open_db(path: &Path) -> Result<sled::Db, StoreError> {
    Ok(sled::Config::new()
        .path(path)
        .mode(sled::Mode::LowSpace)
        // sled caches up to 1 GiB by default, growing with every session read; sessions are a
        // few hundred bytes, so this holds tens of thousands, and the rest is a disk read.
        .cache_capacity(SLED_CACHE_BYTES)
        .open()?)
}

/// Creates the data directory, or makes an existing one private to this user.
fn create_private_dir(path: &Path) -> Result<(), StoreError> {
    let error = |source| StoreError::CreateDir {
        path: path.to_path_buf(),
        source,
    };
    // A directory that exists is the operator's (systemd's StateDirectory, or a folder they
    // chose, perhaps their home): its mode is theirs to set, and what Putokaz keeps in it is
    // sealed and keyed by a secret of mode 0600 anyway. Only a directory it creates is made
    // private by Putokaz.
    if path.is_dir() {
        return Ok(());
    }
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
        .map_err(error)?;
    Ok(())
}

fn load_or_create_secret(path: &Path) -> Result<[u8; 32], StoreError> {
    let io_error = |source| StoreError::Secret {
        path: path.to_path_buf(),
        source,
    };
    match fs::File::open(path) {
        Ok(mut file) => {
            let mode = file.metadata().map_err(io_error)?.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                return Err(StoreError::OpenSecret {
                    path: path.to_path_buf(),
                    mode,
                });
            }
            let mut secret = [0u8; 32];
            let mut rest = Vec::new();
            file.read_exact(&mut secret)
                .map_err(|_| StoreError::BadSecret {
                    path: path.to_path_buf(),
                })?;
            file.read_to_end(&mut rest).map_err(io_error)?;
            if !rest.is_empty() {
                return Err(StoreError::BadSecret {
                    path: path.to_path_buf(),
                });
            }
            Ok(secret)
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let mut secret = [0u8; 32];
            getrandom::fill(&mut secret).map_err(|e| StoreError::Random(e.to_string()))?;
            crate::private_file::write(path, &secret).map_err(io_error)?;
            Ok(secret)
        }
        Err(error) => Err(io_error(error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::session::Position;

    fn session(now: Timestamp) -> Session {
        let mut s = Session::new(now);
        s.locale = Some("ar".into());
        s.at = Some(Position {
            flow: "main".into(),
            node: "menu".into(),
        });
        s.counters.insert("signs".into(), 2);
        s
    }

    #[test]
    fn sessions_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let key = store.key("@person:example.org");
        store.save(key, &session(10)).unwrap();
        drop(store);
        let store = SessionStore::open(dir.path()).unwrap();
        assert_eq!(
            store.key("@person:example.org"),
            key,
            "the secret must persist"
        );
        assert_eq!(store.load(key).unwrap(), Some(session(10)));
    }

    #[test]
    fn a_store_reopens_in_place_and_keeps_its_sessions() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let key = store.key("@person:example.org");
        store.save(key, &session(10)).unwrap();
        // Twice: the first reopen must have let go of the database's lock.
        store.reopen().unwrap();
        store.reopen().unwrap();
        assert_eq!(store.load(key).unwrap(), Some(session(10)));
        store.save(key, &session(20)).unwrap();
        assert_eq!(store.load(key).unwrap(), Some(session(20)));
    }

    #[test]
    fn keys_depend_on_the_secret() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let a = SessionStore::open(a.path()).unwrap();
        let b = SessionStore::open(b.path()).unwrap();
        assert_ne!(a.key("@x:y"), b.key("@x:y"));
        assert_ne!(a.key("@x:y"), a.key("@x:z"));
    }

    #[test]
    fn secret_is_private() {
        let dir = tempfile::tempdir().unwrap();
        SessionStore::open(dir.path()).unwrap();
        let mode = fs::metadata(dir.path().join(SECRET_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_readable_secret_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        SessionStore::open(dir.path()).unwrap();
        let path = dir.path().join(SECRET_FILE);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(
            SessionStore::open(dir.path()),
            Err(StoreError::OpenSecret { .. })
        ));
    }

    #[test]
    fn values_are_sealed_to_their_conversation() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let (a, b) = (store.key("a"), store.key("b"));
        store.save(a, &session(10)).unwrap();
        let raw = store.db().unwrap().get(a.id).unwrap().unwrap();
        let text = String::from_utf8_lossy(&raw);
        assert!(!text.contains("signs") && !text.contains("main"), "{text}");
        // Moved under another conversation's key, the record does not open.
        store.db().unwrap().insert(b.id, raw).unwrap();
        assert_eq!(store.load(b).unwrap(), None);
        assert_eq!(store.load(a).unwrap(), Some(session(10)));
    }

    #[test]
    fn a_new_data_directory_is_private_and_an_existing_one_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("new/data");
        SessionStore::open(&data).unwrap();
        let mode = fs::metadata(&data).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);

        let existing = dir.path().join("existing");
        fs::create_dir(&existing).unwrap();
        fs::set_permissions(&existing, fs::Permissions::from_mode(0o750)).unwrap();
        SessionStore::open(&existing).unwrap();
        let mode = fs::metadata(&existing).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o750, "the operator's mode was changed");
    }

    #[test]
    fn forget_and_sweep() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let (old, new, gone) = (store.key("old"), store.key("new"), store.key("gone"));
        let day = 24 * 3600;
        store.save(old, &session(day)).unwrap();
        store.save(new, &session(40 * day)).unwrap();
        store.save(gone, &session(40 * day)).unwrap();
        store.delete(gone).unwrap();
        assert_eq!(store.load(gone).unwrap(), None);
        assert_eq!(store.sweep(41 * day, 30 * day).unwrap(), 1);
        assert_eq!(store.load(old).unwrap(), None);
        assert!(store.load(new).unwrap().is_some());
    }

    #[test]
    fn referrals_are_sealed_taken_once_and_expire() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let code = store.referral_code("tag-1");
        assert_eq!(
            code,
            store.referral_code("tag-1"),
            "a replay gets the same code"
        );
        assert_ne!(code, store.referral_code("tag-2"));
        assert_eq!(code.len(), CODE_LEN);
        assert!(code.bytes().all(|b| CODE_ALPHABET.contains(&b)));
        let referral = PendingReferral {
            room: "!secret-room:example.org".into(),
            locale: "ar".into(),
            service: "rs-x".into(),
            post: None,
        };
        let day = 24 * 3600;
        store.save_referral(&code, &referral, 10 * day).unwrap();
        store.save_referral("OLDONE", &referral, day).unwrap();
        store.db().unwrap().flush().unwrap();
        for file in walk(dir.path()) {
            let bytes = fs::read(&file).unwrap();
            assert!(
                !bytes.windows(12).any(|w| w == b"!secret-room"),
                "the room id is readable in {}",
                file.display()
            );
        }
        assert_eq!(store.sweep(32 * day, 30 * day).unwrap(), 1);
        assert_eq!(store.take_referral("OLDONE").unwrap(), None, "expired");
        let taken = store.take_referral(&code.to_lowercase()).unwrap();
        assert_eq!(taken, Some(referral), "codes are read in any case");
        assert_eq!(store.take_referral(&code).unwrap(), None, "taken only once");

        store
            .add_person_referral("room\0person", "AAAAAA", day)
            .unwrap();
        store
            .add_person_referral("room\0person", "BBBBBB", day)
            .unwrap();
        store
            .add_person_referral("room\0person", "AAAAAA", day)
            .unwrap();
        assert_eq!(
            store.take_person_referrals("room\0person").unwrap(),
            ["AAAAAA", "BBBBBB"]
        );
        assert!(
            store
                .take_person_referrals("room\0person")
                .unwrap()
                .is_empty()
        );
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut files = Vec::new();
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files.extend(walk(&path));
            } else {
                files.push(path);
            }
        }
        files
    }

    #[test]
    fn unreadable_sessions_start_afresh() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let key = store.key("x");
        store
            .db()
            .unwrap()
            .insert(key.id, b"not json".to_vec())
            .unwrap();
        assert_eq!(store.load(key).unwrap(), None);
        let mut future = session(1);
        future.schema = SCHEMA_VERSION + 1;
        store.save(key, &future).unwrap();
        assert_eq!(store.load(key).unwrap(), None);
    }
}
