use sea_orm::entity::prelude::*;

/// One environment's config of one plugin (`environments[].config.plugins` in `meltano.yml`).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "plugin_env_configs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub project: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub plugin: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub env: String,
    /// JSON text.
    pub config: String,
    /// JSON text: the environment's extras of the plugin (`select`, `metadata`, ...), over its
    /// own; `None` for none.
    pub extras: Option<String>,
    pub uid: String,
    pub updated_at: DateTimeUtc,
    pub revision: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
