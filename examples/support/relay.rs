//! `--relay`: what talking with a person through the bot costs in time. Half the simulated
//! people ask Putokaz for a person; one worker takes every case in the team room and they write
//! to each other through the bot. The other half keep choosing from the bot's menus meanwhile:
//! their answers are the baseline, timed in the same run and the same moments, so that
//! whatever slows the homeserver or the machine slows both alike.

use std::collections::HashMap;

use matrix_sdk::ruma::events::relation::Thread;
use matrix_sdk::ruma::events::room::message::Relation;
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId};

use super::*;

/// Menu choices people make; the baseline's people go round them.
pub(super) const MENU_CHOICES: [&str; 3] = ["1", "3", "menu"];
/// Exchanges each way between a worker and a person.
const EXCHANGES: usize = 5;
/// Steps a person who asks for a person takes before the exchanges: the menu choices, asking,
/// saying yes, the first words. The baseline's people make as many untimed choices first.
const STEPS_BEFORE_EXCHANGES: usize = MENU_CHOICES.len() + 3;

/// What the worker's client sees in the team room: the bot's case lines (event id → code) and
/// the person's words in threads (text → when, and the thread).
#[derive(Default)]
struct TeamRoomSeen {
    lines: HashMap<OwnedEventId, String>,
    relayed: HashMap<String, (Instant, Option<OwnedEventId>)>,
}

struct Worker {
    client: Client,
    seen: Arc<std::sync::Mutex<TeamRoomSeen>>,
}

async fn worker(homeserver: &str, name: &str) -> Worker {
    let client = logged_in(homeserver, name).await;
    let seen: Arc<std::sync::Mutex<TeamRoomSeen>> = Arc::default();
    let own = client.user_id().expect("logged in").to_owned();
    let shared = seen.clone();
    client.add_event_handler(move |event: OriginalSyncRoomMessageEvent| {
        let (seen, own) = (shared.clone(), own.clone());
        async move {
            if event.sender == own {
                return;
            }
            let body = event.content.body().to_string();
            let mut seen = seen.lock().expect("seen");
            if let Some(rest) = body.strip_prefix("Case ") {
                let code = rest.split_whitespace().next().unwrap_or_default();
                seen.lines.insert(event.event_id.clone(), code.to_string());
            } else if let Some(words) = body.strip_prefix("Person: ") {
                let root = match &event.content.relates_to {
                    Some(Relation::Thread(thread)) => Some(thread.event_id.clone()),
                    _ => None,
                };
                seen.relayed
                    .insert(words.to_string(), (Instant::now(), root));
            }
        }
    });
    // The team room is busy: without a large timeline limit a sync may leave out events (a
    // "limited" timeline), and the worker would never see some of what the bot posted.
    let settings = || {
        let mut filter = matrix_sdk::ruma::api::client::filter::FilterDefinition::default();
        filter.room.timeline.limit = Some(matrix_sdk::ruma::uint!(1000));
        SyncSettings::default().filter(
            matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter::FilterDefinition(filter),
        )
    };
    let first = client.sync_once(settings()).await.expect("first sync");
    keep_syncing(client.clone(), settings().token(first.next_batch));
    Worker { client, seen }
}

impl Worker {
    /// When the worker saw the person's `words`, and in which case's thread, waiting for them.
    async fn saw(&self, words: &str) -> (Instant, Option<OwnedEventId>) {
        let start = Instant::now();
        loop {
            if let Some(seen) = self.seen.lock().expect("seen").relayed.get(words) {
                return seen.clone();
            }
            assert!(
                start.elapsed() < REPLY_TIMEOUT,
                "the worker never saw {words:?}"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
}

/// Time from sending to the answer, for one message of the person's.
pub(super) async fn answered(person: &Person, room: &Room, text: &str) -> Duration {
    let mut inbox = person.inbox.lock().await;
    let sent = Instant::now();
    room.send(RoomMessageEventContent::text_plain(text))
        .await
        .expect("send");
    next_in(&mut inbox, room.room_id()).await - sent
}

async fn next_in(
    inbox: &mut mpsc::UnboundedReceiver<(OwnedRoomId, Instant)>,
    room: &matrix_sdk::ruma::RoomId,
) -> Instant {
    loop {
        match tokio::time::timeout(REPLY_TIMEOUT, inbox.recv()).await {
            Ok(Some((room_id, at))) if room_id == room => return at,
            Ok(Some(_)) => {}
            _ => panic!("no answer from the bot"),
        }
    }
}

/// A baseline person's conversation: menu choices, timed while the others talk with the
/// worker (one choice for each message of an exchange, at the same pace).
async fn choosing(
    person: Arc<Person>,
    room: Room,
    think: Duration,
    stagger: Duration,
) -> [Vec<Duration>; 3] {
    let mut menu = Vec::new();
    tokio::time::sleep(stagger).await;
    answered(&person, &room, "hi").await;
    for step in 0..STEPS_BEFORE_EXCHANGES + 2 * EXCHANGES {
        tokio::time::sleep(think).await;
        let took = answered(&person, &room, MENU_CHOICES[step % MENU_CHOICES.len()]).await;
        if step >= STEPS_BEFORE_EXCHANGES {
            menu.push(took);
        }
    }
    [menu, Vec::new(), Vec::new()]
}

/// One person's conversation with a worker: a few menu choices, a case opened and taken,
/// then exchanges with the worker timed both ways.
async fn conversation(
    index: usize,
    person: Arc<Person>,
    room: Room,
    worker: Arc<Worker>,
    team_room: Room,
    think: Duration,
    stagger: Duration,
) -> [Vec<Duration>; 3] {
    let (mut to_worker, mut to_person) = (Vec::new(), Vec::new());
    // People start spread over one reading time, not all at once: otherwise every menu choice
    // would come in a burst of all the people together while the exchanges, which find their
    // threads at different moments, come spread out, and the two would not be comparable.
    tokio::time::sleep(stagger).await;
    answered(&person, &room, "hi").await;
    for choice in MENU_CHOICES {
        tokio::time::sleep(think).await;
        answered(&person, &room, choice).await;
    }
    tokio::time::sleep(think).await;
    answered(&person, &room, "talk to a person").await;
    tokio::time::sleep(think).await;
    answered(&person, &room, "1").await;

    // The first words find the case's thread; the worker takes it.
    let hello = format!("hello from {index}");
    tokio::time::sleep(think).await;
    room.send(RoomMessageEventContent::text_plain(&hello))
        .await
        .expect("send");
    let root = worker
        .saw(&hello)
        .await
        .1
        .expect("the person's words in a thread");
    // A busy room's sync can skip older events (a "limited" timeline): read the line itself.
    let seen = worker.seen.lock().expect("seen").lines.get(&root).cloned();
    let code = match seen {
        Some(code) => code,
        None => {
            let line = team_room.event(&root, None).await.expect("the case line");
            let content: serde_json::Value = line
                .raw()
                .get_field("content")
                .ok()
                .flatten()
                .expect("content");
            let body = content["body"].as_str().unwrap_or_default();
            let rest = body.strip_prefix("Case ").expect("a case line");
            rest.split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string()
        }
    };
    let mut inbox = person.inbox.lock().await;
    team_room
        .send(RoomMessageEventContent::text_plain(format!("!take {code}")))
        .await
        .expect("take");
    next_in(&mut inbox, room.room_id()).await; // "A worker from … is here"

    for exchange in 0..EXCHANGES {
        tokio::time::sleep(think).await;
        let mut content =
            RoomMessageEventContent::text_plain(format!("worker {exchange} to {index}"));
        content.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root.clone())));
        let sent = Instant::now();
        team_room.send(content).await.expect("send in thread");
        to_person.push(next_in(&mut inbox, room.room_id()).await - sent);

        tokio::time::sleep(think).await;
        let words = format!("person {exchange} from {index}");
        let sent = Instant::now();
        room.send(RoomMessageEventContent::text_plain(&words))
            .await
            .expect("send");
        to_worker.push(worker.saw(&words).await.0 - sent);
    }
    drop(inbox);
    tokio::time::sleep(think).await;
    answered(&person, &room, "bot").await;
    [Vec::new(), to_worker, to_person]
}

pub(super) fn percentiles(mut values: Vec<Duration>) -> (Duration, Duration) {
    values.sort();
    let at = |q: f64| values[((values.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.99))
}

pub(super) async fn relay(options: &Options, dir: &Path, people: Vec<Arc<Person>>) {
    let worker_name = unique("worker");
    register(&options.root, std::slice::from_ref(&worker_name));
    let worker = Arc::new(worker(&options.homeserver, &worker_name).await);

    // The bot's account first, so that the team room can invite it.
    let bot_name = unique("putokaz");
    register_bot(&options.root, &bot_name);
    let mut request = CreateRoom::new();
    request.invite = vec![UserId::parse(format!("@{bot_name}:localhost")).expect("bot id")];
    request.preset = Some(RoomPreset::PrivateChat);
    let team_room = worker.client.create_room(request).await.expect("team room");
    let extra = format!(
        "[matrix.team_rooms]\nload = {:?}\n\n[[teams]]\nid = \"load\"\nname = \"Load Team\"\nlanguages = [\"en\"]\n",
        team_room.room_id().as_str()
    );
    let mut bot = spawn_putokaz(options, dir, &bot_name, &extra);
    bot.wait_ready();

    let mut rooms = Vec::new();
    for person in &people {
        rooms.push(person.open_dm(&bot.user_id).await);
    }
    let tasks: Vec<_> = people
        .into_iter()
        .zip(rooms)
        .enumerate()
        .map(|(index, (person, room))| {
            let (worker, team_room, think) = (worker.clone(), team_room.clone(), options.think);
            let stagger = think * index as u32 / options.people.max(1) as u32;
            match index % 2 {
                0 => tokio::spawn(conversation(
                    index, person, room, worker, team_room, think, stagger,
                )),
                _ => tokio::spawn(choosing(person, room, think, stagger)),
            }
        })
        .collect();
    let (mut menu, mut to_worker, mut to_person) = (Vec::new(), Vec::new(), Vec::new());
    for task in tasks {
        let [m, w, p] = task.await.expect("a conversation");
        menu.extend(m);
        to_worker.extend(w);
        to_person.extend(p);
    }
    bot.stop();
    let counts = [menu.len(), to_worker.len(), to_person.len()];
    let (menu, to_worker, to_person) = (
        percentiles(menu),
        percentiles(to_worker),
        percentiles(to_person),
    );
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{} people: half talk with a worker, {EXCHANGES} exchanges each way, half choose from menus meanwhile; {} ms to read, homeserver {}",
        options.people,
        options.think.as_millis(),
        options.homeserver
    );
    println!("{:<32} {:>8} {:>10} {:>10}", "", "messages", "p50", "p99");
    for (name, count, (p50, p99)) in [
        ("menu choice answered (baseline)", counts[0], menu),
        ("person to worker", counts[1], to_worker),
        ("worker to person", counts[2], to_person),
    ] {
        println!(
            "{name:<32} {count:>8} {:>7.0} ms {:>7.0} ms",
            ms(p50),
            ms(p99)
        );
    }
    println!(
        "ratios to the menu answer (p50, p99): person to worker {:.2}x, {:.2}x; worker to person {:.2}x, {:.2}x",
        ratio(ms(to_worker.0), ms(menu.0)),
        ratio(ms(to_worker.1), ms(menu.1)),
        ratio(ms(to_person.0), ms(menu.0)),
        ratio(ms(to_person.1), ms(menu.1)),
    );
}
