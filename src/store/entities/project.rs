use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "projects")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    /// Given at creation and never reused, so a re-created project never repeats an old ETag.
    pub uid: String,
    pub description: Option<String>,
    pub default_environment: Option<String>,
    /// JSON text: PostgreSQL `jsonb` cannot hold `\u0000`, which a JSON string may contain.
    pub env: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Set while the project is soft-deleted.
    pub deleted_at: Option<DateTimeUtc>,
    /// Bumped by every write; the ETag derives from it.
    pub revision: i64,
    /// JSON text: the `env` variables whose values are secrets (they feed sensitive settings of
    /// the project's plugins), kept by every plugin write so that reads need no plugin query.
    pub secret_vars: String,
    /// The `project_id` of the `meltano.yml` it was imported from, which its export keeps.
    pub meltano_project_id: Option<String>,
    /// JSON text: the imported `meltano.yml`'s order and the keys the API does not model
    /// (`domain::meltano_yml::Layout`), which its export puts back.
    pub meltano_layout: Option<String>,
    /// JSON text: the variables of the imported project's `.env`. Every value is a secret:
    /// never answered, logged or exported; settings and config values read them as Meltano's do.
    pub dotenv: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
