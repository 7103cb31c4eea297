//! Volunteer commands on Matrix: who may use them, and sending the answer. The answers
//! themselves come from [`crate::volunteer`].

use matrix_sdk::Room;
use matrix_sdk::ruma::OwnedEventId;
use tracing::{info, warn};

use super::{Bot, send};
use crate::volunteer::{self, Answer, Command};

/// Volunteers named in the config, anyone in the volunteer room, and coordinators.
fn allowed(bot: &Bot, room: &Room, sender: &str) -> bool {
    let matrix = &bot.matrix;
    matrix.volunteers.iter().any(|v| v == sender)
        || matrix.admins.iter().any(|a| a == sender)
        || matrix.volunteer_room.as_deref() == Some(room.room_id().as_str())
}

pub async fn handle(bot: &Bot, room: &Room, sender: &str, command: &Command, event: &OwnedEventId) {
    if !allowed(bot, room, sender) {
        send::notice(
            room,
            "Sorry, this command is only for the service's volunteers.",
        )
        .await;
        return;
    }
    info!("volunteer command");
    match volunteer::answer(&bot.engine(), command) {
        Answer::Note(text) => send::notice(room, &text).await,
        Answer::Card { card, note } => {
            // The card alone in its message, so that forwarding it forwards nothing else.
            let transaction = format!("card-{}", bot.store.event_tag(event.as_str()));
            if let Err(error) =
                send::replies(room, send::Audience::Bridge, &card, &transaction).await
            {
                warn!("could not send a card: {error}");
            }
            if let Some(note) = note {
                send::notice(room, &note).await;
            }
        }
    }
    send::read_receipt(room, event).await;
}
