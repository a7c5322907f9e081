//! Retention's storage: the lease one replica at a time holds to do it, and deletion of ended
//! runs in bounded steps (a run's log lines a batch at a time, then the run).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Condition, Expr, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::entities::lease::{self, Entity as Leases};
use super::entities::run::{self, Entity as Runs};
use super::entities::run_log::{self, Entity as RunLogs};
use super::{Limited, Store, now};
use crate::domain::run::RunStatus;
use crate::error::Error;

impl Store {
    /// Takes lease `name` for `owner` until `ttl` from now, or renews it: answers whether
    /// `owner` holds it (it is free, already `owner`'s, or its holder let it lapse).
    pub async fn take_lease(
        &self,
        name: &str,
        owner: &str,
        ttl: chrono::Duration,
    ) -> Result<bool, Error> {
        let now = now();
        let until = now + ttl;
        let inserted = Leases::insert(lease::ActiveModel {
            name: Set(name.to_string()),
            owner: Set(owner.to_string()),
            until: Set(until),
        })
        .on_conflict(
            OnConflict::column(lease::Column::Name)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&self.db)
        .await?;
        if inserted == 1 {
            return Ok(true);
        }
        let taken = Leases::update_many()
            .col_expr(lease::Column::Owner, Expr::value(owner))
            .col_expr(lease::Column::Until, Expr::value(until))
            .filter(lease::Column::Name.eq(name))
            .filter(
                Condition::any()
                    .add(lease::Column::Owner.eq(owner))
                    .add(lease::Column::Until.lt(now)),
            )
            .exec(&self.db)
            .await?;
        Ok(taken.rows_affected == 1)
    }

    /// The ids of up to `limit` runs that ended before `cutoff`, the oldest first.
    pub async fn expired_runs(
        &self,
        cutoff: DateTime<Utc>,
        limit: u64,
    ) -> Result<Vec<String>, Error> {
        let runs = Runs::find()
            .select_only()
            .column(run::Column::Id)
            .filter(run::Column::EndedAt.lt(cutoff))
            .filter(run::Column::Status.is_not_in([RunStatus::Queued, RunStatus::Running]))
            .order_by_asc(run::Column::EndedAt)
            .limit(limit)
            .into_tuple::<String>()
            .all(&self.reads)
            .await?;
        Ok(runs)
    }

    /// Deletes the first `limit` log lines of run `id` (their seqs are 0, 1, 2, ...): answers
    /// how many went.
    pub async fn delete_run_log_batch(&self, id: &str, limit: i64) -> Result<u64, Error> {
        let first = RunLogs::find()
            .filter(run_log::Column::RunId.eq(id))
            .order_by_asc(run_log::Column::Seq)
            .first(&self.db)
            .await?;
        let Some(first) = first else {
            return Ok(0);
        };
        let deleted = RunLogs::delete_many()
            .filter(run_log::Column::RunId.eq(id))
            .filter(run_log::Column::Seq.lt(first.seq.saturating_add(limit)))
            .exec(&self.db)
            .await?;
        Ok(deleted.rows_affected)
    }

    /// Deletes run `id` if it has ended (what is left of its log goes with it: the foreign key
    /// cascades): answers whether it went.
    pub async fn delete_ended_run(&self, id: &str) -> Result<bool, Error> {
        let deleted = Runs::delete_many()
            .filter(run::Column::Id.eq(id))
            .filter(run::Column::Status.is_not_in([RunStatus::Queued, RunStatus::Running]))
            .exec(&self.db)
            .await?;
        Ok(deleted.rows_affected == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn one_owner_at_a_time_holds_a_lease_until_it_lapses() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("db").display());
        let store = Store::connect(&url).await.unwrap();
        let minute = chrono::Duration::minutes(1);
        assert!(store.take_lease("duty", "a", minute).await.unwrap());
        assert!(!store.take_lease("duty", "b", minute).await.unwrap());
        assert!(
            store.take_lease("duty", "a", minute).await.unwrap(),
            "renewed"
        );
        assert!(store.take_lease("other", "b", minute).await.unwrap());
        // a's renewal ends in the past: the lease has lapsed, and b takes it over.
        assert!(store.take_lease("duty", "a", -minute).await.unwrap());
        assert!(store.take_lease("duty", "b", minute).await.unwrap());
        assert!(!store.take_lease("duty", "a", minute).await.unwrap());
    }
}
