//! Quick erase in a Matrix room: remove (redact) every message the bot sent there, found by
//! walking the room's history, so that no event ids ever need storing; then forget the room
//! and leave it. The person's own messages are theirs to delete; the bot told them how before
//! they confirmed.

use matrix_sdk::Room;
use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::{OwnedEventId, uint};
use tracing::{info, warn};

use super::send::{MAX_RATE_LIMITED_TRIES, rate_limit_delay};
use crate::store::SessionStore;

/// Pages of history fetched at most: a bound, so a huge room cannot keep the bot busy forever.
const MAX_PAGES: usize = 200;

pub async fn erase_room(room: &Room, own_user: &str, store: &SessionStore) {
    let events = own_messages(room, own_user).await;
    let mut failed = 0;
    for event_id in &events {
        if !redact_with_retry(room, event_id).await {
            failed += 1;
        }
    }
    if failed > 0 {
        warn!(
            "quick erase: {failed} of {} messages could not be removed",
            events.len()
        );
    } else {
        info!("quick erase: removed {} messages", events.len());
    }
    if let Err(error) = store.forget_room(room.room_id().as_str()) {
        warn!("quick erase: cannot forget the room: {error}");
    }
    if let Err(error) = room.leave().await {
        warn!("quick erase: cannot leave the room: {error}");
    }
}

/// Ids of the bot's own messages in the room that are not removed yet, newest first.
async fn own_messages(room: &Room, own_user: &str) -> Vec<OwnedEventId> {
    let mut found = Vec::new();
    let mut token: Option<String> = None;
    for _ in 0..MAX_PAGES {
        let mut options = MessagesOptions::backward().from(token.as_deref());
        options.limit = uint!(100);
        let page = match room.messages(options).await {
            Ok(page) => page,
            Err(error) => {
                warn!("quick erase: cannot read the room's history: {error}");
                break;
            }
        };
        for event in &page.chunk {
            let raw = event.raw();
            let sender: Option<String> = raw.get_field("sender").ok().flatten();
            let kind: Option<String> = raw.get_field("type").ok().flatten();
            let state_key: Option<serde_json::Value> = raw.get_field("state_key").ok().flatten();
            let unsigned: Option<serde_json::Value> = raw.get_field("unsigned").ok().flatten();
            let redacted = unsigned
                .as_ref()
                .is_some_and(|u| u.get("redacted_because").is_some());
            let message = matches!(kind.as_deref(), Some("m.room.message" | "m.room.encrypted"));
            if sender.as_deref() == Some(own_user)
                && message
                && state_key.is_none()
                && !redacted
                && let Ok(Some(id)) = raw.get_field::<OwnedEventId>("event_id")
            {
                found.push(id);
            }
        }
        match page.end {
            Some(end) if !page.chunk.is_empty() => token = Some(end),
            _ => break,
        }
    }
    found
}

async fn redact_with_retry(room: &Room, event_id: &OwnedEventId) -> bool {
    for _ in 0..MAX_RATE_LIMITED_TRIES {
        match room.redact(event_id, None, None).await {
            Ok(_) => return true,
            Err(error) => {
                let error = matrix_sdk::Error::from(error);
                match rate_limit_delay(&error) {
                    Some(delay) => tokio::time::sleep(delay).await,
                    None => {
                        warn!("quick erase: cannot remove a message: {error}");
                        return false;
                    }
                }
            }
        }
    }
    false
}
