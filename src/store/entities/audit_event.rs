use sea_orm::entity::prelude::*;

/// One write the API accepted: who made it, how and where (`store::events`).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    /// UUIDv7: sorts by creation.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub project: String,
    /// The token's name; `None` when the server asks for no token.
    pub token: Option<String>,
    pub method: String,
    /// The spec's operationId.
    pub operation: String,
    pub path: String,
    pub request_id: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
