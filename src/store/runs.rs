//! Queries on `runs` and `run_logs`: the run history of an environment, and the queue that
//! replicas claim runs from. A claim is a lease (owner + heartbeat), never a held transaction.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Statement,
};

use super::entities::env::{self, Entity as Envs};
use super::entities::run::{self, Column, Entity as Runs};
use super::entities::run_log::{self, Entity as RunLogs};
use super::entities::schedule::{self, Entity as Schedules};
use super::webhooks::record_run_event;
use super::{Limited, Store, now};
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::domain::run::{RunKind, RunOptions, RunStatus, Trigger};
use crate::domain::schedule::next_fire_at;
use crate::domain::webhook::event;
use crate::error::{Error, FieldError};

/// How long an `Idempotency-Key` is remembered.
const IDEMPOTENCY_WINDOW: chrono::Duration = chrono::Duration::hours(24);

/// Which runs a listing shows.
pub struct RunFilter<'a> {
    pub job: Option<&'a str>,
    pub status: Option<RunStatus>,
    /// Only runs of these kinds.
    pub kinds: &'a [RunKind],
    /// Only the service of this name.
    pub name: Option<&'a str>,
}

impl run::Model {
    pub fn state_ids(&self) -> Vec<String> {
        serde_json::from_str(&self.state_ids).unwrap_or_default()
    }

    pub fn options(&self) -> RunOptions {
        self.options
            .as_deref()
            .and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_default()
    }

    pub fn details(&self) -> serde_json::Value {
        self.details
            .as_deref()
            .and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_default()
    }
}

/// A run to create.
#[derive(Debug, Clone, Default)]
pub struct NewRun {
    pub kind: RunKind,
    pub job: Option<String>,
    pub schedule: Option<String>,
    pub command: Option<String>,
    pub trigger: Trigger,
    pub options: RunOptions,
    pub state_ids: Vec<String>,
    pub plugin: Option<String>,
    pub name: Option<String>,
    pub details: Option<serde_json::Value>,
    /// The `Idempotency-Key` and the digest of the request it came with.
    pub idempotency: Option<Idempotency>,
    /// The schedule whose firing (or `run` verb) makes this run.
    pub firing: Option<Firing>,
}

/// A client's `Idempotency-Key`, and the digest of the request it first came with (a repeat
/// with another request is refused).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idempotency {
    pub key: String,
    pub digest: String,
}

/// A schedule making a run: recorded on the schedule in the transaction that creates the run.
#[derive(Debug, Clone)]
pub struct Firing {
    pub schedule: schedule::Model,
    /// The cron time fired for; `None` for `run` (run now), which is not a firing of the cron.
    pub fire_time: Option<DateTime<Utc>>,
}

/// How a finished run ends.
#[derive(Debug, Clone)]
pub struct RunEnd {
    pub status: RunStatus,
    pub error: Option<String>,
    pub exit_code: Option<i32>,
    pub details: Option<serde_json::Value>,
}

/// What the owner of a running run learns with its heartbeat.
#[derive(Debug, Clone)]
pub struct Lease {
    pub id: String,
    /// `None` when another server took the run over (its lease was lost).
    pub status: Option<RunStatus>,
    pub cancel_reason: Option<String>,
}

/// Records a state edit as Meltano does (a `STATE_EDIT` run of the state id), inside the
/// transaction that makes the edit.
pub async fn record_state_edit(
    db: &impl ConnectionTrait,
    project: &Name,
    env: &Name,
    state_id: &str,
) -> Result<(), Error> {
    let now = now();
    let record = run::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        project: Set(project.to_string()),
        env: Set(env.to_string()),
        kind: Set(RunKind::StateEdit),
        status: Set(RunStatus::StateEdit),
        job: Set(None),
        schedule: Set(None),
        command: Set(None),
        trigger: Set(Trigger::Api),
        state_ids: Set(serde_json::json!([state_id]).to_string()),
        error: Set(None),
        created_at: Set(now),
        started_at: Set(Some(now)),
        ended_at: Set(Some(now)),
        ..Default::default()
    };
    // Without reading it back: on SQLite sea-orm's `insert` would select the row again.
    Runs::insert(record).exec_without_returning(db).await?;
    Ok(())
}

impl Store {
    /// Newest first.
    pub async fn list_runs(
        &self,
        project: &Name,
        env: &Name,
        page: &PageRequest,
        filter: RunFilter<'_>,
    ) -> Result<Vec<run::Model>, Error> {
        self.get_env(project, env).await?;
        let mut query = Runs::find()
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Env.eq(env.as_str()))
            .order_by_desc(Column::Id);
        if let Some(after) = &page.after {
            query = query.filter(Column::Id.lt(after.as_str()));
        }
        if let Some(job) = filter.job {
            query = query.filter(Column::Job.eq(job));
        }
        if let Some(status) = filter.status {
            query = query.filter(Column::Status.eq(status));
        }
        if let Some(name) = filter.name {
            query = query.filter(Column::Name.eq(name));
        }
        query = query.filter(Column::Kind.is_in(filter.kinds.iter().copied()));
        Ok(query.at_most(page.fetch_limit(), &self.reads).await?)
    }

    pub async fn get_run(
        &self,
        project: &Name,
        env: &Name,
        id: &str,
        job: Option<&str>,
        kinds: &[RunKind],
    ) -> Result<run::Model, Error> {
        self.get_env(project, env).await?;
        let mut query = Runs::find()
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Env.eq(env.as_str()))
            .filter(Column::Id.eq(id))
            .filter(Column::Kind.is_in(kinds.iter().copied()));
        if let Some(job) = job {
            query = query.filter(Column::Job.eq(job));
        }
        query
            .first(&self.reads)
            .await?
            .ok_or_else(|| Error::NotFound(format!("run '{id}' does not exist")))
    }
}

/// The refusal of a run whose state id an active run holds.
fn state_id_busy(state_id: &str, holder: &str) -> Error {
    Error::Conflict(format!(
        "state id '{state_id}' is in use by run {holder}, which has not ended; wait for it, cancel it, or run with force"
    ))
}

impl Store {
    /// Creates a run, queued, in one transaction that first locks the environment's row, so
    /// that creations in one environment take turns on every replica. A repeated idempotency
    /// key answers the run it made first (`false`: nothing new); a different request under the
    /// same key is a `422`. A state id that a live run holds is a `409` unless forced; a
    /// running run whose heartbeat is older than `stale_after` holds nothing.
    pub async fn create_run(
        &self,
        project: &Name,
        env: &Name,
        new: NewRun,
        stale_after: chrono::Duration,
    ) -> Result<(run::Model, bool), Error> {
        self.active_project(project).await?;
        let txn = self.begin_write().await?;
        let locked = Envs::update_many()
            .col_expr(env::Column::Revision, Expr::col(env::Column::Revision))
            .filter(env::Column::Project.eq(project.as_str()))
            .filter(env::Column::Name.eq(env.as_str()))
            .exec(&txn)
            .await?;
        if locked.rows_affected == 0 {
            return Err(Error::NotFound(format!(
                "environment '{env}' does not exist in project '{project}'"
            )));
        }
        let now = now();
        let scope = Runs::find()
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Env.eq(env.as_str()));
        if let Some(Idempotency { key, digest }) = &new.idempotency {
            let earlier = scope
                .clone()
                .filter(Column::IdempotencyKey.eq(key.as_str()))
                .filter(Column::CreatedAt.gt(now - IDEMPOTENCY_WINDOW))
                .first(&txn)
                .await?;
            if let Some(earlier) = earlier {
                if earlier.request_digest.as_deref() != Some(digest.as_str()) {
                    return Err(Error::Invalid {
                        detail: "this Idempotency-Key was used for a different request".into(),
                        errors: vec![FieldError::new(
                            "/Idempotency-Key",
                            "already used for a different request",
                        )],
                    });
                }
                return Ok((earlier, false));
            }
        }
        if let Some(name) = &new.name {
            let taken = scope
                .clone()
                .filter(Column::Kind.eq(new.kind))
                .filter(Column::Name.eq(name.as_str()))
                .first(&txn)
                .await?;
            if taken.is_some() {
                return Err(Error::Conflict(format!(
                    "a {} named '{name}' exists already",
                    new.kind.as_str().to_lowercase()
                )));
            }
        }
        if !new.options.force && !new.state_ids.is_empty() {
            let live = scope
                .clone()
                .filter(Column::Status.is_in([RunStatus::Queued, RunStatus::Running]))
                .all(&txn)
                .await?;
            let stale_before = now - stale_after;
            for holder in live.iter().filter(|r| {
                r.status == RunStatus::Queued || r.heartbeat_at.is_none_or(|h| h >= stale_before)
            }) {
                if let Some(id) = holder
                    .state_ids()
                    .into_iter()
                    .find(|id| new.state_ids.contains(id))
                {
                    return Err(state_id_busy(&id, &holder.id));
                }
            }
        }
        let text = |value: &serde_json::Value| value.to_string();
        let (key, digest) = new
            .idempotency
            .map(|idempotency| (idempotency.key, idempotency.digest))
            .unzip();
        let id = uuid::Uuid::now_v7().to_string();
        if let Some(firing) = &new.firing
            && !self.record_firing(&txn, firing, Some(&id)).await?
        {
            return Err(Error::Conflict(format!(
                "schedule '{}' has fired already",
                firing.schedule.name
            )));
        }
        let row = run::ActiveModel {
            id: Set(id),
            project: Set(project.to_string()),
            env: Set(env.to_string()),
            kind: Set(new.kind),
            status: Set(RunStatus::Queued),
            job: Set(new.job),
            schedule: Set(new.schedule),
            command: Set(new.command),
            trigger: Set(new.trigger),
            state_ids: Set(serde_json::json!(new.state_ids).to_string()),
            error: Set(None),
            created_at: Set(now),
            started_at: Set(None),
            ended_at: Set(None),
            plugin: Set(new.plugin),
            name: Set(new.name),
            options: Set(Some(
                serde_json::to_string(&new.options).map_err(Error::internal)?,
            )),
            details: Set(new.details.as_ref().map(text)),
            exit_code: Set(None),
            owner: Set(None),
            heartbeat_at: Set(None),
            cancel_reason: Set(None),
            idempotency_key: Set(key),
            request_digest: Set(digest),
            stats: Set(None),
        }
        .insert(&txn)
        .await?;
        record_run_event(&txn, event::QUEUED, &row).await?;
        self.commit(txn).await?;
        Ok((row, true))
    }

    /// The service of this name (running or ended), if any.
    pub async fn service_run(
        &self,
        project: &Name,
        env: &Name,
        name: &str,
    ) -> Result<Option<run::Model>, Error> {
        Ok(Runs::find()
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Env.eq(env.as_str()))
            .filter(Column::Kind.eq(RunKind::Service))
            .filter(Column::Name.eq(name))
            .order_by_desc(Column::Id)
            .first(&self.reads)
            .await?)
    }

    /// The services of an environment, by name.
    pub async fn list_services(
        &self,
        project: &Name,
        env: &Name,
        page: &PageRequest,
    ) -> Result<Vec<run::Model>, Error> {
        self.get_env(project, env).await?;
        let mut query = Runs::find()
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Env.eq(env.as_str()))
            .filter(Column::Kind.eq(RunKind::Service))
            .order_by_asc(Column::Name);
        if let Some(after) = &page.after {
            query = query.filter(Column::Name.gt(after.as_str()));
        }
        Ok(query.at_most(page.fetch_limit(), &self.reads).await?)
    }

    /// Deletes a run and its log (a service, once stopped); `404` when it is gone already.
    pub async fn delete_run(&self, id: &str) -> Result<(), Error> {
        let txn = self.begin_write().await?;
        RunLogs::delete_many()
            .filter(run_log::Column::RunId.eq(id))
            .exec(&txn)
            .await?;
        let deleted = Runs::delete_by_id(id.to_string()).exec(&txn).await?;
        // Deleted meanwhile (another request's delete): nothing changed here.
        if deleted.rows_affected == 0 {
            return Err(Error::NotFound(format!("run '{id}' does not exist")));
        }
        self.commit(txn).await?;
        Ok(())
    }

    /// Takes the oldest queued run for `owner`: one statement that only one replica can win
    /// (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite has one writer at a time), in the
    /// transaction that records its `run.started` event.
    pub async fn claim_next_run(&self, owner: &str) -> Result<Option<run::Model>, Error> {
        let backend = self.db.get_database_backend();
        let now = now();
        let sql = match backend {
            DbBackend::Postgres => {
                r#"UPDATE runs SET status = 'RUNNING', owner = $1, started_at = $2, heartbeat_at = $2
                   WHERE id = (SELECT id FROM runs WHERE status = 'QUEUED' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                   RETURNING id"#
            }
            _ => {
                r#"UPDATE runs SET status = 'RUNNING', owner = ?1, started_at = ?2, heartbeat_at = ?2
                   WHERE id = (SELECT id FROM runs WHERE status = 'QUEUED' ORDER BY id LIMIT 1) AND status = 'QUEUED'
                   RETURNING id"#
            }
        };
        let txn = self.begin_write().await?;
        let claimed = txn
            .query_one_raw(Statement::from_sql_and_values(
                backend,
                sql,
                [owner.into(), now.into()],
            ))
            .await?;
        let Some(row) = claimed else {
            return Ok(None);
        };
        let id: String = row.try_get("", "id")?;
        let Some(run) = Runs::find_by_id(id).first(&txn).await? else {
            return Ok(None);
        };
        record_run_event(&txn, event::STARTED, &run).await?;
        self.commit(txn).await?;
        Ok(Some(run))
    }

    /// Renews the lease of `owner`'s running runs, and answers each one's status and whether
    /// someone asked it to stop.
    pub async fn heartbeat(&self, owner: &str, ids: &[String]) -> Result<Vec<Lease>, Error> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Runs::update_many()
            .col_expr(Column::HeartbeatAt, Expr::value(now()))
            .filter(Column::Owner.eq(owner))
            .filter(Column::Status.eq(RunStatus::Running))
            .filter(Column::Id.is_in(ids.iter().map(String::as_str)))
            .exec(&self.db)
            .await?;
        let rows = Runs::find()
            .filter(Column::Id.is_in(ids.iter().map(String::as_str)))
            .all(&self.reads)
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| Lease {
                status: (r.owner.as_deref() == Some(owner)).then_some(r.status),
                id: r.id,
                cancel_reason: r.cancel_reason,
            })
            .collect())
    }

    /// Ends a run that `owner` holds, with its `run.ended` event; answers whether it still
    /// held it.
    pub async fn finish_run(&self, id: &str, owner: &str, end: RunEnd) -> Result<bool, Error> {
        let mut update = Runs::update_many()
            .col_expr(Column::Status, Expr::value(end.status))
            .col_expr(Column::EndedAt, Expr::value(now()))
            .col_expr(Column::Error, Expr::value(end.error))
            .col_expr(Column::ExitCode, Expr::value(end.exit_code));
        if let Some(details) = end.details {
            update = update.col_expr(Column::Details, Expr::value(details.to_string()));
        }
        let txn = self.begin_write().await?;
        let ended = update
            .filter(Column::Id.eq(id))
            .filter(Column::Owner.eq(owner))
            .filter(Column::Status.eq(RunStatus::Running))
            .exec_with_returning(&txn)
            .await?;
        for run in &ended {
            record_run_event(&txn, event::ENDED, run).await?;
        }
        self.commit(txn).await?;
        Ok(!ended.is_empty())
    }

    /// Saves what a running run keeps besides (a test run's results as they come).
    pub async fn save_run_details(
        &self,
        id: &str,
        details: &serde_json::Value,
    ) -> Result<(), Error> {
        Runs::update_many()
            .col_expr(Column::Details, Expr::value(details.to_string()))
            .filter(Column::Id.eq(id))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Asks a run to stop: a queued one is cancelled at once; a running one is flagged for its
    /// owner, which stops it within a heartbeat. An ended run is a `409`.
    pub async fn request_cancel(&self, run: &run::Model, reason: &str) -> Result<(), Error> {
        let txn = self.begin_write().await?;
        let cancelled = Runs::update_many()
            .col_expr(Column::Status, Expr::value(RunStatus::Cancelled))
            .col_expr(Column::EndedAt, Expr::value(now()))
            .col_expr(Column::Error, Expr::value(reason))
            .filter(Column::Id.eq(run.id.as_str()))
            .filter(Column::Status.eq(RunStatus::Queued))
            .exec_with_returning(&txn)
            .await?;
        for run in &cancelled {
            record_run_event(&txn, event::ENDED, run).await?;
        }
        // A running one is flagged, and its executor ends it.
        let flagged = cancelled.is_empty()
            && Runs::update_many()
                .col_expr(Column::CancelReason, Expr::value(reason))
                .filter(Column::Id.eq(run.id.as_str()))
                .filter(Column::Status.eq(RunStatus::Running))
                .exec(&txn)
                .await?
                .rows_affected
                == 1;
        if cancelled.is_empty() && !flagged {
            return Err(Error::Conflict(format!("run {} has already ended", run.id)));
        }
        self.commit(txn).await?;
        Ok(())
    }

    /// Fails every running run whose heartbeat is older than `stale_after` (its server died), as
    /// Meltano does, with their `run.ended` events; answers how many. Their state ids are free
    /// again.
    pub async fn fail_stale_runs(&self, stale_after: chrono::Duration) -> Result<u64, Error> {
        let now = now();
        let txn = self.begin_write().await?;
        let failed = Runs::update_many()
            .col_expr(Column::Status, Expr::value(RunStatus::Fail))
            .col_expr(Column::EndedAt, Expr::value(now))
            .col_expr(
                Column::Error,
                Expr::value(format!(
                    "no heartbeat for {} s: the server running it stopped",
                    stale_after.num_seconds()
                )),
            )
            .filter(Column::Status.eq(RunStatus::Running))
            .filter(Column::HeartbeatAt.lt(now - stale_after))
            .exec_with_returning(&txn)
            .await?;
        for run in &failed {
            record_run_event(&txn, event::ENDED, run).await?;
        }
        self.commit(txn).await?;
        Ok(failed.len() as u64)
    }

    /// The run of this id, whatever its environment (for the executor).
    pub async fn run_by_id(&self, id: &str) -> Result<Option<run::Model>, Error> {
        Ok(Runs::find_by_id(id.to_string()).first(&self.reads).await?)
    }

    /// Appends lines to a run's log (their `seq` already set by the writer).
    /// How many runs are queued and how many running, across every server (for `/metrics`).
    pub async fn active_run_counts(&self) -> Result<Vec<(String, i64)>, Error> {
        Ok(Runs::find()
            .select_only()
            .column(Column::Status)
            .column_as(Column::Id.count(), "count")
            .filter(Column::Status.is_in([RunStatus::Queued, RunStatus::Running]))
            .group_by(Column::Status)
            .into_tuple()
            .all(&self.reads)
            .await?)
    }

    /// Sets what run `id`'s plugins said they did so far (JSON text).
    pub async fn set_run_stats(&self, id: &str, stats: String) -> Result<(), Error> {
        Runs::update_many()
            .col_expr(Column::Stats, Expr::value(stats))
            .filter(Column::Id.eq(id))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    pub async fn append_logs(&self, lines: Vec<run_log::Model>) -> Result<(), Error> {
        if lines.is_empty() {
            return Ok(());
        }
        RunLogs::insert_many(lines.into_iter().map(run_log::ActiveModel::from))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// A run's log lines after `after` (a seq), oldest first.
    pub async fn run_logs(
        &self,
        run_id: &str,
        after: Option<i64>,
        limit: u64,
    ) -> Result<Vec<run_log::Model>, Error> {
        let mut query = RunLogs::find()
            .filter(run_log::Column::RunId.eq(run_id))
            .order_by_asc(run_log::Column::Seq);
        if let Some(after) = after {
            query = query.filter(run_log::Column::Seq.gt(after));
        }
        Ok(query.at_most(limit, &self.reads).await?)
    }

    /// For each of `ids`: its last log line's seq and whether it has ended, in two queries
    /// whatever the number of runs (one look per server for every followed log).
    pub async fn log_progress(
        &self,
        ids: &[String],
    ) -> Result<Vec<(String, (Option<i64>, String))>, Error> {
        let runs: Vec<(String, String)> = Runs::find()
            .select_only()
            .column(Column::Id)
            .column(Column::Status)
            .filter(Column::Id.is_in(ids.iter().map(String::as_str)))
            .into_tuple()
            .all(&self.reads)
            .await?;
        let last: Vec<(String, Option<i64>)> = RunLogs::find()
            .select_only()
            .column(run_log::Column::RunId)
            .column_as(run_log::Column::Seq.max(), "last")
            .filter(run_log::Column::RunId.is_in(ids.iter().map(String::as_str)))
            .group_by(run_log::Column::RunId)
            .into_tuple()
            .all(&self.reads)
            .await?;
        let last: std::collections::HashMap<String, Option<i64>> = last.into_iter().collect();
        Ok(runs
            .into_iter()
            .map(|(id, run_status)| {
                let seq = last.get(&id).copied().flatten();
                (id, (seq, run_status))
            })
            .collect())
    }

    /// The schedules due by `now`, of every project (the scheduler's view: paused and manual
    /// ones have no next fire time).
    pub async fn due_schedules(&self, now: DateTime<Utc>) -> Result<Vec<schedule::Model>, Error> {
        Ok(Schedules::find()
            .filter(schedule::Column::NextFireAt.lte(now))
            .all(&self.reads)
            .await?)
    }

    /// Records on a schedule that it fired for the firing's time (if the schedule is still at
    /// the revision read, so that of replicas racing for one firing exactly one wins) and which
    /// run it made (`None`: it fired but made none). The revision moves: the schedule's
    /// representation changed.
    pub async fn record_firing(
        &self,
        db: &impl ConnectionTrait,
        firing: &Firing,
        run_id: Option<&str>,
    ) -> Result<bool, Error> {
        let schedule = &firing.schedule;
        let mut update = Schedules::update_many()
            .col_expr(
                schedule::Column::Revision,
                Expr::col(schedule::Column::Revision).add(1),
            )
            .filter(schedule::Column::Project.eq(schedule.project.as_str()))
            .filter(schedule::Column::Name.eq(schedule.name.as_str()));
        if let Some(run_id) = run_id {
            update = update.col_expr(schedule::Column::LastRun, Expr::value(run_id));
        }
        if let Some(fire_time) = firing.fire_time {
            let next = next_fire_at(&schedule.fields(), Ord::max(fire_time, schedule.created_at));
            update = update
                .col_expr(schedule::Column::LastFireAt, Expr::value(fire_time))
                .col_expr(schedule::Column::NextFireAt, Expr::value(next))
                .filter(schedule::Column::Revision.eq(schedule.revision));
        }
        Ok(update.exec(db).await?.rows_affected == 1)
    }

    pub fn connection(&self) -> &sea_orm::DatabaseConnection {
        &self.db
    }
}
