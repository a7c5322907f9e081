use sea_orm::entity::prelude::*;

/// One run event for one webhook (the outbox): written in the transaction of the run's status
/// change, then attempted by whichever replica's deliverer leases it first.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_deliveries")]
pub struct Model {
    /// UUIDv7: its `webhook-id`, and sorts by creation.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub project: String,
    pub webhook: String,
    /// `run.queued`, `run.started` or `run.ended`.
    pub event: String,
    pub run_id: String,
    /// The run's status at the event.
    pub run_status: String,
    /// JSON text: the run's row as it was at the event.
    pub run: String,
    /// `PENDING`, `DELIVERED` or `FAILED`.
    pub status: String,
    pub attempts: i32,
    pub created_at: DateTimeUtc,
    /// When it is due (`None` once delivered or failed).
    pub next_attempt_at: Option<DateTimeUtc>,
    pub last_attempt_at: Option<DateTimeUtc>,
    pub delivered_at: Option<DateTimeUtc>,
    /// The HTTP status of the last answer.
    pub response_status: Option<i32>,
    pub last_error: Option<String>,
    /// The deliverer attempting it, and until when its lease holds.
    pub lease_owner: Option<String>,
    pub lease_until: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
