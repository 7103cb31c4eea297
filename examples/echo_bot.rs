//! A bare matrix-sdk bot that answers every text message with the same text, and does nothing
//! else: the baseline the load driver measures Putokaz against. Whatever it costs is the
//! homeserver's and the SDK's share; what Putokaz costs beyond it is its own.
//!
//!     cargo run --release --example echo_bot -- HOMESERVER USER PASSWORD [STORE_DIR]
//!
//! With STORE_DIR it keeps room state and keys in the SDK's SQLite stores there, with the
//! low-memory settings Putokaz uses, and its session beside them: the same persistence Putokaz
//! pays for, so that the load driver can tell the SDK's share of a stored bot's cost from
//! Putokaz's own.

use std::path::PathBuf;
use std::time::Duration;

use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::StoreConfig;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::cross_process_lock::CrossProcessLockConfig;
use matrix_sdk::ruma::events::room::member::StrippedRoomMemberEvent;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::{Client, Room, RoomState, SqliteCryptoStore, SqliteStateStore, SqliteStoreConfig};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(homeserver), Some(user), Some(password)) = (args.next(), args.next(), args.next())
    else {
        eprintln!("usage: echo_bot HOMESERVER USER PASSWORD [STORE_DIR]");
        std::process::exit(2);
    };
    let store_dir = args.next().map(PathBuf::from);
    let mut builder = Client::builder().homeserver_url(homeserver);
    if let Some(dir) = &store_dir {
        // As Putokaz opens them (src/matrix/login.rs): room state and keys in SQLite, the
        // event cache and media in memory.
        let sqlite = SqliteStoreConfig::with_low_memory_config(dir);
        let stores = StoreConfig::new(CrossProcessLockConfig::SingleProcess)
            .state_store(SqliteStateStore::open_with_config(&sqlite).await?)
            .crypto_store(SqliteCryptoStore::open_with_config(&sqlite).await?);
        builder = builder.store_config(stores);
    }
    let client = builder.build().await?;
    let session_file = store_dir.as_ref().map(|dir| dir.join("session.json"));
    match &session_file {
        Some(file) if file.exists() => {
            let session: MatrixSession = serde_json::from_str(&std::fs::read_to_string(file)?)?;
            client.restore_session(session).await?;
        }
        _ => {
            client
                .matrix_auth()
                .login_username(&user, &password)
                .send()
                .await?;
            if let (Some(file), Some(session)) = (&session_file, client.matrix_auth().session()) {
                std::fs::write(file, serde_json::to_string(&session)?)?;
            }
        }
    }
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
