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

impl Model {
    /// The plugin as the domain reads it (its JSON texts parsed; a text that is not an object,
    /// which this server never writes, reads as empty).
    pub fn project_plugin(&self) -> crate::domain::plugin_context::ProjectPlugin {
        let object = |text: &str| serde_json::from_str(text).unwrap_or_default();
        crate::domain::plugin_context::ProjectPlugin {
            name: self.name.clone(),
            plugin_type: self.plugin_type.clone(),
            inherit_from: self.inherit_from.clone(),
            definition: object(&self.definition),
            config: object(&self.config),
        }
    }
}
