//! Talking with a person, on Matrix: the bot relays between a person's chat and the thread of
//! their case in a team's room, so that neither side learns who the other is.
//!
//! - A case opens when the person says yes: one line in the team's room (code, language,
//!   need, country, waiting since) whose thread is the conversation.
//! - `!queue`, `!take CODE`, `!pass CODE TEAM`, `!done CODE` in the team room.
//! - What the worker who took the case writes in its thread reaches the person from the bot;
//!   what the person writes reaches the thread from the bot. Nothing of it is stored.
//! - Every send has a transaction id derived from the event it answers, and a case is closed
//!   only once the person has been told: a crash or a retry never loses or doubles a message.

use fluent_bundle::FluentArgs;
use matrix_sdk::Room;
use matrix_sdk::ruma::events::relation::Thread;
use matrix_sdk::ruma::events::room::message::{Relation, RoomMessageEventContent};
use matrix_sdk::ruma::{EventId, OwnedEventId, RoomId};
use tracing::{info, warn};

use super::{Bot, portal, send};
use crate::delivery::Answer;
use crate::engine::reply::Replies;
use crate::engine::{CaseRequest, EndedBy};
use crate::store::{Case, StoreError};

/// A command for the team room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Queue,
    Take(String),
    Pass(String, String),
    Done(String),
    Care,
}

impl Command {
    pub fn parse(body: &str) -> Option<Command> {
        let mut words = body.split_whitespace();
        let command = words.next()?.to_ascii_lowercase();
        let mut arg = || words.next().unwrap_or("").to_string();
        Some(match command.as_str() {
            "!queue" => Command::Queue,
            "!take" => Command::Take(arg()),
            "!pass" => {
                let code = arg();
                Command::Pass(code, arg())
            }
            "!done" => Command::Done(arg()),
            "!care" => Command::Care,
            _ => return None,
        })
    }
}

/// A message in a team room or from a person, as much of it as the relay needs.
pub struct Said<'a> {
    pub sender: &'a str,
    pub event_id: &'a OwnedEventId,
    pub body: &'a str,
    /// A voice note, picture or file: not passed on, the other side is told.
    pub attachment: bool,
    pub at: u64,
}

fn team_room(bot: &Bot, room: &Room, team: &str) -> Option<Room> {
    let id = bot.matrix.team_rooms.get(team)?;
    room.client().get_room(&RoomId::parse(id).ok()?)
}

fn team_name(bot: &Bot, team: &str) -> String {
    bot.engine()
        .settings()
        .teams
        .get(team)
        .map_or_else(|| team.to_string(), |t| t.name.clone())
}

/// The case's line in the queue: only what the person agreed the worker would see.
fn queue_line(bot: &Bot, code: &str, case: &Case, now: u64) -> String {
    let engine = bot.engine();
    let language = engine
        .content()
        .locales
        .get(&case.locale)
        .map_or(case.locale.clone(), |l| {
            format!("{} ({})", l.meta.autonym, l.id)
        });
    let need = case.need.as_deref().unwrap_or("not given");
    let country = case.country.as_deref().unwrap_or("not given");
    let waiting = minutes(now.saturating_sub(case.since));
    let state = match &case.taken_by {
        Some(worker) => format!("taken by {worker}"),
        None => format!("open, waiting {waiting}"),
    };
    format!("Case {code} · language: {language} · need: {need} · country: {country} · {state}")
}

fn minutes(seconds: u64) -> String {
    match seconds / 60 {
        0 => "under a minute".into(),
        1 => "1 minute".into(),
        n if n < 120 => format!("{n} minutes"),
        n => format!("{} hours", n / 60),
    }
}

/// Opens the case the person asked for (idempotent for a retry of the same message) and posts
/// its line in the team's room. `false` when the team's room cannot be reached.
pub async fn open(
    bot: &Bot,
    room: &Room,
    person: &str,
    request: &CaseRequest,
    transaction: &str,
    now: u64,
) -> bool {
    let code = bot.store.case_code(transaction);
    let existing = bot.store.case(&code).ok().flatten();
    let new = existing.is_none();
    let mut case = existing.unwrap_or_else(|| Case {
        room: room.room_id().to_string(),
        person: person.to_string(),
        team: request.team.clone(),
        locale: request.locale.clone(),
        need: request.need.clone(),
        country: request.country.clone(),
        since: now,
        taken_by: None,
        taken_at: None,
        last_activity: now,
        root: None,
        posts: Vec::new(),
    });
    if let Err(error) = bot.store.save_case(&code, &case) {
        warn!("cannot open a case: {error}");
        return false;
    }
    if new {
        count(bot, &format!("cases opened: {}", case.team));
    }
    post_line(bot, room, &code, &mut case, &format!("case-{transaction}")).await
}

/// Posts the case's line in its team's room, where its thread starts, and keeps where.
async fn post_line(bot: &Bot, any_room: &Room, code: &str, case: &mut Case, txn: &str) -> bool {
    let Some(team_room) = team_room(bot, any_room, &case.team) else {
        warn!("the room of team {} is not joined", case.team);
        return false;
    };
    let text = format!(
        "{}\nTake it with: !take {code}. Then write in this thread: the bot passes it on.",
        queue_line(bot, code, case, crate::now())
    );
    match send::notice_once(&team_room, &text, txn).await {
        Ok(root) => {
            info!("opened a case for team {}", case.team);
            case.root = Some(root.to_string());
            case.posted(team_room.room_id().as_str(), root.as_str());
            if let Err(error) = bot.store.save_case(code, case) {
                warn!("cannot note where a case was posted: {error}");
            }
            true
        }
        Err(error) => {
            warn!("could not post a case: {error}");
            false
        }
    }
}

/// A notice in the case's thread, sent once under `txn`; remembered for erase.
async fn in_thread(
    bot: &Bot,
    team_room: &Room,
    code: &str,
    case: &mut Case,
    text: &str,
    txn: &str,
) -> bool {
    let Some(root) = case.root.as_deref().and_then(|r| EventId::parse(r).ok()) else {
        return false;
    };
    let mut content = RoomMessageEventContent::notice_plain(text);
    content.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root)));
    match send::content_once(team_room, content, txn).await {
        Ok(event) => {
            case.posted(team_room.room_id().as_str(), event.as_str());
            if let Err(error) = bot.store.update_case(code, case) {
                warn!("cannot note a case's post: {error}");
            }
            true
        }
        Err(error) => {
            warn!("could not post in a case's thread: {error}");
            false
        }
    }
}

/// What became of a person's message meant for the worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relayed {
    /// In the case's thread.
    Passed,
    /// The person has no open case any more (closed while they wrote, or lost with a store
    /// that failed): they must not write into silence.
    NoCase,
    /// The team room could not be reached: retry the message later.
    Failed,
}

/// What the person wrote, passed on to their case's thread.
pub async fn from_person(bot: &Bot, room: &Room, said: &Said<'_>, transaction: &str) -> Relayed {
    let code = match bot
        .store
        .case_of_person(room.room_id().as_str(), said.sender)
    {
        Ok(Some(code)) => code,
        Ok(None) => return Relayed::NoCase,
        Err(_) => return Relayed::Failed,
    };
    let mut case = match bot.store.case(&code) {
        Ok(Some(case)) => case,
        Ok(None) => return Relayed::NoCase,
        Err(_) => return Relayed::Failed,
    };
    case.last_activity = said.at.max(case.last_activity);
    if case.root.is_none() {
        // The line could not be posted when the case opened: post it now.
        let txn = format!("case-line-{transaction}");
        if !post_line(bot, room, &code, &mut case, &txn).await {
            return Relayed::Failed;
        }
    }
    let Some(team_room) = team_room(bot, room, &case.team) else {
        return Relayed::Failed;
    };
    let text = if said.attachment {
        "Person: (sent a voice note, picture or file, which the bot does not pass on; they were asked to write)".to_string()
    } else {
        format!("Person: {}", capped(said.body))
    };
    let txn = format!("relay-{transaction}");
    match in_thread(bot, &team_room, &code, &mut case, &text, &txn).await {
        true => Relayed::Passed,
        false => Relayed::Failed,
    }
}

/// The most of one message the relay passes on, in bytes: a Matrix event holds 64 KiB in
/// all, and a message that can never be sent would be retried for ever.
const MAX_RELAYED_BYTES: usize = 16_000;

fn capped(text: &str) -> String {
    if text.len() <= MAX_RELAYED_BYTES {
        return text.to_string();
    }
    let mut end = MAX_RELAYED_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{} […]", &text[..end])
}

/// The person wrote to a worker, but has no open case: they are back with the bot, and told
/// so (the same words as after a long silence).
pub async fn no_case(bot: &Bot, room: &Room, person: &str, transaction: &str) {
    let case = Case {
        room: room.room_id().to_string(),
        person: person.to_string(),
        team: String::new(),
        locale: String::new(),
        need: None,
        country: None,
        since: 0,
        taken_by: None,
        taken_at: None,
        last_activity: 0,
        root: None,
        posts: Vec::new(),
    };
    back_to_bot(
        bot,
        room,
        &case,
        EndedBy::Silence,
        &format!("no-case-{transaction}"),
        false,
    )
    .await;
}

/// A message in a team room: a command, or a worker writing in a case's thread.
pub async fn in_team_room(
    bot: &Bot,
    room: &Room,
    team: &str,
    said: &Said<'_>,
    thread: Option<&str>,
) -> bool {
    if let Some(command) = Command::parse(said.body) {
        command_in_team_room(bot, room, team, said, command).await;
        return true;
    }
    let Some(root) = thread else {
        return false; // Talk between workers.
    };
    let Ok(Some(code)) = bot.store.case_of_thread(root) else {
        return false;
    };
    let Ok(Some(mut case)) = bot.store.case(&code) else {
        return false;
    };
    let tag = bot.store.event_tag(said.event_id.as_str());
    if case.taken_by.as_deref() != Some(said.sender) {
        let text = match &case.taken_by {
            None => format!("Not passed on: take the case first with !take {code}."),
            Some(_) => {
                format!("Not passed on: only the worker who took case {code} writes to the person.")
            }
        };
        in_thread(bot, room, &code, &mut case, &text, &format!("refuse-{tag}")).await;
        return true;
    }
    if said.attachment {
        in_thread(
            bot,
            room,
            &code,
            &mut case,
            "Not passed on: only written words reach the person.",
            &format!("refuse-{tag}"),
        )
        .await;
        return true;
    }
    let Some(person_room) = person_room(room, &case) else {
        return true;
    };
    let replies =
        super::referral::localized(&bot.engine(), &case.locale, "relay", capped(said.body));
    let audience = portal::view_to_answer(&person_room, &bot.matrix.bridges)
        .await
        .audience();
    match send::replies(&person_room, audience, &replies, &format!("relay-{tag}")).await {
        Ok(()) => {
            case.last_activity = said.at.max(case.last_activity);
            if let Err(error) = bot.store.update_case(&code, &case) {
                warn!("cannot note a case's activity: {error}");
            }
        }
        Err(error) => {
            warn!("could not pass a worker's message on: {error}");
            in_thread(
                bot,
                room,
                &code,
                &mut case,
                "The bot could not pass this on; please send it again.",
                &format!("failed-{tag}"),
            )
            .await;
        }
    }
    true
}

async fn command_in_team_room(
    bot: &Bot,
    room: &Room,
    team: &str,
    said: &Said<'_>,
    command: Command,
) {
    let tag = bot.store.event_tag(said.event_id.as_str());
    let answer = match command {
        Command::Queue => queue(bot, team),
        Command::Take(code) => take(bot, room, team, &code, said, &tag).await,
        Command::Pass(code, to) => pass(bot, room, team, &code, &to, &tag).await,
        Command::Done(code) => done(bot, room, team, &code, &tag, EndedBy::Worker).await,
        Command::Care => care_pointer(),
    };
    send::notice(room, &answer).await;
    send::read_receipt(room, said.event_id).await;
}

fn queue(bot: &Bot, team: &str) -> String {
    let cases = match bot.store.open_cases() {
        Ok(cases) => cases,
        Err(error) => return unreadable(&error),
    };
    let now = crate::now();
    let lines: Vec<String> = cases
        .iter()
        .filter(|(_, case)| case.team == team)
        .map(|(code, case)| queue_line(bot, code, case, now))
        .collect();
    match lines.is_empty() {
        true => "No open cases for this team.".into(),
        false => format!("Open cases, oldest first:\n{}", lines.join("\n")),
    }
}

/// The case `code` of this team, or what to answer instead.
fn team_case(bot: &Bot, team: &str, code: &str) -> Result<Case, String> {
    match bot.store.case(code) {
        Ok(Some(case)) if case.team == team => Ok(case),
        Ok(_) => Err(format!(
            "No open case {code} in this team: it may be closed, passed on, or mistyped. !queue lists the open ones."
        )),
        Err(error) => Err(unreadable(&error)),
    }
}

async fn take(
    bot: &Bot,
    room: &Room,
    team: &str,
    code: &str,
    said: &Said<'_>,
    tag: &str,
) -> String {
    let mut case = match team_case(bot, team, code) {
        Ok(case) => case,
        Err(answer) => return answer,
    };
    let code = code.to_ascii_uppercase();
    match &case.taken_by {
        Some(worker) if worker == said.sender => {}
        Some(worker) => return format!("Case {code} is taken already, by {worker}."),
        None => {
            case.taken_by = Some(said.sender.to_string());
            case.taken_at = Some(said.at);
            case.last_activity = said.at;
            if let Err(error) = bot.store.update_case(&code, &case) {
                return unreadable(&error);
            }
            count(bot, &format!("cases taken: {team}"));
            count(
                bot,
                &format!(
                    "cases taken {}: {team}",
                    waited(said.at.saturating_sub(case.since))
                ),
            );
        }
    }
    // Told once per `!take` message: a retry after a crash sends the same event.
    let mut args = FluentArgs::new();
    args.set("team", team_name(bot, team));
    let text = bot
        .engine()
        .content()
        .locales
        .format(&case.locale, "person-joined", Some(&args))
        .unwrap_or_default();
    if let Some(person_room) = person_room(room, &case) {
        let replies =
            super::referral::localized(&bot.engine(), &case.locale, "person-joined", text);
        let audience = portal::view_to_answer(&person_room, &bot.matrix.bridges)
            .await
            .audience();
        if let Err(error) =
            send::replies(&person_room, audience, &replies, &format!("take-{tag}")).await
        {
            warn!("could not tell a person a worker is here: {error}");
        }
    }
    in_thread(
        bot,
        room,
        &code,
        &mut case,
        &format!(
            "Taken by {}. Write here: the bot passes it on.",
            said.sender
        ),
        &format!("taken-{tag}"),
    )
    .await;
    format!("You have case {code}. Write in its thread; the person reads it from the bot.")
}

/// Waiting time, in the buckets `!stats` shows (never a person's exact times).
fn waited(seconds: u64) -> &'static str {
    match seconds {
        0..300 => "within 5 minutes",
        300..3600 => "within an hour",
        _ => "after an hour or more",
    }
}

async fn pass(bot: &Bot, room: &Room, team: &str, code: &str, to: &str, tag: &str) -> String {
    let mut case = match team_case(bot, team, code) {
        Ok(case) => case,
        Err(answer) => return answer,
    };
    let code = code.to_ascii_uppercase();
    if bot.engine().settings().teams.get(to).is_none() || to == team {
        let teams: Vec<String> = bot
            .matrix
            .team_rooms
            .keys()
            .filter(|t| *t != team)
            .cloned()
            .collect();
        return format!("Pass it to which team? Teams: {}.", teams.join(", "));
    }
    // A new line, in the other team's room; this room's thread ends.
    case.team = to.to_string();
    case.taken_by = None;
    case.taken_at = None;
    case.root = None;
    if let Err(error) = bot
        .store
        .close_case(&code)
        .and_then(|_| bot.store.save_case(&code, &case))
    {
        return unreadable(&error);
    }
    count(bot, &format!("cases passed on: {team}"));
    if !post_line(bot, room, &code, &mut case, &format!("pass-{tag}")).await {
        return format!("Case {code} is now {to}'s, but its room could not be reached: tell them.");
    }
    format!("Case {code} was passed to {to}.")
}

/// Ends the person's conversation with the worker: tells them and brings the bot back, then
/// closes the case. In that order, so a crash between leaves the case open and a retry tells
/// the person the same words under the same transaction id.
pub async fn done(
    bot: &Bot,
    room: &Room,
    team: &str,
    code: &str,
    tag: &str,
    by: EndedBy,
) -> String {
    let mut case = match team_case(bot, team, code) {
        Ok(case) => case,
        Err(answer) => return answer,
    };
    let code = code.to_ascii_uppercase();
    if !back_to_bot(bot, room, &case, by, tag, false).await {
        return format!(
            "The person could not be told that case {code} is closed; try !done {code} again soon."
        );
    }
    let outcome = match by {
        EndedBy::Worker => "by a worker",
        EndedBy::Silence => "after silence",
    };
    in_thread(
        bot,
        room,
        &code,
        &mut case,
        &format!("Closed {outcome}: the person is back with the bot."),
        &format!("closed-{tag}"),
    )
    .await;
    close(bot, &code, team, outcome);
    match by {
        EndedBy::Worker => format!(
            "Case {code} is closed. After a hard conversation, take a moment for yourself: !care has a few short pages for helpers."
        ),
        EndedBy::Silence => format!("Case {code} was closed after silence."),
    }
}

fn close(bot: &Bot, code: &str, team: &str, outcome: &str) {
    match bot.store.close_case(code) {
        Ok(_) => count(bot, &format!("cases closed {outcome}: {team}")),
        Err(error) => warn!("cannot close a case: {error}"),
    }
}

/// The person's session leaves the conversation with the worker, and they are told.
/// `in_turn`: the caller holds the person's room already (it is answering their message).
async fn back_to_bot(
    bot: &Bot,
    any_room: &Room,
    case: &Case,
    by: EndedBy,
    tag: &str,
    in_turn: bool,
) -> bool {
    let Some(person_room) = person_room(any_room, case) else {
        return true; // They left the chat: nobody to tell.
    };
    let engine = bot.engine();
    let conversation = crate::delivery::conversation_id(&case.room, &case.person);
    let lock = bot.room_lock(&case.room);
    let _in_order = match in_turn {
        true => None,
        false => Some(lock.lock().await),
    };
    let transition = match crate::delivery::outside_message(&bot.store, &conversation, |session| {
        engine.person_ended(session, by, &team_name(bot, &case.team), crate::now())
    }) {
        Ok(transition) => transition,
        Err(error) => {
            warn!("cannot end a conversation with a worker: {error}");
            return false;
        }
    };
    let audience = portal::view_to_answer(&person_room, &bot.matrix.bridges)
        .await
        .audience();
    match send::replies(
        &person_room,
        audience,
        &transition.replies,
        &format!("ended-{tag}"),
    )
    .await
    {
        Ok(()) => true,
        Err(error) => {
            warn!("could not tell a person the worker left: {error}");
            false
        }
    }
}

/// The person wrote "bot": the case closes, and the team is told.
pub async fn person_left(bot: &Bot, room: &Room, person: &str, transaction: &str) {
    let Ok(Some(code)) = bot.store.case_of_person(room.room_id().as_str(), person) else {
        return;
    };
    let Ok(Some(mut case)) = bot.store.case(&code) else {
        return;
    };
    if let Some(team_room) = team_room(bot, room, &case.team) {
        in_thread(
            bot,
            &team_room,
            &code,
            &mut case,
            "The person went back to the bot: the case is closed.",
            &format!("left-{transaction}"),
        )
        .await;
    }
    close(bot, &code, &case.team.clone(), "by the person");
}

/// "Forget me" or quick erase: the case closes and the bot removes its posts of the person's
/// words from the team room. If one cannot be removed, the team room is told to delete it.
pub async fn erase(bot: &Bot, room: &Room, person: &str) {
    let Ok(Some(code)) = bot.store.case_of_person(room.room_id().as_str(), person) else {
        return;
    };
    let Ok(Some(case)) = bot.store.case(&code) else {
        return;
    };
    let mut failed = 0;
    for (room_id, event) in &case.posts {
        let (Ok(room_id), Ok(event)) = (RoomId::parse(room_id), EventId::parse(event)) else {
            continue;
        };
        let Some(team_room) = room.client().get_room(&room_id) else {
            failed += 1;
            continue;
        };
        if !super::erase::redact_with_retry(&team_room, &event).await {
            failed += 1;
        }
    }
    if let Some(team_room) = team_room(bot, room, &case.team) {
        let text = match failed {
            0 => format!(
                "Case {code} is closed: the person asked the bot to forget them, and the bot removed their messages here."
            ),
            n => format!(
                "Case {code} is closed: the person asked the bot to forget them, but {n} of the bot's messages for it could not be removed; please delete them by hand."
            ),
        };
        send::notice(&team_room, &text).await;
    }
    close(bot, &code, &case.team.clone(), "erased");
}

/// Closes cases where neither side wrote for `idle` seconds (periodic).
pub async fn close_silent(client: &matrix_sdk::Client, bot: &Bot, idle: u64) {
    let Ok(cases) = bot.store.open_cases() else {
        return;
    };
    let now = crate::now();
    for (code, case) in cases {
        // A case nobody took waits in the queue (out of hours, until the team opens); only a
        // conversation that went quiet is closed.
        if case.taken_by.is_none() || now.saturating_sub(case.last_activity) < idle {
            continue;
        }
        let Some(room) = bot
            .matrix
            .team_rooms
            .get(&case.team)
            .and_then(|id| RoomId::parse(id).ok())
            .and_then(|id| client.get_room(&id))
        else {
            continue;
        };
        let tag = format!("silent-{code}-{}", case.last_activity);
        let answer = done(bot, &room, &case.team, &code, &tag, EndedBy::Silence).await;
        send::notice(&room, &answer).await;
    }
}

/// A case could not be opened (the store failed): the person is not left talking to nobody.
/// Their session leaves the conversation with the worker, and they are told.
pub fn not_opened(bot: &Bot, room: &Room, person: &str, mut answer: Answer) -> Answer {
    let conversation = crate::delivery::conversation_id(room.room_id().as_str(), person);
    let cleared = crate::delivery::outside_message(&bot.store, &conversation, |session| {
        let mut session = session;
        if let Some(session) = &mut session {
            session.with_team = None;
        }
        crate::engine::Transition {
            session,
            replies: Replies::default(),
            visited: Vec::new(),
            erase: false,
            referral: None,
            case: None,
            relay: false,
            person_ended: false,
        }
    });
    if let Err(error) = cleared {
        warn!("cannot undo a case that could not be opened: {error}");
    }
    let locale = answer
        .case
        .as_ref()
        .map_or("en", |c| c.locale.as_str())
        .to_string();
    let text = bot
        .engine()
        .content()
        .locales
        .format(&locale, "person-failed", None)
        .unwrap_or_default();
    answer.replies = super::referral::localized(&bot.engine(), &locale, "person-failed", text);
    answer.case = None;
    answer
}

/// `!care` in a direct chat: the helpers' flow, in the helper's language.
pub async fn care(bot: &Bot, room: &Room, sender: &str, event: &OwnedEventId, now: u64) {
    let engine = bot.engine();
    if !engine
        .content()
        .flows
        .contains_key(crate::content::builtin::CARE_FLOW)
    {
        send::notice(
            room,
            "There are no pages for helpers in this set of flows yet.",
        )
        .await;
        return;
    }
    let conversation = crate::delivery::conversation_id(room.room_id().as_str(), sender);
    let stepped = crate::delivery::outside_message(&bot.store, &conversation, |session| {
        engine.open_flow(session, crate::content::builtin::CARE_FLOW, now)
    });
    let transition = match stepped {
        Ok(transition) => transition,
        Err(error) => {
            send::notice(room, &unreadable(&error)).await;
            return;
        }
    };
    let tag = bot.store.event_tag(event.as_str());
    let audience = portal::view_to_answer(room, &bot.matrix.bridges)
        .await
        .audience();
    if let Err(error) =
        send::replies(room, audience, &transition.replies, &format!("care-{tag}")).await
    {
        warn!("could not send the helpers' pages: {error}");
    }
}

fn care_pointer() -> String {
    "Write !care to the bot in a direct chat: a few short pages for helpers, in your language, on \
     secondary stress, boundaries, and what to do after a hard conversation."
        .into()
}

fn person_room(any_room: &Room, case: &Case) -> Option<Room> {
    any_room.client().get_room(&RoomId::parse(&case.room).ok()?)
}

fn unreadable(error: &StoreError) -> String {
    warn!("cannot read the cases: {error}");
    "The bot cannot read its store just now; try again soon.".into()
}

/// Aggregate counters only: how many, per team; never who.
fn count(bot: &Bot, counter: &str) {
    if let Err(error) = bot.store.bump(&[counter]) {
        tracing::debug!("cannot count: {error}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_read_in_any_case() {
        assert_eq!(Command::parse("!queue"), Some(Command::Queue));
        assert_eq!(
            Command::parse("!TAKE ab12cd"),
            Some(Command::Take("ab12cd".into()))
        );
        assert_eq!(
            Command::parse("!pass AB12CD lawyers"),
            Some(Command::Pass("AB12CD".into(), "lawyers".into()))
        );
        assert_eq!(Command::parse("!done"), Some(Command::Done(String::new())));
        assert_eq!(Command::parse("take AB12CD"), None);
    }
}
