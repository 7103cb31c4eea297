//! Consented hand-off on Matrix. When a person chooses a hand-off option, the bot posts a
//! minimal referral in the service's referral room: a short code, the person's language, the
//! need and the Matrix id they agreed to share. A worker answers `!ack CODE`, and the person
//! is told that someone will write. Only the code's sealed mapping to the person's room is
//! kept, until the `!ack` or until it expires like a session.

use matrix_sdk::ruma::{EventId, OwnedEventId, RoomId};
use matrix_sdk::{Client, Room};
use tracing::{info, warn};

use super::{Bot, send};
use crate::engine::Referral;
use crate::engine::reply::{Replies, Reply, Text};
use crate::store::PendingReferral;

/// `!ack CODE`, in any case.
pub fn ack_code(body: &str) -> Option<&str> {
    let mut words = body.split_whitespace();
    let command = words.next()?;
    command
        .eq_ignore_ascii_case("!ack")
        .then(|| words.next().unwrap_or(""))
}

/// Posts the referral and keeps its code; `false` when it could not be passed on. The code
/// is kept even then: a post that timed out may have arrived, and its `!ack` must still work.
pub async fn pass_on(
    bot: &Bot,
    room: &Room,
    person: &str,
    referral: &Referral,
    transaction: &str,
) -> bool {
    let Some(referral_room) = referral_room(&room.client(), bot, &referral.service) else {
        warn!("no referral room for a hand-off to {}", referral.service);
        return false;
    };
    let code = bot.store.referral_code(transaction);
    let mut pending = PendingReferral {
        room: room.room_id().to_string(),
        locale: referral.locale.clone(),
        service: referral.service.clone(),
        post: None,
    };
    let conversation = crate::delivery::conversation_id(room.room_id().as_str(), person);
    let kept = bot
        .store
        .save_referral(&code, &pending, crate::now())
        .and_then(|()| {
            bot.store
                .add_person_referral(&conversation, &code, crate::now())
        });
    if let Err(error) = kept {
        warn!("cannot keep a referral code: {error}");
        return false;
    }
    let text = referral_text(bot, &code, person, referral);
    match send::notice_once(&referral_room, &text, &format!("referral-{transaction}")).await {
        Ok(post) => {
            info!("passed on a referral to {}", referral.service);
            pending.post = Some(post.to_string());
            if let Err(error) = bot.store.save_referral(&code, &pending, crate::now()) {
                warn!("cannot note where a referral was posted: {error}");
            }
            true
        }
        Err(error) => {
            warn!("could not post a referral: {error}");
            false
        }
    }
}

/// "Forget me" and quick erase withdraw the person's referrals that no worker has taken up:
/// the post with their Matrix id is removed from the service's room.
pub async fn withdraw(bot: &Bot, client: &Client, conversation: &str) {
    let codes = match bot.store.take_person_referrals(conversation) {
        Ok(codes) => codes,
        Err(error) => {
            warn!("cannot read a person's referrals to withdraw them: {error}");
            return;
        }
    };
    for code in codes {
        let Ok(Some(pending)) = bot.store.take_referral(&code) else {
            continue; // Acknowledged already, or expired.
        };
        let Some(room) = referral_room(client, bot, &pending.service) else {
            continue;
        };
        if let Some(post) = pending.post.as_deref().and_then(|p| EventId::parse(p).ok())
            && let Err(error) = room
                .redact(&post, Some("withdrawn by the person"), None)
                .await
        {
            warn!("could not remove a withdrawn referral: {error}");
        }
        send::notice(
            &room,
            &format!("Referral {code} was withdrawn by the person."),
        )
        .await;
        info!("withdrew a referral to {}", pending.service);
    }
}

/// What the service's workers read: the code, the language, the need and the Matrix id the
/// person agreed to share. Nothing else about them.
fn referral_text(bot: &Bot, code: &str, person: &str, referral: &Referral) -> String {
    let engine = bot.engine();
    let language = engine
        .content()
        .locales
        .get(&referral.locale)
        .map_or(referral.locale.clone(), |locale| {
            format!("{} ({})", locale.meta.autonym, locale.id)
        });
    let need = referral.need.as_deref().unwrap_or("not given");
    format!(
        "Referral {code}\nLanguage: {language}\nNeed: {need}\nMatrix id: {person}\n\
         The person agreed to share these so that a worker can write to them. \
         When someone has taken it up, send: !ack {code}"
    )
}

fn referral_room(client: &Client, bot: &Bot, service: &str) -> Option<Room> {
    let room_id = bot.matrix.referral_rooms.get(service)?;
    client.get_room(&RoomId::parse(room_id).ok()?)
}

/// A worker's `!ack CODE`: tells the person, in their language, that someone will write.
pub async fn acknowledge(bot: &Bot, room: &Room, code: &str, event: &OwnedEventId) {
    let in_referral_room = bot
        .matrix
        .referral_rooms
        .values()
        .any(|r| r == room.room_id().as_str());
    if !in_referral_room {
        send::notice(room, "Sorry, !ack is only for a service's referral room.").await;
        return;
    }
    // Read, not taken: the code is forgotten only once the person has been told, so a crash
    // or a failed send leaves the worker able to send `!ack` again.
    let pending = match bot.store.referral(code) {
        // A code of another service's room stays with that service.
        Ok(Some(pending))
            if bot
                .matrix
                .referral_rooms
                .get(&pending.service)
                .map(String::as_str)
                == Some(room.room_id().as_str()) =>
        {
            pending
        }
        Ok(_) => {
            send::notice(room, &unknown(code)).await;
            return;
        }
        Err(error) => {
            warn!("cannot read a referral: {error}");
            send::notice(
                room,
                "The bot cannot read its store just now; try again soon.",
            )
            .await;
            return;
        }
    };
    let engine = bot.engine();
    let service = engine
        .content()
        .directory
        .service(&pending.service)
        .and_then(|s| s.name.clone())
        .unwrap_or_else(|| pending.service.clone());
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("service", service);
    let text = engine
        .content()
        .locales
        .format(&pending.locale, "handoff-acknowledged", Some(&args))
        .unwrap_or_default();
    let person_room = RoomId::parse(&pending.room)
        .ok()
        .and_then(|id| room.client().get_room(&id));
    let told = match person_room {
        Some(person_room) => {
            // One transaction per code: a second `!ack` after a crash sends no second message.
            let transaction = format!("ack-{}", bot.store.event_tag(&format!("ack\0{code}")));
            let replies = localized(&engine, &pending.locale, "handoff-acknowledged", text);
            send::replies(&person_room, &replies, &transaction)
                .await
                .is_ok()
        }
        None => false,
    };
    if told && let Err(error) = bot.store.take_referral(code) {
        warn!("cannot forget an acknowledged referral: {error}");
    }
    let answer = if told {
        format!(
            "Thank you: the person has been told that someone from the service will write ({code})."
        )
    } else {
        format!("The person could not be told ({code}): they may have left the chat.")
    };
    send::notice(room, &answer).await;
    send::read_receipt(room, event).await;
}

fn unknown(code: &str) -> String {
    format!(
        "No open referral has the code \"{code}\" here: it may be acknowledged already or expired."
    )
}

/// One translated message, laid out in its locale's direction.
fn localized(engine: &crate::engine::Engine, locale: &str, id: &str, text: String) -> Replies {
    let direction = engine
        .content()
        .locales
        .get(locale)
        .map(|l| l.meta.direction)
        .unwrap_or_default();
    Replies {
        direction,
        items: vec![Reply::Text(Text {
            message: id.into(),
            text,
        })],
    }
}

/// What the person reads when their referral could not be passed on: `handoff-failed` in
/// place of the flow's `handoff-passed`, then the rest of the replies.
pub fn failed_instead(bot: &Bot, replies: &Replies, locale: &str) -> Replies {
    let engine = bot.engine();
    let text = engine
        .content()
        .locales
        .format(locale, "handoff-failed", None)
        .unwrap_or_default();
    let mut items = vec![Reply::Text(Text {
        message: "handoff-failed".into(),
        text,
    })];
    items.extend(
        replies
            .items
            .iter()
            .filter(|item| !matches!(item, Reply::Text(text) if text.message == "handoff-passed"))
            .cloned(),
    );
    Replies {
        direction: replies.direction,
        items,
    }
}
