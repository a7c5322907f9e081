use sea_orm::entity::prelude::*;

/// A plugin of a project (`plugins.<type>[]` in `meltano.yml`).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "plugins")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub project: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    pub plugin_type: String,
    pub inherit_from: Option<String>,
    /// JSON text: the definition fields of the spec's `Plugin` (variant, pip_url, settings, ...).
    pub definition: String,
    /// JSON text: the project-level config.
    pub config: String,
    pub uid: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub revision: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
