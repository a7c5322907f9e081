//! meltano-api: the reference server of the Meltano Core API v2.
//!
//! `spec/openapi.yaml` is the source of truth. `generated/` holds the axum stubs made from it; this
//! crate implements them:
//! - `config`: settings from flags, env vars and defaults;
//! - `startup`: the router, its layers, the listener;
//! - `http`: one module per collection, thin (HTTP <-> domain), plus request validation and auth,
//!   and `http::problem`: the API's one error type, its mapping from `error::Error` and its
//!   `application/problem+json` rendering;
//! - `domain`: rules with no HTTP or SQL (names, pages, merge patches);
//! - `error`: the error of every layer below HTTP, in the domain's words (no status codes);
//! - `store`: sea-orm entities, migrations, queries (SQLite or PostgreSQL);
//! - `meltano`: import of a Meltano project (meltano.yml, state) and export as meltano.yml;
//! - `launch`: making runs (of commands, jobs, schedules), shared by handlers and the scheduler;
//! - `runner`: the executor: claiming runs, child process pipelines, state capture, logs, cancel;
//! - `scheduler`: cron schedules -> runs, once per firing across replicas;
//! - `retention`: deleting ended runs past `--retain-days`, one replica at a time;
//! - `tasks`: the background tasks start-up spawns, and whether each is alive (`/health`);
//! - `webhooks`: the deliverer of run events to webhooks, from the outbox the store writes;
//! - `metrics`: `/metrics` in the Prometheus text format;
//! - `spec`: the embedded OpenAPI document; `schema`: values checked against its schemas.

pub mod config;
pub mod domain;
pub mod error;
pub mod http;
pub mod launch;
pub mod meltano;
pub mod metrics;
pub mod retention;
pub mod runner;
pub mod scheduler;
pub mod schema;
pub mod spec;
pub mod startup;
pub mod store;
pub mod tasks;
pub mod webhooks;
