//! sea-orm entities, one per table.

pub mod env;
pub mod plugin;
pub mod plugin_env_config;
pub mod project;
pub mod state;
