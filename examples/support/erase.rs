//! `--erase MESSAGES`: one person's answers while another person's quick erase walks a long
//! history. The eraser's chat holds MESSAGES of the bot's messages (posted by an operator
//! logged in as the bot's account, the quickest way to a long history); the other person
//! chooses from the menus before the erase (the baseline) and while it runs, in the same run,
//! so that whatever slows the homeserver or the machine slows both alike.

use matrix_sdk::RoomMemberships;

use super::relay::{MENU_CHOICES, answered, percentiles};
use super::*;

/// Answers timed before the erase.
const BASELINE_ANSWERS: usize = 10;

pub(super) async fn erase(options: &Options, dir: &Path, people: &[Arc<Person>], messages: usize) {
    let [eraser, chooser] = people else {
        panic!("--erase needs --people 2");
    };
    let mut bot = start_putokaz(options, dir, "");
    let bot_id = UserId::parse(&bot.user_id).expect("bot id");
    let erased = eraser.open_dm(&bot.user_id).await;
    let room = chooser.open_dm(&bot.user_id).await;
    answered(eraser, &erased, "hi").await;
    answered(eraser, &erased, "1").await;
    answered(chooser, &room, "hi").await;
    answered(chooser, &room, "1").await;

    eprintln!("posting {messages} of the bot's messages in the eraser's chat");
    let name = bot
        .user_id
        .trim_start_matches('@')
        .trim_end_matches(":localhost");
    let operator = logged_in(&options.homeserver, name).await;
    operator
        .sync_once(SyncSettings::default())
        .await
        .expect("operator's sync");
    let theirs = operator
        .get_room(erased.room_id())
        .expect("the bot's account is in the eraser's chat");
    let mut inbox = eraser.inbox.lock().await;
    for chunk in (0..messages).collect::<Vec<_>>().chunks(20) {
        let mut sends = tokio::task::JoinSet::new();
        for n in chunk {
            let (room, text) = (theirs.clone(), format!("an earlier answer, number {n}"));
            sends
                .spawn(async move { room.send(RoomMessageEventContent::notice_plain(text)).await });
        }
        while let Some(sent) = sends.join_next().await {
            sent.expect("task").expect("send");
        }
    }
    // Their notices reach the eraser's client (some syncs leave older ones out: a "limited"
    // timeline); none may be taken for the answer to "erase" later, so let them all pass.
    while let Ok(Some(_)) = tokio::time::timeout(Duration::from_secs(3), inbox.recv()).await {}
    drop(inbox);

    let mut before = Vec::new();
    for step in 0..BASELINE_ANSWERS {
        tokio::time::sleep(options.think).await;
        before.push(answered(chooser, &room, MENU_CHOICES[step % MENU_CHOICES.len()]).await);
    }

    answered(eraser, &erased, "erase").await;
    let started = Instant::now();
    eraser
        .client
        .get_room(erased.room_id())
        .expect("eraser's room")
        .send(RoomMessageEventContent::text_plain("1"))
        .await
        .expect("confirm");
    // The erase ends when the bot leaves the chat, as seen by the eraser's syncing client.
    let bot_in_chat = || async {
        erased
            .members_no_sync(RoomMemberships::JOIN)
            .await
            .expect("members")
            .iter()
            .any(|member| member.user_id() == bot_id)
    };
    let mut during = Vec::new();
    let mut step = 0;
    while bot_in_chat().await {
        tokio::time::sleep(options.think).await;
        during.push(answered(chooser, &room, MENU_CHOICES[step % MENU_CHOICES.len()]).await);
        step += 1;
    }
    let took = started.elapsed();
    let left_behind = match bot_messages_left(&eraser.client, &bot_id, &erased).await {
        Some(count) => count.to_string(),
        None => "(history unreadable)".to_string(),
    };
    bot.stop();

    let (before_p50, _) = percentiles(before.clone());
    let before_max = before.iter().max().copied().unwrap_or_default();
    let during_max = during.iter().max().copied().unwrap_or_default();
    let (during_p50, _) = if during.is_empty() {
        (Duration::ZERO, Duration::ZERO)
    } else {
        percentiles(during.clone())
    };
    println!(
        "erase of {messages} messages took {:.1} s; bot messages left in the chat: {left_behind}",
        took.as_secs_f64()
    );
    println!(
        "the other person's answers: before, p50 {:.0} ms, max {:.0} ms ({} answers); during, p50 {:.0} ms, max {:.0} ms ({} answers)",
        before_p50.as_secs_f64() * 1e3,
        before_max.as_secs_f64() * 1e3,
        before.len(),
        during_p50.as_secs_f64() * 1e3,
        during_max.as_secs_f64() * 1e3,
        during.len(),
    );
    println!(
        "during/before: p50 {:.2}x, max {:.2}x",
        ratio(during_p50.as_secs_f64(), before_p50.as_secs_f64()),
        ratio(during_max.as_secs_f64(), before_max.as_secs_f64()),
    );
}

/// The bot's messages still readable in `room`, read through the eraser's account (the bot's
/// own has left); `None` when the history cannot be read.
async fn bot_messages_left(reader: &Client, bot: &UserId, room: &Room) -> Option<usize> {
    let theirs = reader.get_room(room.room_id())?;
    let mut from: Option<String> = None;
    let mut left = 0;
    loop {
        let mut options = matrix_sdk::room::MessagesOptions::backward().from(from.as_deref());
        options.limit = matrix_sdk::ruma::uint!(1000);
        let page = theirs.messages(options).await.ok()?;
        for event in &page.chunk {
            let sender: Option<String> = event.raw().get_field("sender").ok().flatten();
            let body: Option<serde_json::Value> = event.raw().get_field("content").ok().flatten();
            let readable = body.is_some_and(|content| content.get("body").is_some());
            if readable && sender.as_deref() == Some(bot.as_str()) {
                left += 1;
            }
        }
        match page.end {
            Some(end) => from = Some(end),
            None => return Some(left),
        }
    }
}
