//! Queries on `webhooks` and `webhook_deliveries`: a project's webhooks, the outbox a run's
//! status change writes to in its own transaction, and the leases deliverers take on it.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait,
    FromQueryResult, QueryFilter, QueryOrder, QuerySelect, Statement,
};

use super::entities::run;
use super::entities::webhook::{self, Column, Entity as Webhooks};
use super::entities::webhook_delivery::{self, Entity as Deliveries};
use super::{Limited, Store, new_uid, now};
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::domain::run::RunKind;
use crate::domain::version::check_if_match;
use crate::domain::webhook::{MAX_ATTEMPTS, RunFacts, WebhookFields, delivery};
use crate::error::Error;

versioned_by_project_and_name!(webhook, Webhooks, find_webhook);

impl webhook::Model {
    pub fn fields(&self) -> WebhookFields {
        serde_json::from_str(&self.fields).unwrap_or_else(|_| WebhookFields {
            url: String::new(),
            events: Vec::new(),
            statuses: Vec::new(),
            env: None,
            job: None,
            schedule: None,
            paused: true,
        })
    }
}

impl webhook_delivery::Model {
    /// The run as it was at the event.
    pub fn run(&self) -> Result<run::Model, Error> {
        serde_json::from_str(&self.run).map_err(Error::internal)
    }
}

/// A webhook's fields and, when it changes, its secret.
pub struct WebhookWrite {
    pub fields: WebhookFields,
    pub secret: Option<String>,
}

/// A delivery leased to a deliverer, with where it goes and the key's secret.
pub struct DueDelivery {
    pub delivery: webhook_delivery::Model,
    pub url: String,
    pub secret: String,
}

/// How an attempt went.
pub struct Attempt {
    pub response_status: Option<i32>,
    /// `None`: delivered.
    pub error: Option<String>,
    /// When to try again (`None` with an error: no more attempts).
    pub retry_at: Option<DateTime<Utc>>,
}

/// Writes, with `db` (the transaction of the status change), one delivery of `event` for each
/// webhook of the run's project that wants it, the run as it is now kept with it. State edits
/// are records, not executions: they make no events.
pub async fn record_run_event(
    db: &impl ConnectionTrait,
    event: &str,
    run: &run::Model,
) -> Result<(), Error> {
    if run.kind == RunKind::StateEdit {
        return Ok(());
    }
    let mut hooks = Webhooks::find().filter(Column::Project.eq(run.project.as_str()));
    // Held until the status change commits: a webhook deleted meanwhile waits for it, and its
    // delete then takes the new deliveries too (SQLite's one writer already orders them).
    if db.get_database_backend() == DbBackend::Postgres {
        hooks = hooks.lock_shared();
    }
    let hooks = hooks.all(db).await?;
    let facts = RunFacts {
        env: &run.env,
        job: run.job.as_deref(),
        schedule: run.schedule.as_deref(),
        status: run.status.as_str(),
    };
    let wanting: Vec<_> = hooks
        .iter()
        .filter(|hook| hook.fields().wants(event, &facts))
        .collect();
    if wanting.is_empty() {
        return Ok(());
    }
    let snapshot = serde_json::to_string(run).map_err(Error::internal)?;
    let now = now();
    let rows = wanting.iter().map(|hook| webhook_delivery::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        project: Set(run.project.clone()),
        webhook: Set(hook.name.clone()),
        event: Set(event.to_string()),
        run_id: Set(run.id.clone()),
        run_status: Set(run.status.to_string()),
        run: Set(snapshot.clone()),
        status: Set(delivery::PENDING.to_string()),
        attempts: Set(0),
        created_at: Set(now),
        next_attempt_at: Set(Some(now)),
        last_attempt_at: Set(None),
        delivered_at: Set(None),
        response_status: Set(None),
        last_error: Set(None),
        lease_owner: Set(None),
        lease_until: Set(None),
    });
    Deliveries::insert_many(rows)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

impl Store {
    async fn find_webhook(&self, project: &Name, name: &Name) -> Result<webhook::Model, Error> {
        Webhooks::find_by_id((project.to_string(), name.to_string()))
            .first(&self.reads)
            .await?
            .ok_or_else(|| Error::NotFound(format!("webhook '{name}' does not exist")))
    }

    pub async fn list_webhooks(
        &self,
        project: &Name,
        page: &PageRequest,
    ) -> Result<Vec<webhook::Model>, Error> {
        self.active_project(project).await?;
        let mut query = Webhooks::find()
            .filter(Column::Project.eq(project.as_str()))
            .order_by_asc(Column::Name);
        if let Some(after) = &page.after {
            query = query.filter(Column::Name.gt(after.as_str()));
        }
        Ok(query.at_most(page.fetch_limit(), &self.reads).await?)
    }

    pub async fn get_webhook(&self, project: &Name, name: &Name) -> Result<webhook::Model, Error> {
        self.active_project(project).await?;
        self.find_webhook(project, name).await
    }

    pub async fn create_webhook(
        &self,
        project: &Name,
        name: &Name,
        fields: &WebhookFields,
        secret: &str,
    ) -> Result<webhook::Model, Error> {
        self.active_project(project).await?;
        let now = now();
        let row = webhook::ActiveModel {
            project: Set(project.to_string()),
            name: Set(name.to_string()),
            fields: Set(serde_json::to_string(fields).map_err(Error::internal)?),
            secret: Set(secret.to_string()),
            uid: Set(new_uid()),
            created_at: Set(now),
            updated_at: Set(now),
            revision: Set(1),
        };
        self.create_row(row, || format!("webhook '{name}'")).await
    }

    pub async fn update_webhook(
        &self,
        project: &Name,
        name: &Name,
        if_match: Option<&str>,
        change: impl Fn(&webhook::Model) -> Result<WebhookWrite, Error> + Send + Sync,
    ) -> Result<webhook::Model, Error> {
        self.active_project(project).await?;
        let next = |current: &webhook::Model| {
            let write = change(current)?;
            Ok(webhook::Model {
                fields: serde_json::to_string(&write.fields).map_err(Error::internal)?,
                secret: write.secret.unwrap_or_else(|| current.secret.clone()),
                ..current.clone()
            })
        };
        self.write_versioned(&(project.clone(), name.clone()), if_match, next)
            .await
    }

    /// Deletes the webhook and its deliveries together.
    pub async fn delete_webhook(
        &self,
        project: &Name,
        name: &Name,
        if_match: Option<&str>,
    ) -> Result<(), Error> {
        self.active_project(project).await?;
        let current = self.find_webhook(project, name).await?;
        check_if_match(if_match, &crate::store::Versioned::etag(&current))?;
        let txn = self.begin_write().await?;
        let deleted = Webhooks::delete_many()
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Name.eq(name.as_str()))
            .filter(Column::Revision.eq(current.revision))
            .exec(&txn)
            .await?;
        if deleted.rows_affected == 0 {
            return Err(Error::PreconditionFailed(
                "the webhook changed meanwhile; read it again and retry".into(),
            ));
        }
        Deliveries::delete_many()
            .filter(webhook_delivery::Column::Project.eq(project.as_str()))
            .filter(webhook_delivery::Column::Webhook.eq(name.as_str()))
            .exec(&txn)
            .await?;
        self.commit(txn).await?;
        Ok(())
    }

    /// A webhook's deliveries, newest first.
    pub async fn list_deliveries(
        &self,
        project: &Name,
        name: &Name,
        page: &PageRequest,
        status: Option<&str>,
    ) -> Result<Vec<webhook_delivery::Model>, Error> {
        self.get_webhook(project, name).await?;
        let mut query = Deliveries::find()
            .filter(webhook_delivery::Column::Project.eq(project.as_str()))
            .filter(webhook_delivery::Column::Webhook.eq(name.as_str()))
            .order_by_desc(webhook_delivery::Column::Id);
        if let Some(after) = &page.after {
            query = query.filter(webhook_delivery::Column::Id.lt(after.as_str()));
        }
        if let Some(status) = status {
            query = query.filter(webhook_delivery::Column::Status.eq(status));
        }
        Ok(query.at_most(page.fetch_limit(), &self.reads).await?)
    }

    /// Leases up to `limit` due deliveries to `owner` until `lease_for` from now, counting the
    /// attempt: one statement that only one replica wins for each (`FOR UPDATE SKIP LOCKED` on
    /// PostgreSQL; SQLite has one writer at a time). A lease that lapsed (its deliverer died
    /// mid-attempt) makes the delivery due again, unless it has had its attempts.
    pub async fn lease_due_deliveries(
        &self,
        owner: &str,
        lease_for: chrono::Duration,
        limit: u64,
    ) -> Result<Vec<DueDelivery>, Error> {
        let backend = self.db.get_database_backend();
        let now = now();
        // One that had its last attempt under a lease that lapsed unrecorded is done with.
        {
            use webhook_delivery::Column as C;
            Deliveries::update_many()
                .col_expr(C::Status, Expr::value(delivery::FAILED))
                .col_expr(C::NextAttemptAt, Expr::value(Option::<DateTime<Utc>>::None))
                .col_expr(C::LeaseOwner, Expr::value(Option::<String>::None))
                .col_expr(C::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None))
                .col_expr(
                    C::LastError,
                    Expr::value("the last attempt's answer was never recorded"),
                )
                .filter(C::NextAttemptAt.lte(now))
                .filter(C::Status.eq(delivery::PENDING))
                .filter(C::Attempts.gte(MAX_ATTEMPTS))
                .filter(C::LeaseUntil.lt(now))
                .exec(&self.db)
                .await?;
        }
        let sql = match backend {
            DbBackend::Postgres => format!(
                r#"UPDATE webhook_deliveries SET lease_owner = $1, lease_until = $2, attempts = attempts + 1, last_attempt_at = $3
                   WHERE id IN (SELECT id FROM webhook_deliveries
                                WHERE next_attempt_at <= $3 AND status = 'PENDING' AND attempts < {MAX_ATTEMPTS} AND (lease_until IS NULL OR lease_until < $3)
                                ORDER BY next_attempt_at LIMIT {limit} FOR UPDATE SKIP LOCKED)
                   RETURNING *"#
            ),
            _ => format!(
                r#"UPDATE webhook_deliveries SET lease_owner = $1, lease_until = $2, attempts = attempts + 1, last_attempt_at = $3
                   WHERE id IN (SELECT id FROM webhook_deliveries
                                WHERE next_attempt_at <= $3 AND status = 'PENDING' AND attempts < {MAX_ATTEMPTS} AND (lease_until IS NULL OR lease_until < $3)
                                ORDER BY next_attempt_at LIMIT {limit})
                   RETURNING *"#
            ),
        };
        let leased = webhook_delivery::Model::find_by_statement(Statement::from_sql_and_values(
            backend,
            sql,
            [owner.into(), (now + lease_for).into(), now.into()],
        ))
        .all(&self.db)
        .await?;
        let mut due = Vec::with_capacity(leased.len());
        for delivery in leased {
            let hook = Webhooks::find_by_id((delivery.project.clone(), delivery.webhook.clone()))
                .first(&self.reads)
                .await?;
            match hook {
                Some(hook) => due.push(DueDelivery {
                    url: hook.fields().url,
                    secret: hook.secret,
                    delivery,
                }),
                // Its webhook is gone (deleted as the event was written): so is the delivery.
                None => {
                    Deliveries::delete_by_id(delivery.id).exec(&self.db).await?;
                }
            }
        }
        Ok(due)
    }

    /// Records how `owner`'s attempt at delivery `id` went, if it still holds the lease.
    pub async fn record_attempt(
        &self,
        id: &str,
        owner: &str,
        attempt: Attempt,
    ) -> Result<(), Error> {
        use webhook_delivery::Column as C;
        let now = now();
        let status = match (&attempt.error, attempt.retry_at) {
            (None, _) => delivery::DELIVERED,
            (Some(_), Some(_)) => delivery::PENDING,
            (Some(_), None) => delivery::FAILED,
        };
        let delivered_at = attempt.error.is_none().then_some(now);
        let next_attempt_at = if status == delivery::PENDING {
            attempt.retry_at
        } else {
            None
        };
        Deliveries::update_many()
            .col_expr(C::Status, Expr::value(status))
            .col_expr(C::ResponseStatus, Expr::value(attempt.response_status))
            .col_expr(C::LastError, Expr::value(attempt.error))
            .col_expr(C::DeliveredAt, Expr::value(delivered_at))
            .col_expr(C::NextAttemptAt, Expr::value(next_attempt_at))
            .col_expr(C::LeaseOwner, Expr::value(Option::<String>::None))
            .col_expr(C::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None))
            .filter(C::Id.eq(id))
            .filter(C::LeaseOwner.eq(owner))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Deletes deliveries made before `cutoff` that are done with (delivered or failed).
    pub async fn delete_old_deliveries(&self, cutoff: DateTime<Utc>) -> Result<u64, Error> {
        let deleted = Deliveries::delete_many()
            .filter(webhook_delivery::Column::CreatedAt.lt(cutoff))
            .filter(webhook_delivery::Column::Status.ne(delivery::PENDING))
            .exec(&self.db)
            .await?;
        Ok(deleted.rows_affected)
    }
}
