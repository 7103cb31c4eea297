//! A bare matrix-sdk bot that answers every text message with the same text, and does nothing
//! else: the baseline the load driver measures Putokaz against. Whatever it costs is the
//! homeserver's and the SDK's share; what Putokaz costs beyond it is its own.
//!
//!     cargo run --release --example echo_bot -- HOMESERVER USER PASSWORD

use std::time::Duration;

use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::events::room::member::StrippedRoomMemberEvent;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::{Client, Room, RoomState};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(homeserver), Some(user), Some(password)) = (args.next(), args.next(), args.next())
    else {
        eprintln!("usage: echo_bot HOMESERVER USER PASSWORD");
        std::process::exit(2);
    };
    let client = Client::builder().homeserver_url(homeserver).build().await?;
    client
        .matrix_auth()
        .login_username(&user, &password)
        .send()
        .await?;
    let own = client.user_id().expect("logged in").to_owned();

    client.add_event_handler(
        |event: StrippedRoomMemberEvent, room: Room, client: Client| async move {
            if event.state_key != client.user_id().expect("logged in") {
                return;
            }
            // The room may not be ready the moment the invite arrives.
            for _ in 0..10 {
                if room.join().await.is_ok() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
        },
    );
    client.add_event_handler(move |event: OriginalSyncRoomMessageEvent, room: Room| {
        let own = own.clone();
        async move {
            if room.state() != RoomState::Joined || event.sender == own {
                return;
            }
            if let MessageType::Text(text) = event.content.msgtype {
                let _ = room
                    .send(RoomMessageEventContent::notice_plain(text.body))
                    .await;
            }
        }
    });
    let response = client.sync_once(SyncSettings::default()).await?;
    eprintln!("ready");
    // `sync_once` in a loop, as Putokaz syncs: `Client::sync` waits a second between syncs
    // that come less than a second apart, which under load would make this baseline slower
    // than the bot it is measured against.
    let mut settings = SyncSettings::default().token(response.next_batch);
    loop {
        match client.sync_once(settings.clone()).await {
            Ok(response) => settings = settings.token(response.next_batch),
            Err(_) => tokio::time::sleep(Duration::from_secs(1)).await,
        }
    }
}
