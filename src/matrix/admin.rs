//! Commands for coordinators: `!status`, `!check`, `!reload`, `!stats`. Only the admins named
//! in the config may use them (in the admin room, when one is configured); anyone else gets a
//! plain refusal that reveals nothing.

use matrix_sdk::Room;
use matrix_sdk::ruma::OwnedEventId;
use tracing::info;

use super::{Bot, send};
use crate::content::Content;

const COMMANDS: [&str; 4] = ["!status", "!check", "!reload", "!stats"];

pub fn is_command(body: &str) -> bool {
    let first = body.split_whitespace().next().unwrap_or("");
    COMMANDS.contains(&first.to_ascii_lowercase().as_str())
}

pub async fn handle(bot: &Bot, room: &Room, sender: &str, body: &str, event_id: &OwnedEventId) {
    let allowed = bot.matrix.admins.iter().any(|admin| admin == sender)
        && bot
            .matrix
            .admin_room
            .as_ref()
            .is_none_or(|admin_room| admin_room == room.room_id().as_str());
    if !allowed {
        send::notice(
            room,
            "Sorry, this command is only for the service's coordinators.",
        )
        .await;
        return;
    }
    let command = body
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    info!("admin command {command}");
    let text = match command.as_str() {
        "!status" => status(bot),
        "!check" => check(bot),
        "!reload" => match bot.reload() {
            Ok(warnings) => format!("Reloaded flows and translations ({warnings} warnings)."),
            Err(report) => {
                format!("Kept the running content: the new files have errors.\n\n{report}")
            }
        },
        "!stats" => stats(bot),
        _ => return,
    };
    send::notice(room, &text).await;
    send::read_receipt(room, event_id).await;
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

fn check(bot: &Bot) -> String {
    let loaded = Content::load(&crate::content::Sources::from_config(&bot.config));
    let report = loaded.report;
    if report.diagnostics.is_empty() {
        return "ok: no problems found".into();
    }
    format!(
        "{}\n{} error(s), {} warning(s)",
        report.render(true),
        report.errors(),
        report.warnings()
    )
}

fn stats(bot: &Bot) -> String {
    match bot.store.counters() {
        Ok(counters) if counters.is_empty() => "No conversations yet.".into(),
        Ok(counters) => counters
            .iter()
            .map(|(name, count)| format!("{name}: {count}"))
            .collect::<Vec<_>>()
            .join("\n"),
        Err(error) => format!("cannot read the counters: {error}"),
    }
}
