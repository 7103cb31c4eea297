//! Sending replies: `m.notice` with an HTML body (inside the subset Element X keeps) and a
//! plain body, or in a bridged room `m.text` written for the other app; long replies split at
//! reply boundaries, deterministic transaction ids, and the homeserver's rate limits honoured.

use std::time::{Duration, SystemTime};

use matrix_sdk::Room;
use matrix_sdk::ruma::api::client::receipt::create_receipt::v3::ReceiptType;
use matrix_sdk::ruma::api::error::{ErrorKind, RetryAfter};
use matrix_sdk::ruma::events::receipt::ReceiptThread;
use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;
use matrix_sdk::ruma::{OwnedEventId, OwnedTransactionId};
use tracing::{debug, warn};

use crate::engine::reply::Replies;
use crate::render;

/// Replies longer than this (plain text, bytes) are split into several messages. Matrix
/// allows 64 KiB per event, but long messages are hard to read and slow on a cheap phone.
const MAX_MESSAGE_BYTES: usize = 3_000;
/// How often a send is tried when the homeserver says to slow down.
pub const MAX_RATE_LIMITED_TRIES: u32 = 8;

/// Who reads the bot's messages in a room, which decides their form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Matrix clients: notices, the convention for bots, which other bots do not answer.
    Matrix,
    /// A bridge to another messaging app. Bridges drop notices (mautrix's `bridge_notices` is
    /// off by default; heisenbridge never relays them), so the bot writes text; a bridge's
    /// loop guard is its own users, not the message type.
    Bridge,
}

impl Audience {
    fn content(self, replies: &Replies) -> RoomMessageEventContent {
        match self {
            Audience::Matrix => {
                RoomMessageEventContent::notice_html(render::plain(replies), render::html(replies))
            }
            Audience::Bridge => {
                let (plain, html) = render::bridged(replies);
                RoomMessageEventContent::text_html(plain, html)
            }
        }
    }

    fn plain(self, text: &str) -> RoomMessageEventContent {
        match self {
            Audience::Matrix => RoomMessageEventContent::notice_plain(text),
            Audience::Bridge => RoomMessageEventContent::text_plain(text),
        }
    }
}

/// Sends `replies` to `audience`, split at reply boundaries, each part under
/// `transaction`-`n`.
pub async fn replies(
    room: &Room,
    audience: Audience,
    replies: &Replies,
    transaction: &str,
) -> Result<(), matrix_sdk::Error> {
    for (index, part) in split(replies).iter().enumerate() {
        let content = audience.content(part);
        let txn = OwnedTransactionId::from(format!("putokaz-{transaction}-{index}"));
        send_with_retry(room, content, txn).await?;
    }
    Ok(())
}

/// A short plain notice, for staff rooms (no transaction id to keep: it is not an answer to
/// a message).
pub async fn notice(room: &Room, text: &str) {
    say(room, Audience::Matrix, text).await;
}

/// A short plain message to whoever reads `room`, outside any answer (a "slow down").
pub async fn say(room: &Room, audience: Audience, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Err(error) = room.send(audience.plain(text)).await {
        warn!("could not send a notice: {error}");
    }
}

/// A plain notice sent at most once under `transaction` (a replay sends the same event); its
/// event id, to withdraw it later.
pub async fn notice_once(
    room: &Room,
    text: &str,
    transaction: &str,
) -> Result<OwnedEventId, matrix_sdk::Error> {
    let txn = OwnedTransactionId::from(format!("putokaz-{transaction}"));
    send_with_retry(room, RoomMessageEventContent::notice_plain(text), txn).await
}

/// Any message content, sent at most once under `transaction`; its event id.
pub async fn content_once(
    room: &Room,
    content: RoomMessageEventContent,
    transaction: &str,
) -> Result<OwnedEventId, matrix_sdk::Error> {
    let txn = OwnedTransactionId::from(format!("putokaz-{transaction}"));
    send_with_retry(room, content, txn).await
}

async fn send_with_retry(
    room: &Room,
    content: RoomMessageEventContent,
    txn: OwnedTransactionId,
) -> Result<OwnedEventId, matrix_sdk::Error> {
    let mut tries = 0;
    loop {
        tries += 1;
        match room
            .send(content.clone())
            .with_transaction_id(txn.clone())
            .await
        {
            Ok(response) => return Ok(response.response.event_id),
            Err(error) => match rate_limit_delay(&error) {
                Some(delay) if tries < MAX_RATE_LIMITED_TRIES => {
                    debug!("rate limited; waiting {delay:?}");
                    tokio::time::sleep(delay).await;
                }
                _ => return Err(error),
            },
        }
    }
}

/// The wait the homeserver asked for, when it answered M_LIMIT_EXCEEDED.
pub fn rate_limit_delay(error: &matrix_sdk::Error) -> Option<Duration> {
    let Some(ErrorKind::LimitExceeded(data)) = error.client_api_error_kind() else {
        return None;
    };
    Some(match data.retry_after {
        Some(RetryAfter::Delay(delay)) => delay,
        Some(RetryAfter::DateTime(at)) => at.duration_since(SystemTime::now()).unwrap_or_default(),
        None => Duration::from_secs(1),
    })
}

/// Splits replies into messages of at most [`MAX_MESSAGE_BYTES`], never inside a reply.
pub fn split(replies: &Replies) -> Vec<Replies> {
    let mut parts: Vec<Replies> = Vec::new();
    let mut current = Replies {
        direction: replies.direction,
        items: Vec::new(),
    };
    for item in &replies.items {
        current.items.push(item.clone());
        if current.items.len() > 1 && render::plain(&current).len() > MAX_MESSAGE_BYTES {
            let item = current.items.pop().expect("just pushed");
            parts.push(std::mem::replace(
                &mut current,
                Replies {
                    direction: replies.direction,
                    items: vec![item],
                },
            ));
        }
    }
    if !current.items.is_empty() {
        parts.push(current);
    }
    parts
}

pub async fn read_receipt(room: &Room, event_id: &OwnedEventId) {
    let result = room
        .send_single_receipt(
            ReceiptType::Read,
            ReceiptThread::Unthreaded,
            event_id.clone(),
        )
        .await;
    if let Err(error) = result {
        debug!("cannot send a read receipt: {error}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::locale::Direction;
    use crate::engine::reply::{Reply, Text};

    #[test]
    fn long_replies_split_between_items_only() {
        let item = |n: usize| {
            Reply::Text(Text {
                message: format!("m{n}"),
                text: "x".repeat(1_000),
            })
        };
        let replies = Replies {
            direction: Direction::Ltr,
            items: (0..7).map(item).collect(),
        };
        let parts = split(&replies);
        assert!(parts.len() >= 3, "{}", parts.len());
        assert_eq!(parts.iter().map(|p| p.items.len()).sum::<usize>(), 7);
        for part in &parts {
            assert!(render::plain(part).len() <= MAX_MESSAGE_BYTES);
        }
    }
}
