#![recursion_limit = "256"]
//! End-to-end tests against a real Synapse (started by `scripts/test` through
//! `scripts/synapse`), with a real Matrix client on the person's side. They are `#[ignore]`d
//! for a plain `cargo test`; `scripts/test` runs them with `--ignored` and the homeserver's
//! address in `PUTOKAZ_E2E_HOMESERVER`.

mod bridge_sim;
mod common;
mod irc;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoom, RoomPreset};
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedRoomId, UserId};
use matrix_sdk::{Client, Room};
use tokio::sync::mpsc;

const TIMEOUT: Duration = Duration::from_secs(90);

fn homeserver() -> String {
    std::env::var("PUTOKAZ_E2E_HOMESERVER")
        .expect("PUTOKAZ_E2E_HOMESERVER is not set: run these tests through ./scripts/test")
}

fn synapse_script() -> PathBuf {
    common::root().join("scripts/synapse")
}

/// A fresh account name, so tests never share users.
fn unique(name: &str) -> String {
    let mut bytes = [0u8; 4];
    getrandom::fill(&mut bytes).unwrap();
    format!("{name}{}", u32::from_le_bytes(bytes))
}

fn register(user: &str, password: &str) {
    let status = Command::new(synapse_script())
        .args(["register", user, password])
        .status()
        .unwrap();
    assert!(status.success(), "could not register {user}");
}

/// The bot, as a separate `putokaz serve` process with its own data directory.
struct Bot {
    child: Option<Child>,
    dir: tempfile::TempDir,
    user_id: String,
    name: String,
    admins: Vec<String>,
    /// Extra lines for the configuration's top level (how long sessions live).
    settings: String,
    /// Extra lines for the `[matrix]` section (rooms, volunteers).
    matrix_extra: String,
    /// Flows and locales: the bundled ones, or the bot's own copy to edit.
    content: PathBuf,
    /// Run the bot in its own mount namespace with its session store on a tmpfs of this
    /// size, to fill it up on purpose.
    sessions_tmpfs: Option<&'static str>,
    /// Whether the configuration declares the account exempt from rate limits (the test
    /// homeserver limits nobody; a deployment's admin exempts the bot as the README says).
    rate_limits_exempt: bool,
}

impl Bot {
    fn start(admins: &[&str]) -> Bot {
        let mut bot = Bot::prepare(admins);
        bot.launch();
        bot
    }

    /// Registers the bot's account and writes its configuration, without starting it, so
    /// that rooms can be made for it first.
    fn prepare(admins: &[&str]) -> Bot {
        let name = unique("bot");
        register(&name, "bot-password");
        let bot = Bot {
            child: None,
            dir: tempfile::tempdir().unwrap(),
            user_id: format!("@{name}:localhost"),
            name,
            admins: admins.iter().map(|a| format!("{a:?}")).collect(),
            settings: String::new(),
            matrix_extra: String::new(),
            content: common::root(),
            sessions_tmpfs: None,
            rate_limits_exempt: true,
        };
        bot.write_config();
        bot
    }

    /// Gives the bot its own copy of the content, for a test that edits it.
    fn own_content(&mut self) {
        self.content = self.dir.path().join("content");
        common::copy_content(&self.content);
        self.write_config();
    }

    fn configure(&mut self, matrix_lines: &str) {
        self.matrix_extra.push_str(matrix_lines);
        self.matrix_extra.push('\n');
        self.write_config();
    }

    fn write_config(&self) {
        let config = format!(
            "flows = {flows:?}\nlocales = {locales:?}\ndata_dir = {data:?}\n{settings}\n[matrix]\nhomeserver = {hs:?}\nuser = {name:?}\npassword = \"bot-password\"\nstore_passphrase = \"test-passphrase\"\nrate_limits_exempt = {exempt}\nadmins = [{admins}]\n{extra}",
            flows = self.content.join("flows"),
            locales = self.content.join("locales"),
            data = self.dir.path().join("data"),
            hs = homeserver(),
            name = self.name,
            admins = self.admins.join(", "),
            exempt = self.rate_limits_exempt,
            settings = self.settings,
            extra = self.matrix_extra,
        );
        std::fs::write(self.dir.path().join("putokaz.toml"), config).unwrap();
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("bot.log")
    }

    fn launch(&mut self) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())
            .unwrap();
        let ready_before = self.log().matches("ready").count();
        let mut command = match self.sessions_tmpfs {
            None => common::putokaz(),
            Some(size) => {
                let mut command = Command::new("unshare");
                command
                    .args(["--user", "--map-root-user", "--mount", "sh", "-euc"])
                    .arg(r#"mkdir -p "$SESSIONS"; mount -t tmpfs -o size="$SIZE" tmpfs "$SESSIONS"; exec "$PUTOKAZ" "$@""#)
                    .arg("sh")
                    .env("SESSIONS", self.sessions_dir())
                    .env("SIZE", size)
                    .env("PUTOKAZ", env!("CARGO_BIN_EXE_putokaz"))
                    .env("NO_COLOR", "1")
                    .current_dir(common::root());
                command
            }
        };
        let child = command
            .arg("serve")
            .arg("--config")
            .arg(self.dir.path().join("putokaz.toml"))
            .env_remove("RUST_LOG")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        self.child = Some(child);
        let start = Instant::now();
        while self.log().matches("ready").count() == ready_before {
            assert!(
                start.elapsed() < TIMEOUT,
                "the bot did not get ready:\n{}",
                self.log()
            );
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("the bot exited with {status}:\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    fn sessions_dir(&self) -> PathBuf {
        self.dir.path().join("data/sessions")
    }

    /// The session store's directory as the running bot sees it: inside its own mount
    /// namespace when it has one.
    fn sessions_dir_seen_by_bot(&self) -> PathBuf {
        let pid = self.child.as_ref().expect("running").id();
        PathBuf::from(format!("/proc/{pid}/root"))
            .join(self.sessions_dir().strip_prefix("/").unwrap())
    }

    /// SIGTERM, as systemd stops it; waits for a clean exit.
    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            // SAFETY: sending a signal to our own child process, whose pid we hold.
            unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) };
            let start = Instant::now();
            loop {
                if let Some(status) = child.try_wait().unwrap() {
                    assert!(status.success(), "unclean exit {status}:\n{}", self.log());
                    break;
                }
                assert!(start.elapsed() < TIMEOUT, "the bot did not stop");
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }

    /// SIGSTOP: the bot stands still, mid-work, until killed.
    fn pause(&mut self) {
        if let Some(child) = &self.child {
            // SAFETY: sending a signal to our own child process, whose pid we hold.
            unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGSTOP) };
        }
    }

    /// SIGKILL: a crash at an arbitrary moment.
    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }

    fn device_id(&self) -> String {
        let text =
            std::fs::read_to_string(self.dir.path().join("data/matrix-session.json")).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        value["device_id"].as_str().unwrap().to_string()
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        self.kill();
        if std::thread::panicking() {
            eprintln!("---- the bot's log ----\n{}", self.log());
        }
    }
}

/// A person with a real Matrix client, syncing in the background.
struct Person {
    client: Client,
    inbox: mpsc::UnboundedReceiver<(OwnedRoomId, String)>,
    _store: tempfile::TempDir,
    user_id: String,
}

impl Person {
    async fn new(name: &str) -> Person {
        let name = unique(name);
        register(&name, "person-password");
        Person::login(&name, "person-password").await
    }

    /// Logs in to an existing account, as a person would in Element.
    async fn login(name: &str, password: &str) -> Person {
        let store = tempfile::tempdir().unwrap();
        let client = Client::builder()
            .homeserver_url(homeserver())
            .sqlite_store(store.path(), None)
            .build()
            .await
            .unwrap();
        client
            .matrix_auth()
            .login_username(name, password)
            .await
            .unwrap();
        let (sender, inbox) = mpsc::unbounded_channel();
        let own = client.user_id().unwrap().to_owned();
        client.add_event_handler(move |event: OriginalSyncRoomMessageEvent, room: Room| {
            let sender = sender.clone();
            let own = own.clone();
            async move {
                let body = match event.content.msgtype {
                    MessageType::Notice(notice) => notice.body,
                    MessageType::Text(text) => text.body,
                    _ => return,
                };
                if event.sender != own {
                    let _ = sender.send((room.room_id().to_owned(), body));
                }
            }
        });
        client.sync_once(SyncSettings::default()).await.unwrap();
        let syncing = client.clone();
        tokio::spawn(async move {
            loop {
                let _ = syncing.sync(SyncSettings::default()).await;
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        });
        Person {
            user_id: format!("@{name}:localhost"),
            client,
            inbox,
            _store: store,
        }
    }

    /// Opens a direct chat with the bot and waits until it has joined.
    async fn open_dm(&self, bot: &str, encrypted: bool) -> Room {
        let bot = UserId::parse(bot).unwrap();
        let room = if encrypted {
            self.client.create_dm(&bot).await.unwrap()
        } else {
            let mut request = CreateRoom::new();
            request.invite = vec![bot.clone()];
            request.is_direct = true;
            request.preset = Some(RoomPreset::TrustedPrivateChat);
            self.client.create_room(request).await.unwrap()
        };
        let start = Instant::now();
        loop {
            let members = room
                .members(matrix_sdk::RoomMemberships::JOIN)
                .await
                .unwrap();
            if members.iter().any(|m| m.user_id() == bot) {
                return room;
            }
            assert!(start.elapsed() < TIMEOUT, "the bot never joined");
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }

    /// Makes a private group room (not a direct chat) and invites the bot, which may not be
    /// running yet: for the rooms a configuration names.
    async fn make_staff_room(&self, bot: &str) -> Room {
        let mut request = CreateRoom::new();
        request.invite = vec![UserId::parse(bot).unwrap()];
        request.preset = Some(RoomPreset::PrivateChat);
        self.client.create_room(request).await.unwrap()
    }

    /// Waits until `user` has joined `room`.
    async fn wait_for_member(&self, room: &Room, user: &str) {
        let start = Instant::now();
        loop {
            room.sync_members().await.ok();
            let members = room
                .members(matrix_sdk::RoomMemberships::JOIN)
                .await
                .unwrap();
            if members.iter().any(|m| m.user_id().as_str() == user) {
                return;
            }
            assert!(start.elapsed() < TIMEOUT, "{user} never joined");
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }

    /// Replies `text` to the bot's last message, quoting it in the body as older clients do.
    async fn reply_with_fallback(&self, room: &Room, bot: &str, text: &str) {
        use matrix_sdk::ruma::events::relation::{InReplyTo, Reply};
        use matrix_sdk::ruma::events::room::message::Relation;
        let last = whole_history(room)
            .await
            .into_iter()
            .find(|event| {
                let sender: Option<String> = event.get_field("sender").ok().flatten();
                let kind: Option<String> = event.get_field("type").ok().flatten();
                sender.as_deref() == Some(bot) && kind.as_deref() == Some("m.room.message")
            })
            .expect("a message of the bot's to reply to");
        let event_id: matrix_sdk::ruma::OwnedEventId = last.get_field("event_id").unwrap().unwrap();
        let content: serde_json::Value = last.get_field("content").unwrap().unwrap();
        let quoted: Vec<String> = content["body"]
            .as_str()
            .unwrap_or_default()
            .lines()
            .enumerate()
            .map(|(i, line)| match i {
                0 => format!("> <{bot}> {line}"),
                _ => format!("> {line}"),
            })
            .collect();
        let mut reply =
            RoomMessageEventContent::text_plain(format!("{}\n\n{text}", quoted.join("\n")));
        reply.relates_to = Some(Relation::Reply(Reply::new(InReplyTo::new(event_id))));
        room.send(reply).await.unwrap();
    }

    async fn say(&self, room: &Room, text: &str) {
        room.send(RoomMessageEventContent::text_plain(text))
            .await
            .unwrap();
    }

    /// The next notice from the bot in `room`.
    async fn reply(&mut self, room: &Room) -> String {
        self.reply_to(room, "(the last message)").await
    }

    async fn reply_to(&mut self, room: &Room, said: &str) -> String {
        let deadline = tokio::time::Instant::now() + TIMEOUT;
        loop {
            match tokio::time::timeout_at(deadline, self.inbox.recv()).await {
                Ok(Some((room_id, body))) if room_id == room.room_id() => return body,
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => panic!("no reply from the bot to {said:?}"),
            }
        }
    }

    /// Says `text` and returns the reply, which must contain `expected`.
    async fn ask(&mut self, room: &Room, text: &str, expected: &str) -> String {
        self.say(room, text).await;
        let reply = self.reply_to(room, text).await;
        assert!(
            reply.contains(expected),
            "to {text:?} the bot said {reply:?}, not {expected:?}"
        );
        reply
    }

    /// The bot's next notice in `room`, if one comes within `wait`.
    async fn reply_within(&mut self, room: &Room, wait: Duration) -> Option<String> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(deadline, self.inbox.recv()).await {
                Ok(Some((room_id, body))) if room_id == room.room_id() => return Some(body),
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => return None,
            }
        }
    }

    /// Asserts the bot says nothing more for a while.
    async fn silence(&mut self, room: &Room, wait: Duration) {
        if let Ok(Some((room_id, body))) = tokio::time::timeout(wait, self.inbox.recv()).await {
            assert!(
                room_id != room.room_id(),
                "unexpected extra reply: {body:?}"
            );
        }
    }
}

/// Neither the bot's data directory (sessions, Matrix state and keys) nor its log holds what
/// the person typed or their Matrix id in readable form.
fn assert_private_data(bot: &Bot, person: &Person, typed: &[&str]) {
    let mut needles: Vec<&str> = typed.to_vec();
    needles.push(&person.user_id);
    assert_not_in_data(bot, &needles);
}

fn assert_private_log(bot: &Bot, person: &Person, typed: &[&str]) {
    let mut needles: Vec<&str> = typed.to_vec();
    needles.push(&person.user_id);
    assert_not_in_log(bot, &needles);
}

/// No file of the bot's data directory holds any of `needles` in readable form.
fn assert_not_in_data(bot: &Bot, needles: &[&str]) {
    for file in common::walk(&bot.dir.path().join("data")) {
        let bytes = std::fs::read(&file).unwrap();
        for needle in needles {
            let found = bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
            assert!(!found, "{needle:?} is readable in {}", file.display());
        }
    }
}

/// What an operator reads after a normal run: no ERROR or WARN line (the log would cry wolf),
/// no colour codes in a file, and no room, event or user id, not even inside an error passed
/// up from the HTTP client.
fn assert_quiet_log(bot: &Bot) {
    assert_quiet(&bot.log());
}

/// [`assert_quiet_log`] for part of a log: what the bot wrote since a restart.
fn assert_quiet(log: &str) {
    let ids = regex::Regex::new(
        r"(!|%21|@|%40)[A-Za-z0-9._=/+\-]+(:|%3A)[A-Za-z0-9.\-]+|(\$|%24)[A-Za-z0-9+/_\-]{20,}",
    )
    .unwrap();
    for line in log.lines() {
        assert!(
            !line.contains(" ERROR ") && !line.contains(" WARN "),
            "a normal run logged {line:?}:\n{log}"
        );
        assert!(
            !line.contains('\u{1b}'),
            "colour codes in the log file: {line:?}"
        );
        assert!(!ids.is_match(line), "an id in the log: {line:?}");
    }
    assert!(log.contains("ready"), "{log}");
}

fn assert_not_in_log(bot: &Bot, needles: &[&str]) {
    let log = bot.log();
    for needle in needles {
        assert!(!log.contains(needle), "the log holds {needle:?}:\n{log}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn unencrypted_dm_through_the_main_paths() {
    let mut alice = Person::new("alice").await;
    let bot = Bot::start(&[]);
    let room = alice.open_dm(&bot.user_id, false).await;

    alice.ask(&room, "hi", "Choose your language").await;
    alice.ask(&room, "1", "What would you like to do?").await;
    alice.ask(&room, "2", "Which country are you in now?").await;
    alice.ask(&room, "1", "What do you need help with?").await;
    alice
        .ask(&room, "I need a lawyer", "Belgrade Centre for Human Rights")
        .await;
    // A photo from a Matrix client gets the same short answer as one from a bridge.
    let photo = matrix_sdk::ruma::events::room::message::ImageMessageEventContent::plain(
        "photo.jpg".into(),
        matrix_sdk::ruma::OwnedMxcUri::from("mxc://localhost/photo"),
    );
    room.send(RoomMessageEventContent::new(MessageType::Image(photo)))
        .await
        .unwrap();
    let answer = alice.reply(&room).await;
    assert!(
        answer.contains("I can only read written messages"),
        "{answer}"
    );
    alice.ask(&room, "SOS", "+381 11 7850000").await;
    alice
        .ask(&room, "!status", "only for the service's coordinators")
        .await;
    alice
        .ask(&room, "forget me", "I have forgotten everything")
        .await;
    alice
        .ask(&room, "hello again", "Choose your language")
        .await;
    assert_private_log(&bot, &alice, &["I need a lawyer", "hello again"]);
    assert_private_data(&bot, &alice, &["I need a lawyer", "hello again"]);
    assert_quiet_log(&bot);
    // In a Matrix client's chat the bot writes notices, as bots do (other bots ignore them).
    let kinds = bot_message_kinds(&room, &bot.user_id).await;
    assert!(kinds.len() >= 10, "{kinds:?}");
    assert!(kinds.iter().all(|kind| kind == "m.notice"), "{kinds:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn encrypted_dm_and_an_admin() {
    let mut alice = Person::new("alice").await;
    let mut admin = Person::new("admin").await;
    let bot = Bot::start(&[&admin.user_id]);

    let room = alice.open_dm(&bot.user_id, true).await;
    assert!(room.latest_encryption_state().await.unwrap().is_encrypted());
    alice.ask(&room, "hi", "العربية").await;
    alice.ask(&room, "2", "مرحبًا").await;
    alice.ask(&room, "2", "في أي بلد أنت الآن؟").await;
    alice.ask(&room, "1", "ما المساعدة التي تلزمك؟").await;
    alice
        .ask(&room, "أحتاج محامي", "Belgrade Centre for Human Rights")
        .await;
    alice.ask(&room, "sos", "الاتصال برقم طوارئ").await;
    alice.ask(&room, "انسني", "لقد نسيت كل شيء").await;

    let admin_room = admin.open_dm(&bot.user_id, true).await;
    admin.ask(&admin_room, "!status", "Putokaz").await;
    let stats = admin
        .ask(&admin_room, "!stats", "conversations started")
        .await;
    assert!(stats.contains("Languages chosen: ar 1"), "{stats}");
    assert!(
        stats.contains("main/menu: 1 visits, 0 stopped here"),
        "{stats}"
    );
    assert!(!stats.contains(&alice.user_id), "{stats}");
    assert_private_log(&bot, &alice, &["أحتاج محامي", "انسني"]);
    assert_private_data(&bot, &alice, &["أحتاج محامي", "انسني"]);
    assert!(bot.log().contains("cross-signing set up"), "{}", bot.log());
    assert_quiet_log(&bot);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn restarts_answer_each_message_exactly_once() {
    let mut alice = Person::new("alice").await;
    // Not declared exempt: the bot, no server admin, cannot read its own rate limits and says
    // so at start, with what to do.
    let mut bot = Bot::prepare(&[]);
    bot.rate_limits_exempt = false;
    bot.write_config();
    bot.launch();
    let log = bot.log();
    assert!(
        log.contains("cannot tell whether the homeserver limits how fast the bot may send")
            && log.contains("override_ratelimit"),
        "{log}"
    );
    let device = bot.device_id();
    let room = alice.open_dm(&bot.user_id, true).await;
    alice.ask(&room, "hi", "Choose your language").await;
    alice.ask(&room, "1", "What would you like to do?").await;

    // Stopped cleanly, a message arrives meanwhile: answered once after the restart.
    bot.stop();
    alice.say(&room, "4").await;
    bot.launch();
    assert_eq!(bot.device_id(), device, "a restart must keep the device");
    let reply = alice.reply(&room).await;
    assert!(reply.contains("Which country are you in now?"), "{reply}");
    alice.silence(&room, Duration::from_secs(5)).await;

    // Killed outright, twice in a row: still one answer per message, in order.
    bot.kill();
    alice.say(&room, "1").await;
    bot.launch();
    let reply = alice.reply(&room).await;
    assert!(reply.contains("192"), "{reply}");
    alice.silence(&room, Duration::from_secs(5)).await;
    alice.ask(&room, "menu", "What would you like to do?").await;
}

/// The Synapse folder of the homeserver under test (`scripts/synapse` writes its logs there).
fn synapse_dir() -> PathBuf {
    std::env::var_os("SYNAPSE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| common::root().join("target/synapse"))
}

/// Lifts the homeserver's rate limits for `user`, as the README tells a deployment's admin
/// to do for the bot (Synapse's admin API, through `scripts/synapse exempt`).
fn exempt(user: &str) {
    let status = Command::new(synapse_script())
        .args(["exempt", user])
        .status()
        .unwrap();
    assert!(status.success(), "could not exempt {user}");
}

/// How many of `user`'s requests the homeserver has refused as too many (HTTP 429), from its
/// access log.
fn refused_as_too_many(user: &str) -> usize {
    let log = std::fs::read_to_string(synapse_dir().join("access.log")).unwrap_or_default();
    let requester = format!("{{{user}}}");
    log.lines()
        .filter(|line| line.contains(&requester) && line.contains(" 429 \""))
        .count()
}

/// On a homeserver with Synapse's default rate limits (0.2 messages a second after a burst of
/// 10, for everyone), as an NGO's homeserver has them: not exempted, the bot says so at start,
/// and a dozen people writing at once do get it refused (their answers come, later); exempted
/// as the README says, the same crowd writing twice as much costs it no refusal at all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver with Synapse's default rate limits: run ./scripts/test"]
async fn on_default_rate_limits_the_bot_says_so_until_exempted_then_answers_a_crowd_unlimited() {
    // More people than the burst Synapse allows any account.
    const CROWD: usize = 12;
    let mut people = Vec::new();
    for _ in 0..CROWD {
        people.push(Person::new("crowd").await);
    }
    let mut bot = Bot::prepare(&[]);
    bot.rate_limits_exempt = false;
    bot.write_config();
    bot.launch();
    assert!(
        bot.log()
            .contains("cannot tell whether the homeserver limits how fast the bot may send"),
        "{}",
        bot.log()
    );
    let mut rooms = Vec::new();
    for person in &people {
        rooms.push(person.open_dm(&bot.user_id, false).await);
    }
    for (person, room) in people.iter().zip(&rooms) {
        person.say(room, "hi").await;
    }
    for (person, room) in people.iter_mut().zip(&rooms) {
        let reply = person.reply_to(room, "hi").await;
        assert!(reply.contains("Choose your language"), "{reply}");
    }
    assert!(
        refused_as_too_many(&bot.user_id) > 0,
        "twelve answers at once should exceed Synapse's default burst: is this homeserver on its defaults?"
    );
    bot.stop();

    exempt(&bot.user_id);
    bot.rate_limits_exempt = true;
    bot.write_config();
    let since_restart = bot.log().len();
    bot.launch();
    let refused = refused_as_too_many(&bot.user_id);
    for (text, expected) in [("1", "What would you like to do?"), ("4", "Which country")] {
        for (person, room) in people.iter().zip(&rooms) {
            person.say(room, text).await;
        }
        for (person, room) in people.iter_mut().zip(&rooms) {
            let reply = person.reply_to(room, text).await;
            assert!(reply.contains(expected), "to {text:?}: {reply}");
        }
    }
    assert_eq!(
        refused_as_too_many(&bot.user_id),
        refused,
        "exempted, the bot was still refused as sending too much"
    );
    assert_quiet(&bot.log()[since_restart..]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn homeserver_outage_is_survived() {
    let mut alice = Person::new("alice").await;
    let bot = Bot::start(&[]);
    let room = alice.open_dm(&bot.user_id, false).await;
    alice.ask(&room, "hi", "Choose your language").await;

    // Down for 30 seconds right after a message: the bot may be answering it at that moment.
    alice.say(&room, "1").await;
    let status = Command::new(synapse_script()).arg("stop").status().unwrap();
    assert!(status.success());
    std::thread::sleep(Duration::from_secs(30));
    let status = Command::new(synapse_script())
        .arg("restart")
        .status()
        .unwrap();
    assert!(status.success());

    let reply = alice.reply_to(&room, "1").await;
    assert!(reply.contains("What would you like to do?"), "{reply}");
    alice.ask(&room, "2", "Which country are you in now?").await;
    alice.silence(&room, Duration::from_secs(3)).await;
    // Exactly one answer to each message, as the engine gives them without an outage.
    assert_eq!(
        bot_notices(&room, &bot.user_id).await,
        fault_free_answers(&["hi", "1", "2"])
    );
    assert!(
        bot.log().contains("unreachable"),
        "the outage should be logged:\n{}",
        bot.log()
    );
    // Logged when the sync that carried the answer returns, just after the answer itself.
    let start = Instant::now();
    while !bot.log().contains("reachable again") {
        assert!(
            start.elapsed() < TIMEOUT,
            "the recovery was not logged:\n{}",
            bot.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(
        bot.log().matches("unreachable").count(),
        1,
        "logged once per change:\n{}",
        bot.log()
    );
}

/// The bot's message events in `room` that are not removed, and whether the bot has left,
/// as the person's client sees the room's whole history.
async fn bot_traces(room: &Room, bot: &str) -> (usize, bool) {
    let (mut visible, mut left) = (0, false);
    for event in whole_history(room).await {
        let sender: Option<String> = event.get_field("sender").ok().flatten();
        if sender.as_deref() != Some(bot) {
            continue;
        }
        let kind: Option<String> = event.get_field("type").ok().flatten();
        let unsigned: Option<serde_json::Value> = event.get_field("unsigned").ok().flatten();
        let redacted = unsigned.is_some_and(|u| u.get("redacted_because").is_some());
        let content: Option<serde_json::Value> = event.get_field("content").ok().flatten();
        match kind.as_deref() {
            Some("m.room.message" | "m.room.encrypted") if !redacted => visible += 1,
            Some("m.room.member") => {
                left |= content.is_some_and(|c| c.get("membership") == Some(&"leave".into()));
            }
            _ => {}
        }
    }
    (visible, left)
}

/// Every event of the room's history, newest first.
async fn whole_history(
    room: &Room,
) -> Vec<matrix_sdk::ruma::serde::Raw<matrix_sdk::ruma::events::AnySyncTimelineEvent>> {
    use matrix_sdk::room::MessagesOptions;
    let mut events = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let mut options = MessagesOptions::backward().from(token.as_deref());
        options.limit = matrix_sdk::ruma::uint!(100);
        let page = room.messages(options).await.unwrap();
        events.extend(page.chunk.iter().map(|event| event.raw().clone()));
        match page.end {
            Some(end) if !page.chunk.is_empty() => token = Some(end),
            _ => return events,
        }
    }
}

/// Waits until every message of the bot's in `room` is removed and the bot has left.
async fn wait_until_erased(room: &Room, bot: &Bot) {
    let deadline = Instant::now() + TIMEOUT * 2;
    loop {
        let (visible, left) = bot_traces(room, &bot.user_id).await;
        if visible == 0 && left {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "after erase: {visible} bot messages still visible, left: {left}\n{}",
            bot.log()
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn quick_erase_removes_every_bot_message_and_leaves() {
    let mut alice = Person::new("alice").await;
    let mut bot = Bot::start(&[]);
    let room = alice.open_dm(&bot.user_id, true).await;
    alice.ask(&room, "hi", "Choose your language").await;
    alice.ask(&room, "1", "What would you like to do?").await;
    alice.ask(&room, "4", "Which country are you in now?").await;
    alice.ask(&room, "1", "192").await;
    // Asked first, with how to delete one's own messages; "no" keeps everything.
    alice.ask(&room, "erase", "long-press each one").await;
    alice.ask(&room, "2", "Nothing was erased").await;
    let (visible, _) = bot_traces(&room, &bot.user_id).await;
    assert!(
        visible >= 6,
        "the bot's messages are still there: {visible}"
    );

    // "yes" as a reply to the question, from a client that quotes it (the reply fallback,
    // which holds the bot's words, "SOS" among them): it erases.
    alice.ask(&room, "erase", "Erase now?").await;
    alice.reply_with_fallback(&room, &bot.user_id, "yes").await;
    wait_until_erased(&room, &bot).await;
    bot.stop();
    let store = putokaz::store::SessionStore::open(&bot.dir.path().join("data")).unwrap();
    assert_eq!(store.len(), 0, "the store still holds a session");
    assert_not_in_data(&bot, &[room.room_id().as_str()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn an_erase_cut_short_by_sigkill_is_finished_after_a_restart() {
    let mut alice = Person::new("alice").await;
    let mut bot = Bot::start(&[]);
    let room = alice.open_dm(&bot.user_id, false).await;
    alice.ask(&room, "hi", "Choose your language").await;
    alice.ask(&room, "1", "What would you like to do?").await;
    // A long conversation: 300 more messages of the bot's account in the room (sent by an
    // operator logged in as the bot, the quickest way to a long history).
    let operator = Person::login(&bot.name, "bot-password").await;
    let theirs = operator
        .client
        .get_room(room.room_id())
        .expect("the bot's account is in the room");
    for chunk in (0..300).collect::<Vec<_>>().chunks(20) {
        let mut sends = tokio::task::JoinSet::new();
        for n in chunk {
            let (room, text) = (theirs.clone(), format!("an earlier answer, number {n}"));
            sends
                .spawn(async move { room.send(RoomMessageEventContent::notice_plain(text)).await });
        }
        while let Some(sent) = sends.join_next().await {
            sent.unwrap().unwrap();
        }
    }
    theirs
        .send(RoomMessageEventContent::notice_plain("the last of them"))
        .await
        .unwrap();
    // Alice's client has them all (they are from the bot's account) once the last is there.
    while !alice.reply(&room).await.contains("the last of them") {}
    alice.ask(&room, "erase", "Erase now?").await;
    alice.say(&room, "1").await;
    // Stopped in its tracks once the erase is under way, then killed.
    let start = Instant::now();
    loop {
        let (visible, _) = bot_traces(&room, &bot.user_id).await;
        if visible <= 270 {
            break;
        }
        assert!(start.elapsed() < TIMEOUT, "the erase did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bot.pause();
    let (visible, left) = bot_traces(&room, &bot.user_id).await;
    assert!(visible > 0 && !left, "killed too late to test anything");
    bot.kill();
    // Started again, it finishes the erase: every message gone, the bot gone, nothing new.
    bot.launch();
    wait_until_erased(&room, &bot).await;
    bot.stop();
    let store = putokaz::store::SessionStore::open(&bot.dir.path().join("data")).unwrap();
    assert_eq!(store.len(), 0, "the store still holds a session");
    assert_not_in_data(&bot, &[room.room_id().as_str()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn a_broken_edit_keeps_the_last_good_content_and_a_fix_goes_live() {
    let mut coordinator = Person::new("coordinator").await;
    let mut alice = Person::new("alice").await;
    let mut bot = Bot::prepare(&[&coordinator.user_id]);
    bot.own_content();
    let admin_room = coordinator.make_staff_room(&bot.user_id).await;
    bot.configure(&format!("admin_room = {:?}", admin_room.room_id().as_str()));
    bot.launch();
    coordinator.wait_for_member(&admin_room, &bot.user_id).await;
    // Coordinators talking among themselves in the admin room get no conversation.
    coordinator.say(&admin_room, "hi all").await;
    coordinator.ask(&admin_room, "!status", "Putokaz").await;

    let room = alice.open_dm(&bot.user_id, false).await;
    alice.ask(&room, "hi", "Choose your language").await;
    alice.ask(&room, "1", "What would you like to do?").await;

    let flows = bot.content.join("flows");
    common::edit(&flows.join("main.yaml"), "go: about", "go: abuot");
    let notice = coordinator.reply(&admin_room).await;
    assert!(
        notice.contains("keeps serving the last good set"),
        "{notice}"
    );
    assert!(notice.contains("main.yaml:"), "no file and line: {notice}");
    assert!(notice.contains("abuot"), "{notice}");
    alice.ask(&room, "menu", "What would you like to do?").await;

    common::edit(&flows.join("main.yaml"), "go: abuot", "go: about");
    common::edit(
        &bot.content.join("locales/en/flows.ftl"),
        "What would you like to do?",
        "What would you like to do today?",
    );
    let notice = coordinator.reply(&admin_room).await;
    assert!(
        notice.contains("reloaded flows and translations"),
        "{notice}"
    );
    alice
        .ask(&room, "menu", "What would you like to do today?")
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn volunteers_get_cards_to_forward_and_others_a_refusal() {
    let mut volunteer = Person::new("volunteer").await;
    let mut alice = Person::new("alice").await;
    let mut bot = Bot::prepare(&[]);
    bot.configure(&format!("volunteers = [{:?}]", volunteer.user_id));
    bot.launch();

    let room = volunteer.open_dm(&bot.user_id, false).await;
    let card = volunteer
        .ask(
            &room,
            "!card rs-bchr-asylum ar",
            "Belgrade Centre for Human Rights",
        )
        .await;
    assert!(card.contains("مجاني"), "not in Arabic: {card}");
    let note = volunteer.reply(&room).await;
    assert!(note.contains("draft"), "{note}");
    volunteer
        .ask(&room, "!find lgbti serbia", "rs-idc-psychosocial")
        .await;

    let theirs = alice.open_dm(&bot.user_id, false).await;
    alice
        .ask(
            &theirs,
            "!card rs-bchr-asylum ar",
            "only for the service's volunteers",
        )
        .await;
    alice.silence(&theirs, Duration::from_secs(2)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn a_consented_handoff_reaches_the_referral_room_and_a_no_posts_nothing() {
    let mut worker = Person::new("worker").await;
    let mut alice = Person::new("alice").await;
    let (bot, referral_room) = bot_with_handoff(&worker, "").await;

    let room = alice.open_dm(&bot.user_id, false).await;
    alice.ask(&room, "hi", "Choose your language").await;
    alice.ask(&room, "1", "What would you like to do?").await;
    alice.ask(&room, "6", "Would you like a worker from").await;
    alice.ask(&room, "no", "I shared nothing").await;
    worker.silence(&referral_room, Duration::from_secs(3)).await;

    alice.ask(&room, "6", "Would you like a worker from").await;
    alice.ask(&room, "1", "I have passed on your request").await;
    let referral = worker.reply(&referral_room).await;
    let lines: Vec<&str> = referral.lines().collect();
    let code = lines[0].strip_prefix("Referral ").expect(&referral);
    assert_eq!(code.len(), 6, "{referral}");
    assert_eq!(lines[1], "Language: English (en)", "{referral}");
    assert_eq!(lines[2], "Need: psychosocial", "{referral}");
    assert_eq!(
        lines[3],
        format!("Matrix id: {}", alice.user_id),
        "{referral}"
    );
    assert_eq!(lines.len(), 5, "nothing more: {referral}");

    alice
        .ask(
            &room,
            &format!("!ack {code}"),
            "only for a service's referral room",
        )
        .await;
    worker
        .ask(
            &referral_room,
            &format!("!ack {code}"),
            "the person has been told",
        )
        .await;
    let told = alice.reply(&room).await;
    assert!(
        told.contains("has seen your request") && told.contains("IDC"),
        "{told}"
    );
    worker
        .ask(&referral_room, &format!("!ack {code}"), "No open referral")
        .await;

    // A referral not yet taken up is withdrawn when the person asks to be forgotten.
    alice.ask(&room, "6", "Would you like a worker from").await;
    alice.ask(&room, "1", "I have passed on your request").await;
    let second = worker.reply(&referral_room).await;
    let second_code = second
        .lines()
        .next()
        .unwrap()
        .strip_prefix("Referral ")
        .unwrap();
    assert_ne!(second_code, code);
    alice
        .ask(&room, "forget me", "I have forgotten everything")
        .await;
    let withdrawn = worker.reply(&referral_room).await;
    assert_eq!(
        withdrawn,
        format!("Referral {second_code} was withdrawn by the person.")
    );
    worker
        .ask(
            &referral_room,
            &format!("!ack {second_code}"),
            "No open referral",
        )
        .await;
    assert_private_data(&bot, &alice, &[]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn a_flood_gets_one_slow_down_and_an_sos_in_it_is_still_answered() {
    let mut flooder = Person::new("flooder").await;
    let mut bob = Person::new("bob").await;
    let bot = Bot::start(&[&bob.user_id]);
    let room = flooder.open_dm(&bot.user_id, false).await;
    flooder.ask(&room, "hi", "Choose your language").await;
    flooder.ask(&room, "1", "What would you like to do?").await;
    let bobs = bob.open_dm(&bot.user_id, false).await;

    for _ in 0..40 {
        flooder.say(&room, "hello hello").await;
    }
    flooder.say(&room, "SOS").await;
    bob.ask(&bobs, "hi", "Choose your language").await;

    // Bob was answered at once, in the middle of the flood; now wait for the flooder's last
    // answer (the SOS), then read what the bot wrote from the room's history: a person's
    // client syncing through a flood may skip events, the history does not.
    let mut sos_answered = false;
    while let Ok(Some((room_id, body))) =
        tokio::time::timeout(Duration::from_secs(10), flooder.inbox.recv()).await
    {
        sos_answered |= room_id == room.room_id() && body.contains("If you are in danger now");
    }
    let replies = bot_notices(&room, &bot.user_id).await;
    let slow_downs = replies.iter().filter(|r| r.contains("very fast")).count();
    assert_eq!(slow_downs, 1, "{replies:#?}");
    assert!(
        sos_answered
            && replies
                .iter()
                .any(|r| r.contains("If you are in danger now")),
        "the SOS in the flood was not answered: {replies:#?}"
    );
    // "hi", "1", a burst of hellos, the slow-down and the SOS: far fewer than 43 messages.
    assert!(
        replies.len() < 20,
        "{} replies: {replies:#?}",
        replies.len()
    );
    let stats = bob
        .ask(&bobs, "!stats", "messages set aside (flood control)")
        .await;
    assert!(stats.contains("emergency answers: 1"), "{stats}");
}

/// The same conversation through the engine alone, with no faults: what each answer, as the
/// person reads it, must be.
fn fault_free_answers(script: &[&str]) -> Vec<String> {
    let engine = common::engine(common::bundled(), None);
    let mut session = None;
    let mut answers = Vec::new();
    for text in script {
        let step = engine.step(session, text, 0);
        answers.push(putokaz::render::plain(&step.replies));
        session = step.session;
    }
    answers
}

/// The `msgtype` of each of the bot's messages in a room, oldest first.
async fn bot_message_kinds(room: &Room, bot: &str) -> Vec<String> {
    bot_message_fields(room, bot, "msgtype").await
}

/// The bodies of the bot's messages in a room, oldest first, read from its history.
async fn bot_notices(room: &Room, bot: &str) -> Vec<String> {
    bot_message_fields(room, bot, "body").await
}

/// One field of the content of each of the bot's messages in a room, oldest first.
async fn bot_message_fields(room: &Room, bot: &str, field: &str) -> Vec<String> {
    use matrix_sdk::room::MessagesOptions;
    let mut options = MessagesOptions::backward();
    options.limit = matrix_sdk::ruma::uint!(200);
    let page = room.messages(options).await.unwrap();
    let mut bodies: Vec<String> = page
        .chunk
        .iter()
        .filter_map(|event| {
            let raw = event.raw();
            let sender: Option<String> = raw.get_field("sender").ok().flatten();
            let content: Option<serde_json::Value> = raw.get_field("content").ok().flatten();
            (sender.as_deref() == Some(bot))
                .then(|| content?.get(field)?.as_str().map(str::to_string))
                .flatten()
        })
        .collect();
    bodies.reverse();
    bodies
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn sigkill_at_random_moments_loses_and_doubles_no_reply() {
    let mut alice = Person::new("alice").await;
    let mut bot = Bot::start(&[]);
    let room = alice.open_dm(&bot.user_id, false).await;
    let script = [
        "hi",
        "1",
        "1",
        "2",
        "0",
        "2",
        "1",
        "1",
        "back",
        "menu",
        "3",
        "1",
        "menu",
        "2",
        "1",
        "I need a lawyer",
        "menu",
        "6",
        "menu",
    ];
    let mut seed = {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).unwrap();
        u64::from_le_bytes(bytes) | 1
    };
    eprintln!("random kills, seed {seed}");
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut kills = 0;
    for text in script {
        alice.say(&room, text).await;
        // About every other message, kill the bot somewhere between receiving and replying.
        if next() % 2 == 0 {
            tokio::time::sleep(Duration::from_millis(next() % 400)).await;
            bot.kill();
            kills += 1;
            bot.launch();
        }
        alice.reply_to(&room, text).await;
    }
    alice.silence(&room, Duration::from_secs(5)).await;
    eprintln!("{kills} kills in {} messages", script.len());
    assert!(kills > 0);

    let expected = fault_free_answers(&script);
    let got = bot_notices(&room, &bot.user_id).await;
    assert_eq!(
        got.len(),
        expected.len(),
        "{kills} kills: lost or doubled replies"
    );
    assert_eq!(
        got, expected,
        "{kills} kills: replies out of order or wrong"
    );
}

/// Writes zeros to `path` until the file system is full.
fn fill_up(path: &std::path::Path) {
    use std::io::Write;
    let mut file = std::fs::File::create(path).unwrap();
    let chunk = vec![0u8; 4096];
    loop {
        if let Err(error) = file.write_all(&chunk).and_then(|()| file.sync_all()) {
            assert_eq!(error.raw_os_error(), Some(28), "expected ENOSPC: {error}");
            return;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn a_full_session_disk_is_reported_urgent_help_answered_and_nothing_lost() {
    let mut coordinator = Person::new("coordinator").await;
    let mut alice = Person::new("alice").await;
    let mut bot = Bot::prepare(&[&coordinator.user_id]);
    let admin_room = coordinator.make_staff_room(&bot.user_id).await;
    bot.configure(&format!("admin_room = {:?}", admin_room.room_id().as_str()));
    bot.sessions_tmpfs = Some("1m");
    bot.launch();
    coordinator.wait_for_member(&admin_room, &bot.user_id).await;
    let room = alice.open_dm(&bot.user_id, false).await;
    alice.ask(&room, "hi", "Choose your language").await;
    alice.ask(&room, "1", "What would you like to do?").await;
    let mut script = vec!["hi", "1"];

    // The disk holding the sessions fills up. sled fills the page it is writing, then fails:
    // a few more answers at most, then a message that waits.
    let fill = bot.sessions_dir_seen_by_bot().join("fill");
    fill_up(&fill);
    let mut waiting = None;
    for text in ["2", "menu"].into_iter().cycle().take(40) {
        alice.say(&room, text).await;
        script.push(text);
        if alice
            .reply_within(&room, Duration::from_secs(4))
            .await
            .is_none()
        {
            waiting = Some(text);
            break;
        }
    }
    let waiting = waiting.expect("the store never failed");
    let alert = coordinator.reply(&admin_room).await;
    assert!(alert.contains("cannot save conversations"), "{alert}");
    assert!(alert.contains("the disk holding"), "{alert}");
    assert!(
        bot.log().contains("Hint: the disk holding"),
        "{}",
        bot.log()
    );

    // A call for urgent help is answered at once, full disk or not. (The retries reopen the
    // store, and a write may get through into space sled already holds, so the waiting
    // message may be answered first.)
    alice.say(&room, "SOS").await;
    script.push("SOS");
    let mut waiting_answered = false;
    while !alice
        .reply_to(&room, "SOS")
        .await
        .contains("emergency number")
    {
        assert!(!waiting_answered, "more than one answer before the SOS's");
        waiting_answered = true;
    }

    // Room again: without a restart, the waiting message is answered, then nothing more
    // (the SOS, stepped again in order, goes out under the same transaction ids).
    std::fs::remove_file(&fill).unwrap();
    if !waiting_answered {
        alice.reply_to(&room, waiting).await;
    }
    alice.silence(&room, Duration::from_secs(8)).await;
    alice.ask(&room, "menu", "What would you like to do?").await;
    script.push("menu");

    // Exactly one answer to each message: the fault-free answers, with the SOS answered
    // before the message that waited.
    let mut got = bot_notices(&room, &bot.user_id).await;
    let mut expected = fault_free_answers(&script);
    got.sort();
    expected.sort();
    assert_eq!(got, expected);
}

// ---- People writing from WhatsApp, Signal, Telegram, IRC: through bridges ---------------------

use bridge_sim::{Portal, Simulator, phone_number};
use putokaz::engine::reply::{Replies, Reply};
use putokaz::engine::{Attachment, Channel, Input};

/// The person on the other app, replayed through the engine alone: what each answer must say.
struct Expected {
    engine: putokaz::engine::Engine,
    session: Option<putokaz::engine::Session>,
    now: u64,
}

impl Expected {
    fn new(content: &std::path::Path) -> Expected {
        Expected {
            engine: common::engine(common::content_in(content), None),
            session: None,
            now: 1_800_000_000,
        }
    }

    /// The answer to `input`, sent `after` seconds after the previous message.
    fn step(&mut self, input: Input, after: u64) -> Replies {
        self.now += after;
        let step = self
            .engine
            .step(self.session.take(), input.on(Channel::Relayed), self.now);
        self.session = step.session;
        step.replies
    }
}

/// What a person sees of a line: no direction marks, bold marks or card bullet.
fn visible(line: &str) -> String {
    let shown: String = line
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}' | '*'))
        .collect();
    shown.trim().trim_start_matches("▸ ").to_string()
}

/// Reads the bot's answer in the other app, in as many messages as it takes, until it shows
/// every line of `expected`; then checks that nothing was doubled on the way.
async fn read_whole(portal: &mut Portal<'_>, expected: &Replies) -> String {
    let plain = putokaz::render::plain(expected);
    let wanted: Vec<String> = plain
        .lines()
        .map(visible)
        .filter(|line| !line.is_empty())
        .collect();
    let mut text = String::new();
    loop {
        let seen: Vec<String> = text.lines().map(visible).collect();
        let missing: Vec<&String> = wanted.iter().filter(|w| !seen.contains(w)).collect();
        if missing.is_empty() {
            break;
        }
        let Some(part) = portal.reply_within(TIMEOUT).await else {
            panic!("the person read:\n{text}\nand never: {missing:#?}");
        };
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&part);
    }
    for doubled in ["(tel:", "(mailto:", "(sms:", "(http"] {
        assert!(!text.contains(doubled), "a link arrived doubled:\n{text}");
    }
    for item in &expected.items {
        if let Reply::Card(card) = item {
            for line in card.lines.iter().filter(|line| !line.value.is_empty()) {
                let value = line.value.as_str();
                assert_eq!(
                    text.matches(value).count(),
                    plain.matches(value).count(),
                    "{value} arrived a different number of times:\n{text}"
                );
            }
        }
    }
    text
}

/// Every line of a right-to-left answer starts right to left, and every number or address in
/// a card keeps its left-to-right order inside it.
fn assert_right_to_left(expected: &Replies, text: &str) {
    for line in text.lines().filter(|line| !line.trim().is_empty()) {
        assert!(line.starts_with('\u{200F}'), "{line:?} in:\n{text}");
    }
    for item in &expected.items {
        if let Reply::Card(card) = item {
            for line in card.lines.iter().filter(|line| !line.value.is_empty()) {
                let isolated = format!("\u{2066}{}\u{2069}", line.value);
                assert!(text.contains(&isolated), "{isolated:?} in:\n{text}");
            }
        }
    }
}

/// The bot with the hand-off fixture behind the main menu's sixth option and a referral room
/// for it, as the hand-off test sets it up.
async fn bot_with_handoff(worker: &Person, matrix_lines: &str) -> (Bot, Room) {
    let mut bot = Bot::prepare(&[]);
    bot.own_content();
    std::fs::copy(
        common::root().join("tests/fixtures/handoff.yaml"),
        bot.content.join("flows/handoff-demo.yaml"),
    )
    .unwrap();
    common::edit(
        &bot.content.join("flows/main.yaml"),
        "go: about",
        "flow: handoff-demo",
    );
    let referral_room = worker.make_staff_room(&bot.user_id).await;
    bot.configure(&format!(
        "{matrix_lines}\n[matrix.referral_rooms]\n\"rs-idc-psychosocial\" = {:?}",
        referral_room.room_id().as_str()
    ));
    bot.launch();
    worker.wait_for_member(&referral_room, &bot.user_id).await;
    (bot, referral_room)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn people_on_whatsapp_are_answered_through_a_mautrix_style_portal() {
    let simulator = Simulator::start(&homeserver());
    let mut worker = Person::new("worker").await;
    let (bot, referral_room) =
        bot_with_handoff(&worker, &format!("bridges = [{:?}]", simulator.bot())).await;
    let own_number = phone_number("38160");

    // From the language menu to a contact card and the emergency numbers, in English: on
    // WhatsApp every line arrives, numbered options read as a list, no number twice.
    let mut first = OnWhatsApp::open(&simulator, &bot, &own_number).await;
    for said in ["hi", "1", "2", "1", "I need a lawyer", "SOS"] {
        first.say(said).await;
    }
    // A voice note gets one short answer. The album that follows gets none, and neither does
    // someone writing from the NGO's own phone: the next answer is the one to "menu".
    let (portal, person) = (&mut first.portal, &mut first.expected);
    portal.voice_note().await;
    let answer = portal.reply().await;
    assert!(
        answer.contains("I can only read written messages"),
        "{answer}"
    );
    person.step(Input::attachment(Attachment::Voice, ""), 60);
    portal.album(3).await;
    for _ in 0..3 {
        let photo = person.step(Input::attachment(Attachment::Image, ""), 0);
        assert!(photo.items.is_empty());
    }
    portal.say_from_ngo_phone("hello").await;
    let expected = person.step(Input::text("menu"), 5);
    portal.say("menu").await;
    read_whole(portal, &expected).await;
    // Emergency words under a photo still win.
    let expected = person.step(Input::attachment(Attachment::Image, "SOS"), 60);
    portal.photo("SOS").await;
    let text = read_whole(portal, &expected).await;
    assert!(text.contains("If you are in danger now"), "{text}");
    assert_eq!(portal.dropped_notices, 0, "notices never reach WhatsApp");

    // Someone else (flood control lets one person write only so fast): a hand-off says
    // plainly that the service will see their phone number. "No" shares nothing; "yes" shares
    // the number, and the worker's `!ack` reaches WhatsApp.
    let mut second = OnWhatsApp::open(&simulator, &bot, &own_number).await;
    second.say("hi").await;
    second.say("1").await;
    let offer = second.say("6").await;
    assert!(offer.contains("your phone number"), "{offer}");
    second.say("2").await;
    worker.silence(&referral_room, Duration::from_secs(3)).await;
    second.say("6").await;
    second.say("1").await;
    let post = worker.reply(&referral_room).await;
    let contact = format!(
        "Contact: {} (writes from another app through {}, phone number +{})",
        second.portal.ghost,
        simulator.bot(),
        second.number
    );
    assert!(post.contains(&contact), "{post}");
    let code = post
        .lines()
        .next()
        .unwrap()
        .strip_prefix("Referral ")
        .unwrap();
    worker
        .ask(
            &referral_room,
            &format!("!ack {code}"),
            "the person has been told",
        )
        .await;
    let told = second.portal.reply().await;
    assert!(told.contains("has seen your request"), "{told}");

    // Quick erase: warned that WhatsApp may keep some messages, then every message of the
    // bot's is deleted for everyone, and the bot leaves.
    let confirm = second.say("erase").await;
    assert!(confirm.contains("from another app"), "{confirm}");
    second.portal.say("1").await;
    second.portal.until_bot_leaves().await;
    let (relayed, deleted) = second.portal.relayed_and_deleted();
    assert!(relayed > 5, "{relayed}");
    assert_eq!(deleted, relayed, "messages left on WhatsApp after erase");
    assert_eq!(
        second.portal.dropped_notices, 0,
        "notices never reach WhatsApp"
    );
    // Writing again later brings the bot back: the bridge invites it into the same portal,
    // and only the new message is answered, nothing from before the erase (not "erase").
    only_the_new_hi_is_answered(&mut second.portal, "what came before the erase").await;

    // Someone who reads Arabic, whose first message is a voice note: the answer and the
    // language menu, then everything right to left with numbers in order.
    let mut third = OnWhatsApp::open(&simulator, &bot, &own_number).await;
    let expected = third
        .expected
        .step(Input::attachment(Attachment::Voice, ""), 60);
    third.portal.voice_note().await;
    read_whole(&mut third.portal, &expected).await;
    for said in ["2", "4", "1", "sos"] {
        third.say_right_to_left(said).await;
    }
    assert_eq!(third.portal.dropped_notices, 0);

    // Nothing the bot keeps or logs holds a ghost's id or phone number.
    let own_ghost = format!("whatsapp_{own_number}");
    let private = [
        first.number.as_str(),
        second.number.as_str(),
        third.number.as_str(),
        own_number.as_str(),
        third.portal.ghost.as_str(),
        own_ghost.as_str(),
    ];
    assert_not_in_log(&bot, &private);
    assert_not_in_data(&bot, &private);
    assert_quiet_log(&bot);
}

/// The person on WhatsApp writes "hi" after the bot has left: the bridge brings it back, and
/// the one answer is to the new message, none to `older`.
async fn only_the_new_hi_is_answered(portal: &mut Portal<'_>, older: &str) {
    portal.say("hi").await;
    let again = portal.reply().await;
    assert!(again.contains("Choose your language"), "{again}");
    assert_eq!(
        portal.reply_within(Duration::from_secs(3)).await,
        None,
        "{older} answered again"
    );
}

/// A person on WhatsApp, in a portal the bot has joined, and beside them what the engine alone
/// answers to the same messages.
struct OnWhatsApp<'s> {
    number: String,
    portal: Portal<'s>,
    expected: Expected,
}

impl<'s> OnWhatsApp<'s> {
    async fn open(simulator: &'s Simulator, bot: &Bot, own_number: &str) -> OnWhatsApp<'s> {
        let number = phone_number("38164");
        let mut portal = simulator
            .open_portal(&bot.user_id, &number, &[], own_number)
            .await;
        assert_eq!(portal.bot_membership().await, "join", "{}", bot.log());
        OnWhatsApp {
            number,
            portal,
            expected: Expected::new(&bot.content),
        }
    }

    /// Writes `text`; the whole answer as WhatsApp shows it, which must be the engine's.
    async fn say(&mut self, text: &str) -> String {
        let expected = self.expected.step(Input::text(text), 60);
        self.portal.say(text).await;
        read_whole(&mut self.portal, &expected).await
    }

    /// Like `say`, in a right-to-left language.
    async fn say_right_to_left(&mut self, text: &str) -> String {
        let expected = self.expected.step(Input::text(text), 60);
        self.portal.say(text).await;
        let answer = read_whole(&mut self.portal, &expected).await;
        assert_right_to_left(&expected, &answer);
        answer
    }
}

/// Whether the bot is still a member of `room`, as `person`'s syncing client last heard.
async fn bot_still_in(room: &Room, bot: &Bot) -> bool {
    room.members_no_sync(matrix_sdk::RoomMemberships::JOIN)
        .await
        .unwrap()
        .iter()
        .any(|member| member.user_id().as_str() == bot.user_id)
}

/// A chat nobody has written in for as long as a session lives is left without a word, on
/// Matrix and on WhatsApp; a Matrix user who writes again opens a new chat, and a person on
/// WhatsApp just writes: the bridge invites the bot back into the same portal, as bridgev2
/// does, and only the new message is answered, not the old ones the bot no longer remembers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn chats_idle_past_a_sessions_life_are_left_and_people_who_write_again_start_afresh() {
    let simulator = Simulator::start(&homeserver());
    let own_number = phone_number("38160");
    let mut alice = Person::new("alice").await;
    let mut bot = Bot::prepare(&[]);
    bot.settings = "session_expiry = \"6s\"\n".to_string();
    bot.configure(&format!("bridges = [{:?}]", simulator.bot()));
    bot.launch();

    let room = alice.open_dm(&bot.user_id, false).await;
    alice.ask(&room, "hi", "Choose your language").await;
    let mut whatsapp = OnWhatsApp::open(&simulator, &bot, &own_number).await;
    let answer = whatsapp.say("hi").await;
    assert!(answer.contains("Choose your language"), "{answer}");

    // Nobody writes: the bot leaves both chats, and says nothing in either.
    let said = whatsapp.portal.until_bot_leaves().await;
    assert!(said.is_empty(), "{said:?}");
    let start = Instant::now();
    while bot_still_in(&room, &bot).await {
        assert!(
            start.elapsed() < TIMEOUT,
            "the bot never left the idle chat"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    alice.silence(&room, Duration::from_secs(1)).await;
    assert!(
        bot.log()
            .contains("leaving a chat whose conversation expired")
    );

    // On WhatsApp the person just writes: one answer, to the new message.
    only_the_new_hi_is_answered(&mut whatsapp.portal, "the old messages").await;
    // On Matrix, a new chat starts afresh.
    let new_room = alice.open_dm(&bot.user_id, false).await;
    alice.ask(&new_room, "hi", "Choose your language").await;
    assert_quiet_log(&bot);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn bridged_groups_and_chats_of_bridges_not_served_are_left() {
    let simulator = Simulator::start(&homeserver());
    let own_number = phone_number("38160");
    let mut bot = Bot::prepare(&[]);
    bot.configure(&format!("bridges = [{:?}]", simulator.bot()));
    bot.launch();
    // A WhatsApp group the NGO's number is in: two people, so the bot leaves without a word.
    let (first, second) = (phone_number("38164"), phone_number("38164"));
    let mut group = simulator
        .open_portal(&bot.user_id, &first, &[&second], &own_number)
        .await;
    assert_eq!(group.bot_membership().await, "join");
    let said = group.until_bot_leaves().await;
    assert!(said.is_empty(), "{said:?}");
    // A bot whose configuration names no bridge declines a portal, as any undirect room.
    let other = Bot::start(&[]);
    let mut portal = simulator
        .open_portal(&other.user_id, &first, &[], &own_number)
        .await;
    assert_eq!(portal.bot_membership().await, "leave");
}

/// The NGO's operator, logged in as the bot's account (as in Element), links it to a local IRC
/// network under the nick `nick`, with commands in the control room heisenbridge opens for its
/// owner.
async fn link_to_irc(bot: &Bot, nick: &str) {
    let mut operator = Person::login(&bot.name, "bot-password").await;
    let control = join_next_invitation(&operator, None).await;
    let server = irc::server();
    let (host, port) = server.split_once(':').unwrap();
    for command in [
        "ADDNETWORK local".to_string(),
        format!("ADDSERVER local {host} {port}"),
        "OPEN local".to_string(),
    ] {
        operator.say(&control, &command).await;
    }
    // "OPEN" invites the owner to the network's own room.
    let network = join_next_invitation(&operator, Some(&control)).await;
    operator.say(&network, &format!("NICK {nick}")).await;
    operator.say(&network, "CONNECT").await;
    loop {
        let notice = operator.reply_to(&network, "CONNECT").await;
        if notice.contains("Welcome to the Internet Relay Network") {
            break;
        }
    }
    operator.client.matrix_auth().logout().await.unwrap();
}

/// Waits for an invitation to a room other than `not`, and joins it.
async fn join_next_invitation(person: &Person, not: Option<&Room>) -> Room {
    let start = Instant::now();
    loop {
        let invited = person
            .client
            .invited_rooms()
            .into_iter()
            .find(|room| not.is_none_or(|not| not.room_id() != room.room_id()));
        if let Some(room) = invited {
            room.join().await.unwrap();
            return room;
        }
        assert!(start.elapsed() < TIMEOUT, "no invitation came");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn a_person_on_irc_gets_the_menu_and_urgent_help_through_heisenbridge() {
    let mut bot = Bot::prepare(&[]);
    let _heisenbridge = irc::Heisenbridge::start(&bot.user_id, &homeserver(), bot.dir.path());
    // Nicks of their own: heisenbridge on the same homeserver reconnects the networks of
    // earlier runs, whose "ngobot" would take the messages meant for this one.
    let (ngo, amira) = (unique("ngobot"), unique("amira"));
    link_to_irc(&bot, &ngo).await;
    bot.configure("bridges = [\"@heisenbridge:localhost\"]");
    bot.launch();

    let mut person = Expected::new(&common::root());
    let (to, nick) = (ngo.clone(), amira.clone());
    let lines = tokio::task::spawn_blocking(move || {
        let mut amira = irc::IrcPerson::connect(&nick);
        let mut all = Vec::new();
        // The first message opens the private chat: heisenbridge posts it before the bot
        // has joined. Then the main menu, then urgent help for a country.
        for said in ["hi", "1", "4", "1"] {
            let expected = person.step(Input::text(said), 60);
            let wanted: Vec<String> = putokaz::render::plain(&expected)
                .lines()
                .map(visible)
                .filter(|line| !line.is_empty())
                .collect();
            amira.privmsg(&to, said);
            let got = amira.read_from(&to, |got| {
                let got: Vec<String> = got.iter().map(|line| visible(line)).collect();
                wanted.iter().all(|line| got.contains(line))
            });
            all.extend(got);
        }
        all
    })
    .await
    .unwrap();
    let text = lines.join("\n");
    eprintln!("what the person on IRC read:\n{text}");
    assert!(text.contains("What would you like to do?"), "{text}");
    assert!(text.contains("If you are in danger now"), "{text}");
    assert!(!text.contains("(tel:"), "{text}");
    assert_not_in_log(&bot, &[amira.as_str(), "irc_local"]);
    bot.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn a_far_future_timestamp_in_a_staff_room_hides_no_later_command() {
    let simulator = Simulator::start(&homeserver());
    let mut coordinator = Person::new("coordinator").await;
    let mut bot = Bot::prepare(&[&coordinator.user_id]);
    let admin_room = coordinator.make_staff_room(&bot.user_id).await;
    bot.configure(&format!("admin_room = {:?}", admin_room.room_id().as_str()));
    bot.launch();
    coordinator.wait_for_member(&admin_room, &bot.user_id).await;
    coordinator.ask(&admin_room, "!status", "Putokaz").await;
    // A member whose homeserver stamps messages in the year 2100 writes in the room.
    let number = phone_number("38164");
    let member = UserId::parse(format!("@whatsapp_{number}:localhost")).unwrap();
    admin_room.invite_user_by_id(&member).await.unwrap();
    simulator
        .ghost_writes_at(
            admin_room.room_id().as_str(),
            &number,
            "hello from the future",
            4_102_444_800_000,
        )
        .await;
    let seen = coordinator.reply(&admin_room).await;
    assert_eq!(seen, "hello from the future");
    // Commands after it are still answered, before and after a restart.
    coordinator.ask(&admin_room, "!status", "Putokaz").await;
    bot.stop();
    bot.launch();
    coordinator.ask(&admin_room, "!status", "Putokaz").await;
    coordinator
        .silence(&admin_room, Duration::from_secs(3))
        .await;
}

/// A message of the bot's in `room` whose body starts with `start`: its event id.
async fn bot_event_starting(room: &Room, bot: &str, start: &str) -> matrix_sdk::ruma::OwnedEventId {
    for event in whole_history(room).await {
        let sender: Option<String> = event.get_field("sender").ok().flatten();
        let content: Option<serde_json::Value> = event.get_field("content").ok().flatten();
        let body = content
            .as_ref()
            .and_then(|c| c["body"].as_str())
            .unwrap_or_default();
        if sender.as_deref() == Some(bot) && body.starts_with(start) {
            return event.get_field("event_id").unwrap().unwrap();
        }
    }
    panic!("no message of the bot's starts with {start:?}");
}

/// Writes `text` in the thread that starts at `root`, as Element does.
async fn say_in_thread(room: &Room, root: &matrix_sdk::ruma::OwnedEventId, text: &str) {
    use matrix_sdk::ruma::events::relation::Thread;
    use matrix_sdk::ruma::events::room::message::Relation;
    let mut content = RoomMessageEventContent::text_plain(text);
    content.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root.clone())));
    room.send(content).await.unwrap();
}

impl Person {
    /// Reads the bot's messages in `room` until one contains `needle`; returns it.
    /// Direction and isolation marks aside.
    async fn until(&mut self, room: &Room, needle: &str) -> String {
        let unmarked = |text: &str| -> String {
            text.chars()
                .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}'))
                .collect()
        };
        loop {
            let said = self.reply_to(room, needle).await;
            if unmarked(&said).contains(&unmarked(needle)) {
                return said;
            }
        }
    }

    /// Says `text`, then reads until a message contains `needle`.
    async fn asks(&mut self, room: &Room, text: &str, needle: &str) -> String {
        self.say(room, text).await;
        self.until(room, needle).await
    }
}

/// A message of the bundled content in `locale`, without Fluent's isolation marks.
fn message_in(locale: &str, id: &str, args: &[(&str, &str)]) -> String {
    let mut fluent_args = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.to_string());
    }
    common::bundled()
        .locales
        .format(locale, id, Some(&fluent_args))
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// A case's code, from its line in the team room.
fn case_code(line: &str) -> String {
    line.strip_prefix("Case ")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("not a case line: {line}"))
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn a_person_and_a_volunteer_talk_through_the_bot_without_learning_who_the_other_is() {
    let mut worker = Person::new("worker").await;
    let mut second = Person::new("second").await;
    let mut alice = Person::new("alice").await;
    let mut bob = Person::new("bob").await;
    // The second worker is a coordinator too: even so, figures are not shown in a team room.
    let mut bot = Bot::prepare(&[&second.user_id]);
    let team_room = worker.make_staff_room(&bot.user_id).await;
    team_room
        .invite_user_by_id(&UserId::parse(&second.user_id).unwrap())
        .await
        .unwrap();
    let night_room = worker.make_staff_room(&bot.user_id).await;
    // The night team is closed today and the two days around it, wherever the clock is.
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Europe/Belgrade").unwrap())
        .date();
    let closed: Vec<String> = [-1, 0, 1]
        .iter()
        .map(|d| {
            format!(
                "\"{}\"",
                today.checked_add(jiff::Span::new().days(*d)).unwrap()
            )
        })
        .collect();
    bot.configure(&format!(
        "[matrix.team_rooms]\npeers = {peers:?}\nnight = {night:?}\n\n\
         [[teams]]\nid = \"peers\"\nname = \"Peer Team\"\nlanguages = [\"ar\", \"en\"]\n\n\
         [[teams]]\nid = \"night\"\nname = \"Night Team\"\nlanguages = [\"fa\"]\n\
         hours = [\"daily 00:00-24:00\"]\nclosed = [{closed}]\n",
        peers = team_room.room_id().as_str(),
        night = night_room.room_id().as_str(),
        closed = closed.join(", "),
    ));
    bot.launch();
    worker.wait_for_member(&team_room, &bot.user_id).await;
    second
        .client
        .join_room_by_id(team_room.room_id())
        .await
        .unwrap();
    let second_room = second.client.get_room(team_room.room_id()).unwrap();

    // Alice asks for a person, in Arabic, and says yes to what the worker will see.
    let room = alice.open_dm(&bot.user_id, false).await;
    alice.ask(&room, "hi", "Choose your language").await;
    alice
        .asks(&room, "العربية", &message_in("ar", "main-menu-prompt", &[]))
        .await;
    alice
        .asks(&room, "7", &message_in("ar", "person-consent", &[]))
        .await;
    let waiting = message_in("ar", "person-waiting", &[("team", "Peer Team")]);
    alice.asks(&room, "1", &waiting).await;
    let line = worker.until(&team_room, "Case ").await;
    let code = case_code(&line);
    assert!(line.contains("العربية (ar)"), "{line}");
    let root = bot_event_starting(&team_room, &bot.user_id, &format!("Case {code}")).await;

    // Her words reach the case's thread; a worker must take the case to answer.
    alice.say(&room, "مرحبا، أحتاج مساعدة").await;
    worker
        .until(&team_room, "Person: مرحبا، أحتاج مساعدة")
        .await;
    say_in_thread(&team_room, &root, "hello?").await;
    worker.until(&team_room, "take the case first").await;
    worker.say(&team_room, &format!("!take {code}")).await;
    let joined = message_in("ar", "person-joined", &[("team", "Peer Team")]);
    alice.until(&room, &joined).await;
    worker.until(&team_room, "You have case").await;
    second.say(&second_room, &format!("!take {code}")).await;
    second.until(&second_room, "is taken already").await;
    second.say(&second_room, "!stats").await;
    second
        .until(&second_room, "in the admin room or in a direct chat")
        .await;

    // Both ways, as the bot.
    say_in_thread(&team_room, &root, "أهلا، أنا هنا. كيف يمكنني المساعدة؟").await;
    let relayed = alice.reply(&room).await;
    assert!(
        relayed.ends_with("أهلا، أنا هنا. كيف يمكنني المساعدة؟"),
        "{relayed:?}"
    );
    // An emergency word still gets the emergency answer at once, and the worker reads it.
    alice.say(&room, "SOS").await;
    alice
        .until(&room, &message_in("ar", "emergency-intro", &[]))
        .await;
    worker.until(&team_room, "Person: SOS").await;

    // A restart mid-conversation: what either side wrote meanwhile arrives once.
    bot.stop();
    say_in_thread(&team_room, &root, "هل أنت بأمان الآن؟").await;
    alice.say(&room, "نعم، شكرا").await;
    bot.launch();
    let relayed = alice.reply(&room).await;
    assert!(relayed.ends_with("هل أنت بأمان الآن؟"), "{relayed:?}");
    worker.until(&team_room, "Person: نعم، شكرا").await;
    alice.silence(&room, Duration::from_secs(3)).await;

    // "bot" (in her language's words too) brings the bot back; the team is told.
    alice
        .asks(&room, "bot", &message_in("ar", "person-back-to-bot", &[]))
        .await;
    worker.until(&team_room, "went back to the bot").await;
    say_in_thread(&team_room, &root, "are you there?").await;
    alice.silence(&room, Duration::from_secs(3)).await;

    // A second case, closed by the worker.
    alice
        .asks(&room, "7", &message_in("ar", "person-consent", &[]))
        .await;
    alice.asks(&room, "1", &waiting).await;
    let code2 = case_code(&worker.until(&team_room, "Case ").await);
    assert_ne!(code2, code);
    worker.say(&team_room, &format!("!take {code2}")).await;
    alice.until(&room, &joined).await;
    worker.say(&team_room, "!queue").await;
    worker.until(&team_room, &format!("Case {code2}")).await;
    worker.say(&team_room, &format!("!done {code2}")).await;
    alice
        .until(
            &room,
            &message_in("ar", "person-ended-done", &[("team", "Peer Team")]),
        )
        .await;
    worker.until(&team_room, "!care").await;

    // A third, erased by the person: the bot's posts of her words leave the team room too.
    alice
        .asks(&room, "7", &message_in("ar", "person-consent", &[]))
        .await;
    alice.asks(&room, "1", &waiting).await;
    let code3 = case_code(&worker.until(&team_room, "Case ").await);
    worker.say(&team_room, &format!("!take {code3}")).await;
    alice.until(&room, &joined).await;
    alice.say(&room, "رقمي الجديد سري").await;
    worker.until(&team_room, "Person: رقمي الجديد سري").await;
    alice
        .asks(&room, "erase", &message_in("ar", "erase-confirm", &[]))
        .await;
    alice.say(&room, "1").await;
    worker
        .until(&team_room, &format!("Case {code3} is closed"))
        .await;
    wait_until_erased(&room, &bot).await;
    let history = whole_history(&team_room).await;
    let visible: Vec<String> = history
        .iter()
        .filter_map(|event| {
            let content: serde_json::Value = event.get_field("content").ok().flatten()?;
            content["body"].as_str().map(str::to_string)
        })
        .collect();
    assert!(
        !visible.iter().any(|body| body.contains("رقمي الجديد سري")),
        "the erased person's words are still in the team room: {visible:?}"
    );
    assert!(
        !visible
            .iter()
            .any(|body| body.contains(&format!("Case {code3} ·"))),
        "the erased case's line is still in the team room"
    );
    // The team room never held who the person is.
    let raw: Vec<String> = history.iter().map(|e| e.json().get().to_string()).collect();
    let localpart = alice
        .user_id
        .trim_start_matches('@')
        .split(':')
        .next()
        .unwrap();
    assert!(
        !raw.iter().any(|event| event.contains(localpart)),
        "the team room holds the person's id"
    );

    // Out of hours: Bob learns when, in his language, and gets urgent numbers at once.
    let bobs = bob.open_dm(&bot.user_id, false).await;
    bob.ask(&bobs, "hi", "Choose your language").await;
    bob.asks(&bobs, "فارسی", &message_in("fa", "main-menu-prompt", &[]))
        .await;
    bob.asks(&bobs, "7", &message_in("fa", "person-consent", &[]))
        .await;
    let closed_now = bob.asks(&bobs, "1", "00:00").await;
    assert!(
        closed_now.contains(&message_in("fa", "person-closed-urgent", &[])),
        "{closed_now}"
    );
    assert!(
        closed_now.contains("112") || closed_now.contains("192"),
        "{closed_now}"
    );
    worker.until(&night_room, "Case ").await;

    // Care for the helpers: a pointer in the team room, the pages in a direct chat.
    worker.say(&team_room, "!care").await;
    worker.until(&team_room, "in a direct chat").await;
    let direct = worker.open_dm(&bot.user_id, false).await;
    worker
        .asks(&direct, "!care", &message_in("en", "care-menu-prompt", &[]))
        .await;

    assert_quiet_log(&bot);
    assert_private_data(&bot, &alice, &["مرحبا، أحتاج مساعدة", "نعم، شكرا"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run ./scripts/test"]
async fn a_person_on_whatsapp_talks_with_a_volunteer_who_never_sees_their_number() {
    let simulator = Simulator::start(&homeserver());
    let mut volunteer = Person::new("volunteer").await;
    let mut bot = Bot::prepare(&[]);
    let team_room = volunteer.make_staff_room(&bot.user_id).await;
    bot.configure(&format!(
        "bridges = [{bridge:?}]\n[matrix.team_rooms]\npeers = {room:?}\n\n\
         [[teams]]\nid = \"peers\"\nname = \"Peer Team\"\nlanguages = [\"en\"]\n",
        bridge = simulator.bot(),
        room = team_room.room_id().as_str(),
    ));
    bot.launch();
    volunteer.wait_for_member(&team_room, &bot.user_id).await;
    let own_number = phone_number("38160");
    let mut person = OnWhatsApp::open(&simulator, &bot, &own_number).await;
    let portal = &mut person.portal;
    until_on_whatsapp(portal, "hi", "Choose your language").await;
    until_on_whatsapp(portal, "1", "Talk to a person").await;
    until_on_whatsapp(
        portal,
        "talk to a person",
        "They will not see your name, your number",
    )
    .await;
    until_on_whatsapp(portal, "1", "I have asked the Peer Team team").await;

    let line = volunteer.until(&team_room, "Case ").await;
    let code = case_code(&line);
    let root = bot_event_starting(&team_room, &bot.user_id, &format!("Case {code}")).await;
    volunteer.say(&team_room, &format!("!take {code}")).await;
    until_reading(portal, "A worker from Peer Team is here").await;

    portal.say("I am writing from WhatsApp").await;
    volunteer
        .until(&team_room, "Person: I am writing from WhatsApp")
        .await;
    say_in_thread(&team_room, &root, "Hello, I am here to listen.").await;
    until_reading(portal, "Hello, I am here to listen.").await;
    portal.voice_note().await;
    until_reading(portal, "only written messages").await;
    volunteer.until(&team_room, "does not pass on").await;

    portal.say("bot").await;
    until_reading(portal, "You are talking with me, the bot, again").await;
    volunteer.until(&team_room, "went back to the bot").await;
    assert_eq!(portal.dropped_notices, 0, "notices never reach WhatsApp");

    // The team room holds neither the person's number nor their ghost's id.
    for event in whole_history(&team_room).await {
        let raw = event.json().get().to_string();
        assert!(
            !raw.contains(&person.number),
            "the team room holds the number: {raw}"
        );
    }
    assert_quiet_log(&bot);
    assert_not_in_log(&bot, &[&person.number]);
}

/// Reads what WhatsApp shows until a message contains `needle`.
async fn until_reading(portal: &mut Portal<'_>, needle: &str) -> String {
    loop {
        let text = portal.reply().await;
        if visible(&text).contains(needle) {
            return text;
        }
    }
}

/// Writes `text` on WhatsApp, then reads until a message contains `needle`.
async fn until_on_whatsapp(portal: &mut Portal<'_>, text: &str, needle: &str) -> String {
    portal.say(text).await;
    until_reading(portal, needle).await
}
