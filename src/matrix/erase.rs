//! Quick erase in a Matrix room: remove (redact) every message the bot sent there, found by
//! walking the room's whole history, so that no event ids ever need storing; then forget the
//! room and leave it. The person's own messages are theirs to delete; the bot told them how
//! before they confirmed.
//!
//! For someone whose phone is checked by the person controlling them, this is the most
//! important thing the bot does, so it is durable: the erase is recorded for the room before
//! the person is answered (`delivery::decide`), and the record goes only when every message is
//! gone and the bot has left. Until then it is resumed, after a failed page or redaction (with
//! backoff), an outage or a crash (at the next start). The walk and the redactions are
//! idempotent: a resumed erase finds what is left. If it keeps failing, the person (in their
//! language) and the admin room (the room, never the person) are told once.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::{OwnedEventId, RoomId, uint};
use matrix_sdk::{Client, Room, RoomState};
use tracing::{info, warn};

use super::send::{MAX_RATE_LIMITED_TRIES, rate_limit_delay};
use super::{Bot, admin, portal, send};

/// Pages of history read at the most: a bound far beyond any conversation (a million
/// events), so a runaway room cannot keep the bot busy for ever.
const MAX_PAGES: usize = 10_000;
/// Attempts that fail before the person and the admin room are told.
const REPORT_AFTER_ATTEMPTS: u32 = 3;

/// How a failing request is retried within one attempt.
#[derive(Debug, Clone, Copy)]
pub struct Retry {
    pub tries: u32,
    /// The first wait; each next one doubles, unless the homeserver names its own.
    pub first_wait: Duration,
}

const PAGE_RETRY: Retry = Retry {
    tries: 6,
    first_wait: Duration::from_secs(1),
};

/// Why an attempt did not finish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Incomplete {
    /// A page of history could not be read, even after retrying.
    History(String),
    /// Messages found that could not be removed.
    Redactions { failed: usize, of: usize },
    /// The history is longer than [`MAX_PAGES`].
    TooLong,
}

impl std::fmt::Display for Incomplete {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Incomplete::History(error) => write!(f, "the history could not be read: {error}"),
            Incomplete::Redactions { failed, of } => {
                write!(f, "{failed} of {of} messages could not be removed")
            }
            Incomplete::TooLong => write!(f, "the history is too long to walk"),
        }
    }
}

/// A page of history, as the walk needs it.
pub struct Page {
    /// The bot's messages on it that are not removed yet.
    pub own_messages: Vec<OwnedEventId>,
    /// Where the next (older) page starts; `None` at the start of the room.
    pub next: Option<String>,
}

/// A failed page request, and the wait the homeserver asked for, if it did.
pub struct PageError {
    pub error: String,
    pub wait: Option<Duration>,
}

/// Every message of the bot's that is still in the room, newest first, page by page from
/// the newest, each page retried by `retry`.
pub async fn walk<F, Fut>(mut fetch: F, retry: Retry) -> Result<Vec<OwnedEventId>, Incomplete>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<Page, PageError>>,
{
    let mut found = Vec::new();
    let mut token = None;
    for _ in 0..MAX_PAGES {
        let mut wait = retry.first_wait;
        let mut tries = 0;
        let page = loop {
            tries += 1;
            match fetch(token.clone()).await {
                Ok(page) => break page,
                Err(failure) if tries < retry.tries => {
                    tokio::time::sleep(failure.wait.unwrap_or(wait)).await;
                    wait *= 2;
                }
                Err(failure) => return Err(Incomplete::History(failure.error)),
            }
        };
        found.extend(page.own_messages);
        match page.next {
            Some(next) => token = Some(next),
            None => return Ok(found),
        }
    }
    Err(Incomplete::TooLong)
}

/// The erases the bot has in hand: running, or waiting to be retried.
#[derive(Default)]
pub struct Erases {
    rooms: std::sync::Mutex<HashMap<String, Due>>,
}

#[derive(Debug, Clone, Copy)]
enum Due {
    Running,
    At(Instant),
}

impl Erases {
    /// Takes `room` in hand; `false` when its erase is already running.
    fn begin(&self, room_id: &str) -> bool {
        let mut rooms = self.rooms.lock().unwrap_or_else(|e| e.into_inner());
        let running = matches!(rooms.get(room_id), Some(Due::Running));
        rooms.insert(room_id.to_string(), Due::Running);
        !running
    }

    fn finished(&self, room_id: &str) {
        let mut rooms = self.rooms.lock().unwrap_or_else(|e| e.into_inner());
        rooms.remove(room_id);
    }

    fn retry_at(&self, room_id: &str, at: Instant) {
        let mut rooms = self.rooms.lock().unwrap_or_else(|e| e.into_inner());
        rooms.insert(room_id.to_string(), Due::At(at));
    }

    /// Rooms whose erase waits and is due.
    fn due(&self) -> Vec<String> {
        let rooms = self.rooms.lock().unwrap_or_else(|e| e.into_inner());
        rooms
            .iter()
            .filter(|(_, due)| matches!(due, Due::At(at) if *at <= Instant::now()))
            .map(|(room, _)| room.clone())
            .collect()
    }
}

/// Runs the erase of `room` (begun, or to resume), unless it is running already, in a task of
/// its own: a long history must not hold up anyone else's answers.
pub fn start(bot: &Arc<Bot>, room: Room) {
    if !bot.erases.begin(room.room_id().as_str()) {
        return;
    }
    let bot = bot.clone();
    tokio::spawn(async move { attempt(&bot, &room).await });
}

/// At start, and every few seconds: resume the erases that were begun and not finished (after
/// a crash), and retry those whose wait is over.
pub fn resume(client: &Client, bot: &Arc<Bot>, at_start: bool) {
    let rooms: Vec<Room> = if at_start {
        client
            .joined_rooms()
            .into_iter()
            .filter(|room| {
                matches!(
                    bot.store.pending_erase(room.room_id().as_str()),
                    Ok(Some(_))
                )
            })
            .collect()
    } else {
        bot.erases
            .due()
            .iter()
            .filter_map(|room_id| client.get_room(&RoomId::parse(room_id).ok()?))
            .collect()
    };
    for room in rooms {
        start(bot, room);
    }
}

/// One attempt: on success the room is forgotten and left; otherwise it is retried later.
async fn attempt(bot: &Arc<Bot>, room: &Room) {
    let room_id = room.room_id().to_string();
    // One at a time with the room's messages: those that came after the erase are not
    // answered (`handlers::handle` sees the erase), and none is answered while it runs.
    let room_lock = bot.room_lock(&room_id);
    let _in_order = room_lock.lock().await;
    if room.state() != RoomState::Joined {
        forget(bot, &room_id);
        return;
    }
    match erase(room).await {
        Ok(removed) => {
            info!("quick erase: removed {removed} messages");
            forget(bot, &room_id);
            if let Err(error) = room.leave().await {
                warn!("quick erase: cannot leave the room: {error}");
            }
        }
        Err(incomplete) => not_finished(bot, room, &incomplete).await,
    }
}

fn forget(bot: &Bot, room_id: &str) {
    if let Err(error) = bot.store.forget_room(room_id) {
        warn!("quick erase: cannot forget the room: {error}");
    }
    bot.erases.finished(room_id);
}

/// Removes every message the bot sent in `room`; how many.
async fn erase(room: &Room) -> Result<usize, Incomplete> {
    let own_user = super::own_user(&room.client());
    let found = walk(|token| history_page(room, &own_user, token), PAGE_RETRY).await?;
    let mut failed = 0;
    for event_id in &found {
        if !redact_with_retry(room, event_id).await {
            failed += 1;
        }
    }
    match failed {
        0 => Ok(found.len()),
        failed => Err(Incomplete::Redactions {
            failed,
            of: found.len(),
        }),
    }
}

/// Records a failed attempt and schedules the next: a few minutes later, later each time.
/// After a few, the person and the admin room are told, once.
async fn not_finished(bot: &Arc<Bot>, room: &Room, incomplete: &Incomplete) {
    let room_id = room.room_id().as_str();
    let wait = Duration::from_secs(60);
    let Ok(Some(mut pending)) = bot.store.pending_erase(room_id) else {
        warn!("quick erase: not finished ({incomplete}), and its record cannot be read");
        bot.erases.retry_at(room_id, Instant::now() + wait);
        return;
    };
    pending.failed_attempts = pending.failed_attempts.saturating_add(1);
    let wait = wait * pending.failed_attempts.min(30);
    warn!(
        "quick erase: attempt {} not finished ({incomplete}); retrying in {}",
        pending.failed_attempts,
        humantime::format_duration(wait)
    );
    if pending.failed_attempts >= REPORT_AFTER_ATTEMPTS && !pending.reported {
        pending.reported = true;
        tell_the_person(bot, room, pending.locale.as_deref()).await;
        let text = format!(
            "A quick erase in {room_id} is not finished after {} attempts ({incomplete}). The \
             bot keeps trying and leaves the room once every message of its is removed. If it \
             never finishes, remove the bot's messages there by hand.",
            pending.failed_attempts
        );
        admin::announce(&room.client(), bot, &text).await;
    }
    if let Err(error) = bot.store.set_pending_erase(room_id, &pending, crate::now()) {
        warn!("quick erase: cannot record the attempt: {error}");
    }
    bot.erases.retry_at(room_id, Instant::now() + wait);
}

/// The honest word to the person: not everything could be removed yet.
async fn tell_the_person(bot: &Bot, room: &Room, locale: Option<&str>) {
    let engine = bot.engine();
    let locales = &engine.content().locales;
    let locale = locale.unwrap_or(&locales.default_locale().id);
    let text = locales
        .format(locale, "erase-incomplete", None)
        .unwrap_or_default();
    let audience = portal::view_to_answer(room, &bot.matrix.bridges)
        .await
        .audience();
    send::say(room, audience, &text).await;
}

/// One page of the room's history, older than `token`.
async fn history_page(
    room: &Room,
    own_user: &str,
    token: Option<String>,
) -> Result<Page, PageError> {
    let mut options = MessagesOptions::backward().from(token.as_deref());
    options.limit = uint!(100);
    let page = room.messages(options).await.map_err(|error| PageError {
        wait: rate_limit_delay(&error),
        error: error.to_string(),
    })?;
    let own_messages = page
        .chunk
        .iter()
        .filter_map(|event| {
            let raw = event.raw();
            let sender: Option<String> = raw.get_field("sender").ok().flatten();
            let kind: Option<String> = raw.get_field("type").ok().flatten();
            let state_key: Option<serde_json::Value> = raw.get_field("state_key").ok().flatten();
            let unsigned: Option<serde_json::Value> = raw.get_field("unsigned").ok().flatten();
            let redacted = unsigned
                .as_ref()
                .is_some_and(|u| u.get("redacted_because").is_some());
            let message = matches!(
                kind.as_deref(),
                Some("m.room.message" | "m.room.encrypted" | "m.sticker")
            );
            let removable =
                sender.as_deref() == Some(own_user) && message && state_key.is_none() && !redacted;
            removable
                .then(|| raw.get_field::<OwnedEventId>("event_id").ok().flatten())
                .flatten()
        })
        .collect();
    let next = page.end.filter(|_| !page.chunk.is_empty());
    Ok(Page { own_messages, next })
}

/// Removes one message, waiting as long as the homeserver asks while it rate-limits.
pub(super) async fn redact_with_retry(room: &Room, event_id: &OwnedEventId) -> bool {
    for _ in 0..MAX_RATE_LIMITED_TRIES {
        match room.redact(event_id, None, None).await {
            Ok(_) => return true,
            Err(error) => {
                let error = matrix_sdk::Error::from(error);
                match rate_limit_delay(&error) {
                    Some(delay) => tokio::time::sleep(delay).await,
                    None => {
                        warn!("cannot remove a message: {error}");
                        return false;
                    }
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Retry = Retry {
        tries: 3,
        first_wait: Duration::ZERO,
    };

    fn id(n: usize) -> OwnedEventId {
        OwnedEventId::try_from(format!("$event{n}:localhost")).unwrap()
    }

    /// A history of `pages` pages with one message of the bot's each; request number `n`
    /// (from 0) fails when `fails(n)`.
    async fn run(
        pages: usize,
        fails: impl Fn(usize) -> bool,
    ) -> Result<Vec<OwnedEventId>, Incomplete> {
        let requests = std::cell::Cell::new(0);
        walk(
            |token| {
                let n = requests.get();
                requests.set(n + 1);
                let page: usize = token.map_or(0, |t| t.parse().unwrap());
                let failed = fails(n);
                async move {
                    if failed {
                        return Err(PageError {
                            error: "M_LIMIT_EXCEEDED".into(),
                            wait: Some(Duration::ZERO),
                        });
                    }
                    Ok(Page {
                        own_messages: vec![id(page)],
                        next: (page + 1 < pages).then(|| (page + 1).to_string()),
                    })
                }
            },
            NOW,
        )
        .await
    }

    #[tokio::test]
    async fn the_walk_reaches_the_start_of_the_room() {
        let found = run(250, |_| false).await.unwrap();
        assert_eq!(found.len(), 250, "beyond any page cap of old");
        assert_eq!(found[0], id(0));
    }

    #[tokio::test]
    async fn a_failing_page_is_retried_and_the_walk_goes_on() {
        // Every page fails once (rate limited), then succeeds.
        let found = run(5, |n| n % 2 == 0).await.unwrap();
        assert_eq!(found.len(), 5);
    }

    #[tokio::test]
    async fn a_page_that_keeps_failing_leaves_the_erase_unfinished() {
        let result = run(5, |n| n >= 2).await;
        assert!(matches!(result, Err(Incomplete::History(_))), "{result:?}");
    }

    #[test]
    fn one_erase_runs_at_a_time_per_room_and_waiting_ones_come_due() {
        let erases = Erases::default();
        assert!(erases.begin("!a:x"));
        assert!(!erases.begin("!a:x"), "already running");
        erases.retry_at("!a:x", Instant::now());
        erases.retry_at("!b:x", Instant::now() + Duration::from_secs(3600));
        assert_eq!(erases.due(), ["!a:x"]);
        assert!(erases.begin("!a:x"));
        erases.finished("!a:x");
        assert!(erases.due().is_empty());
    }
}
