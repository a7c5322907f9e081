//! Domain rules, free of HTTP and SQL: what a valid name is, how pages and merge patches work, what
//! a project or an environment holds.

pub mod about;
pub mod catalog;
pub mod dotenv;
pub mod glob;
pub mod job;
pub mod meltano_yml;
mod name;
pub mod page;
pub mod plugin;
pub mod plugin_context;
pub mod plugin_env;
pub mod plugin_write;
pub mod resources;
pub mod run;
pub mod run_stats;
pub mod schedule;
pub mod state;
pub mod version;
pub mod webhook;

pub use name::Name;
pub use resources::{EnvFields, ProjectFields};
