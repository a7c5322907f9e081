use sea_orm::entity::prelude::*;

/// A schedule of a project (`schedules[]` in `meltano.yml`), firing in `env`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "schedules")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub project: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    /// The environment it was created through, and fires in.
    pub env: String,
    /// The job it runs, if it is of that form (kept apart to find a job's schedules).
    pub job: Option<String>,
    /// JSON text: the writable fields (`domain::schedule::ScheduleFields`).
    pub fields: String,
    pub uid: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub revision: i64,
    /// The fire time the scheduler last fired it for (whichever replica won it).
    pub last_fire_at: Option<DateTimeUtc>,
    /// The run its last firing (or `run` verb) made.
    pub last_run: Option<String>,
    /// When it fires next (`domain::schedule::next_fire_at`), kept with every change so that
    /// the scheduler reads only the due schedules; `None`: paused, or never by itself.
    pub next_fire_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
