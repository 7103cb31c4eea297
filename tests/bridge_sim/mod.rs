//! A WhatsApp bridge, simulated on the test Synapse the way mautrix-whatsapp (mautrix bridgev2)
//! shows a chat on Matrix, for the end-to-end tests. It is a real application service
//! (registered by `scripts/bridges register`, so Synapse pushes it every event of its rooms)
//! that builds portal rooms as bridgev2 does on a standard homeserver (docs/bridges.md has
//! the shapes and their sources):
//! - its bot `@whatsappbot` creates the room (`private_chat`, power 9001 for itself), with
//!   `io.element.functional_members` (the bot and the NGO's own number), `uk.half-shot.bridge`
//!   and `m.bridge` state keyed `<server>/whatsapp`, and a topic;
//! - the person's ghost `@whatsapp_<number>` and, without double puppeting, the ghost of the
//!   NGO's own number are invited and join; then the bot's account is invited, without
//!   `is_direct`;
//! - the person sends text, voice notes (`m.audio` with `org.matrix.msc3245.voice`), photos
//!   (`m.image`, the caption in `body` beside a `filename`) and albums (a notice, then one
//!   event per photo).
//!
//! It reads the bot's answers as the bridge would: `m.notice` is dropped (`bridge_notices:
//! false`, the default), `m.text` is converted to WhatsApp's markup ([`markup`]), and a
//! redaction deletes the message for everyone.

pub mod markup;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::Notify;

const SERVER_NAME: &str = "localhost";
/// How long any one step of the bridge may take.
const TIMEOUT: Duration = Duration::from_secs(90);

/// The simulator's registration, as `scripts/bridges register` wrote it.
struct Registration {
    url: String,
    as_token: String,
    hs_token: String,
    sender_localpart: String,
}

impl Registration {
    fn read() -> Registration {
        let path = std::env::var("PUTOKAZ_E2E_WHATSAPP_REGISTRATION").expect(
            "PUTOKAZ_E2E_WHATSAPP_REGISTRATION is not set: run these tests through ./scripts/test",
        );
        let text = std::fs::read_to_string(&path).unwrap();
        let field = |name: &str| {
            text.lines()
                .find_map(|line| line.strip_prefix(&format!("{name}: ")))
                .unwrap_or_else(|| panic!("{path} has no {name}"))
                .trim()
                .to_string()
        };
        Registration {
            url: field("url"),
            as_token: field("as_token"),
            hs_token: field("hs_token"),
            sender_localpart: field("sender_localpart"),
        }
    }
}

/// Every event Synapse has pushed to the bridge, in order.
#[derive(Default)]
struct Inbox {
    events: Mutex<Vec<Value>>,
    arrived: Notify,
}

/// The transaction endpoint, served once per test process on its own thread: Synapse keeps
/// pushing to it between tests, and backs off from a bridge that is not there.
fn inbox(registration: &Registration) -> Arc<Inbox> {
    static INBOX: OnceLock<Arc<Inbox>> = OnceLock::new();
    INBOX
        .get_or_init(|| {
            let address = registration.url.trim_start_matches("http://").to_string();
            let listener = TcpListener::bind(&address)
                .unwrap_or_else(|e| panic!("the bridge cannot listen on {address}: {e}"));
            let inbox = Arc::new(Inbox::default());
            let serving = inbox.clone();
            let hs_token = registration.hs_token.clone();
            std::thread::spawn(move || {
                let seen = Arc::new(Mutex::new(HashSet::new()));
                for stream in listener.incoming().flatten() {
                    // A thread per connection, with a time limit: a connection left open by a
                    // homeserver that stopped must not hold up the next transactions.
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
                    let (hs_token, serving, seen) =
                        (hs_token.clone(), serving.clone(), seen.clone());
                    std::thread::spawn(move || serve(stream, &hs_token, &serving, &seen));
                }
            });
            inbox
        })
        .clone()
}

/// One request of the application service API: transactions are taken (once each, by their
/// id: Synapse retries), anything else (user or alias queries) is answered "not found".
fn serve(
    stream: std::net::TcpStream,
    hs_token: &str,
    inbox: &Inbox,
    seen: &Mutex<HashSet<String>>,
) {
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let (mut length, mut authorised) = (0usize, false);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
            break;
        }
        let (name, value) = header.split_once(':').unwrap_or((&header, ""));
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().unwrap_or(0),
            "authorization" => authorised = value.trim() == format!("Bearer {hs_token}"),
            _ => {}
        }
    }
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("");
    let (status, answer) = if !authorised {
        ("403 Forbidden", r#"{"errcode":"M_FORBIDDEN"}"#)
    } else if let Some(txn) = path.strip_prefix("/_matrix/app/v1/transactions/") {
        let txn = txn.split('?').next().unwrap_or(txn).to_string();
        if let Ok(transaction) = serde_json::from_slice::<Value>(&body)
            && seen.lock().unwrap().insert(txn)
        {
            let events = transaction["events"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            inbox.events.lock().unwrap().extend(events);
            inbox.arrived.notify_waiters();
        }
        ("200 OK", "{}")
    } else {
        ("404 Not Found", r#"{"errcode":"M_NOT_FOUND"}"#)
    };
    let mut stream = reader.into_inner();
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
        answer.len()
    );
}

/// The bridge: its bot, its ghosts and what Synapse pushed to it.
pub struct Simulator {
    http: reqwest::Client,
    homeserver: String,
    registration: Registration,
    inbox: Arc<Inbox>,
}

impl Simulator {
    pub fn start(homeserver: &str) -> Simulator {
        let registration = Registration::read();
        Simulator {
            http: reqwest::Client::new(),
            homeserver: homeserver.trim_end_matches('/').to_string(),
            inbox: inbox(&registration),
            registration,
        }
    }

    /// The bridge bot's Matrix id, as the bot's configuration names it.
    pub fn bot(&self) -> String {
        format!("@{}:{SERVER_NAME}", self.registration.sender_localpart)
    }

    /// A client-server API call as the bridge bot, or as one of its ghosts.
    async fn call(&self, method: &str, path: &str, as_user: Option<&str>, body: Value) -> Value {
        let mut url = format!("{}/_matrix/client/v3{path}", self.homeserver);
        if let Some(user) = as_user {
            url.push_str(if url.contains('?') { "&" } else { "?" });
            url.push_str(&format!("user_id={}", encode(user)));
        }
        let request = match method {
            "GET" => self.http.get(&url),
            "PUT" => self.http.put(&url),
            _ => self.http.post(&url),
        };
        let response = request
            .bearer_auth(&self.registration.as_token)
            .header("Content-Type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        let status = response.status();
        let text = response.text().await.unwrap();
        let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let taken = value["errcode"] == "M_USER_IN_USE";
        assert!(
            status.is_success() || taken,
            "{method} {path}: {status} {text}"
        );
        value
    }

    /// Registers a ghost (once; it may exist from an earlier test).
    async fn ghost(&self, localpart: &str) -> String {
        self.call(
            "POST",
            "/register",
            None,
            json!({"type": "m.login.application_service", "username": localpart}),
        )
        .await;
        format!("@{localpart}:{SERVER_NAME}")
    }

    async fn upload(&self, ghost: &str, kind: &str, bytes: &'static [u8]) -> String {
        let url = format!(
            "{}/_matrix/media/v3/upload?user_id={}",
            self.homeserver,
            encode(ghost)
        );
        let response = self
            .http
            .post(url)
            .bearer_auth(&self.registration.as_token)
            .header("Content-Type", kind)
            .body(bytes)
            .send()
            .await
            .unwrap();
        let value: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
        value["content_uri"]
            .as_str()
            .expect("an mxc URI")
            .to_string()
    }

    /// A WhatsApp chat with the person at `number`, as a portal the bot is invited to: a
    /// direct chat unless `others` adds more people (a WhatsApp group). `own_number` is the
    /// NGO's number, logged in to the bridge under the bot's account.
    pub async fn open_portal(
        &self,
        bot_account: &str,
        number: &str,
        others: &[&str],
        own_number: &str,
    ) -> Portal<'_> {
        let ghost = self.ghost(&format!("whatsapp_{number}")).await;
        let own_ghost = self.ghost(&format!("whatsapp_{own_number}")).await;
        let direct = others.is_empty();
        let bridge_info = json!({
            "bridgebot": self.bot(),
            "creator": self.bot(),
            "protocol": {
                "id": "whatsapp",
                "displayname": "WhatsApp",
                "external_url": "https://whatsapp.com",
            },
            "channel": {
                "id": format!("{number}@s.whatsapp.net"),
                "displayname": format!("+{number}"),
                "fi.mau.receiver": own_number,
            },
            "com.beeper.room_type": if direct { "dm" } else { "group" },
        });
        let state_key = format!("{SERVER_NAME}/whatsapp");
        let mut power = json!({
            "users": {},
            "events": {
                "m.room.tombstone": 100,
                "m.room.server_acl": 100,
                "m.room.encryption": 100,
            },
        });
        // In room version 12 the creator's power is implicit and may not be listed.
        if self.default_room_version().await != "12" {
            power["users"][self.bot()] = json!(9001);
        }
        let created = self
            .call(
                "POST",
                "/createRoom",
                None,
                json!({
                    "visibility": "private",
                    "preset": "private_chat",
                    "is_direct": direct,
                    "topic": if direct { "WhatsApp private chat" } else { "WhatsApp group" },
                    "power_level_content_override": power,
                    "initial_state": [
                        {
                            "type": "io.element.functional_members",
                            "state_key": "",
                            "content": {"service_members": [self.bot(), own_ghost]},
                        },
                        {"type": "uk.half-shot.bridge", "state_key": state_key, "content": bridge_info},
                        {"type": "m.bridge", "state_key": state_key, "content": bridge_info},
                    ],
                }),
            )
            .await;
        let room_id = created["room_id"].as_str().unwrap().to_string();
        let mut people = vec![ghost.clone(), own_ghost.clone()];
        for other in others {
            people.push(self.ghost(&format!("whatsapp_{other}")).await);
        }
        for member in &people {
            self.call(
                "POST",
                &format!("/rooms/{}/invite", encode(&room_id)),
                None,
                json!({"user_id": member}),
            )
            .await;
            self.call(
                "POST",
                &format!("/rooms/{}/join", encode(&room_id)),
                Some(member),
                json!({}),
            )
            .await;
        }
        // Last, the NGO's account: the bot. bridgev2 invites it without `is_direct`.
        self.call(
            "POST",
            &format!("/rooms/{}/invite", encode(&room_id)),
            None,
            json!({"user_id": bot_account}),
        )
        .await;
        Portal {
            simulator: self,
            bridged: true,
            room_id,
            ghost,
            own_ghost,
            bot_account: bot_account.to_string(),
            cursor: 0,
            dropped_notices: 0,
            relayed: Vec::new(),
            sent: 0,
        }
    }

    /// A plain direct chat that the person at `number` opens with the bot, as a Matrix user
    /// would: no bridge in it, so the bot answers with notices. The same person, the same
    /// reading of the replies: the baseline a portal is compared with.
    #[allow(dead_code, reason = "the load driver's baseline (examples/load.rs)")]
    pub async fn open_direct_chat(&self, bot_account: &str, number: &str) -> Portal<'_> {
        let ghost = self.ghost(&format!("whatsapp_{number}")).await;
        let created = self
            .call(
                "POST",
                "/createRoom",
                Some(&ghost),
                json!({
                    "preset": "trusted_private_chat",
                    "is_direct": true,
                    "invite": [bot_account],
                }),
            )
            .await;
        Portal {
            simulator: self,
            bridged: false,
            room_id: created["room_id"].as_str().unwrap().to_string(),
            own_ghost: ghost.clone(),
            ghost,
            bot_account: bot_account.to_string(),
            cursor: 0,
            dropped_notices: 0,
            relayed: Vec::new(),
            sent: 0,
        }
    }

    /// The ghost of `number` joins `room_id` (it must be invited) and writes `text`, with the
    /// timestamp `ts_ms`: an application service may stamp its messages, as a homeserver
    /// with a wrong clock would.
    #[allow(dead_code, reason = "not every user of the simulator needs it")]
    pub async fn ghost_writes_at(&self, room_id: &str, number: &str, text: &str, ts_ms: u64) {
        let ghost = self.ghost(&format!("whatsapp_{number}")).await;
        let room = encode(room_id);
        self.call(
            "POST",
            &format!("/rooms/{room}/join"),
            Some(&ghost),
            json!({}),
        )
        .await;
        self.call(
            "PUT",
            &format!(
                "/rooms/{room}/send/m.room.message/sim-{}?ts={ts_ms}",
                unique()
            ),
            Some(&ghost),
            json!({"msgtype": "m.text", "body": text}),
        )
        .await;
    }

    async fn default_room_version(&self) -> String {
        let capabilities = self.call("GET", "/capabilities", None, json!({})).await;
        capabilities["capabilities"]["m.room_versions"]["default"]
            .as_str()
            .unwrap_or("10")
            .to_string()
    }
}

/// One WhatsApp chat as a Matrix room, and what the person on WhatsApp reads in it.
pub struct Portal<'s> {
    simulator: &'s Simulator,
    /// A bridge's portal, read as the bridge reads it; else a plain direct chat that one of
    /// the application service's users opened, read as a Matrix client would (the load
    /// driver's baseline).
    bridged: bool,
    pub room_id: String,
    /// The person's ghost; its id holds their phone number.
    pub ghost: String,
    /// The ghost of the NGO's own number: what someone writing from the NGO's phone is.
    own_ghost: String,
    bot_account: String,
    /// How far into the bridge's inbox this chat has been read.
    cursor: usize,
    /// The bot's notices, which never reached WhatsApp.
    pub dropped_notices: usize,
    /// The bot's messages that reached WhatsApp, by event id, and whether each was deleted.
    relayed: Vec<(String, bool)>,
    sent: usize,
}

/// What the bridge saw next in a chat.
enum Seen {
    /// A message of the bot's that reached the person, as they read it.
    Message(String),
    /// The bot's membership changed to this.
    Membership(String),
}

impl Portal<'_> {
    async fn send(&mut self, content: Value) {
        let ghost = self.ghost.clone();
        self.send_as(&ghost, content).await;
    }

    async fn send_as(&mut self, ghost: &str, content: Value) {
        if self.bridged {
            self.ensure_bot_invited().await;
        }
        self.sent += 1;
        let txn = format!("sim-{}-{}", self.sent, unique());
        self.simulator
            .call(
                "PUT",
                &format!("/rooms/{}/send/m.room.message/{txn}", encode(&self.room_id)),
                Some(ghost),
                content,
            )
            .await;
    }

    /// Before it relays a message into a portal, bridgev2 makes sure its user is in the room
    /// (`UserLogin.MarkInPortal` → `EnsureInvited`): a bot that left the chat is invited back
    /// into the same room.
    async fn ensure_bot_invited(&self) {
        let room = encode(&self.room_id);
        let member = self
            .simulator
            .call(
                "GET",
                &format!(
                    "/rooms/{room}/state/m.room.member/{}",
                    encode(&self.bot_account)
                ),
                None,
                json!({}),
            )
            .await;
        if !matches!(member["membership"].as_str(), Some("join" | "invite")) {
            self.simulator
                .call(
                    "POST",
                    &format!("/rooms/{room}/invite"),
                    None,
                    json!({"user_id": self.bot_account}),
                )
                .await;
        }
    }

    /// Someone writes from the NGO's own phone, into the same WhatsApp chat.
    pub async fn say_from_ngo_phone(&mut self, text: &str) {
        let own_ghost = self.own_ghost.clone();
        self.send_as(&own_ghost, json!({"msgtype": "m.text", "body": text}))
            .await;
    }

    /// The person writes `text` on WhatsApp.
    pub async fn say(&mut self, text: &str) {
        self.send(json!({"msgtype": "m.text", "body": text})).await;
    }

    /// A voice note, as mautrix-whatsapp bridges one: no caption, a generated file name.
    pub async fn voice_note(&mut self) {
        let url = self
            .simulator
            .upload(&self.ghost, "audio/ogg", b"OggS voice note")
            .await;
        self.send(json!({
            "msgtype": "m.audio",
            "body": "",
            "filename": "Voice message.ogg",
            "url": url,
            "info": {"mimetype": "audio/ogg", "duration": 4000, "size": 15},
            "org.matrix.msc1767.audio": {"duration": 4000, "waveform": [0, 100, 200, 100, 0]},
            "org.matrix.msc3245.voice": {},
        }))
        .await;
    }

    /// A photo, with the words typed under it if any.
    pub async fn photo(&mut self, caption: &str) {
        let url = self
            .simulator
            .upload(&self.ghost, "image/jpeg", b"\xff\xd8\xff photo")
            .await;
        self.send(json!({
            "msgtype": "m.image",
            "body": caption,
            "filename": "image.jpg",
            "url": url,
            "info": {"mimetype": "image/jpeg", "w": 800, "h": 600, "size": 9},
        }))
        .await;
    }

    /// An album: the bridge's notice, then each photo as its own event.
    pub async fn album(&mut self, photos: usize) {
        self.send(json!({
            "msgtype": "m.notice",
            "body": format!("Sent an album with {photos} images:"),
        }))
        .await;
        for _ in 0..photos {
            self.photo("").await;
        }
    }

    /// The next thing the bridge saw in this chat from the bot.
    async fn next(&mut self) -> Seen {
        match self.next_within(TIMEOUT).await {
            Some(seen) => seen,
            None => panic!(
                "nothing from the bot reached the WhatsApp chat in {TIMEOUT:?} ({} notices dropped)",
                self.dropped_notices
            ),
        }
    }

    async fn next_within(&mut self, wait: Duration) -> Option<Seen> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let arrived = self.simulator.inbox.arrived.notified();
            tokio::pin!(arrived);
            arrived.as_mut().enable();
            if let Some(seen) = self.scan() {
                return Some(seen);
            }
            tokio::time::timeout_at(deadline, arrived).await.ok()?;
        }
    }

    /// Reads the inbox from the cursor: the bot's messages and membership in this chat, and
    /// its deletions (which the bridge turns into "delete for everyone").
    fn scan(&mut self) -> Option<Seen> {
        let events = self.simulator.inbox.events.lock().unwrap();
        while self.cursor < events.len() {
            let event = &events[self.cursor];
            self.cursor += 1;
            if event["room_id"] != self.room_id.as_str()
                || event["sender"] != self.bot_account.as_str()
            {
                continue;
            }
            match event["type"].as_str() {
                Some("m.room.message")
                    if self.bridged && event["content"]["msgtype"] == "m.notice" =>
                {
                    self.dropped_notices += 1;
                }
                Some("m.room.message") => {
                    let id = event["event_id"].as_str().unwrap_or_default().to_string();
                    self.relayed.push((id, false));
                    return Some(Seen::Message(markup::whatsapp_text(&event["content"])));
                }
                Some("m.room.redaction") => {
                    let target = event["redacts"]
                        .as_str()
                        .or(event["content"]["redacts"].as_str());
                    for (id, deleted) in &mut self.relayed {
                        *deleted |= Some(id.as_str()) == target;
                    }
                }
                Some("m.room.member") if event["state_key"] == self.bot_account.as_str() => {
                    let membership = event["content"]["membership"].as_str().unwrap_or("");
                    return Some(Seen::Membership(membership.to_string()));
                }
                _ => {}
            }
        }
        None
    }

    /// Waits until the bot has answered the invitation: `join` or `leave`.
    pub async fn bot_membership(&mut self) -> String {
        loop {
            match self.next().await {
                Seen::Membership(membership) if membership != "invite" => return membership,
                Seen::Membership(_) => {}
                Seen::Message(text) => panic!("the bot wrote before joining: {text}"),
            }
        }
    }

    /// The next message the person reads on WhatsApp.
    pub async fn reply(&mut self) -> String {
        loop {
            match self.next().await {
                Seen::Message(text) => return text,
                Seen::Membership(membership) => {
                    assert!(
                        membership == "join" || membership == "invite",
                        "the bot left the chat ({membership})"
                    );
                }
            }
        }
    }

    /// The next message the person reads, if one comes within `wait`.
    pub async fn reply_within(&mut self, wait: Duration) -> Option<String> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match self.next_within(left).await? {
                Seen::Message(text) => return Some(text),
                Seen::Membership(membership) => {
                    assert!(membership != "leave", "the bot left the chat");
                }
            }
        }
    }

    /// Reads until the bot leaves; the messages it wrote meanwhile.
    pub async fn until_bot_leaves(&mut self) -> Vec<String> {
        let mut messages = Vec::new();
        loop {
            match self.next().await {
                Seen::Message(text) => messages.push(text),
                Seen::Membership(membership) if membership == "leave" => return messages,
                Seen::Membership(_) => {}
            }
        }
    }

    /// How many of the bot's messages reached WhatsApp, and how many were deleted since.
    pub fn relayed_and_deleted(&mut self) -> (usize, usize) {
        self.scan();
        let deleted = self.relayed.iter().filter(|(_, deleted)| *deleted).count();
        (self.relayed.len(), deleted)
    }
}

/// Percent-encodes an id for a URL path or query.
fn encode(id: &str) -> String {
    id.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn unique() -> u32 {
    let mut bytes = [0u8; 4];
    getrandom::fill(&mut bytes).unwrap();
    u32::from_le_bytes(bytes)
}

/// A new phone number after `prefix` (e.g. Serbia's mobile `38164`): each person, and so each
/// ghost, is new in every run.
pub fn phone_number(prefix: &str) -> String {
    let mut bytes = [0u8; 7];
    getrandom::fill(&mut bytes).unwrap();
    let digits: String = bytes.iter().map(|b| char::from(b'0' + b % 10)).collect();
    format!("{prefix}{digits}")
}
