//! Sessions at rest, in sled. Keys are a keyed BLAKE3 hash of the conversation id under a
//! secret made on first start, so the data directory holds no Matrix id and no phone-readable
//! trace of who talked to the bot; values hold no message text (see `engine::session`).

use std::fs::{self, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::engine::session::{SCHEMA_VERSION, Session, Timestamp};

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
}

/// The key a conversation's session is stored under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionKey([u8; 32]);

pub struct SessionStore {
    db: sled::Db,
    secret: [u8; 32],
}

impl SessionStore {
    /// Opens (or creates) the store in `data_dir`. The directory is made private to this user.
    pub fn open(data_dir: &Path) -> Result<SessionStore, StoreError> {
        create_private_dir(data_dir)?;
        let secret = load_or_create_secret(&data_dir.join(SECRET_FILE))?;
        let db = sled::Config::new()
            .path(data_dir.join(SESSIONS_DIR))
            .mode(sled::Mode::LowSpace)
            .open()?;
        Ok(SessionStore { db, secret })
    }

    /// The hash a conversation id is stored under; the id itself never reaches the disk.
    pub fn key(&self, conversation: &str) -> SessionKey {
        SessionKey(*blake3::keyed_hash(&self.secret, conversation.as_bytes()).as_bytes())
    }

    /// The stored session, if any. A session this build cannot read (damaged, or from a newer
    /// schema) is treated as absent: the person starts afresh rather than getting an error.
    pub fn load(&self, key: SessionKey) -> Result<Option<Session>, StoreError> {
        let Some(bytes) = self.db.get(key.0)? else {
            return Ok(None);
        };
        Ok(decode(&bytes))
    }

    /// Stores the session durably: when this returns, a crash cannot lose or rewind it.
    pub fn save(&self, key: SessionKey, session: &Session) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec(session)?;
        self.db.insert(key.0, bytes)?;
        self.db.flush()?;
        Ok(())
    }

    /// Deletes the session at once ("forget me").
    pub fn delete(&self, key: SessionKey) -> Result<(), StoreError> {
        self.db.remove(key.0)?;
        self.db.flush()?;
        Ok(())
    }

    /// Deletes every session idle for longer than `max_idle_secs`. Returns how many.
    pub fn sweep(&self, now: Timestamp, max_idle_secs: u64) -> Result<usize, StoreError> {
        let mut removed = 0;
        for entry in self.db.iter() {
            let (key, bytes) = entry?;
            let expired =
                decode(&bytes).is_none_or(|s| now.saturating_sub(s.last_active) > max_idle_secs);
            if expired {
                self.db.remove(key)?;
                removed += 1;
            }
        }
        if removed > 0 {
            self.db.flush()?;
        }
        Ok(removed)
    }

    pub fn len(&self) -> usize {
        self.db.len()
    }

    pub fn is_empty(&self) -> bool {
        self.db.is_empty()
    }
}

fn decode(bytes: &[u8]) -> Option<Session> {
    let session: Session = serde_json::from_slice(bytes).ok()?;
    (session.schema <= SCHEMA_VERSION).then_some(session)
}

fn create_private_dir(path: &Path) -> Result<(), StoreError> {
    let result = fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path);
    result.map_err(|source| StoreError::CreateDir {
        path: path.to_path_buf(),
        source,
    })
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
            // Written to a temporary name and renamed, so a crash never leaves half a key.
            let temporary = path.with_extension("tmp");
            let mut file = OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o600)
                .open(&temporary)
                .map_err(io_error)?;
            file.write_all(&secret).map_err(io_error)?;
            file.sync_all().map_err(io_error)?;
            fs::rename(&temporary, path).map_err(io_error)?;
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
    fn forget_and_sweep() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let (old, new, gone) = (store.key("old"), store.key("new"), store.key("gone"));
        store.save(old, &session(100)).unwrap();
        store.save(new, &session(1_000)).unwrap();
        store.save(gone, &session(1_000)).unwrap();
        store.delete(gone).unwrap();
        assert_eq!(store.load(gone).unwrap(), None);
        assert_eq!(store.sweep(1_050, 500).unwrap(), 1);
        assert_eq!(store.load(old).unwrap(), None);
        assert!(store.load(new).unwrap().is_some());
    }

    #[test]
    fn unreadable_sessions_start_afresh() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let key = store.key("x");
        store.db.insert(key.0, b"not json".to_vec()).unwrap();
        assert_eq!(store.load(key).unwrap(), None);
        let mut future = session(1);
        future.schema = SCHEMA_VERSION + 1;
        store.save(key, &future).unwrap();
        assert_eq!(store.load(key).unwrap(), None);
    }
}
