//! sea-orm entities, one per table.

pub mod env;
pub mod project;
pub mod state;
