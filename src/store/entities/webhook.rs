use sea_orm::entity::prelude::*;

/// A webhook of a project: where its run events are sent.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "webhooks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub project: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    /// JSON text: the writable fields but the secret (`domain::webhook::WebhookFields`).
    pub fields: String,
    /// The signing secret, as written (never answered).
    pub secret: String,
    pub uid: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub revision: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
