use sea_orm::entity::prelude::*;

use crate::domain::run::{RunKind, RunStatus, Trigger};

/// One row of an environment's run history (Meltano's `runs`): runs of jobs and commands, and the
/// `STATE_EDIT` records of state changes. Ids are UUIDv7, so they sort by creation.
/// Serde: a webhook delivery keeps the run as it was at the event.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "runs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub project: String,
    pub env: String,
    pub kind: RunKind,
    pub status: RunStatus,
    pub job: Option<String>,
    pub schedule: Option<String>,
    pub command: Option<String>,
    pub trigger: Trigger,
    /// JSON text: the state ids the run reads and writes.
    pub state_ids: String,
    pub error: Option<String>,
    pub created_at: DateTimeUtc,
    pub started_at: Option<DateTimeUtc>,
    pub ended_at: Option<DateTimeUtc>,
    /// The plugin an `INSTALL`, `TEST` or `SERVICE` run works on.
    pub plugin: Option<String>,
    /// A service's name (`SERVICE` runs only).
    pub name: Option<String>,
    /// JSON text: the run's options (`domain::run::RunOptions`).
    pub options: Option<String>,
    /// JSON text: what a kind keeps besides (a test run's results, a service's args).
    pub details: Option<String>,
    pub exit_code: Option<i32>,
    /// The lease: the replica executing the run, renewed every second while it runs.
    pub owner: Option<String>,
    pub heartbeat_at: Option<DateTimeUtc>,
    /// Set when someone asked the run to stop; the owner reads it with its heartbeat.
    pub cancel_reason: Option<String>,
    pub idempotency_key: Option<String>,
    /// A digest of the request an idempotency key was first used with.
    pub request_digest: Option<String>,
    /// JSON text: what its plugins said they did (`domain::run_stats::RunStatistics`).
    pub stats: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
