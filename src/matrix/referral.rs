//! Consented hand-off on Matrix. When a person chooses a hand-off option, the bot posts a
//! minimal referral in the service's referral room: a short code, the person's language, the
//! need and the contact they agreed to share (their Matrix id or, writing from another app
//! through a bridge, their account there, which for WhatsApp holds their phone number). A
//! worker answers `!ack CODE`, and the person is told that someone will write. Only the code's
//! sealed mapping to the person's room is kept, until the `!ack` or until it expires like a
//! session.

use matrix_sdk::ruma::{EventId, OwnedEventId, RoomId};
use matrix_sdk::{Client, Room};
use tracing::{info, warn};

use super::{Bot, admin, portal, send};
use crate::engine::reply::{Replies, Reply, Text};
use crate::engine::{Channel, Referral};
use crate::store::PendingReferral;

/// `!ack CODE`, in any case.
pub fn ack_code(body: &str) -> Option<&str> {
    let mut words = body.split_whitespace();
    let command = words.next()?;
    command
        .eq_ignore_ascii_case("!ack")
        .then(|| words.next().unwrap_or(""))
}

/// The person a referral is about, as the adapter knows them.
pub struct Person<'a> {
    /// Their Matrix id: a bridge's ghost (holding their phone number or account) when they
    /// write from another app.
    pub id: &'a str,
    /// The bridge bot relaying them, if any.
    pub bridge: Option<&'a str>,
}

/// Posts the referral and keeps its code; `false` when it could not be passed on. The code
/// is kept even then: a post that timed out may have arrived, and its `!ack` must still work.
pub async fn pass_on(
    bot: &Bot,
    room: &Room,
    person: &Person<'_>,
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
    let conversation = crate::delivery::conversation_id(room.room_id().as_str(), person.id);
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
/// the code stops working at once, and the post with their contact is removed from the
/// service's room, retried while the homeserver asks to slow down. If it cannot be removed,
/// the room and the admin room are told so, to delete it by hand: never "withdrawn" alone
/// while the person's contact is still there.
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
        let room = referral_room(client, bot, &pending.service);
        let post = pending.post.as_deref().and_then(|p| EventId::parse(p).ok());
        let removed = match (&room, post) {
            (_, None) => true, // Never posted.
            (Some(room), Some(post)) => super::erase::redact_with_retry(room, &post).await,
            (None, Some(_)) => false,
        };
        let text = if removed {
            info!("withdrew a referral to {}", pending.service);
            format!("Referral {code} was withdrawn by the person.")
        } else {
            warn!("could not remove a withdrawn referral's post");
            let text = format!(
                "Referral {code} was withdrawn by the person, but the bot could not remove its \
                 post, which holds their contact: please delete that message by hand."
            );
            admin::announce(client, bot, &format!("{} ({})", text, pending.service)).await;
            text
        };
        if let Some(room) = &room {
            send::notice(room, &text).await;
        }
    }
}

/// What the service's workers read: the code, the language, the need and the contact the
/// person agreed to share. Nothing else about them.
fn referral_text(bot: &Bot, code: &str, person: &Person, referral: &Referral) -> String {
    let engine = bot.engine();
    let language = engine
        .content()
        .locales
        .get(&referral.locale)
        .map_or(referral.locale.clone(), |locale| {
            format!("{} ({})", locale.meta.autonym, locale.id)
        });
    let need = referral.need.as_deref().unwrap_or("not given");
    let contact = contact_line(person, referral.channel);
    format!(
        "Referral {code}\nLanguage: {language}\nNeed: {need}\n{contact}\n\
         The person agreed to share these so that a worker can write to them. \
         When someone has taken it up, send: !ack {code}"
    )
}

/// The person's contact, as they were told it would be shared: a bridge's ghost id holds their
/// phone number, so it goes out only to someone told in plain words that the service will see
/// their phone number (the engine's `handoff-shares-relayed`).
fn contact_line(person: &Person, told: Channel) -> String {
    match (person.bridge, told) {
        (None, Channel::Direct) => format!("Matrix id: {}", person.id),
        (Some(bridge), Channel::Relayed) => {
            let phone = phone_in_ghost_id(person.id)
                .map(|digits| format!(", phone number +{digits}"))
                .unwrap_or_default();
            format!(
                "Contact: {} (writes from another app through {bridge}{phone})",
                person.id
            )
        }
        // Told something else than what this room would share: share nothing.
        _ => "Contact: not shared (write to the service's coordinators)".to_string(),
    }
}

/// The phone number in a bridge's ghost id, when it holds one: mautrix-whatsapp names a
/// WhatsApp user `@whatsapp_<international number>:server` (a newer "lid-" id holds none).
fn phone_in_ghost_id(id: &str) -> Option<&str> {
    let localpart = id.strip_prefix('@')?.split(':').next()?;
    let (_, digits) = localpart.split_once('_')?;
    let plausible = (7..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    plausible.then_some(digits)
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
            let audience = portal::view_to_answer(&person_room, &bot.matrix.bridges)
                .await
                .audience();
            send::replies(&person_room, audience, &replies, &transaction)
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
pub(super) fn localized(
    engine: &crate::engine::Engine,
    locale: &str,
    id: &str,
    text: String,
) -> Replies {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ghost_id_goes_out_only_to_someone_told_their_phone_number_is_shared() {
        let ghost = Person {
            id: "@whatsapp_38164111222:ngo.example",
            bridge: Some("@whatsappbot:ngo.example"),
        };
        let told = contact_line(&ghost, Channel::Relayed);
        assert!(told.contains("@whatsapp_38164111222:ngo.example"), "{told}");
        assert!(told.contains("phone number +38164111222"), "{told}");
        let not_told = contact_line(&ghost, Channel::Direct);
        assert!(!not_told.contains("38164111222"), "{not_told}");
        let matrix = Person {
            id: "@alice:ngo.example",
            bridge: None,
        };
        assert_eq!(
            contact_line(&matrix, Channel::Direct),
            "Matrix id: @alice:ngo.example"
        );
        assert!(!contact_line(&matrix, Channel::Relayed).contains("alice"));
    }

    #[test]
    fn only_a_number_is_read_as_a_phone_number() {
        assert_eq!(
            phone_in_ghost_id("@whatsapp_38164111222:hs"),
            Some("38164111222")
        );
        assert_eq!(phone_in_ghost_id("@whatsapp_lid-1234567:hs"), None);
        assert_eq!(phone_in_ghost_id("@irc_local_alice:hs"), None);
        assert_eq!(
            phone_in_ghost_id("@signal_1b2c3d4e-0000-4000-8000-000000000000:hs"),
            None
        );
    }
}
