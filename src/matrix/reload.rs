//! Live reload: when a coordinator saves a flow, directory or translation file, the bot checks
//! the new set and serves it only if it has no errors. Either way the admin room hears what
//! happened, with the positioned diagnostics when the edit is broken.

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::Client;
use tracing::{info, warn};

use super::{Bot, admin};
use crate::watch::ContentWatcher;

/// How long the folders must stay quiet before a reload: long enough for an editor's save or
/// a `git pull` to finish, short enough that a fix is live "within seconds".
const QUIET: Duration = Duration::from_millis(700);

pub async fn on_change(client: Client, bot: Arc<Bot>) {
    let folders = vec![bot.config.flows.clone(), bot.config.locales.clone()];
    let mut watcher = match ContentWatcher::start(&folders) {
        Ok(watcher) => watcher,
        Err(error) => {
            warn!("cannot watch the content folders, use !reload after changes: {error}");
            return;
        }
    };
    info!("watching the content folders for changes");
    while watcher.next_burst(QUIET).await.is_some() {
        let reloading = bot.clone();
        let outcome = match tokio::task::spawn_blocking(move || reloading.reload()).await {
            Ok(outcome) => outcome,
            Err(error) => Err(format!("the reload stopped unexpectedly: {error}")),
        };
        match &outcome {
            Ok(warnings) => info!("content changed: reloaded ({warnings} warnings)"),
            Err(_) => warn!("content changed but has errors: kept the running set"),
        }
        admin::announce(&client, &bot, &admin::reload_notice(&outcome, true)).await;
    }
}
