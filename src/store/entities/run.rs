use sea_orm::entity::prelude::*;

/// One row of an environment's run history (Meltano's `runs`): runs of jobs and commands, and the
/// `STATE_EDIT` records of state changes. Ids are UUIDv7, so they sort by creation.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "runs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub project: String,
    pub env: String,
    pub kind: String,
    pub status: String,
    pub job: Option<String>,
    pub schedule: Option<String>,
    pub command: Option<String>,
    pub trigger: String,
    /// JSON text: the state ids the run reads and writes.
    pub state_ids: String,
    pub error: Option<String>,
    pub created_at: DateTimeUtc,
    pub started_at: Option<DateTimeUtc>,
    pub ended_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
