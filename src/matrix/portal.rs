//! Rooms a bridge relays from another messaging app (WhatsApp, Signal, Telegram, IRC…), called
//! portals: who in them is a person, and how the bot must write there.
//!
//! A puppeting bridge logged in under the bot's account makes one room per chat: its bridge
//! bot creates it and invites the bot; the person is a "ghost" user whose Matrix id holds their
//! phone number or account. mautrix bridges also mark the room with `m.bridge` state and list
//! their service members (the bridge bot, and without double puppeting the NGO's own number) in
//! `io.element.functional_members`. docs/bridges.md has the shapes and their sources.

use std::collections::BTreeSet;

use matrix_sdk::Room;
use matrix_sdk::deserialized_responses::RawAnySyncOrStrippedState;
use matrix_sdk::ruma::events::StateEventType;
use matrix_sdk::ruma::{OwnedUserId, UserId};
use serde_json::Value;
use tracing::debug;

use super::send::Audience;
use crate::engine::Channel;

/// State that names the bridge bot relaying a room (mautrix sets both).
const BRIDGE_STATE: [&str; 2] = ["m.bridge", "uk.half-shot.bridge"];
/// State listing members that are services, not people.
const FUNCTIONAL_MEMBERS: &str = "io.element.functional_members";

/// A room as the bot sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoomView {
    /// The bridge bot relaying this room, when it is one of the bridges the bot serves.
    pub bridge: Option<OwnedUserId>,
    /// Members who are services, not people: the bridge bot and the members it lists.
    service: BTreeSet<OwnedUserId>,
    /// Joined members who are people: not the bot itself, not a service member.
    pub people: usize,
}

impl RoomView {
    /// Whether messages from `user` are a person's, to be answered.
    pub fn is_person(&self, user: &str) -> bool {
        !self.service.iter().any(|member| member.as_str() == user)
    }

    pub fn channel(&self) -> Channel {
        match self.bridge {
            Some(_) => Channel::Relayed,
            None => Channel::Direct,
        }
    }

    pub fn audience(&self) -> Audience {
        match self.bridge {
            Some(_) => Audience::Bridge,
            None => Audience::Matrix,
        }
    }
}

/// How `room` looks to answer a message in it; a room whose members cannot be read is taken as
/// a plain Matrix room, which only changes how the bot writes there.
pub async fn view_to_answer(room: &Room, bridges: &[String]) -> RoomView {
    match view(room, bridges).await {
        Ok(view) => view,
        Err(error) => {
            debug!("cannot read a room's members: {error}");
            RoomView::default()
        }
    }
}

/// How `room` looks from the bot's store: its joined members and state.
pub async fn view(room: &Room, bridges: &[String]) -> Result<RoomView, matrix_sdk::Error> {
    let own = room.own_user_id().to_owned();
    // The ids alone: `Room::members` also reads every member's event, profile and presence
    // from the store, a twentieth of the bot's CPU per answer (BENCHMARKS.md, "Many rooms").
    // The bot syncs without lazy loading, so once a sync has brought the room, the store holds
    // every member, whatever the SDK's "members synced" flag says (it drops the flag at every
    // sync with a gap, and asking again cost a second /members request per new room). Only a
    // room joined moments ago, whose catch-up runs before that sync, asks the homeserver.
    if !room.is_state_fully_synced() {
        room.sync_members().await?;
    }
    let members = room.joined_user_ids().await?;
    let served = |user: &UserId| bridges.iter().any(|bridge| bridge == user.as_str());
    let mut bridge = members.iter().find(|member| served(member)).cloned();
    if bridge.is_none() {
        bridge = named_in_state(room, &served).await?;
    }
    let mut service = BTreeSet::new();
    if let Some(bot) = &bridge {
        service.insert(bot.clone());
        service.extend(functional_members(room, &served).await?);
    }
    let people = members
        .iter()
        .filter(|member| **member != own && !service.contains(*member))
        .count();
    Ok(RoomView {
        bridge,
        service,
        people,
    })
}

/// The bridge bot that `m.bridge` or `uk.half-shot.bridge` state names, when one the bot serves
/// sent it itself (mautrix does; anyone else could claim any bridge).
async fn named_in_state(
    room: &Room,
    served: &impl Fn(&UserId) -> bool,
) -> Result<Option<OwnedUserId>, matrix_sdk::Error> {
    for kind in BRIDGE_STATE {
        for raw in room.get_state_events(StateEventType::from(kind)).await? {
            let Some(event) = json(&raw) else { continue };
            let bot = event["content"]["bridgebot"].as_str();
            let sender = event["sender"].as_str();
            if let Some(bot) = bot.and_then(|bot| UserId::parse(bot).ok())
                && served(&bot)
                && sender == Some(bot.as_str())
            {
                return Ok(Some(bot));
            }
        }
    }
    Ok(None)
}

/// The service members a served bridge bot listed in `io.element.functional_members`.
async fn functional_members(
    room: &Room,
    served: &impl Fn(&UserId) -> bool,
) -> Result<Vec<OwnedUserId>, matrix_sdk::Error> {
    let Some(raw) = room
        .get_state_event(StateEventType::from(FUNCTIONAL_MEMBERS), "")
        .await?
    else {
        return Ok(Vec::new());
    };
    let Some(event) = json(&raw) else {
        return Ok(Vec::new());
    };
    let from_bridge = event["sender"]
        .as_str()
        .and_then(|sender| UserId::parse(sender).ok())
        .is_some_and(|sender| served(&sender));
    if !from_bridge {
        return Ok(Vec::new());
    }
    let listed = event["content"]["service_members"].as_array();
    Ok(listed
        .into_iter()
        .flatten()
        .filter_map(|member| UserId::parse(member.as_str()?).ok())
        .collect())
}

fn json(raw: &RawAnySyncOrStrippedState) -> Option<Value> {
    let text = match raw {
        RawAnySyncOrStrippedState::Sync(raw) => raw.json().get(),
        RawAnySyncOrStrippedState::Stripped(raw) => raw.json().get(),
    };
    serde_json::from_str(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_members_are_not_people_and_a_bridge_means_text() {
        let bot = OwnedUserId::try_from("@whatsappbot:ngo.example").unwrap();
        let own_number = OwnedUserId::try_from("@whatsapp_38160000000:ngo.example").unwrap();
        let view = RoomView {
            bridge: Some(bot.clone()),
            service: [bot, own_number].into_iter().collect(),
            people: 1,
        };
        assert!(!view.is_person("@whatsappbot:ngo.example"));
        assert!(!view.is_person("@whatsapp_38160000000:ngo.example"));
        assert!(view.is_person("@whatsapp_38164111222:ngo.example"));
        assert_eq!(view.channel(), Channel::Relayed);
        assert_eq!(view.audience(), Audience::Bridge);
        let plain = RoomView::default();
        assert!(plain.is_person("@alice:ngo.example"));
        assert_eq!(plain.audience(), Audience::Matrix);
    }
}
