use sea_orm::entity::prelude::*;

/// One line of a run's log: what its processes wrote to stderr (and command blocks to stdout),
/// and the server's own notes on the run.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "run_logs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub run_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub seq: i64,
    pub time: DateTimeUtc,
    pub block: Option<String>,
    pub plugin: Option<String>,
    pub stream: String,
    pub text: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
