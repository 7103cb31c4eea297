//! While the data directory cannot be written (a full disk, a read-only mount): the bot tells
//! the coordinators, with the cause and what to do, keeps each affected room to retry, and
//! still answers calls for urgent help, without saving anything (see `handlers`).

use std::time::{Duration, Instant};

use matrix_sdk::Client;
use tracing::warn;

use super::{Bot, admin};
use crate::storage_fault::StorageFault;
use crate::store::StoreError;

/// How often the admin room hears about the same trouble: often enough to know it goes on,
/// rarely enough not to bury the room while a disk stays full.
const ALERT_EVERY: Duration = Duration::from_secs(15 * 60);

/// Reports a failed write or read of the session store. The text names files and causes,
/// never a person or a message.
pub async fn failed(client: &Client, bot: &Bot, room_id: &str, error: &StoreError) {
    let hint = StorageFault::of_store(error)
        .map(|fault| format!(" Hint: {}.", fault.hint(&bot.config.data_dir)))
        .unwrap_or_default();
    warn!("cannot use the session store; the message waits: {error}.{hint}");
    if let Ok(mut waiting) = bot.unstored.lock() {
        waiting.insert(room_id.to_string());
    }
    let due = bot
        .storage_alerted
        .lock()
        .map(|mut last| {
            let due = last.is_none_or(|at| at.elapsed() >= ALERT_EVERY);
            if due {
                *last = Some(Instant::now());
            }
            due
        })
        .unwrap_or(false);
    if due {
        let text = format!(
            "Putokaz cannot save conversations: {error}.{hint} Until it can, people's messages \
             wait and are answered afterwards, in order; calls for urgent help are answered \
             at once."
        );
        admin::announce(client, bot, &text).await;
    }
}

/// A write went through again: the next trouble is news for the admin room at once.
pub fn recovered(bot: &Bot) {
    if let Ok(mut last) = bot.storage_alerted.lock()
        && last.take().is_some()
    {
        tracing::info!("the session store can be written again");
    }
}
