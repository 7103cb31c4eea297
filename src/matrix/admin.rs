//! Commands for coordinators: `!status`, `!check`, `!reload`, `!stats`. Only the admins named
//! in the config may use them, and only in the admin room or a direct chat with the bot; anyone
//! else gets a plain refusal that reveals nothing.

use std::sync::Arc;

use matrix_sdk::ruma::{OwnedEventId, RoomId};
use matrix_sdk::{Client, Room};
use tracing::{info, warn};

use super::{Bot, send};
use crate::content::Content;
use crate::diagnostic::Severity;

const COMMANDS: [&str; 4] = ["!status", "!check", "!reload", "!stats"];

pub fn is_command(body: &str) -> bool {
    let first = body.split_whitespace().next().unwrap_or("");
    COMMANDS.contains(&first.to_ascii_lowercase().as_str())
}

/// Where an admin command was written.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    /// A room with the bot and the writer alone.
    pub direct_chat: bool,
}

/// Whether an admin command is answered there: only to a named admin, and only in the admin
/// room or in a direct chat with the bot, where nobody else reads the answer (a team room,
/// or any room someone invited the bot to, holds people who must not see the figures).
fn answered_there(is_admin: bool, in_admin_room: bool, place: Place) -> Result<(), &'static str> {
    if !is_admin {
        return Err("Sorry, this command is only for the service's coordinators.");
    }
    if in_admin_room || place.direct_chat {
        return Ok(());
    }
    Err(
        "Coordinators' commands are answered in the admin room or in a direct chat with the bot, not where others read.",
    )
}

pub async fn handle(
    bot: &Arc<Bot>,
    room: &Room,
    place: Place,
    sender: &str,
    body: &str,
    event_id: &OwnedEventId,
) {
    let is_admin = bot.matrix.admins.iter().any(|admin| admin == sender);
    let in_admin_room = bot
        .matrix
        .admin_room
        .as_ref()
        .is_some_and(|admin_room| admin_room == room.room_id().as_str());
    if let Err(refusal) = answered_there(is_admin, in_admin_room, place) {
        send::notice(room, refusal).await;
        return;
    }
    let command = body
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    info!("admin command {command}");
    // Loading and checking content reads files and takes a while: on a blocking thread, so
    // the async workers keep answering people meanwhile.
    let working = bot.clone();
    let answered = tokio::task::spawn_blocking(move || {
        let bot = &working;
        match command.as_str() {
            "!status" => Some(status(bot)),
            "!check" => Some(check(bot)),
            "!reload" => Some(reload_notice(&bot.reload(), false)),
            "!stats" => Some(stats(bot)),
            _ => None,
        }
    })
    .await;
    let text = match answered {
        Ok(Some(text)) => text,
        Ok(None) => return,
        Err(error) => format!("the command failed on an internal error: {error}"),
    };
    send::notice(room, &text).await;
    send::read_receipt(room, event_id).await;
}

/// What coordinators read after a reload, asked for (`!reload`) or after a file changed.
pub fn reload_notice(outcome: &Result<usize, String>, after_change: bool) -> String {
    let cause = if after_change { "Files changed: " } else { "" };
    match outcome {
        Ok(warnings) => {
            format!("{cause}reloaded flows and translations ({warnings} warnings).")
        }
        Err(report) => format!(
            "{cause}the new files have errors, so the bot keeps serving the last good set.\n\n{report}"
        ),
    }
}

/// Posts `text` to the admin room, if one is configured and the bot is in it.
pub async fn announce(client: &Client, bot: &Bot, text: &str) {
    let Some(room_id) = &bot.matrix.admin_room else {
        return;
    };
    let room = RoomId::parse(room_id)
        .ok()
        .and_then(|room_id| client.get_room(&room_id));
    match room {
        Some(room) => send::notice(&room, text).await,
        None => warn!("cannot post to the admin room: the bot is not in it"),
    }
}

fn status(bot: &Bot) -> String {
    let engine = bot.engine();
    let content: &Content = engine.content();
    let nodes: usize = content.flows.values().map(|f| f.nodes.len()).sum();
    let locales: Vec<&str> = content
        .locales
        .all()
        .iter()
        .map(|l| l.id.as_str())
        .collect();
    format!(
        "Putokaz {}\nUp for {}\nFlows: {} ({nodes} nodes)\nLocales: {}\nSessions: {}",
        env!("CARGO_PKG_VERSION"),
        humantime::format_duration(std::time::Duration::from_secs(
            bot.started.elapsed().as_secs()
        )),
        content.flows.len(),
        locales.join(", "),
        bot.store.len(),
    )
}

/// Diagnostics posted in a room are cut here: a Matrix event holds at most 64 KiB, and a long
/// report is unreadable on a phone anyway.
pub const MAX_REPORT_CHARS: usize = 12_000;

fn check(bot: &Bot) -> String {
    let report = Content::load(&crate::content::Sources::from_config(&bot.config)).report;
    crate::memory::release_freed_memory();
    if report.diagnostics.is_empty() {
        return "ok: no problems found".into();
    }
    format!(
        "{}\n{} error(s), {} warning(s)",
        report.render_capped(Severity::Warning, MAX_REPORT_CHARS),
        report.errors(),
        report.warnings()
    )
}

fn stats(bot: &Bot) -> String {
    match bot.store.counters() {
        Ok(counters) => crate::stats::render(&counters, Some(bot.engine().content())),
        Err(error) => format!("cannot read the counters: {error}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIRECT: Place = Place { direct_chat: true };
    const SHARED: Place = Place { direct_chat: false };

    #[test]
    fn only_an_admin_is_answered_and_only_where_nobody_else_reads() {
        assert!(answered_there(true, true, SHARED).is_ok(), "the admin room");
        assert!(answered_there(true, false, DIRECT).is_ok(), "a direct chat");
        let elsewhere = answered_there(true, false, SHARED).unwrap_err();
        assert!(elsewhere.contains("admin room"), "{elsewhere}");
        for (in_admin_room, place) in [(true, SHARED), (false, DIRECT), (false, SHARED)] {
            let refusal = answered_there(false, in_admin_room, place).unwrap_err();
            assert!(refusal.contains("only for the service's coordinators"));
        }
    }
}
