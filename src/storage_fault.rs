//! When the data directory cannot be written: a full disk, a read-only file system, or a
//! directory this user may not write. Each adapter reports the cause in words a coordinator
//! can act on, instead of a bare "IO error (os error 28)".

use std::io;
use std::path::Path;

use crate::store::StoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageFault {
    /// No space left, or the file-size or disk quota reached.
    Full,
    ReadOnly,
    Denied,
}

impl StorageFault {
    pub fn of_io(error: &io::Error) -> Option<StorageFault> {
        use io::ErrorKind::*;
        match error.kind() {
            StorageFull | QuotaExceeded | FileTooLarge => Some(StorageFault::Full),
            ReadOnlyFilesystem => Some(StorageFault::ReadOnly),
            PermissionDenied => Some(StorageFault::Denied),
            _ => None,
        }
    }

    pub fn of_store(error: &StoreError) -> Option<StorageFault> {
        match error {
            StoreError::CreateDir { source, .. } | StoreError::Secret { source, .. } => {
                Self::of_io(source)
            }
            // sled's writer thread rewraps the errors it meets, keeping only their text.
            StoreError::Database(sled::Error::Io(source)) => {
                Self::of_io(source).or_else(|| Self::in_message(&source.to_string()))
            }
            _ => None,
        }
    }

    /// For errors that reach us only as text, such as the Matrix SDK's SQLite stores.
    pub fn in_message(message: &str) -> Option<StorageFault> {
        let message = message.to_lowercase();
        if [
            "no space left",
            "disk is full",
            "quota exceeded",
            "file too large",
        ]
        .iter()
        .any(|sign| message.contains(sign))
        {
            Some(StorageFault::Full)
        } else if ["read-only file system", "readonly database"]
            .iter()
            .any(|sign| message.contains(sign))
        {
            Some(StorageFault::ReadOnly)
        } else {
            None
        }
    }

    /// What to do about it, for the person running the bot.
    pub fn hint(self, data_dir: &Path) -> String {
        let dir = data_dir.display();
        match self {
            StorageFault::Full => format!(
                "the disk holding {dir} is full: free some space there. Sessions already \
                 stored are kept"
            ),
            StorageFault::ReadOnly => format!(
                "{dir} is on a read-only file system: remount it read-write, or set data_dir \
                 to a writable directory. Putokaz must write there to keep people's places"
            ),
            StorageFault::Denied => format!(
                "this user may not write to {dir}: check its owner and permissions (it should \
                 belong to the user running Putokaz, mode 700)"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os_error(code: i32) -> io::Error {
        io::Error::from_raw_os_error(code)
    }

    #[test]
    fn disk_errors_are_recognised_through_the_store() {
        let cases = [
            (28, StorageFault::Full),     // ENOSPC
            (27, StorageFault::Full),     // EFBIG
            (122, StorageFault::Full),    // EDQUOT
            (30, StorageFault::ReadOnly), // EROFS
            (13, StorageFault::Denied),   // EACCES
        ];
        for (code, fault) in cases {
            let error = StoreError::Database(sled::Error::Io(os_error(code)));
            assert_eq!(StorageFault::of_store(&error), Some(fault), "errno {code}");
        }
        let rewrapped = io::Error::other(format!("{:?}", os_error(28)));
        let error = StoreError::Database(sled::Error::Io(rewrapped));
        assert_eq!(StorageFault::of_store(&error), Some(StorageFault::Full));
        let other = StoreError::Database(sled::Error::Io(os_error(5))); // EIO
        assert_eq!(StorageFault::of_store(&other), None);
    }

    #[test]
    fn sqlite_messages_are_recognised() {
        assert_eq!(
            StorageFault::in_message("database or disk is full"),
            Some(StorageFault::Full)
        );
        assert_eq!(
            StorageFault::in_message("attempt to write a readonly database"),
            Some(StorageFault::ReadOnly)
        );
        assert_eq!(StorageFault::in_message("connection refused"), None);
    }

    #[test]
    fn hints_name_the_directory() {
        for fault in [
            StorageFault::Full,
            StorageFault::ReadOnly,
            StorageFault::Denied,
        ] {
            assert!(
                fault
                    .hint(Path::new("/srv/putokaz"))
                    .contains("/srv/putokaz")
            );
        }
    }
}
