//! sea-orm entities, one per table.

pub mod audit_event;
pub mod env;
pub mod job;
pub mod lease;
pub mod plugin;
pub mod plugin_about;
pub mod plugin_env_config;
pub mod project;
pub mod run;
pub mod run_log;
pub mod schedule;
pub mod state;
pub mod webhook;
pub mod webhook_delivery;
