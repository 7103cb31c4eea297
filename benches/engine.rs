//! Engine benchmarks (`cargo bench --bench engine`). Each group measures Putokaz beside a
//! baseline run in the same process, so figures compare as ratios on any machine:
//!
//! - `step`: one message as the Matrix adapter handles it (`delivery::decide` with the sled
//!   read, the engine step with Fluent formatting, and the durable write, then `answered`),
//!   with 100,000 other sessions in the store; baselines: the engine step alone, and a bare
//!   sled insert + flush of a session-sized value (the floor of any durable write).
//! - `normalise`: 16 KiB messages in five scripts and a hostile mix; baseline: `to_lowercase`.
//! - `urgent words`: a step on free text, where crisis and emergency words and patterns of
//!   every language are searched, and on a 64 KiB message (the longest read); baselines: a step
//!   on a menu number, and normalising the same 64 KiB.
//! - `load`: loading and checking a generated set of 1,000 extra nodes in 8 locales; baseline:
//!   reading the same files.

use std::path::Path;
use std::sync::Arc;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use putokaz::config::Config;
use putokaz::content::{Content, Sources};
use putokaz::delivery::{self, Decision, Incoming};
use putokaz::engine::{Engine, Settings};
use putokaz::normalise::normalise;
use putokaz::store::{Record, SessionStore};

#[path = "../tests/common/mod.rs"]
mod common;

const SESSIONS: usize = 100_000;

use common::root;

fn load(flows: &Path, locales: &Path) -> Content {
    let config = Config {
        flows: flows.to_path_buf(),
        locales: locales.to_path_buf(),
        ..Config::default()
    };
    let loaded = Content::load(&Sources::from_config(&config));
    loaded
        .content
        .unwrap_or_else(|| panic!("{}", loaded.report.render(true)))
}

fn engine() -> Engine {
    let content = load(&root().join("flows"), &root().join("locales"));
    Engine::new(Arc::new(content), Settings::default())
}

/// A store with `SESSIONS` people in it, each at the main menu in Arabic. Built once per run
/// (the inserts are batched; the measured writes below are each durable).
fn populated_store(dir: &Path, engine: &Engine) -> SessionStore {
    let store = SessionStore::open(dir).unwrap();
    let first = engine.step(None, "hi", 1_000);
    let at_menu = engine.step(first.session, "العربية", 1_001);
    let session = at_menu.session.expect("a session");
    let records: Vec<_> = (0..SESSIONS)
        .map(|i| {
            let key = store.key(&format!("!room{i}:example.org\u{0}@person{i}:example.org"));
            let record = Record {
                session: Some(session.clone()),
                last: None,
            };
            (key, record)
        })
        .collect();
    store.save_records(&records).unwrap();
    drop(store);
    // Store size per session, after sled has written everything out.
    let bytes: u64 = common::walk(dir)
        .iter()
        .map(|f| f.metadata().map_or(0, |m| m.len()))
        .sum();
    eprintln!(
        "store: {SESSIONS} sessions in {bytes} bytes on disk, {} bytes per session",
        bytes / SESSIONS as u64
    );
    SessionStore::open(dir).unwrap()
}

fn step(c: &mut Criterion) {
    let engine = engine();
    let dir = tempfile::tempdir().unwrap();
    let store = populated_store(dir.path(), &engine);
    assert!(store.len() >= SESSIONS);

    let mut group = c.benchmark_group("step");
    // One person walking the main menu in Arabic: awareness menu, then back to the main menu.
    let answers = ["1", "0"];
    let mut n = 0u64;
    group.bench_function("putokaz: decide + answered, 100k sessions in sled", |b| {
        b.iter(|| {
            n += 1;
            let event = format!("$event{n}");
            let message = Incoming {
                room: "!room7:example.org",
                sender: "@person7:example.org",
                event_id: &event,
                input: answers[(n % 2) as usize].into(),
                at_ms: 2_000_000 + n * 1000,
            };
            let decision = delivery::decide(&engine, &store, &message).unwrap();
            assert!(matches!(decision, Decision::Answer(_)));
            delivery::answered(&store, &message).unwrap();
        })
    });

    let at_menu = {
        let first = engine.step(None, "hi", 1_000);
        engine.step(first.session, "العربية", 1_001).session
    };
    group.bench_function("baseline: engine step alone (no store)", |b| {
        b.iter_batched(
            || at_menu.clone(),
            |session| engine.step(session, "1", 2_000),
            BatchSize::SmallInput,
        )
    });

    let raw = sled::open(dir.path().join("raw")).unwrap();
    let value = vec![7u8; 400];
    let mut k = 0u64;
    group.bench_function("baseline: bare sled insert + flush", |b| {
        b.iter(|| {
            k += 1;
            raw.insert(k.to_be_bytes(), value.as_slice()).unwrap();
            raw.flush().unwrap();
        })
    });
    group.finish();
}

fn messages() -> Vec<(&'static str, String)> {
    let fill = |word: &str| word.repeat(16 * 1024 / word.chars().count().max(1));
    vec![
        ("latin", fill("I need a lawyer in Belgrade please. ")),
        ("arabic", fill("أحتاج إلى محامٍ في بلغراد من فضلك. ")),
        ("persian", fill("من به یک وکیل در بلگراد نیاز دارم. ")),
        ("bengali", fill("আমার বেলগ্রেডে একজন আইনজীবী দরকার। ")),
        ("cyrillic", fill("Мені потрібен адвокат у Белграді. ")),
        (
            "hostile mix",
            fill("\u{202E}sos\u{200B}١٢٣\u{0301}\u{0000}😀\u{FE0F}ﷺ\u{061C}ـــ "),
        ),
    ]
}

fn normaliser(c: &mut Criterion) {
    let mut group = c.benchmark_group("normalise 16 KiB");
    for (script, text) in messages() {
        group.bench_function(format!("putokaz: {script}"), |b| {
            b.iter(|| normalise(&text))
        });
        group.bench_function(format!("baseline to_lowercase: {script}"), |b| {
            b.iter(|| text.to_lowercase())
        });
    }
    group.finish();
}

fn urgent_words(c: &mut Criterion) {
    let engine = engine();
    let at_menu = {
        let first = engine.step(None, "hi", 1_000);
        engine.step(first.session, "العربية", 1_001).session
    };
    let sentence =
        "أنا في بلغراد منذ أسبوعين وأبحث عن محامٍ يساعدني في طلب اللجوء، هل يمكنك مساعدتي؟";
    let long = format!(
        "{}sos",
        "أحتاج إلى محامٍ في بلغراد من فضلك. ".repeat(64 * 1024 / 64)
    );
    let mut group = c.benchmark_group("urgent words");
    group.bench_function(
        "putokaz: step on a sentence (urgent words of 8 languages searched)",
        |b| {
            b.iter_batched(
                || at_menu.clone(),
                |session| engine.step(session, sentence, 2_000),
                BatchSize::SmallInput,
            )
        },
    );
    group.bench_function("baseline: step on a menu number", |b| {
        b.iter_batched(
            || at_menu.clone(),
            |session| engine.step(session, "1", 2_000),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("putokaz: step on 64 KiB ending in sos", |b| {
        b.iter_batched(
            || at_menu.clone(),
            |session| engine.step(session, &long, 2_000),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("baseline: normalise the same 64 KiB", |b| {
        b.iter(|| normalise(&long))
    });
    group.finish();
}

/// The bundled content plus a flow of `nodes` nodes, each with its own message in every
/// bundled locale, reachable from the main menu.
fn large_set(dir: &Path, nodes: usize) {
    common::copy_content(dir);
    let main = dir.join("flows/main.yaml");
    let text = std::fs::read_to_string(&main).unwrap();
    let text = text.replacen(
        "      - label: main-opt-about\n",
        "      - label: big-opt\n        flow: big\n      - label: main-opt-about\n",
        1,
    );
    std::fs::write(&main, text).unwrap();

    let mut flow = String::from("format: 1\nflow: big\nnodes:\n");
    for i in 0..nodes {
        let next = (i + 1) % nodes;
        let skip = (i + 7) % nodes;
        flow.push_str(&format!(
            "  - id: n{i}\n    say: big-{i}\n    menu:\n      - label: big-next\n        go: n{next}\n      - label: big-skip\n        add: {{ skipped: 1 }}\n        go: n{skip}\n      - label: common-main-menu\n        go: main-menu\n"
        ));
    }
    std::fs::write(dir.join("flows/big.yaml"), flow).unwrap();

    for locale in std::fs::read_dir(dir.join("locales")).unwrap() {
        let locale = locale.unwrap().path();
        let mut ftl = String::from(
            "big-opt = A big flow\nbig-next = Next\n    .keywords = next, continue\nbig-skip = Skip ahead\n    .keywords = skip ahead\n",
        );
        for i in 0..nodes {
            ftl.push_str(&format!(
                "big-{i} = Step {i} of a long walk. Take your time; you can stop at any moment.\n"
            ));
        }
        std::fs::write(locale.join("big.ftl"), ftl).unwrap();
    }
}

fn read_all(dir: &Path) -> usize {
    common::walk(dir)
        .iter()
        .map(|file| std::fs::read_to_string(file).unwrap().len())
        .sum()
}

fn loading(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    large_set(dir.path(), 1_000);
    let (flows, locales) = (dir.path().join("flows"), dir.path().join("locales"));
    let content = load(&flows, &locales);
    let nodes: usize = content.flows.values().map(|f| f.nodes.len()).sum();
    assert!(nodes >= 1_000 && content.locales.all().len() == 8);

    let mut group = c.benchmark_group("load and check");
    group.sample_size(20);
    group.bench_function("putokaz: 1,000 extra nodes x 8 locales", |b| {
        b.iter(|| load(&flows, &locales))
    });
    group.bench_function("baseline: read the same files", |b| {
        b.iter(|| read_all(dir.path()))
    });
    group.finish();
}

criterion_group!(benches, step, normaliser, urgent_words, loading);
criterion_main!(benches);
