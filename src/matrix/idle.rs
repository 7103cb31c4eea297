//! Leaving chats whose conversation has expired, so that the rooms the bot is in (and what its
//! Matrix store, its memory and every start spend on them) do not only grow.
//!
//! A chat is left when the store remembers nothing of it (its session, what was answered in it
//! and any erase all expired or never existed) and nothing at all has happened in it for as
//! long as a session lives. The bot leaves without a word: a message days later could tell
//! whoever holds the phone that the chat was used. The privacy page says so, and that a new
//! chat starts afresh.
//!
//! Only a person's chat is left: never a room the configuration names (staff, teams,
//! referrals), nor one without a person in it (a bridge's management room, where it reports
//! that its login needs attention). A Matrix user who writes again starts a new chat. A
//! bridge brings the bot back by itself when the person writes again: mautrix bridgev2
//! invites its user back into the same portal before it relays a message there
//! (`UserLogin.MarkInPortal`), and heisenbridge opens a new private room; either way the
//! person's message is answered from the catch-up that follows the join.

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::uint;
use matrix_sdk::{Client, Room, RoomState};
use tracing::{debug, info};

use super::handlers::Job;
use super::{Bot, portal};

/// How often the store is swept and idle chats looked for: hourly, or four times in a session's
/// life when that is shorter (a test's seconds), so a chat is left at most a quarter late.
pub fn sweep_interval(session_expiry: Duration) -> Duration {
    (session_expiry / 4).clamp(Duration::from_secs(1), Duration::from_secs(3600))
}

/// Whether a chat whose newest event is from `newest_ms` has been idle past `expiry` at
/// `now_ms`. No event read means nothing to go by: the chat stays.
pub fn idle_past(newest_ms: Option<u64>, now_ms: u64, expiry: Duration) -> bool {
    newest_ms.is_some_and(|newest| now_ms.saturating_sub(newest) > expiry.as_millis() as u64)
}

/// Whether the store remembers anything of a room (cheap: no network).
fn remembered(bot: &Bot, room_id: &str) -> bool {
    // An error reading the store counts as remembered: never leave on a guess.
    !matches!(bot.store.room_mark(room_id), Ok(None))
        || !matches!(bot.store.pending_erase(room_id), Ok(None))
}

/// Queues a check, in its own turn, of every joined chat the store no longer remembers.
pub fn look_for_idle_chats(client: &Client, bot: &Arc<Bot>) {
    for room in client.joined_rooms() {
        let room_id = room.room_id().as_str();
        if !bot.matrix.is_staff_room(room_id) && !remembered(bot, room_id) {
            super::dispatch(bot, client, &room, Job::LeaveIfIdle);
        }
    }
}

/// Leaves `room` if it is still forgotten and idle; in the room's turn, so a message that
/// arrived meanwhile is answered first and keeps the chat.
pub async fn leave_if_idle(bot: &Bot, room: &Room) {
    let room_id = room.room_id().as_str();
    if room.state() != RoomState::Joined
        || bot.matrix.is_staff_room(room_id)
        || remembered(bot, room_id)
    {
        return;
    }
    match portal::view(room, &bot.matrix.bridges).await {
        Ok(view) if view.people > 0 => {}
        Ok(_) => return,
        Err(error) => {
            debug!("cannot read a room's members: {error}");
            return;
        }
    }
    let newest = match newest_event_ms(room).await {
        Ok(newest) => newest,
        Err(error) => {
            debug!("cannot read a room's newest event: {error}");
            return;
        }
    };
    if !idle_past(newest, crate::now() * 1000, bot.config.session_expiry) {
        return;
    }
    info!("leaving a chat whose conversation expired");
    if let Err(error) = room.leave().await {
        debug!("cannot leave a room: {error}");
        return;
    }
    // The Matrix store keeps a left room's state until it is forgotten.
    if let Err(error) = room.forget().await {
        debug!("cannot forget a left room: {error}");
    }
}

/// When the newest event the bot can read in `room` was sent: never later than now, so a
/// server's clock set in the future keeps a chat no longer than its own activity would.
async fn newest_event_ms(room: &Room) -> Result<Option<u64>, matrix_sdk::Error> {
    let mut options = MessagesOptions::backward();
    options.limit = uint!(1);
    let page = room.messages(options).await?;
    let now_ms = crate::now() * 1000;
    Ok(page.chunk.first().and_then(|event| {
        let sent: Option<u64> = event.raw().get_field("origin_server_ts").ok().flatten();
        sent.map(|ms| ms.min(now_ms))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Duration = Duration::from_secs(86_400);

    #[test]
    fn a_chat_is_idle_only_past_the_whole_expiry() {
        let now = 100 * DAY.as_millis() as u64;
        let expiry = 30 * DAY;
        assert!(!idle_past(
            Some(now - 29 * DAY.as_millis() as u64),
            now,
            expiry
        ));
        assert!(!idle_past(
            Some(now - expiry.as_millis() as u64),
            now,
            expiry
        ));
        assert!(idle_past(
            Some(now - 31 * DAY.as_millis() as u64),
            now,
            expiry
        ));
        // Nothing read: nothing to go by.
        assert!(!idle_past(None, now, expiry));
        // An event stamped in the future is not "long ago".
        assert!(!idle_past(Some(now + DAY.as_millis() as u64), now, expiry));
    }

    #[test]
    fn sweeps_come_hourly_or_four_times_a_short_life() {
        assert_eq!(sweep_interval(30 * DAY), Duration::from_secs(3600));
        assert_eq!(
            sweep_interval(Duration::from_secs(8)),
            Duration::from_secs(2)
        );
        assert_eq!(
            sweep_interval(Duration::from_secs(1)),
            Duration::from_secs(1)
        );
    }
}
