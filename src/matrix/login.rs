//! Signing in: the first start logs in with a password and keeps the session in the data
//! directory (mode 0600); later starts restore it, so the device and its keys stay the same.

use std::path::Path;

use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::StoreConfig;
use matrix_sdk::cross_process_lock::CrossProcessLockConfig;
use matrix_sdk::ruma::api::client::uiaa;
use matrix_sdk::{Client, SqliteCryptoStore, SqliteStateStore, SqliteStoreConfig};
use tracing::{info, warn};

use super::ServeError;
use crate::config::MatrixConfig;

const SESSION_FILE: &str = "matrix-session.json";
const STORE_DIR: &str = "matrix-store";

/// Builds the client with its SQLite state and crypto store, and signs in.
pub async fn connect(config: &MatrixConfig, data_dir: &Path) -> Result<Client, ServeError> {
    let passphrase = config.store_passphrase();
    match (&passphrase, config.allow_unencrypted_store) {
        (Some(_), _) => {}
        (None, true) => info!("the Matrix store is not encrypted at rest, as configured"),
        (None, false) => return Err(ServeError::NoPassphrase),
    }
    // Room state and encryption keys persist in SQLite; timeline events (message text) and
    // media are kept in memory only, so no message ever reaches the disk through the SDK.
    // The SDK's low-memory settings: its default opens up to four connections per core for
    // each store, each with a 2 MB page cache, which fill as rooms grow the store; the bot's
    // queries are small (BENCHMARKS.md, "Many rooms": 6 MiB less at 1,000 rooms).
    let sqlite = SqliteStoreConfig::with_low_memory_config(data_dir.join(STORE_DIR))
        .passphrase(passphrase.as_deref());
    let state = SqliteStateStore::open_with_config(&sqlite)
        .await
        .map_err(|e| ServeError::Client(e.to_string()))?;
    let crypto = SqliteCryptoStore::open_with_config(&sqlite)
        .await
        .map_err(|e| ServeError::Client(e.to_string()))?;
    let stores = StoreConfig::new(CrossProcessLockConfig::SingleProcess)
        .state_store(state)
        .crypto_store(crypto);
    let client = Client::builder()
        .homeserver_url(&config.homeserver)
        .store_config(stores)
        // A person's earlier messages must never be shared with someone invited later.
        .with_enable_share_history_on_invite(false)
        .build()
        .await
        .map_err(|e| ServeError::Client(e.to_string()))?;

    let session_path = data_dir.join(SESSION_FILE);
    if session_path.exists() {
        let text = std::fs::read_to_string(&session_path).map_err(|source| ServeError::Io {
            path: session_path.clone(),
            source,
        })?;
        let session: MatrixSession =
            serde_json::from_str(&text).map_err(|e| ServeError::Session(e.to_string()))?;
        client
            .restore_session(session)
            .await
            .map_err(|e| ServeError::Login(e.to_string()))?;
        info!("restored the Matrix session");
    } else {
        let password = config.password().ok_or(ServeError::NoPassword)?;
        client
            .matrix_auth()
            .login_username(&config.user, &password)
            .initial_device_display_name(&config.device_name)
            .await
            .map_err(|e| ServeError::Login(e.to_string()))?;
        let session = client
            .matrix_auth()
            .session()
            .ok_or_else(|| ServeError::Login("no session after login".into()))?;
        save_session(&session_path, &session)?;
        info!("logged in and stored the Matrix session");
    }
    Ok(client)
}

fn save_session(path: &Path, session: &MatrixSession) -> Result<(), ServeError> {
    let text = serde_json::to_string(session).map_err(|e| ServeError::Session(e.to_string()))?;
    crate::private_file::write(path, text.as_bytes()).map_err(|source| ServeError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Makes sure the bot's device is cross-signed, so that clients which only trust cross-signed
/// devices still send it their keys. Needs the password for the homeserver's confirmation.
pub async fn bootstrap_cross_signing(client: &Client, config: &MatrixConfig) {
    let encryption = client.encryption();
    let Err(error) = encryption.bootstrap_cross_signing_if_needed(None).await else {
        info!("cross-signing set up");
        return;
    };
    let (Some(response), Some(password)) = (error.as_uiaa_response(), config.password()) else {
        warn!("could not set up cross-signing: {error}");
        return;
    };
    let user = client
        .user_id()
        .map_or(config.user.clone(), |u| u.localpart().to_owned());
    let mut auth = uiaa::Password::new(
        uiaa::UserIdentifier::Matrix(uiaa::MatrixUserIdentifier::new(user)),
        password,
    );
    auth.session = response.session.clone();
    match encryption
        .bootstrap_cross_signing(Some(uiaa::AuthData::Password(auth)))
        .await
    {
        Ok(()) => info!("cross-signing set up"),
        Err(error) => warn!("could not set up cross-signing: {error}"),
    }
}
