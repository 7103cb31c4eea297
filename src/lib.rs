//! Putokaz: a multilingual chatbot that gives people on the move psychosocial information,
//! following conversation flows written by coordinators in YAML, in words that come from
//! Fluent translations.
//!
//! - [`content`] loads and checks flows, the service directory and translations;
//! - [`engine`] is the pure conversation step, `(session, input, now) -> (session, replies)`;
//! - [`store`] keeps sessions in sled under keyed hashes;
//! - [`render`] turns replies into plain text or HTML;
//! - [`chat`] is the terminal adapter, [`matrix`] the Matrix bot (with [`delivery`] for
//!   exactly-once answers), and [`transcript`] runs conversation tests.

pub mod chat;
pub mod config;
pub mod content;
pub mod delivery;
pub mod diagnostic;
pub mod engine;
pub mod flood;
pub mod graph;
pub mod log;
pub mod matrix;
pub mod memory;
pub mod normalise;
pub mod private_file;
pub mod reach;
pub mod render;
pub mod screens;
pub mod stats;
pub mod storage_fault;
pub mod store;
pub mod teams;
pub mod transcript;
pub mod volunteer;
pub mod watch;

/// Seconds since 1970 by the system clock; only adapters call this, never the engine.
pub fn now() -> engine::Timestamp {
    now_ms() / 1000
}

/// Milliseconds since 1970 by the system clock.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Today as days since 1970-01-01.
pub fn today() -> i64 {
    (now() / 86_400) as i64
}
