//! Cases: a person talking with a team's worker through the bot. A case holds what the
//! queue shows (code, language, need, country, waiting since), where to reach the person, who
//! took it, and the bot's posts in the team room (to remove them on erase). Never what anyone
//! wrote. Sealed like sessions, under a keyed hash of the code; the indexes (a person's open
//! case, a thread's case, the open list) are sealed too.

use serde::{Deserialize, Serialize};

use super::{CODE_ALPHABET, CODE_LEN, SessionStore, StoreError, open, seal};
use crate::engine::session::Timestamp;

const CASES: &str = "cases";
const BY_PERSON: &str = "case-of-person";
const BY_THREAD: &str = "case-of-thread";
const OPEN_LIST: &str = "cases-open";

/// The most cases open at once; a new case beyond it is refused (the person is told no one
/// can answer now), so the list a worker reads and the store stay bounded.
pub const MAX_OPEN_CASES: usize = 1000;

/// How many of the bot's posts in a team room a case remembers for erase.
const MAX_POSTS: usize = 2000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// The person's room and Matrix id, to reach their session. Never shown to a worker.
    pub room: String,
    pub person: String,
    pub team: String,
    pub locale: String,
    pub need: Option<String>,
    pub country: Option<String>,
    /// When the person asked (seconds).
    pub since: Timestamp,
    /// The worker who took it.
    #[serde(default)]
    pub taken_by: Option<String>,
    #[serde(default)]
    pub taken_at: Option<Timestamp>,
    /// The last message either side wrote, for closing a silent case.
    pub last_activity: Timestamp,
    /// The case's line in its team room: the root of the thread the worker writes in.
    #[serde(default)]
    pub root: Option<String>,
    /// The bot's posts in team rooms for this case (the line, the person's words), to remove
    /// on erase.
    #[serde(default)]
    pub posts: Vec<(String, String)>,
}

impl Case {
    /// Remembers a post of the bot's in `room`, for erase.
    pub fn posted(&mut self, room: &str, event: &str) {
        if self.posts.len() < MAX_POSTS && !self.posts.iter().any(|(_, e)| e == event) {
            self.posts.push((room.to_string(), event.to_string()));
        }
    }
}

impl SessionStore {
    /// The code of the case the message `message_tag` opened: the same for a redelivered copy.
    pub fn case_code(&self, message_tag: &str) -> String {
        let hash = blake3::keyed_hash(&self.secret, format!("case\0{message_tag}").as_bytes());
        hash.as_bytes()[..CODE_LEN]
            .iter()
            .map(|byte| char::from(CODE_ALPHABET[usize::from(byte % 32)]))
            .collect()
    }

    /// Opens or updates a case, and its indexes.
    pub fn save_case(&self, code: &str, case: &Case) -> Result<(), StoreError> {
        let code = code.to_ascii_uppercase();
        let mut list = self.open_codes()?;
        if !list.contains(&code) {
            if list.len() >= MAX_OPEN_CASES {
                return Err(StoreError::TooManyCases);
            }
            list.push(code.clone());
        }
        let stamp = case.last_activity;
        self.case_put(CASES, &format!("case\0{code}"), stamp, case)?;
        self.case_put(
            BY_PERSON,
            &person_index(&case.room, &case.person),
            stamp,
            &code,
        )?;
        if let Some(root) = &case.root {
            self.case_put(BY_THREAD, &format!("thread\0{root}"), stamp, &code)?;
        }
        self.case_put(OPEN_LIST, "open", stamp, &list)?;
        Ok(())
    }

    /// Changes an open case's record alone (its posts, its last activity): one write where
    /// `save_case` makes five. Nothing happens if the case was closed meanwhile, so a late
    /// update never brings a closed case back. The indexes carry the hour of last activity
    /// too, for the sweep: once that hour moves on, they are written again with it, so a case
    /// that is still talking never loses its way back to the person or the thread.
    pub fn update_case(&self, code: &str, case: &Case) -> Result<(), StoreError> {
        let name = format!("case\0{}", code.to_ascii_uppercase());
        let key = self.key(&name);
        let tree = self.db()?.open_tree(CASES)?;
        let Some(stored) = tree.get(key.id)? else {
            return Ok(());
        };
        if super::last_active_hour(&stored) != Some(super::stamp_hour(case.last_activity)) {
            return self.save_case(code, case);
        }
        tree.insert(key.id, seal(&key, case.last_activity, case)?)?;
        tree.flush()?;
        Ok(())
    }

    /// The open case with this code.
    pub fn case(&self, code: &str) -> Result<Option<Case>, StoreError> {
        self.case_get(CASES, &format!("case\0{}", code.to_ascii_uppercase()))
    }

    /// The person's open case, by their room and id.
    pub fn case_of_person(&self, room: &str, person: &str) -> Result<Option<String>, StoreError> {
        self.case_get(BY_PERSON, &person_index(room, person))
    }

    /// The case whose thread this is, by the thread's root event.
    pub fn case_of_thread(&self, root: &str) -> Result<Option<String>, StoreError> {
        self.case_get(BY_THREAD, &format!("thread\0{root}"))
    }

    /// Every open case, oldest first.
    pub fn open_cases(&self) -> Result<Vec<(String, Case)>, StoreError> {
        let mut cases = Vec::new();
        for code in self.open_codes()? {
            if let Some(case) = self.case(&code)? {
                cases.push((code, case));
            }
        }
        cases.sort_by_key(|(_, case)| case.since);
        Ok(cases)
    }

    /// Closes a case: it and its indexes are gone.
    pub fn close_case(&self, code: &str) -> Result<Option<Case>, StoreError> {
        let code = code.to_ascii_uppercase();
        let Some(case) = self.case(&code)? else {
            return Ok(None);
        };
        let mut list = self.open_codes()?;
        list.retain(|c| *c != code);
        self.case_put(OPEN_LIST, "open", case.last_activity, &list)?;
        self.case_remove(CASES, &format!("case\0{code}"))?;
        self.case_remove(BY_PERSON, &person_index(&case.room, &case.person))?;
        if let Some(root) = &case.root {
            self.case_remove(BY_THREAD, &format!("thread\0{root}"))?;
        }
        Ok(Some(case))
    }

    fn open_codes(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.case_get(OPEN_LIST, "open")?.unwrap_or_default())
    }

    fn case_put<T: Serialize>(
        &self,
        tree: &str,
        name: &str,
        at: Timestamp,
        value: &T,
    ) -> Result<(), StoreError> {
        let key = self.key(name);
        let tree = self.db()?.open_tree(tree)?;
        tree.insert(key.id, seal(&key, at, value)?)?;
        tree.flush()?;
        Ok(())
    }

    fn case_get<T: serde::de::DeserializeOwned>(
        &self,
        tree: &str,
        name: &str,
    ) -> Result<Option<T>, StoreError> {
        let key = self.key(name);
        let tree = self.db()?.open_tree(tree)?;
        Ok(tree.get(key.id)?.and_then(|bytes| open(&key, &bytes)))
    }

    fn case_remove(&self, tree: &str, name: &str) -> Result<(), StoreError> {
        let key = self.key(name);
        let tree = self.db()?.open_tree(tree)?;
        tree.remove(key.id)?;
        tree.flush()?;
        Ok(())
    }

    /// The trees `sweep` expires like sessions (a case left open past the session expiry).
    pub(super) fn case_trees(&self) -> Result<[sled::Tree; 3], StoreError> {
        let db = self.db()?;
        Ok([
            db.open_tree(CASES)?,
            db.open_tree(BY_PERSON)?,
            db.open_tree(BY_THREAD)?,
        ])
    }
}

fn person_index(room: &str, person: &str) -> String {
    format!("case-of\0{room}\0{person}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case() -> Case {
        Case {
            room: "!person:hs".into(),
            person: "@whatsapp_38164111222:hs".into(),
            team: "peers".into(),
            locale: "ar".into(),
            need: None,
            country: Some("RS".into()),
            since: 1_000,
            taken_by: None,
            taken_at: None,
            last_activity: 1_000,
            root: Some("$root".into()),
            posts: vec![],
        }
    }

    #[test]
    fn a_case_is_found_by_code_person_and_thread_and_closed_with_its_indexes() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let code = store.case_code("tag");
        assert_eq!(code, store.case_code("tag"), "a retry opens the same case");
        store.save_case(&code, &case()).unwrap();
        assert_eq!(store.case(&code.to_lowercase()).unwrap(), Some(case()));
        assert_eq!(
            store
                .case_of_person("!person:hs", "@whatsapp_38164111222:hs")
                .unwrap(),
            Some(code.clone())
        );
        assert_eq!(store.case_of_thread("$root").unwrap(), Some(code.clone()));
        assert_eq!(store.open_cases().unwrap().len(), 1);
        drop(store);
        let raw = std::fs::read_dir(dir.path().join("sessions"))
            .unwrap()
            .filter_map(|entry| std::fs::read(entry.unwrap().path()).ok())
            .flatten()
            .collect::<Vec<u8>>();
        assert!(
            !raw.windows(11).any(|w| w == b"38164111222"),
            "the person's number is sealed"
        );
        let store = SessionStore::open(dir.path()).unwrap();
        assert!(store.close_case(&code).unwrap().is_some());
        assert_eq!(store.case(&code).unwrap(), None);
        assert_eq!(store.case_of_thread("$root").unwrap(), None);
        assert_eq!(
            store
                .case_of_person("!person:hs", "@whatsapp_38164111222:hs")
                .unwrap(),
            None
        );
        assert!(store.open_cases().unwrap().is_empty());
        let mut late = case();
        late.last_activity = 2_000;
        store.update_case(&code, &late).unwrap();
        assert_eq!(
            store.case(&code).unwrap(),
            None,
            "a late update revived a closed case"
        );
    }

    #[test]
    fn a_case_that_keeps_talking_outlives_the_session_expiry_with_its_indexes() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path()).unwrap();
        let code = store.case_code("tag");
        store.save_case(&code, &case()).unwrap();
        let day = 24 * 3600;
        // A message every day for a month and more, each one an update.
        let mut talking = case();
        for days in 1..=40 {
            talking.last_activity = 1_000 + days * day;
            store.update_case(&code, &talking).unwrap();
            store.sweep(talking.last_activity, 30 * day).unwrap();
        }
        assert_eq!(store.case(&code).unwrap(), Some(talking));
        assert_eq!(
            store
                .case_of_person("!person:hs", "@whatsapp_38164111222:hs")
                .unwrap(),
            Some(code.clone()),
            "the way from the person to the case was swept"
        );
        assert_eq!(store.case_of_thread("$root").unwrap(), Some(code));
    }
}
