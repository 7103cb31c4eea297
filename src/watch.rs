//! Watching the content folders for coordinators' edits. One save in an editor fires several
//! file events, and a `git pull` touches many files at once: the watcher waits until the
//! folders have been quiet for a moment, so each burst of changes gives one reload.

use std::path::{Path, PathBuf};
use std::time::Duration;

use notify::event::{EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use tokio::sync::mpsc;

/// Files that can change what the bot says. Editors' swap and backup files are not among them.
const CONTENT_EXTENSIONS: [&str; 4] = ["yaml", "yml", "ftl", "toml"];

pub struct ContentWatcher {
    // Dropping the watcher stops the events.
    _watcher: RecommendedWatcher,
    changes: mpsc::UnboundedReceiver<()>,
}

impl ContentWatcher {
    /// Starts watching `folders` and everything under them.
    pub fn start(folders: &[PathBuf]) -> notify::Result<ContentWatcher> {
        let (sender, changes) = mpsc::unbounded_channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let relevant = match &event {
                    Ok(event) => changes_content(event),
                    // A lost event (queue overflow) may have been an edit: reload to be sure.
                    Err(_) => true,
                };
                if relevant {
                    let _ = sender.send(());
                }
            })?;
        for folder in folders {
            watcher.watch(folder, RecursiveMode::Recursive)?;
        }
        Ok(ContentWatcher {
            _watcher: watcher,
            changes,
        })
    }

    /// Waits for a change, then until nothing has changed for `quiet`. `None` once the
    /// watcher has stopped.
    pub async fn next_burst(&mut self, quiet: Duration) -> Option<()> {
        self.changes.recv().await?;
        loop {
            match tokio::time::timeout(quiet, self.changes.recv()).await {
                Ok(Some(())) => continue,
                Ok(None) => return None,
                Err(_) => return Some(()),
            }
        }
    }
}

fn changes_content(event: &notify::Event) -> bool {
    let kind_matters = match event.kind {
        EventKind::Create(_) | EventKind::Remove(_) | EventKind::Any => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(_) | EventKind::Other => false,
    };
    kind_matters && (event.paths.is_empty() || event.paths.iter().any(|p| is_content(p)))
}

fn is_content(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| name.starts_with('.'));
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    !hidden && CONTENT_EXTENSIONS.contains(&extension)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_files_count() {
        assert!(is_content(Path::new("flows/main.yaml")));
        assert!(is_content(Path::new("locales/ar/bot.ftl")));
        assert!(!is_content(Path::new("flows/.main.yaml.swp")));
        assert!(!is_content(Path::new("flows/main.yaml~")));
        assert!(!is_content(Path::new("flows/notes.txt")));
    }

    #[tokio::test]
    async fn a_burst_of_edits_is_one_change() {
        let dir = tempfile::tempdir().unwrap();
        let mut watcher = ContentWatcher::start(&[dir.path().to_path_buf()]).unwrap();
        for i in 0..5 {
            std::fs::write(dir.path().join("a.yaml"), format!("n: {i}\n")).unwrap();
        }
        let burst = tokio::time::timeout(
            Duration::from_secs(10),
            watcher.next_burst(Duration::from_millis(300)),
        )
        .await;
        assert_eq!(burst, Ok(Some(())));
        // The whole burst was consumed: nothing more comes without a new edit.
        let more = tokio::time::timeout(
            Duration::from_millis(800),
            watcher.next_burst(Duration::from_millis(100)),
        )
        .await;
        assert!(more.is_err(), "a second change was reported");
        std::fs::write(dir.path().join("notes.txt"), "not content").unwrap();
        let unrelated = tokio::time::timeout(
            Duration::from_millis(800),
            watcher.next_burst(Duration::from_millis(100)),
        )
        .await;
        assert!(unrelated.is_err(), "a non-content file triggered a reload");
    }
}
