#![recursion_limit = "256"]
//! End-to-end load driver: N simulated people, each with their own Matrix account and direct
//! chat, walk a scripted conversation against a bot on the test Synapse, one message at a time
//! (each waits for the answer before the next, as people do). The same people run the same
//! script against the bare echo bot (`examples/echo_bot.rs`) and against Putokaz, in one
//! invocation, and the driver prints replies per second, reply latency p50/p99, the bots' peak
//! RSS, and each ratio; for Putokaz also its session store's size per person. `--rounds N`
//! repeats the pair, alternating which bot goes first, and reports the median ratio; `--flood`
//! also measures each bot while one more person floods it.
//!
//! With a Synapse running (`scripts/synapse start`) and release builds of both bots:
//!
//!     cargo build --release --bin putokaz --example echo_bot
//!     cargo run --release --example load -- --people 50 --rounds 3 --flood
//!
//! `--portals` measures Putokaz alone, with people who write from WhatsApp through the bridge
//! simulator of the end-to-end tests (tests/bridge_sim: portal rooms as mautrix builds them),
//! against the same people in plain direct chats, each answer read by the same simulated
//! client; run it on a Synapse started with the bridges' registrations:
//!
//!     scripts/bridges register && scripts/synapse start && eval "$(scripts/bridges env)"
//!     cargo run --release --example load -- --portals --people 50 --rounds 3
//!
//! `--restart CHATS` gives each bot that many direct chats (opened by the bridge simulator's
//! ghosts), answers each once, restarts the bot and measures its first answer after the
//! restart, its RSS and its CPU per 1,000 answers (same Synapse set-up as `--portals`):
//!
//!     cargo run --release --example load -- --restart 1000
//!
//! (`--only putokaz` or `--only echo` measures one of them, when both would take too long.
//! `--stored-echo` also measures the echo bot keeping room state and keys in the SDK's SQLite
//! stores as Putokaz does, to tell the SDK's cost of persistence from Putokaz's own.)
//!
//! `--relay` measures talking with a person through the bot: half the people ask for a
//! person, one worker takes each case in a team room, and they write to each other through the
//! bot; each direction is timed against the other half's menu choices, made meanwhile:
//!
//!     cargo run --release --example load -- --relay --people 20
//!
//! Bots' accounts are exempted from the homeserver's rate limits as the README says, so the
//! same runs measure a homeserver on Synapse's default limits for people:
//!
//!     SYNAPSE_PORT=18018 SYNAPSE_DIR=target/synapse-defaults SYNAPSE_RATE_LIMITS=default \
//!         SYNAPSE_APPSERVICES=none scripts/synapse start
//!     SYNAPSE_PORT=18018 SYNAPSE_DIR=target/synapse-defaults \
//!         cargo run --release --example load -- --homeserver http://127.0.0.1:18018
//!
//! `--erase MESSAGES` measures one person's answers while another person's quick erase
//! removes that many of the bot's messages, against the same person's answers just before:
//!
//!     cargo run --release --example load -- --erase 500 --people 2
//!
//! See BENCHMARKS.md for figures.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoom, RoomPreset};
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedRoomId, UserId};
use matrix_sdk::{Client, Room};
use tokio::sync::{Mutex, mpsc};

#[allow(dead_code)]
#[path = "../tests/bridge_sim/mod.rs"]
mod bridge_sim;
#[path = "support/erase.rs"]
mod erase;
#[path = "support/relay.rs"]
mod relay;

/// What each person says, in order. Every line gets exactly one answer from either bot.
const SCRIPT: [&str; 10] = ["hi", "1", "1", "0", "2", "1", "lawyer", "menu", "3", "menu"];
const PASSWORD: &str = "load-password";
const REPLY_TIMEOUT: Duration = Duration::from_secs(120);
/// How long `--restart` waits for a bot's first answer after it starts again.
const RESTART_PATIENCE: Duration = Duration::from_secs(1800);

struct Options {
    people: usize,
    /// Measure a restart with this many chats, each answered once, instead.
    restart_chats: Option<usize>,
    /// With `--restart`, measure only this bot (`echo`, `echo-stored` or `putokaz`).
    only: Option<String>,
    /// With `--restart`, also measure the echo bot with Putokaz's persistent stores.
    stored_echo: bool,
    /// Measure portal rooms against plain direct chats instead of Putokaz against echo.
    portals: bool,
    /// Measure talking with a worker through the bot against menu answers instead.
    relay: bool,
    /// Measure one person's answers while another's chat of this many messages is erased.
    erase_messages: Option<usize>,
    /// Also measure each bot while one more person floods it.
    flood: bool,
    /// How many times to measure both bots, alternating which goes first.
    rounds: usize,
    /// Pause before each message, as a person reads the answer (and within flood control).
    think: Duration,
    homeserver: String,
    root: PathBuf,
}

fn options() -> Options {
    let mut people = 50;
    let mut think_ms = 1500;
    let mut flood = false;
    let mut portals = false;
    let mut relay = false;
    let mut rounds = 1;
    let mut restart_chats = None;
    let mut erase_messages = None;
    let mut only = None;
    let mut stored_echo = false;
    let mut homeserver = "http://127.0.0.1:18008".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--people" => people = args.next().and_then(|n| n.parse().ok()).unwrap_or(people),
            "--homeserver" => homeserver = args.next().unwrap_or(homeserver),
            "--flood" => flood = true,
            "--portals" => portals = true,
            "--relay" => relay = true,
            "--erase" => erase_messages = args.next().and_then(|n| n.parse().ok()),
            "--only" => only = args.next(),
            "--stored-echo" => stored_echo = true,
            "--restart" => restart_chats = args.next().and_then(|n| n.parse().ok()),
            "--rounds" => rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(rounds),
            "--think-ms" => think_ms = args.next().and_then(|n| n.parse().ok()).unwrap_or(think_ms),
            _ => {
                eprintln!(
                    "usage: load [--people N] [--rounds N] [--think-ms MS] [--flood | --portals | --relay | --restart CHATS [--only BOT] | --erase MESSAGES] [--homeserver URL]"
                );
                std::process::exit(2);
            }
        }
    }
    Options {
        people,
        restart_chats,
        only,
        stored_echo,
        portals,
        relay,
        erase_messages,
        flood,
        rounds: rounds.max(1),
        think: Duration::from_millis(think_ms),
        homeserver,
        root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
    }
}

fn unique(name: &str) -> String {
    let mut bytes = [0u8; 4];
    getrandom::fill(&mut bytes).expect("randomness");
    format!("{name}{}", u32::from_le_bytes(bytes))
}

/// Registers accounts through the test homeserver's shared secret, several at a time.
fn register(root: &Path, names: &[String]) {
    for chunk in names.chunks(10) {
        let children: Vec<Child> = chunk
            .iter()
            .map(|name| {
                Command::new(root.join("scripts/synapse"))
                    .args(["register", name, PASSWORD])
                    .stdout(Stdio::null())
                    .spawn()
                    .expect("scripts/synapse")
            })
            .collect();
        for mut child in children {
            assert!(
                child.wait().expect("register").success(),
                "registration failed"
            );
        }
    }
}

/// Registers a bot's account and exempts it from the homeserver's rate limits, as the README
/// tells a deployment's admin to (on the test configuration nobody is limited anyway; on
/// Synapse's defaults, `scripts/synapse` with `SYNAPSE_RATE_LIMITS=default`, people are).
fn register_bot(root: &Path, name: &str) {
    register(root, &[name.to_string()]);
    let exempted = Command::new(root.join("scripts/synapse"))
        .args(["exempt", &format!("@{name}:localhost")])
        .status()
        .expect("scripts/synapse");
    assert!(exempted.success(), "could not exempt {name}");
}

/// A simulated person: a logged-in client whose bot notices arrive on `inbox`.
struct Person {
    client: Client,
    inbox: Mutex<mpsc::UnboundedReceiver<(OwnedRoomId, Instant)>>,
}

/// A client logged in as the driver's user `name`.
async fn logged_in(homeserver: &str, name: &str) -> Client {
    let client = Client::builder()
        .homeserver_url(homeserver)
        .build()
        .await
        .expect("client");
    client
        .matrix_auth()
        .login_username(name, PASSWORD)
        .send()
        .await
        .expect("login");
    client
}

async fn person(homeserver: &str, name: &str) -> Person {
    let client = logged_in(homeserver, name).await;
    let (sender, inbox) = mpsc::unbounded_channel();
    let own = client.user_id().expect("logged in").to_owned();
    client.add_event_handler(move |event: OriginalSyncRoomMessageEvent, room: Room| {
        let (sender, own) = (sender.clone(), own.clone());
        async move {
            if event.sender != own && matches!(event.content.msgtype, MessageType::Notice(_)) {
                let _ = sender.send((room.room_id().to_owned(), Instant::now()));
            }
        }
    });
    let first = client
        .sync_once(SyncSettings::default())
        .await
        .expect("first sync");
    keep_syncing(
        client.clone(),
        SyncSettings::default().token(first.next_batch),
    );
    Person {
        client,
        inbox: Mutex::new(inbox),
    }
}

impl Person {
    async fn open_dm(&self, bot: &str) -> Room {
        let bot = UserId::parse(bot).expect("bot id");
        let mut request = CreateRoom::new();
        request.invite = vec![bot.clone()];
        request.is_direct = true;
        request.preset = Some(RoomPreset::TrustedPrivateChat);
        let room = self.client.create_room(request).await.expect("create room");
        let start = Instant::now();
        loop {
            let _ = room.sync_members().await;
            let members = room
                .members(matrix_sdk::RoomMemberships::JOIN)
                .await
                .expect("members");
            if members.iter().any(|m| m.user_id() == bot) {
                return room;
            }
            assert!(start.elapsed() < REPLY_TIMEOUT, "the bot never joined");
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }

    /// Walks the script in `room`; returns the latency of each answer.
    async fn converse(&self, room: &Room, think: Duration) -> Vec<Duration> {
        let mut inbox = self.inbox.lock().await;
        let mut latencies = Vec::new();
        for text in SCRIPT {
            tokio::time::sleep(think).await;
            let sent = Instant::now();
            room.send(RoomMessageEventContent::text_plain(text))
                .await
                .expect("send");
            loop {
                match tokio::time::timeout(REPLY_TIMEOUT, inbox.recv()).await {
                    Ok(Some((room_id, at))) if room_id == room.room_id() => {
                        latencies.push(at - sent);
                        break;
                    }
                    Ok(Some(_)) => {}
                    _ => panic!("no answer to {text:?}"),
                }
            }
        }
        latencies
    }
}

/// A bot under test, as a child process.
struct Bot {
    name: &'static str,
    child: Child,
    user_id: String,
    log: PathBuf,
    data: Option<PathBuf>,
}

impl Bot {
    fn wait_ready(&mut self) {
        let start = Instant::now();
        loop {
            let log = std::fs::read_to_string(&self.log).unwrap_or_default();
            if log.contains("ready") {
                return;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("the bot exited with {status}:\n{log}");
            }
            assert!(
                start.elapsed() < REPLY_TIMEOUT,
                "the bot did not start:\n{log}"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Peak resident memory, from the kernel's high-water mark, in KiB.
    fn peak_rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmHWM:"))
            .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    }

    /// CPU time the bot has used so far (user and system), from the kernel's accounting.
    fn cpu_seconds(&self) -> f64 {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap_or_default();
        // The fields after the command name, which is in parentheses and may hold spaces.
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map_or("", |(_, rest)| rest)
            .split_whitespace()
            .collect();
        let ticks = |index: usize| fields.get(index).and_then(|f| f.parse::<f64>().ok());
        // utime and stime are fields 14 and 15 of /proc/PID/stat, 12 and 13 after the name.
        let total = ticks(11).unwrap_or(0.0) + ticks(12).unwrap_or(0.0);
        // SAFETY: sysconf only reads a constant.
        total / unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64
    }

    /// Waits until the bot uses less than 2 % of a core over two seconds.
    fn wait_idle(&self) {
        loop {
            let before = self.cpu_seconds();
            std::thread::sleep(Duration::from_secs(2));
            if self.cpu_seconds() - before < 0.04 {
                return;
            }
        }
    }

    fn stop(&mut self) {
        // SAFETY: a signal to our own child process.
        unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}

fn start_echo(options: &Options, dir: &Path) -> Bot {
    let name = unique("echo");
    register_bot(&options.root, &name);
    let mut bot = spawn_echo(options, dir, &name, false);
    bot.wait_ready();
    bot
}

/// The echo bot as account `name`, without waiting for it. Bare, it logs in afresh each time
/// and keeps nothing between runs; `stored`, it keeps room state, keys and its session in the
/// SDK's SQLite stores in `dir`, as Putokaz does.
fn spawn_echo(options: &Options, dir: &Path, name: &str, stored: bool) -> Bot {
    let log = dir.join("echo.log");
    let mut command = Command::new(options.root.join("target/release/examples/echo_bot"));
    command.args([options.homeserver.as_str(), name, PASSWORD]);
    if stored {
        command.arg(dir.join("store"));
    }
    let child = command
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("build it first: cargo build --release --example echo_bot");
    Bot {
        name: "echo",
        child,
        user_id: format!("@{name}:localhost"),
        log,
        data: None,
    }
}

/// Putokaz with its `[matrix]` section plus `matrix_extra`.
fn start_putokaz(options: &Options, dir: &Path, matrix_extra: &str) -> Bot {
    let name = unique("putokaz");
    register_bot(&options.root, &name);
    let mut bot = spawn_putokaz(options, dir, &name, matrix_extra);
    bot.wait_ready();
    bot
}

/// Putokaz as account `name`, with its data in `dir` (kept across restarts), without waiting.
fn spawn_putokaz(options: &Options, dir: &Path, name: &str, matrix_extra: &str) -> Bot {
    let data = dir.join("data");
    let config = dir.join("putokaz.toml");
    std::fs::write(
        &config,
        format!(
            "flows = {:?}\nlocales = {:?}\ndata_dir = {:?}\nreload_on_change = false\n\n[matrix]\nhomeserver = {:?}\nuser = {name:?}\npassword = {PASSWORD:?}\nstore_passphrase = \"load-test\"\nrate_limits_exempt = true\n{matrix_extra}\n",
            options.root.join("flows"),
            options.root.join("locales"),
            data,
            options.homeserver,
        ),
    )
    .expect("config");
    let log = dir.join("putokaz.log");
    let child = Command::new(options.root.join("target/release/putokaz"))
        .arg("serve")
        .arg("--config")
        .arg(&config)
        .env_remove("RUST_LOG")
        .stderr(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&log)
                .expect("log"),
        )
        .spawn()
        .expect("build it first: cargo build --release --bin putokaz");
    Bot {
        name: "putokaz",
        child,
        user_id: format!("@{name}:localhost"),
        log,
        data: Some(data),
    }
}

struct Measured {
    replies: usize,
    seconds: f64,
    p50: Duration,
    p99: Duration,
}

impl Measured {
    fn per_second(&self) -> f64 {
        self.replies as f64 / self.seconds
    }
}

/// Runs every person's conversation at once. With a `flooder`, that person sends messages as
/// fast as the homeserver takes them for the whole run, to see whether it slows anyone else.
async fn measure(
    people: &[Arc<Person>],
    bot: &Bot,
    think: Duration,
    flooder: Option<&Person>,
) -> Measured {
    let mut rooms = Vec::new();
    for person in people {
        rooms.push(person.open_dm(&bot.user_id).await);
    }
    let flooding = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let mut flood = None;
    if let Some(flooder) = flooder {
        let room = flooder.open_dm(&bot.user_id).await;
        let flooding = flooding.clone();
        flood = Some(tokio::spawn(async move {
            let mut sent = 0u64;
            while flooding.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = room
                    .send(RoomMessageEventContent::text_plain("hello hello hello"))
                    .await;
                sent += 1;
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            sent
        }));
    }
    let start = Instant::now();
    let tasks: Vec<_> = people
        .iter()
        .cloned()
        .zip(rooms)
        .map(|(person, room)| tokio::spawn(async move { person.converse(&room, think).await }))
        .collect();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("a person's conversation"));
    }
    let seconds = start.elapsed().as_secs_f64();
    flooding.store(false, std::sync::atomic::Ordering::Relaxed);
    if let Some(flood) = flood {
        let sent = flood.await.unwrap_or(0);
        eprintln!(
            "the flooder sent {sent} messages in {seconds:.0} s ({:.0}/s)",
            sent as f64 / seconds
        );
    }
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() - 1) as f64 * q).round() as usize];
    Measured {
        replies: latencies.len(),
        seconds,
        p50: at(0.50),
        p99: at(0.99),
    }
}

fn dir_bytes(dir: &Path) -> u64 {
    let mut bytes = 0;
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        bytes += if path.is_dir() {
            dir_bytes(&path)
        } else {
            entry.metadata().map_or(0, |m| m.len())
        };
    }
    bytes
}

/// What was measured, and the heading of the table of rounds.
fn print_header(options: &Options, what: &str) {
    println!(
        "{} people, {} messages each, {} ms to read each answer, {} round(s), homeserver {}",
        options.people,
        SCRIPT.len(),
        options.think.as_millis(),
        options.rounds,
        options.homeserver
    );
    println!(
        "{:<5} {:<18} {:>10} {:>12} {:>12}",
        "round", what, "replies/s", "p50", "p99"
    );
}

fn row(round: usize, name: &str, m: &Measured) {
    println!(
        "{round:<5} {name:<18} {:>10.1} {:>9.0} ms {:>9.0} ms",
        m.per_second(),
        m.p50.as_secs_f64() * 1000.0,
        m.p99.as_secs_f64() * 1000.0,
    );
}

/// One round's figures: each bot alone and, with `--flood`, each bot with one person flooding.
struct Round {
    echo: Measured,
    putokaz: Measured,
    flooded: Option<(Measured, Measured)>,
}

/// Each round measures both bots, alternating which goes first, so that neither always meets
/// the smaller (or the warmer) homeserver database.
async fn run_rounds(
    options: &Options,
    people: &[Arc<Person>],
    echo: &Bot,
    putokaz: &Bot,
) -> Vec<Round> {
    let mut rounds = Vec::new();
    for round in 1..=options.rounds {
        let echo_first = round % 2 == 1;
        let (echo_alone, putokaz_alone) =
            measure_both(options, people, [echo, putokaz], echo_first, false, round).await;
        let flooded = if options.flood {
            Some(measure_both(options, people, [echo, putokaz], echo_first, true, round).await)
        } else {
            None
        };
        rounds.push(Round {
            echo: echo_alone,
            putokaz: putokaz_alone,
            flooded,
        });
    }
    rounds
}

/// Measures `[echo, putokaz]` one after the other, the echo bot first or second; returns their
/// figures in that same order.
async fn measure_both(
    options: &Options,
    people: &[Arc<Person>],
    [echo, putokaz]: [&Bot; 2],
    echo_first: bool,
    flood: bool,
    round: usize,
) -> (Measured, Measured) {
    let (first, second) = if echo_first {
        (echo, putokaz)
    } else {
        (putokaz, echo)
    };
    let first = measure_in_round(options, people, first, flood, round).await;
    let second = measure_in_round(options, people, second, flood, round).await;
    if echo_first {
        (first, second)
    } else {
        (second, first)
    }
}

async fn measure_in_round(
    options: &Options,
    people: &[Arc<Person>],
    bot: &Bot,
    flood: bool,
    round: usize,
) -> Measured {
    if !flood {
        eprintln!("round {round}: {}", bot.name);
        return measure(people, bot, options.think, None).await;
    }
    eprintln!("round {round}: {} with one person flooding it", bot.name);
    let name = unique("flooder");
    register(&options.root, std::slice::from_ref(&name));
    let flooder = person(&options.homeserver, &name).await;
    measure(people, bot, options.think, Some(&flooder)).await
}

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 { a / b } else { f64::NAN }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => values[n / 2],
        n => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    }
}

/// Putokaz's figures over the baseline's: throughput, p50, p99.
fn ratios(putokaz: &Measured, baseline: &Measured) -> [f64; 3] {
    [
        ratio(putokaz.per_second(), baseline.per_second()),
        ratio(putokaz.p50.as_secs_f64(), baseline.p50.as_secs_f64()),
        ratio(putokaz.p99.as_secs_f64(), baseline.p99.as_secs_f64()),
    ]
}

fn print_ratios(label: &str, each: &[[f64; 3]]) {
    let column = |i: usize| each.iter().map(|r| r[i]).collect::<Vec<_>>();
    let list = |i: usize| {
        column(i)
            .iter()
            .map(|r| format!("{r:.2}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    println!(
        "{label}: throughput {:.2}x, p50 {:.2}x, p99 {:.2}x (median of rounds; each: {} | {} | {})",
        median(column(0)),
        median(column(1)),
        median(column(2)),
        list(0),
        list(1),
        list(2),
    );
}

#[tokio::main]
async fn main() {
    let options = options();
    let dir = tempfile::tempdir().expect("temp dir");
    if let Some(chats) = options.restart_chats {
        return restart(&options, dir.path(), chats).await;
    }
    let names: Vec<String> = (0..options.people).map(|_| unique("person")).collect();
    eprintln!("registering {} people", names.len());
    register(&options.root, &names);
    let mut people = Vec::new();
    for name in &names {
        people.push(Arc::new(person(&options.homeserver, name).await));
    }

    if options.portals {
        return portals(&options, dir.path()).await;
    }
    if options.relay {
        return relay::relay(&options, dir.path(), people).await;
    }
    if let Some(messages) = options.erase_messages {
        return erase::erase(&options, dir.path(), &people, messages).await;
    }
    let mut echo = start_echo(&options, dir.path());
    let mut putokaz = start_putokaz(&options, dir.path(), "");
    let rounds = run_rounds(&options, &people, &echo, &putokaz).await;
    let echo_peak = echo.peak_rss_kib();
    let putokaz_peak = putokaz.peak_rss_kib();
    echo.stop();
    putokaz.stop();
    let sessions = putokaz
        .data
        .as_ref()
        .map_or(0, |data| dir_bytes(&data.join("sessions")));

    print_header(&options, "bot");
    for (index, round) in rounds.iter().enumerate() {
        row(index + 1, "echo", &round.echo);
        row(index + 1, "putokaz", &round.putokaz);
        if let Some((echo, putokaz)) = &round.flooded {
            row(index + 1, "echo + flooder", echo);
            row(index + 1, "putokaz + flooder", putokaz);
        }
    }
    println!(
        "peak RSS: echo {:.1} MiB, putokaz {:.1} MiB ({:.2}x)",
        echo_peak as f64 / 1024.0,
        putokaz_peak as f64 / 1024.0,
        ratio(putokaz_peak as f64, echo_peak as f64)
    );
    let alone: Vec<_> = rounds.iter().map(|r| ratios(&r.putokaz, &r.echo)).collect();
    print_ratios("putokaz/echo", &alone);
    if options.flood {
        // What a flood does to everyone else's answers, for each bot: the echo bot's slowdown
        // is the homeserver's share, since the echo bot has no work of its own to be slowed.
        let echo_slowdown: Vec<_> = rounds
            .iter()
            .filter_map(|r| r.flooded.as_ref().map(|(e, _)| ratios(e, &r.echo)))
            .collect();
        let putokaz_slowdown: Vec<_> = rounds
            .iter()
            .filter_map(|r| r.flooded.as_ref().map(|(_, p)| ratios(p, &r.putokaz)))
            .collect();
        print_ratios("echo, flooded/alone", &echo_slowdown);
        print_ratios("putokaz, flooded/alone", &putokaz_slowdown);
        let flooded_vs_echo: Vec<_> = rounds
            .iter()
            .filter_map(|r| r.flooded.as_ref().map(|(e, p)| ratios(p, e)))
            .collect();
        print_ratios("flooded putokaz/flooded echo", &flooded_vs_echo);
    }
    // Each measurement opens new chats, so every person has a session per Putokaz measurement
    // (and each flooder one).
    let per_round = people.len() * if options.flood { 2 } else { 1 } + usize::from(options.flood);
    let conversations = per_round * options.rounds;
    println!(
        "putokaz session store: {sessions} bytes for {conversations} conversations ({} bytes each, sled files included)",
        sessions / conversations.max(1) as u64
    );
}

/// `--portals`: the same number of people write to Putokaz from WhatsApp through portal rooms
/// and, as the baseline, from plain direct chats; both measured in each round, alternating
/// which goes first, by the same simulated client.
async fn portals(options: &Options, dir: &Path) {
    let simulator: &'static bridge_sim::Simulator =
        Box::leak(Box::new(bridge_sim::Simulator::start(&options.homeserver)));
    let bridges = format!("bridges = [{:?}]", simulator.bot());
    let mut putokaz = start_putokaz(options, dir, &bridges);
    let mut rounds = Vec::new();
    // The bot's CPU seconds per 1,000 answers in each kind of chat: its own cost, apart from
    // the homeserver's (a portal is a bigger room for Synapse too).
    let mut cpu = [Vec::new(), Vec::new()];
    for round in 1..=options.rounds {
        let portal_first = round % 2 == 0;
        let mut measured = Vec::new();
        for bridged in [portal_first, !portal_first] {
            let kind = if bridged { "portals" } else { "direct chats" };
            eprintln!("round {round}: {kind}");
            let (figures, cpu_seconds) = measure_chats(options, simulator, &putokaz, bridged).await;
            cpu[usize::from(bridged)].push(cpu_seconds * 1000.0 / figures.replies as f64);
            measured.push((bridged, figures));
        }
        measured.sort_by_key(|(bridged, _)| *bridged);
        let mut measured = measured.into_iter().map(|(_, m)| m);
        rounds.push((measured.next().unwrap(), measured.next().unwrap()));
    }
    putokaz.stop();
    print_header(options, "putokaz in");
    for (index, (direct, portal)) in rounds.iter().enumerate() {
        row(index + 1, "direct chats", direct);
        row(index + 1, "WhatsApp portals", portal);
    }
    let each: Vec<_> = rounds
        .iter()
        .map(|(direct, portal)| ratios(portal, direct))
        .collect();
    print_ratios("portals/direct chats", &each);
    let [direct_cpu, portal_cpu] = cpu;
    let list = |values: &[f64]| {
        values
            .iter()
            .map(|v| format!("{v:.2}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    println!(
        "putokaz CPU per 1,000 answers: direct chats {:.2} s ({}), portals {:.2} s ({}), {:.2}x",
        median(direct_cpu.clone()),
        list(&direct_cpu),
        median(portal_cpu.clone()),
        list(&portal_cpu),
        ratio(median(portal_cpu), median(direct_cpu)),
    );
}

/// Every person opens a chat (a portal, or a direct chat) and walks the script; each answer's
/// latency is from sending to the answer reaching the simulated client. Also the bot's CPU
/// seconds while they talked (not while the chats were opened).
async fn measure_chats(
    options: &Options,
    simulator: &'static bridge_sim::Simulator,
    bot: &Bot,
    bridged: bool,
) -> (Measured, f64) {
    let own_number = bridge_sim::phone_number("38160");
    let mut chats = Vec::new();
    for _ in 0..options.people {
        let number = bridge_sim::phone_number("38164");
        let mut chat = match bridged {
            true => {
                simulator
                    .open_portal(&bot.user_id, &number, &[], &own_number)
                    .await
            }
            false => simulator.open_direct_chat(&bot.user_id, &number).await,
        };
        assert_eq!(chat.bot_membership().await, "join");
        chats.push(chat);
    }
    let think = options.think;
    let cpu_before = bot.cpu_seconds();
    let start = Instant::now();
    let tasks: Vec<_> = chats
        .into_iter()
        .map(|mut chat| {
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                for text in SCRIPT {
                    tokio::time::sleep(think).await;
                    let sent = Instant::now();
                    chat.say(text).await;
                    chat.reply().await;
                    latencies.push(sent.elapsed());
                }
                assert_eq!(chat.dropped_notices, 0, "a notice in a portal");
                latencies
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("a person's conversation"));
    }
    let seconds = start.elapsed().as_secs_f64();
    let cpu_seconds = bot.cpu_seconds() - cpu_before;
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() - 1) as f64 * q).round() as usize];
    let measured = Measured {
        replies: latencies.len(),
        seconds,
        p50: at(0.50),
        p99: at(0.99),
    };
    (measured, cpu_seconds)
}

/// What one bot cost with many chats, and how soon it answered after a restart.
struct RestartFigures {
    /// CPU seconds per 1,000 answers while every chat was answered once.
    cpu_per_1000: f64,
    /// Peak RSS while answering every chat, KiB.
    peak_kib: u64,
    /// From starting the process again to the answer of a message sent at that moment.
    first_answer: Duration,
    /// Peak RSS of the restarted process by its first answer, KiB.
    restarted_peak_kib: u64,
}

/// `--restart CHATS`: each bot gets CHATS direct chats (opened by the bridge simulator's
/// ghosts, which no rate limit slows), each answered once; then it is stopped, a message is
/// sent, it is started again, and the time to that message's answer is measured. The echo bot
/// logs in afresh (it keeps nothing); Putokaz keeps its store, as a deployment does.
async fn restart(options: &Options, dir: &Path, chats: usize) {
    let simulator: &'static bridge_sim::Simulator =
        Box::leak(Box::new(bridge_sim::Simulator::start(&options.homeserver)));
    let mut figures = Vec::new();
    let bots = ["echo", "echo-stored", "putokaz"]
        .into_iter()
        .filter(|bot| match options.only.as_deref() {
            Some(only) => only == *bot,
            None => *bot != "echo-stored" || options.stored_echo,
        });
    for which in bots {
        let bot_dir = dir.join(which);
        std::fs::create_dir_all(&bot_dir).expect("dir");
        let name = unique(which);
        register_bot(&options.root, &name);
        let spawn = |name: &str| match which {
            "echo" => spawn_echo(options, &bot_dir, name, false),
            "echo-stored" => spawn_echo(options, &bot_dir, name, true),
            _ => spawn_putokaz(options, &bot_dir, name, ""),
        };
        let mut bot = spawn(&name);
        bot.wait_ready();
        eprintln!("{which}: opening {chats} chats");
        let mut portals = Vec::new();
        for batch in 0..chats.div_ceil(25) {
            let opened: Vec<_> = (0..25.min(chats - batch * 25))
                .map(|_| {
                    let bot_id = bot.user_id.clone();
                    tokio::spawn(async move {
                        let number = bridge_sim::phone_number("38164");
                        let mut chat = simulator.open_direct_chat(&bot_id, &number).await;
                        assert_eq!(chat.bot_membership().await, "join");
                        chat
                    })
                })
                .collect();
            for chat in opened {
                portals.push(chat.await.expect("a chat"));
            }
        }
        // Joining 1,000 rooms leaves work behind (Putokaz reads each new room's history once):
        // measure the answers only, once the bot is idle.
        bot.wait_idle();
        eprintln!("{which}: one message in each chat");
        let cpu_before = bot.cpu_seconds();
        let mut answered = Vec::new();
        let mut rest = portals;
        while !rest.is_empty() {
            let batch: Vec<_> = rest.drain(..rest.len().min(50)).collect();
            let tasks: Vec<_> = batch
                .into_iter()
                .map(|mut chat| {
                    tokio::spawn(async move {
                        chat.say("hi").await;
                        chat.reply().await;
                        // Whatever else the answer holds, so that nothing old is read later.
                        while chat
                            .reply_within(Duration::from_millis(300))
                            .await
                            .is_some()
                        {}
                        chat
                    })
                })
                .collect();
            for task in tasks {
                answered.push(task.await.expect("an answer"));
            }
        }
        let cpu_per_1000 = (bot.cpu_seconds() - cpu_before) * 1000.0 / chats as f64;
        let peak_kib = bot.peak_rss_kib();
        bot.stop();

        eprintln!(
            "{which}: {cpu_per_1000:.2} s of CPU per 1,000 answers, peak RSS {:.1} MiB; restarting",
            peak_kib as f64 / 1024.0
        );
        let chat = &mut answered[0];
        let started = Instant::now();
        let mut restarted = spawn(&name);
        chat.say("hello again").await;
        // A bot that logs in afresh syncs every room first: with thousands, that takes
        // minutes, longer than the simulator waits for one answer.
        if chat.reply_within(RESTART_PATIENCE).await.is_none() {
            panic!("{which}: no answer {RESTART_PATIENCE:?} after the restart");
        }
        let first_answer = started.elapsed();
        eprintln!(
            "{which}: first answer {:.1} s after the restart",
            first_answer.as_secs_f64()
        );
        let restarted_peak_kib = restarted.peak_rss_kib();
        restarted.stop();
        figures.push((
            which,
            RestartFigures {
                cpu_per_1000,
                peak_kib,
                first_answer,
                restarted_peak_kib,
            },
        ));
    }
    // One bot alone: its figures were printed as they came.
    let of = |bot: &str| {
        figures
            .iter()
            .find(|(which, _)| *which == bot)
            .map(|(_, f)| f)
    };
    let (Some(echo), Some(putokaz)) = (of("echo"), of("putokaz")) else {
        return;
    };
    let mib = |kib: u64| kib as f64 / 1024.0;
    if let Some(stored) = of("echo-stored") {
        println!(
            "Echo bot with Putokaz's stores: {:.2} s of CPU per 1,000 answers ({:.2}x the bare \
             echo bot; Putokaz {:.2}x it), peak RSS {:.1} MiB ({:.2}x; Putokaz {:.2}x it), first \
             answer {:.1} s after a restart",
            stored.cpu_per_1000,
            ratio(stored.cpu_per_1000, echo.cpu_per_1000),
            ratio(putokaz.cpu_per_1000, stored.cpu_per_1000),
            mib(stored.peak_kib),
            ratio(stored.peak_kib as f64, echo.peak_kib as f64),
            ratio(putokaz.peak_kib as f64, stored.peak_kib as f64),
            stored.first_answer.as_secs_f64(),
        );
    }
    println!("{chats} chats, each answered once, then a restart");
    println!("| What | Echo bot | Putokaz | Ratio |");
    println!("| --- | --- | --- | --- |");
    println!(
        "| CPU per 1,000 answers | {:.2} s | {:.2} s | {:.2}x |",
        echo.cpu_per_1000,
        putokaz.cpu_per_1000,
        ratio(putokaz.cpu_per_1000, echo.cpu_per_1000)
    );
    println!(
        "| Peak RSS, answering | {:.1} MiB | {:.1} MiB | {:.2}x |",
        mib(echo.peak_kib),
        mib(putokaz.peak_kib),
        ratio(putokaz.peak_kib as f64, echo.peak_kib as f64)
    );
    println!(
        "| First answer after a restart | {:.1} s | {:.1} s | {:.2}x |",
        echo.first_answer.as_secs_f64(),
        putokaz.first_answer.as_secs_f64(),
        ratio(
            putokaz.first_answer.as_secs_f64(),
            echo.first_answer.as_secs_f64()
        )
    );
    println!(
        "| Peak RSS, restarted, by its first answer | {:.1} MiB | {:.1} MiB | {:.2}x |",
        mib(echo.restarted_peak_kib),
        mib(putokaz.restarted_peak_kib),
        ratio(
            putokaz.restarted_peak_kib as f64,
            echo.restarted_peak_kib as f64
        )
    );
}

/// Syncs `client` for as long as the driver runs, the way the bot and a phone's app do: the
/// next long poll starts as soon as the last one answers. (`Client::sync` sleeps a second
/// after any sync that answered within a second, so a busy room's events would reach the
/// driver up to a second late, and the delay would be counted against the bot.)
pub(crate) fn keep_syncing(client: Client, mut settings: SyncSettings) {
    tokio::spawn(async move {
        loop {
            match client.sync_once(settings.clone()).await {
                Ok(response) => settings = settings.token(response.next_batch),
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        }
    });
}
