use sea_orm::entity::prelude::*;

/// What a plugin answered to `--about --format json` when it was last installed or refreshed.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "plugin_abouts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub project: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub plugin: String,
    /// JSON text: the document, as the plugin printed it.
    pub about: String,
    pub learned_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
