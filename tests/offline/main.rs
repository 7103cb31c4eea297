//! Every test that needs no homeserver, in one test binary. Each integration test file used to
//! be its own binary, and every one of them links all of matrix-sdk: one binary links once.

#[path = "../common/mod.rs"]
mod common;

mod chat;
mod check;
mod conversations;
mod disk;
mod engine;
mod fuzz;
mod handoff;
mod person;
mod readme;
mod rtl;
mod volunteer;
