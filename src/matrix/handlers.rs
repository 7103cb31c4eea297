//! What the bot does with each kind of event: invitations, messages (text, and voice notes,
//! pictures or stickers it cannot read), people leaving, and messages it cannot decrypt yet.

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::deserialized_responses::TimelineEvent;
use matrix_sdk::event_handler::Ctx;
use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::events::AnySyncMessageLikeEvent;
use matrix_sdk::ruma::events::AnySyncTimelineEvent;
use matrix_sdk::ruma::events::SyncMessageLikeEvent;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::member::{
    MembershipState, OriginalSyncRoomMemberEvent, StrippedRoomMemberEvent,
};
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, Relation,
};
use matrix_sdk::ruma::events::sticker::OriginalSyncStickerEvent;
use matrix_sdk::ruma::{MilliSecondsSinceUnixEpoch, OwnedEventId, UInt, UserId};
use matrix_sdk::{Client, Room, RoomState};
use tracing::{debug, info, warn};

use super::portal;
use super::{Bot, admin, cases, referral, send, volunteer};
use crate::delivery::{self, Decision, Incoming};
use crate::engine::{Attachment, Channel, Input};
use crate::flood::Admission;

pub fn register(client: &Client, bot: Arc<Bot>) {
    client.add_event_handler_context(bot);
    client.add_event_handler(on_invite);
    client.add_event_handler(on_message);
    client.add_event_handler(on_sticker);
    client.add_event_handler(on_member);
    client.add_event_handler(on_undecryptable);
}

/// A message worth answering, in a form that outlives the event.
pub struct Message {
    sender: String,
    event_id: OwnedEventId,
    /// The text, or an attachment's caption ("" when it has none).
    body: String,
    /// Set for a voice note, picture, sticker, file or location: the bot cannot read it, and
    /// answers it so that nobody meets silence.
    attachment: Option<Attachment>,
    /// When it was sent, by the sender's homeserver, but never later than the bot received
    /// it: a clock set in the future must not make later messages look older.
    at_ms: u64,
    /// When flood control takes it as sent: for a message received live, no earlier than a
    /// minute before it arrived, so that timestamps spaced out after the fact do not look
    /// like someone writing slowly.
    flood_ms: u64,
    /// The thread it was written in (its root event), in a team room the case it answers.
    thread: Option<String>,
}

/// When and how the bot received an event.
#[derive(Debug, Clone, Copy)]
struct Received {
    at_ms: u64,
    /// From the sync as it happened, not read back from the history.
    live: bool,
}

impl Received {
    fn live() -> Received {
        Received {
            at_ms: crate::now_ms(),
            live: true,
        }
    }

    fn from_history() -> Received {
        Received {
            at_ms: crate::now_ms(),
            live: false,
        }
    }
}

/// How long a live message's own timestamp may lag behind its arrival, for flood control.
const LIVE_LAG_MS: u64 = 60_000;

impl Message {
    fn new(
        sender: &UserId,
        event_id: &OwnedEventId,
        (sent, received): (MilliSecondsSinceUnixEpoch, Received),
        body: String,
        attachment: Option<Attachment>,
        thread: Option<String>,
    ) -> Message {
        let at_ms = millis(sent.0).min(received.at_ms);
        let flood_ms = match received.live {
            true => at_ms.max(received.at_ms.saturating_sub(LIVE_LAG_MS)),
            false => at_ms,
        };
        Message {
            sender: sender.to_string(),
            event_id: event_id.clone(),
            body,
            attachment,
            at_ms,
            flood_ms,
            thread,
        }
    }

    fn said(&self) -> cases::Said<'_> {
        cases::Said {
            sender: &self.sender,
            event_id: &self.event_id,
            body: &self.body,
            attachment: self.attachment.is_some(),
            at: self.at_ms / 1000,
        }
    }

    fn input(&self, channel: Channel) -> Input<'_> {
        Input {
            text: &self.body,
            attachment: self.attachment,
            channel,
        }
    }
}

/// Messages from people: text, and what the bot cannot read. Not the bot's own, not notices
/// (other bots, and bridges' status messages), not edits, not key-verification requests.
fn eligible(
    event: &OriginalSyncRoomMessageEvent,
    own_user: &str,
    received: Received,
) -> Option<Message> {
    if event.sender.as_str() == own_user {
        return None;
    }
    if matches!(event.content.relates_to, Some(Relation::Replacement(_))) {
        return None;
    }
    // A caption is the body when a file name is set apart from it (MSC2530, what bridges send
    // for a photo with words under it); a bare body is only the file's name.
    let caption = |caption: Option<&str>| caption.unwrap_or_default().to_string();
    // A reply may quote the message it answers in its own body (the "fallback" older
    // clients and some bridges still send): only the person's own words count.
    let replying = matches!(
        event.content.relates_to,
        Some(Relation::Reply { .. } | Relation::Thread(_))
    );
    let own_words = |body: &str| match replying {
        true => without_reply_fallback(body).to_string(),
        false => body.to_string(),
    };
    let (body, attachment) = match &event.content.msgtype {
        MessageType::Text(text) => (own_words(&text.body), None),
        MessageType::Emote(emote) => (own_words(&emote.body), None),
        MessageType::Notice(_)
        | MessageType::ServerNotice(_)
        | MessageType::VerificationRequest(_) => return None,
        MessageType::Audio(audio) if audio.voice.is_some() => {
            (caption(audio.caption()), Some(Attachment::Voice))
        }
        MessageType::Audio(audio) => (caption(audio.caption()), Some(Attachment::Audio)),
        MessageType::Image(image) => (caption(image.caption()), Some(Attachment::Image)),
        MessageType::Video(video) => (caption(video.caption()), Some(Attachment::Video)),
        MessageType::File(file) => (caption(file.caption()), Some(Attachment::File)),
        MessageType::Location(_) => (String::new(), Some(Attachment::Location)),
        _ => (String::new(), Some(Attachment::Other)),
    };
    let thread = match &event.content.relates_to {
        Some(Relation::Thread(thread)) => Some(thread.event_id.to_string()),
        _ => None,
    };
    Some(Message::new(
        &event.sender,
        &event.event_id,
        (event.origin_server_ts, received),
        body,
        attachment,
        thread,
    ))
}

/// A reply's body without the quote of the message it answers: the leading lines that start
/// with "> ", and the empty line after them (the Matrix specification's reply fallback).
fn without_reply_fallback(body: &str) -> &str {
    let mut rest = body;
    let mut quoted = false;
    while rest.starts_with("> ") || rest == ">" || rest.starts_with(">\n") {
        quoted = true;
        rest = rest.split_once('\n').map_or("", |(_, after)| after);
    }
    match quoted {
        true => rest.strip_prefix('\n').unwrap_or(rest),
        false => body,
    }
}

/// Stickers are events of their own type; a sticker's body describes the picture, it is not
/// the person's words.
fn eligible_sticker(
    event: &OriginalSyncStickerEvent,
    own_user: &str,
    received: Received,
) -> Option<Message> {
    (event.sender.as_str() != own_user).then(|| {
        Message::new(
            &event.sender,
            &event.event_id,
            (event.origin_server_ts, received),
            String::new(),
            Some(Attachment::Sticker),
            None,
        )
    })
}

fn millis(ts: UInt) -> u64 {
    u64::from(ts)
}

async fn on_message(
    event: OriginalSyncRoomMessageEvent,
    room: Room,
    client: Client,
    Ctx(bot): Ctx<Arc<Bot>>,
) {
    if let Some(message) = eligible(&event, &super::own_user(&client), Received::live()) {
        super::dispatch(&bot, &client, &room, Job::Message(message));
    }
}

async fn on_sticker(
    event: OriginalSyncStickerEvent,
    room: Room,
    client: Client,
    Ctx(bot): Ctx<Arc<Bot>>,
) {
    let own_user = super::own_user(&client);
    if let Some(message) = eligible_sticker(&event, &own_user, Received::live()) {
        super::dispatch(&bot, &client, &room, Job::Message(message));
    }
}

/// What a room's worker does (see `rooms`).
pub enum Job {
    /// Answer one message that came with a sync.
    Message(Message),
    /// Answer what the room's recent history holds that was not answered yet.
    CatchUp,
    /// Someone joined or left: leave a room with nobody left in it, or too many people.
    Membership { gone: bool },
    /// Tell the person once that a message could not be read (yet).
    Undecryptable,
    /// Leave a chat the store has forgotten, if nothing has happened in it for as long as a
    /// session lives (see `idle`).
    LeaveIfIdle,
}

impl super::rooms::RoomJob for Job {
    fn awaits_answer(&self) -> bool {
        matches!(self, Job::Message(_) | Job::Undecryptable)
    }

    /// A catch-up waiting to start covers everything the history will hold by then; a
    /// membership check waiting to start reads the members as they will be by then.
    fn covered_by(&self, queued: &Job) -> bool {
        match (self, queued) {
            (Job::CatchUp, Job::CatchUp)
            | (Job::Undecryptable, Job::Undecryptable)
            | (Job::LeaveIfIdle, Job::LeaveIfIdle) => true,
            (Job::Membership { gone }, Job::Membership { gone: queued }) => gone == queued,
            _ => false,
        }
    }
}

/// Runs one of a room's jobs, in its turn.
pub async fn run(job: Job, room: &Room, client: &Client, bot: &Arc<Bot>) {
    match job {
        Job::Message(message) => on_eligible(message, room, client, bot).await,
        Job::CatchUp => catch_up_and_settle(client, bot, room).await,
        Job::Membership { gone } => leave_if_empty_or_crowded(bot, room, gone).await,
        Job::Undecryptable => say_cannot_decrypt(bot, room).await,
        Job::LeaveIfIdle => super::idle::leave_if_idle(bot, room).await,
    }
}

/// Answers a message that came with a sync, in its room's turn.
async fn on_eligible(message: Message, room: &Room, client: &Client, bot: &Arc<Bot>) {
    if room.state() != RoomState::Joined {
        return;
    }
    let waiting = bot
        .unstored
        .lock()
        .is_ok_and(|set| set.contains(room.room_id().as_str()));
    if !waiting {
        handle(bot, room, message).await;
        return;
    }
    // Earlier messages here wait for the store: answering this one first would skip them.
    // The catch-up takes them all, in order, this one included.
    match catch_up(client, bot, room).await {
        Some(left) if !left.unstored => {
            if let Ok(mut set) = bot.unstored.lock() {
                set.remove(room.room_id().as_str());
            }
        }
        _ => answer_if_urgent_unsaved(bot, room, &message).await,
    }
}

/// What became of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Answered, handled, set aside, or to be caught up after a failed send.
    Settled,
    /// The session store could not be used: the room is retried until it can.
    Unstored,
}

/// Answers one message, exactly once (see `delivery`).
async fn handle(bot: &Arc<Bot>, room: &Room, message: Message) -> Outcome {
    if message.at_ms < bot.first_start_ms {
        return Outcome::Settled; // Sent before the bot's first start: history, not a question.
    }
    let _running = bot.running.read().await;
    let room_id = room.room_id().to_string();
    let room_lock = bot.room_lock(&room_id);
    let _in_order = room_lock.lock().await;
    // Looked at again now that the room is ours: a message that waited behind an erase
    // must not start a new conversation where the person asked for everything to go.
    if room.state() != RoomState::Joined {
        return Outcome::Settled;
    }
    match bot.store.pending_erase(&room_id) {
        Ok(None) => {}
        Ok(Some(_)) => return Outcome::Settled,
        Err(error) => return unstored(bot, room, &message, &error).await,
    }

    let view = portal::view_to_answer(room, &bot.matrix.bridges).await;
    if !view.is_person(&message.sender) {
        // A bridge's own members (its bot, the NGO's own number) are not people to answer.
        return Outcome::Settled;
    }
    let audience = view.audience();
    let incoming = incoming(&room_id, &message, view.channel());
    match delivery::already_answered(&bot.store, &incoming) {
        Ok(false) => {}
        Ok(true) => return Outcome::Settled, // A command handled before a restart is not rerun.
        Err(error) => return unstored(bot, room, &message, &error).await,
    }
    // Flood control before commands too: outside staff rooms anyone can write "!status", and
    // each refusal is a message the homeserver's rate limit counts against the bot.
    let staff_room = bot.matrix.is_staff_room(&room_id);
    if !staff_room && !admitted(bot, room, &message, audience).await {
        if let Err(error) = delivery::answered(&bot.store, &incoming) {
            warn!("cannot mark a message set aside: {error}");
        }
        return Outcome::Settled;
    }
    // A team room: the queue's commands, and workers writing to people in cases' threads.
    if let Some(team) = bot.matrix.team_of_room(&room_id)
        && cases::in_team_room(bot, room, team, &message.said(), message.thread.as_deref()).await
    {
        if let Err(error) = delivery::answered(&bot.store, &incoming) {
            warn!("cannot mark a team room's message handled: {error}");
        }
        return Outcome::Settled;
    }
    // Commands are for staff, who write text from Matrix clients: a person writing from
    // another app gets the conversation (a bridge would drop a command's refusal anyway).
    let takes_commands = message.attachment.is_none() && view.bridge.is_none();
    // Other talk in staff rooms is between people, not for the bot.
    if (takes_commands && command(bot, room, &message, &view).await) || staff_room {
        if let Err(error) = delivery::answered(&bot.store, &incoming) {
            warn!("cannot mark a command handled: {error}");
        }
        return Outcome::Settled;
    }

    let decision = match delivery::decide(&bot.engine(), &bot.store, &incoming) {
        Ok(decision) => decision,
        Err(error) => return unstored(bot, room, &message, &error).await,
    };
    super::storage::recovered(bot);
    let Decision::Answer(answer) = decision else {
        return Outcome::Settled;
    };
    count(bot, &answer.counters);
    // No typing notice: the answer follows within a second or so, and each notice is two
    // more sync updates on the person's (often metered) phone and two more requests to the
    // homeserver. (Staff rooms get read receipts for their commands; people do not, below.)
    // The referral first: the replies tell the person it has been passed on.
    let referred = match &answer.referral {
        Some(referral) => {
            let person = referral::Person {
                id: &message.sender,
                bridge: view.bridge.as_ref().map(|bot| bot.as_str()),
            };
            referral::pass_on(bot, room, &person, referral, &answer.transaction).await
        }
        None => true,
    };
    // The person's words to the worker, before the bot's own answer (an urgent one).
    let mut relay_failed = false;
    if answer.relay {
        match cases::from_person(bot, room, &message.said(), &answer.transaction).await {
            cases::Relayed::Passed => {}
            // An urgent answer still goes out now; the message is left unmarked, so the
            // catch-up passes it on once the team room can be reached.
            cases::Relayed::Failed => relay_failed = true,
            cases::Relayed::NoCase => {
                cases::no_case(bot, room, &message.sender, &answer.transaction).await;
                if let Err(error) = delivery::answered(&bot.store, &incoming) {
                    warn!("cannot mark a message answered: {error}");
                }
                return Outcome::Settled;
            }
        }
    }
    let answer = match &answer.case {
        Some(request) => {
            let opened = cases::open(
                bot,
                room,
                &message.sender,
                request,
                &answer.transaction,
                message.at_ms / 1000,
            )
            .await;
            match opened {
                true => answer,
                false => Box::new(cases::not_opened(bot, room, &message.sender, *answer)),
            }
        }
        None => answer,
    };
    if answer.referral.is_some() && !answer.replay {
        let outcome = if referred {
            "referrals passed on"
        } else {
            "referrals that failed"
        };
        count(bot, &[outcome.to_string()]);
    }
    let sent = match (&answer.referral, referred) {
        (Some(referral), false) => {
            let replies = referral::failed_instead(bot, &answer.replies, &referral.locale);
            send::replies(room, audience, &replies, &answer.transaction).await
        }
        _ => send::replies(room, audience, &answer.replies, &answer.transaction).await,
    };
    if let Err(error) = sent {
        // Not marked: the catch-up when the homeserver is reachable again (or at the next
        // start) answers it, replaying the same replies under the same transaction ids.
        warn!("could not send a reply: {error}");
        return Outcome::Settled;
    }
    if relay_failed {
        return Outcome::Settled;
    }
    // No read receipt either: the answer itself shows the message was read, and a receipt
    // is one more request and one more sync update on the person's phone.
    if let Err(error) = delivery::replied(&bot.store, &incoming) {
        // Answered but not marked: a retry replays it under the same transaction ids, which
        // the homeserver does not post twice, and marks it then.
        super::storage::failed(&room.client(), bot, &room_id, &error).await;
        return Outcome::Unstored;
    }
    if answer.forgotten {
        if let Err(error) = delivery::ending_answered(&bot.store, &incoming) {
            warn!("cannot drop a finished conversation's last record: {error}");
        }
        let conversation = delivery::conversation_id(&room_id, &message.sender);
        referral::withdraw(bot, &room.client(), &conversation).await;
        cases::erase(bot, room, &message.sender).await;
    }
    if answer.person_ended {
        cases::person_left(bot, room, &message.sender, &answer.transaction).await;
    }
    // Begun (recorded) before the answer, run after it: the answer is removed too, and an
    // erase cut short is taken up again until it is finished.
    if answer.erase {
        super::erase::start(bot, room.clone());
    }
    Outcome::Settled
}

/// The session store could not be used for `message`: it waits for a retry.
async fn unstored(
    bot: &Bot,
    room: &Room,
    message: &Message,
    error: &crate::store::StoreError,
) -> Outcome {
    super::storage::failed(&room.client(), bot, room.room_id().as_str(), error).await;
    answer_if_urgent_unsaved(bot, room, message).await;
    Outcome::Unstored
}

/// While the store cannot be used, a call for urgent help is still answered, from what can be
/// read, and nothing is saved. The retry later steps it properly and sends the same replies
/// under the same transaction ids, which the homeserver does not post twice.
async fn answer_if_urgent_unsaved(bot: &Bot, room: &Room, message: &Message) {
    let engine = bot.engine();
    if engine.is_urgent(&message.body) {
        let view = portal::view_to_answer(room, &bot.matrix.bridges).await;
        let conversation = delivery::conversation_id(room.room_id().as_str(), &message.sender);
        let session = bot.store.load(bot.store.key(&conversation)).ok().flatten();
        let input = message.input(view.channel());
        let transition = engine.step(session, input, message.at_ms / 1000);
        let transaction = bot.store.event_tag(message.event_id.as_str());
        let sent = send::replies(room, view.audience(), &transition.replies, &transaction);
        if let Err(error) = sent.await {
            warn!("could not send an urgent reply: {error}");
        }
    }
}

/// Flood control: whether to answer this message. The first message over the limit gets a
/// calm "slow down" in the person's language; the rest are set aside unanswered.
async fn admitted(bot: &Bot, room: &Room, message: &Message, audience: send::Audience) -> bool {
    // An album of photos comes as many messages at once and gets one answer (the engine
    // answers one per burst): it must neither earn a "slow down" nor drain the person's
    // allowance for what they write next.
    if message.attachment.is_some() {
        return true;
    }
    let conversation = delivery::conversation_id(room.room_id().as_str(), &message.sender);
    let admission = bot
        .flood
        .lock()
        .map(|mut gate| gate.admit(&conversation, message.event_id.as_str(), message.flood_ms))
        .unwrap_or(Admission::Pass);
    if admission == Admission::Pass {
        return true;
    }
    // A call for urgent help is answered however fast it comes, within an allowance that
    // stops one person from spending the bot's whole sending budget.
    if bot.engine().is_urgent(&message.body)
        && bot.flood.lock().is_ok_and(|mut gate| {
            gate.admit_urgent(&conversation, message.event_id.as_str(), message.flood_ms)
        })
    {
        return true;
    }
    count(bot, &["messages set aside (flood control)".to_string()]);
    if admission == Admission::SlowDown {
        let engine = bot.engine();
        let locales = &engine.content().locales;
        let locale = bot
            .store
            .load(bot.store.key(&conversation))
            .ok()
            .flatten()
            .and_then(|session| session.locale)
            .unwrap_or_else(|| locales.default_locale().id.clone());
        let text = locales
            .format(&locale, "slow-down", None)
            .unwrap_or_default();
        send::say(room, audience, &text).await;
    }
    false
}

/// Runs the message as a coordinator's or volunteer's command, if it is one.
async fn command(bot: &Arc<Bot>, room: &Room, message: &Message, view: &portal::RoomView) -> bool {
    let (sender, body, event) = (&message.sender, &message.body, &message.event_id);
    if admin::is_command(body) {
        // A direct chat: the bot and the one person writing, nobody else reading.
        let place = admin::Place {
            direct_chat: view.people == 1,
        };
        admin::handle(bot, room, place, sender, body, event).await;
    } else if let Some(command) = crate::volunteer::Command::parse(body) {
        volunteer::handle(bot, room, sender, &command, event).await;
    } else if let Some(code) = referral::ack_code(body) {
        referral::acknowledge(bot, room, code, event).await;
    } else if let Some(command) = cases::Command::parse(body) {
        match command {
            cases::Command::Care => {
                cases::care(bot, room, sender, event, message.at_ms / 1000).await
            }
            _ => {
                send::notice(
                    room,
                    "Sorry, this command works only in a team's case room.",
                )
                .await
            }
        }
    } else {
        return false;
    }
    true
}

fn incoming<'a>(room_id: &'a str, message: &'a Message, channel: Channel) -> Incoming<'a> {
    Incoming {
        room: room_id,
        sender: &message.sender,
        event_id: message.event_id.as_str(),
        input: message.input(channel),
        at_ms: message.at_ms,
    }
}

/// Aggregate counters only: how many, never who or what.
fn count(bot: &Bot, counters: &[String]) {
    if let Err(error) = bot.store.bump(counters) {
        debug!("cannot count: {error}");
    }
}

/// Answers what each joined room received while the bot was away: queued behind whatever
/// the room has in hand, a few rooms at a time, without holding back the sync.
pub fn catch_up_all(client: &Client, bot: &Arc<Bot>) {
    for room in client.joined_rooms() {
        super::dispatch(bot, client, &room, Job::CatchUp);
    }
}

/// Retries rooms where a message could not be decrypted (keys may have arrived since) or
/// stored (the data directory may be writable again).
pub async fn catch_up_waiting(client: &Client, bot: &Arc<Bot>) {
    let unstored: Vec<String> = bot
        .unstored
        .lock()
        .map(|set| set.iter().cloned().collect())
        .unwrap_or_default();
    if !unstored.is_empty() {
        // A failed write leaves sled refusing everything until it is opened again.
        let reopening = bot.clone();
        match tokio::task::spawn_blocking(move || reopening.store.reopen()).await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => debug!("cannot open the session store again yet: {error}"),
            Err(error) => debug!("reopening the session store failed: {error}"),
        }
    }
    let mut waiting_rooms = undecrypted_due(bot);
    waiting_rooms.extend(unstored);
    waiting_rooms.sort();
    waiting_rooms.dedup();
    for room_id in waiting_rooms {
        match client
            .joined_rooms()
            .into_iter()
            .find(|r| r.room_id().as_str() == room_id)
        {
            Some(room) => super::dispatch(bot, client, &room, Job::CatchUp),
            None => {
                // Left meanwhile: nothing to retry there.
                if let Ok(mut rooms) = bot.undecrypted.lock() {
                    rooms.remove(&room_id);
                }
                if let Ok(mut set) = bot.unstored.lock() {
                    set.remove(&room_id);
                }
            }
        }
    }
}

/// Keys for a message usually arrive within seconds, or never (a device that is gone): rooms
/// are retried at 5, 10, 20, 40… seconds after the first failure, and given up after about
/// three hours, so a room with one lost key is not read again every 5 s for ever.
const UNDECRYPTED_GIVE_UP_TICKS: u32 = 1 << 11;

/// The rooms with undecryptable messages whose next retry is due, counting this tick.
fn undecrypted_due(bot: &Bot) -> Vec<String> {
    let Ok(mut rooms) = bot.undecrypted.lock() else {
        return Vec::new();
    };
    let mut due = Vec::new();
    rooms.retain(|room_id, ticks| {
        *ticks += 1;
        if *ticks > UNDECRYPTED_GIVE_UP_TICKS {
            info!("gave up waiting for the keys of a message in a room");
            return false;
        }
        if ticks.is_power_of_two() {
            due.push(room_id.clone());
        }
        true
    });
    due
}

/// A catch-up run as a room's job: what it settled leaves the sets of rooms to retry.
async fn catch_up_and_settle(client: &Client, bot: &Arc<Bot>, room: &Room) {
    let Some(left) = catch_up(client, bot, room).await else {
        return; // The history could not be read: try again next time.
    };
    let room_id = room.room_id().as_str();
    if !left.undecrypted
        && let Ok(mut set) = bot.undecrypted.lock()
    {
        set.remove(room_id);
    }
    if !left.unstored
        && let Ok(mut set) = bot.unstored.lock()
    {
        set.remove(room_id);
    }
}

/// What a catch-up could not settle in a room.
#[derive(Debug)]
struct Left {
    /// Messages there still could not be decrypted.
    undecrypted: bool,
    /// Messages there still could not be stored.
    unstored: bool,
}

/// Answers unanswered messages from the room's recent history, oldest first; `None` when the
/// history could not be read.
async fn catch_up(client: &Client, bot: &Arc<Bot>, room: &Room) -> Option<Left> {
    let own_user = super::own_user(client);
    let mut options = MessagesOptions::backward();
    options.limit = UInt::from(50u32);
    let messages = match room.messages(options).await {
        Ok(messages) => messages,
        Err(error) => {
            debug!("cannot read recent history: {error}");
            return None;
        }
    };
    let mark = match bot.store.room_mark(room.room_id().as_str()) {
        Ok(mark) => mark,
        Err(error) => {
            super::storage::failed(client, bot, room.room_id().as_str(), &error).await;
            return Some(Left {
                undecrypted: false,
                unstored: true,
            });
        }
    };
    // Newest first, back to the last message answered here, recognised by its tag, or to the
    // bot's own leaving: what came before that belongs to an earlier stay (before a quick
    // erase, or before the chat went idle), and a bridge that invites the bot back into the
    // same room must not have it answered again. Only when neither is this recent (a long
    // outage) do timestamps decide, and those were never later than when the bot received
    // the message.
    let mut pending = Vec::new();
    let mut undecrypted = false;
    let mut reached_mark = false;
    for event in &messages.chunk {
        if is_own_leave(event, &own_user) {
            reached_mark = true;
            break;
        }
        match message_of(event, &own_user) {
            Some(Ok(message)) => {
                let tag = bot.store.event_tag(message.event_id.as_str());
                if mark.as_ref().is_some_and(|mark| mark.has(&tag)) {
                    reached_mark = true;
                    break;
                }
                pending.push(message);
            }
            Some(Err(())) => undecrypted = true,
            None => {}
        }
    }
    let oldest_ms = oldest_to_answer(
        mark.as_ref(),
        reached_mark,
        crate::now() * 1000,
        bot.config.session_expiry,
    );
    pending.retain(|message| message.at_ms >= oldest_ms);
    for message in pending.into_iter().rev() {
        if handle(bot, room, message).await == Outcome::Unstored {
            // Later messages wait behind it: a conversation's steps stay in order.
            return Some(Left {
                undecrypted,
                unstored: true,
            });
        }
    }
    Some(Left {
        undecrypted,
        unstored: false,
    })
}

/// The oldest a message read back from a room's history may be and still wait for an answer.
/// Back to the last one answered (or the bot's leaving), when it is among them, every newer
/// one waits. Otherwise
/// (a long outage) those sent since the last answered one. With nothing remembered of the room
/// (a new chat, or one whose mark expired with its sessions, into which a bridge may bring the
/// bot back), only those sent within a session's life: older ones were answered, or are too
/// old to answer, and answering them again would send a person, a month later, replies to
/// what they asked before.
fn oldest_to_answer(
    mark: Option<&crate::store::RoomMark>,
    reached_mark: bool,
    now_ms: u64,
    session_expiry: Duration,
) -> u64 {
    match mark {
        _ if reached_mark => 0,
        Some(mark) => mark.at_ms,
        None => now_ms.saturating_sub(session_expiry.as_millis() as u64),
    }
}

/// Whether `event` is the bot leaving the room.
fn is_own_leave(event: &TimelineEvent, own_user: &str) -> bool {
    let raw = event.raw();
    let field = |name: &str| raw.get_field::<serde_json::Value>(name).ok().flatten();
    field("type").is_some_and(|kind| kind == "m.room.member")
        && field("state_key").is_some_and(|key| key == own_user)
        && field("content").is_some_and(|content| content["membership"] == "leave")
}

/// The message in a history event; `Err` for a message still encrypted.
fn message_of(event: &TimelineEvent, own_user: &str) -> Option<Result<Message, ()>> {
    let parsed = event.raw().deserialize().ok()?;
    match parsed {
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomMessage(
            SyncMessageLikeEvent::Original(message),
        )) => eligible(&message, own_user, Received::from_history()).map(Ok),
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::Sticker(
            SyncMessageLikeEvent::Original(sticker),
        )) => eligible_sticker(&sticker, own_user, Received::from_history()).map(Ok),
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomEncrypted(_)) => {
            Some(Err(()))
        }
        _ => None,
    }
}

/// Joins invitations that the room policy allows, and declines the rest.
async fn on_invite(
    event: StrippedRoomMemberEvent,
    room: Room,
    client: Client,
    Ctx(bot): Ctx<Arc<Bot>>,
) {
    if event.content.membership != MembershipState::Invite
        || event.state_key.as_str() != super::own_user(&client)
    {
        return;
    }
    let policy = &bot.matrix;
    let server_allowed = policy.allowed_homeservers.is_empty()
        || policy
            .allowed_homeservers
            .iter()
            .any(|server| event.sender.server_name().as_str() == server);
    let direct = event.content.is_direct.unwrap_or(false);
    let staff = policy.is_staff_room(room.room_id().as_str());
    // A bridge the configuration names invites the bot to each chat it relays; neither
    // mautrix nor heisenbridge marks the invitation direct. Whether the chat is one person or
    // a group shows once the bot is in and sees who the people are (`on_member`).
    let bridge = policy
        .bridges
        .iter()
        .any(|bridge| bridge == event.sender.as_str());
    if !staff && !bridge && (!server_allowed || (!direct && !policy.allow_group_rooms)) {
        info!("declining an invitation the room policy does not allow");
        let _ = room.leave().await;
        return;
    }
    let within_limit = staff
        || bridge
        || bot
            .invites
            .lock()
            .is_ok_and(|mut limits| limits.admit(event.sender.as_str(), crate::now()));
    if !within_limit {
        info!("declining an invitation: one account invited the bot too often this hour");
        let _ = room.leave().await;
        return;
    }
    tokio::spawn(async move {
        // Synapse may not have finished creating the room when the invite arrives.
        let mut delay = Duration::from_millis(500);
        for _ in 0..8 {
            match room.join().await {
                Ok(()) => {
                    info!("joined a room");
                    // A bridge posts the person's first message before the bot is in.
                    super::dispatch(&bot, &client, &room, Job::CatchUp);
                    return;
                }
                Err(error) => {
                    debug!("cannot join yet: {error}");
                    tokio::time::sleep(delay).await;
                    delay = (delay * 2).min(Duration::from_secs(30));
                }
            }
        }
        warn!("gave up joining a room");
    });
}

/// Leaves a room once the person has left it, or when it grows past the policy's size.
async fn on_member(
    event: OriginalSyncRoomMemberEvent,
    room: Room,
    client: Client,
    Ctx(bot): Ctx<Arc<Bot>>,
) {
    if room.state() != RoomState::Joined
        || event.state_key.as_str() == super::own_user(&client)
        || bot.matrix.is_staff_room(room.room_id().as_str())
    {
        return;
    }
    let gone = matches!(
        event.content.membership,
        MembershipState::Leave | MembershipState::Ban
    );
    // Reading the members may ask the homeserver, and leaving does: in the room's turn, off
    // the sync.
    super::dispatch(&bot, &client, &room, Job::Membership { gone });
}

/// Leaves a room whose last person left, or that holds more people than a conversation.
async fn leave_if_empty_or_crowded(bot: &Bot, room: &Room, gone: bool) {
    if room.state() != RoomState::Joined {
        return;
    }
    // Counted from the member list (the cached count can lag behind without lazy loading),
    // and only people: a bridged chat also holds the bridge's bot and service members.
    let Ok(view) = portal::view(room, &bot.matrix.bridges).await else {
        return;
    };
    let too_big = view.people as u64 + 1 > bot.matrix.max_members;
    // An erase under way leaves the room itself, once every message of the bot's is gone.
    if matches!(
        bot.store.pending_erase(room.room_id().as_str()),
        Ok(Some(_))
    ) {
        return;
    }
    if (gone && view.people == 0) || too_big {
        info!("leaving a room");
        let _ = bot.store.forget_room(room.room_id().as_str());
        let _ = room.leave().await;
    }
}

/// A message the bot cannot decrypt (yet): say so once, and retry when keys may have arrived.
async fn on_undecryptable(
    event: OriginalSyncRoomEncryptedEvent,
    room: Room,
    client: Client,
    Ctx(bot): Ctx<Arc<Bot>>,
) {
    if event.sender.as_str() == super::own_user(&client)
        || millis(event.origin_server_ts.0) < bot.first_start_ms
        || bot.matrix.is_staff_room(room.room_id().as_str())
    {
        return;
    }
    let room_id = room.room_id().to_string();
    let first_time = bot.undecrypted.lock().is_ok_and(|mut rooms| {
        let new = !rooms.contains_key(&room_id);
        rooms.entry(room_id.clone()).or_insert(0);
        new
    });
    if first_time {
        super::dispatch(&bot, &client, &room, Job::Undecryptable);
    }
}

/// Says, in the default language, that a message could not be read; in the room's turn.
async fn say_cannot_decrypt(bot: &Bot, room: &Room) {
    let audience = portal::view_to_answer(room, &bot.matrix.bridges)
        .await
        .audience();
    let engine = bot.engine();
    let text = engine
        .content()
        .locales
        .format(
            &engine.content().locales.default_locale().id,
            "cannot-decrypt",
            None,
        )
        .unwrap_or_default();
    send::say(room, audience, &text).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_counts_only_the_persons_own_words() {
        let fallback =
            "> <@bot:example.org> This deletes every message I sent here.\n> Erase now?\n\nyes";
        assert_eq!(without_reply_fallback(fallback), "yes");
        assert_eq!(without_reply_fallback("> quoted\n>\n> more\n\n2"), "2");
        // Not a quote: kept whole.
        assert_eq!(without_reply_fallback("yes > no"), "yes > no");
        assert_eq!(without_reply_fallback(">no space"), ">no space");
        assert_eq!(without_reply_fallback("> only a quote"), "");
    }

    #[test]
    fn history_the_bot_no_longer_remembers_is_not_answered_again() {
        const DAY_MS: u64 = 86_400_000;
        let expiry = Duration::from_secs(30 * 86_400);
        let now = 100 * DAY_MS;
        let mark = crate::store::RoomMark::default().and("tag", 90 * DAY_MS);
        // The last answered message is in the history read back: everything after it.
        assert_eq!(oldest_to_answer(Some(&mark), true, now, expiry), 0);
        // It is not (a long outage): what was sent since it.
        assert_eq!(
            oldest_to_answer(Some(&mark), false, now, expiry),
            90 * DAY_MS
        );
        // Nothing remembered: only what a session would still remember, not last month's.
        assert_eq!(oldest_to_answer(None, false, now, expiry), 70 * DAY_MS);
    }
}
