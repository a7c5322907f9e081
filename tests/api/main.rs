//! Integration tests: each test starts the real server on a random port with its own database
//! (SQLite in a temp dir, or a fresh PostgreSQL database when `MELTANO_API_TEST_DATABASE=postgres`)
//! and talks HTTP to it.

mod auth;
mod envs;
mod errors;
mod events;
mod executor;
mod faults;
mod fidelity;
mod hardening;
mod helpers;
mod implemented;
mod install;
mod jobs;
mod meltano;
mod operating;
mod plugins;
mod projects;
mod runs;
mod schedules;
mod soak;
mod states;
mod webhooks;
