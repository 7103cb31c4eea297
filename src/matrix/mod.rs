//! The Matrix adapter: `putokaz serve`. It joins direct chats, answers each message exactly
//! once with the same engine the terminal uses, and keeps going through homeserver outages,
//! rate limits and restarts.
//!
//! Delivery: handlers are registered before the first sync, and after that sync every joined
//! room is caught up from its recent history, so messages sent while the bot was down (or lost
//! between the SDK saving its sync token and a crash) are answered; `delivery` makes repeated
//! deliveries harmless.

mod admin;
mod cases;
mod erase;
mod handlers;
mod idle;
mod invites;
mod limits;
mod login;
mod portal;
mod referral;
mod reload;
mod rooms;
mod send;
mod storage;
mod volunteer;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use matrix_sdk::config::SyncSettings;
use matrix_sdk::{Client, Room};
use thiserror::Error;
use tracing::{info, warn};

use crate::config::{Config, MatrixConfig};
use crate::content::{Content, Sources};
use crate::diagnostic::Severity;
use crate::engine::{Engine, Settings};
use crate::flood::FloodGate;
use crate::storage_fault::StorageFault;
use crate::store::{SessionStore, StoreError};

#[derive(Debug, Error)]
pub enum ServeError {
    #[error("putokaz.toml has no [matrix] section; see putokaz.example.toml")]
    NoMatrixConfig,
    #[error(
        "no password for the first login: set PUTOKAZ_MATRIX_PASSWORD or `password` in [matrix]"
    )]
    NoPassword,
    #[error(
        "no store passphrase: set PUTOKAZ_STORE_PASSPHRASE (or `store_passphrase` in [matrix]) so that members' ids and the bot's keys are encrypted on disk, or set `allow_unencrypted_store = true` in [matrix] to run without"
    )]
    NoPassphrase,
    #[error("cannot create the Matrix client: {0}")]
    Client(String),
    #[error("cannot log in to the homeserver: {0}")]
    Login(String),
    #[error("the stored Matrix session is damaged: {0}")]
    Session(String),
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the {task} task stopped unexpectedly ({cause}); restart the bot")]
    TaskEnded { task: &'static str, cause: String },
}

/// Queues `job` in `room`'s turn (see `rooms`); returns at once.
fn dispatch(bot: &Arc<Bot>, client: &Client, room: &Room, job: handlers::Job) {
    let runner = || -> rooms::Runner<handlers::Job> {
        let (bot, client, room) = (bot.clone(), client.clone(), room.clone());
        Box::new(move |job| {
            let (bot, client, room) = (bot.clone(), client.clone(), room.clone());
            Box::pin(async move { handlers::run(job, &room, &client, &bot).await })
        })
    };
    bot.rooms.dispatch(room.room_id().as_str(), job, runner);
}

/// The text of a panic, for the log: `panic!` gives a `&str` or a `String`.
fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string())
}

/// Everything the handlers share.
pub struct Bot {
    pub config: Config,
    pub matrix: MatrixConfig,
    engine: RwLock<Engine>,
    pub store: SessionStore,
    /// Messages older than this (milliseconds) were sent before the bot's first start.
    pub first_start_ms: u64,
    pub started: Instant,
    /// Held (shared) by every message in hand; a shutdown takes it whole, so it waits for
    /// them to finish.
    pub running: tokio::sync::RwLock<()>,
    /// One message at a time per room, so a conversation's steps never interleave: a room's
    /// own jobs already come one at a time (`rooms`), and this keeps an erase, which runs
    /// beside them, from interleaving with them.
    room_locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Per-person flood control.
    pub flood: Mutex<FloodGate>,
    /// Rooms with messages the bot could not decrypt yet, with the 5 s ticks since, to catch
    /// up when keys arrive (retried less and less often, see `handlers`).
    pub undecrypted: Mutex<HashMap<String, u32>>,
    /// Rooms with messages that wait because the session store could not be used, to catch
    /// up once it can.
    pub unstored: Mutex<HashSet<String>>,
    /// When the admin room was last told the store cannot be used; `None` while it works.
    pub storage_alerted: Mutex<Option<Instant>>,
    /// One reload at a time: a slow load of older files must not replace a newer set.
    reloading: Mutex<()>,
    /// Quick erases running or waiting to be retried.
    pub erases: erase::Erases,
    /// Each room's work in order, rooms side by side.
    rooms: Arc<rooms::RoomWork<handlers::Job>>,
    /// Invitations accepted per inviting account this hour.
    invites: Mutex<invites::InviteLimits>,
}

impl Bot {
    pub fn engine(&self) -> Engine {
        self.engine
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The lock that keeps one room's messages in order.
    pub fn room_lock(&self, room_id: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut locks = self.room_locks.lock().unwrap_or_else(|e| e.into_inner());
        if locks.len() > 1_000 {
            // Rooms with no message in hand: their lock is held by the map alone.
            locks.retain(|_, lock| Arc::strong_count(lock) > 1);
        }
        locks.entry(room_id.to_string()).or_default().clone()
    }

    /// Loads and checks content again; only a set without errors replaces the running one.
    /// Messages in flight finish with the engine they started with (`engine()` hands out a
    /// clone), so the swap never drops or mixes one.
    pub fn reload(&self) -> Result<usize, String> {
        let _one_at_a_time = self.reloading.lock().unwrap_or_else(|e| e.into_inner());
        let loaded = Content::load(&Sources::from_config(&self.config));
        let outcome = match loaded.content {
            Some(content) => {
                let warnings = loaded.report.warnings();
                let settings = self.engine().settings().clone();
                *self.engine.write().unwrap_or_else(|e| e.into_inner()) =
                    Engine::new(Arc::new(content), settings);
                Ok(warnings)
            }
            // Errors only, and no more than fits a message: warnings are for `putokaz check`.
            None => Err(loaded
                .report
                .render_capped(Severity::Error, admin::MAX_REPORT_CHARS)),
        };
        crate::memory::release_freed_memory();
        outcome
    }
}

/// Runs the bot until SIGTERM or SIGINT.
pub async fn serve(config: Config, content: Arc<Content>) -> Result<(), ServeError> {
    let matrix = config.matrix.clone().ok_or(ServeError::NoMatrixConfig)?;
    let store = SessionStore::open(&config.data_dir)?;
    let first_start_ms = store.first_start(crate::now())? * 1000;
    let client = login::connect(&matrix, &config.data_dir).await?;
    let settings = Settings::from_config(&config, None);
    let bot = Arc::new(Bot {
        engine: RwLock::new(Engine::new(content, settings)),
        store,
        first_start_ms,
        started: Instant::now(),
        running: tokio::sync::RwLock::new(()),
        room_locks: Mutex::new(HashMap::new()),
        flood: Mutex::new(FloodGate::default()),
        undecrypted: Mutex::new(HashMap::new()),
        unstored: Mutex::new(HashSet::new()),
        storage_alerted: Mutex::new(None),
        reloading: Mutex::new(()),
        erases: erase::Erases::default(),
        rooms: rooms::RoomWork::new(rooms::LIVE_ROOMS, rooms::CATCH_UP_ROOMS),
        invites: Mutex::new(invites::InviteLimits::default()),
        matrix: matrix.clone(),
        config,
    });

    // Handlers first: a sync before them would drop every message that arrived meanwhile.
    handlers::register(&client, bot.clone());

    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);

    // The first sync learns the rooms; then every room catches up on what it missed.
    let mut backoff = Backoff {
        failures: 0,
        data_dir: bot.config.data_dir.clone(),
    };
    let token = loop {
        tokio::select! {
            _ = &mut shutdown => return Ok(()),
            result = client.sync_once(SyncSettings::default().timeout(Duration::from_secs(0))) => match result {
                Ok(response) => {
                    backoff.recovered();
                    break response.next_batch;
                }
                Err(error) => backoff.wait(&error.to_string()).await,
            },
        }
    };
    login::bootstrap_cross_signing(&client, &matrix).await;
    limits::check(&client, &matrix).await;
    // Queued, not awaited: a person writing now is answered while the rooms catch up.
    handlers::catch_up_all(&client, &bot);
    // Erases a crash or an outage cut short are finished first thing.
    erase::resume(&client, &bot, true);
    info!("ready");

    // The sync loop runs in a task of its own: cancelling a sync in flight could drop a
    // handler halfway through a message.
    let settings = SyncSettings::default()
        .timeout(Duration::from_secs(30))
        .token(token);
    let syncing = tokio::spawn(sync_loop(client.clone(), bot.clone(), settings, backoff));
    let chores = tokio::spawn(chores(client.clone(), bot.clone()));
    let reloading = bot
        .config
        .reload_on_change
        .then(|| tokio::spawn(reload::on_change(client.clone(), bot.clone())));
    // The sync and the chores never end on their own: if one does (a panic), the bot would
    // live on answering nobody, so it stops with the cause and the service manager restarts it.
    let ended = tokio::select! {
        _ = &mut shutdown => None,
        ended = syncing => Some(("sync", ended)),
        ended = chores => Some(("periodic work", ended)),
    };
    if let Some((task, ended)) = ended {
        let cause = match ended {
            Err(error) if error.is_panic() => panic_message(error.into_panic()),
            Err(error) => error.to_string(),
            Ok(()) => "it returned".to_string(),
        };
        return Err(ServeError::TaskEnded { task, cause });
    }
    // Finish the message in hand, then stop: messages not yet started are answered after the
    // next start, from the room's history.
    let _all_finished = bot.running.write().await;
    if let Some(reloading) = reloading {
        reloading.abort();
    }
    info!("stopped");
    Ok(())
}

async fn sync_loop(
    client: Client,
    bot: Arc<Bot>,
    mut settings: SyncSettings,
    mut backoff: Backoff,
) {
    loop {
        match client.sync_once(settings.clone()).await {
            Ok(response) => {
                settings = settings.token(response.next_batch);
                if backoff.recovered() {
                    // Replies that failed while the homeserver was down left their messages
                    // unanswered (and unmarked): answer them now, not at the next restart.
                    handlers::catch_up_all(&client, &bot);
                }
            }
            Err(error) => backoff.wait(&error.to_string()).await,
        }
    }
}

/// Periodic work beside the sync loop: expiring idle sessions and leaving the chats they were
/// in, closing silent cases, and retrying messages that could not be decrypted, or stored,
/// when they arrived.
async fn chores(client: Client, bot: Arc<Bot>) {
    let mut sweep = tokio::time::interval(idle::sweep_interval(bot.config.session_expiry));
    let mut retry_waiting = tokio::time::interval(Duration::from_secs(5));
    let mut silent_cases = tokio::time::interval(Duration::from_secs(60));
    loop {
        tokio::select! {
            _ = silent_cases.tick() => {
                cases::close_silent(&client, &bot, bot.config.case_idle.as_secs()).await;
            }
            _ = sweep.tick() => {
                let expiry = bot.config.session_expiry.as_secs();
                if let Err(error) = bot.store.sweep(crate::now(), expiry) {
                    warn!("could not delete expired sessions: {error}");
                }
                idle::look_for_idle_chats(&client, &bot);
            }
            _ = retry_waiting.tick() => {
                handlers::catch_up_waiting(&client, &bot).await;
                erase::resume(&client, &bot, false);
            }
        }
    }
}
async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = match signal(SignalKind::terminate()) {
        Ok(term) => term,
        Err(error) => {
            warn!("cannot listen for SIGTERM: {error}");
            std::future::pending::<()>().await;
            return;
        }
    };
    tokio::select! {
        _ = term.recv() => {}
        _ = tokio::signal::ctrl_c() => {}
    }
    info!("shutting down after the message in hand");
}

/// Exponential backoff with jitter for a homeserver that is down (or a data directory that
/// cannot be written), logging once per change.
struct Backoff {
    failures: u32,
    data_dir: PathBuf,
}

impl Backoff {
    async fn wait(&mut self, error: &str) {
        if self.failures == 0 {
            // A sync also writes the SDK's stores in the data directory: a full disk shows
            // up here first, and must not be reported as the homeserver's fault.
            match StorageFault::in_message(error) {
                Some(fault) => warn!(
                    "cannot save the sync state, retrying: {error}. Hint: {}",
                    fault.hint(&self.data_dir)
                ),
                None => warn!("the homeserver is unreachable, retrying: {error}"),
            }
        }
        self.failures = self.failures.saturating_add(1);
        let base = Duration::from_millis(500) * 2u32.saturating_pow(self.failures.min(6));
        let jitter = Duration::from_millis(u64::from(random_u16() % 500));
        // At most 10 s between tries: people in crisis are waiting, and a sync is cheap.
        tokio::time::sleep(base.min(Duration::from_secs(10)) + jitter).await;
    }

    /// Notes a success; whether the homeserver had been unreachable until now.
    fn recovered(&mut self) -> bool {
        let was_down = self.failures > 0;
        if was_down {
            info!("the homeserver is reachable again");
        }
        self.failures = 0;
        was_down
    }
}

fn random_u16() -> u16 {
    let mut bytes = [0u8; 2];
    let _ = getrandom::fill(&mut bytes);
    u16::from_le_bytes(bytes)
}

/// The Matrix client's user id, for tests and status.
pub fn own_user(client: &Client) -> String {
    client.user_id().map(|u| u.to_string()).unwrap_or_default()
}
