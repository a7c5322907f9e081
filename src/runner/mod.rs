//! The executor. Every replica runs one: it claims queued runs from the database (a lease: an
//! owner and a heartbeat renewed every second), executes them as child processes, and ends them.
//! It fails runs whose heartbeat went stale (their server died), and reads cancel requests from
//! the database with its heartbeat, so any replica can cancel any run.

mod discovery;
mod invoke;
mod kinds;
pub mod logs;
mod pipeline;
mod process;
mod sweep;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::{Notify, watch};

pub use invoke::venv_dir;
pub use logs::{LogFeed, LogLimits};

use crate::domain::run::{RunKind, RunStatus};
use crate::error::Error;
use crate::metrics::Metrics;
use crate::store::Store;
use crate::store::entities::run;
use crate::store::runs::RunEnd;

/// Meltano's heartbeat interval.
const HEARTBEAT_EVERY: Duration = Duration::from_secs(1);
/// How often the one look for news of followed logs runs (for runs other replicas execute).
const FOLLOW_POLL: Duration = Duration::from_millis(250);

/// How the executor of this replica behaves.
#[derive(Debug, Clone)]
pub struct RunnerSettings {
    pub data_dir: PathBuf,
    /// Runs executed at once; 0 executes none.
    pub max_runs: usize,
    pub stale_after: Duration,
    pub kill_grace: Duration,
    pub poll_every: Duration,
    pub log_limits: LogLimits,
}

/// How a run ended, when not with success.
#[derive(Debug, Clone)]
pub struct Failure {
    pub status: RunStatus,
    pub error: String,
    pub exit_code: Option<i32>,
}

impl Failure {
    pub fn fail(error: impl Into<String>) -> Self {
        Self {
            status: RunStatus::Fail,
            error: error.into(),
            exit_code: None,
        }
    }

    pub fn cancelled(reason: impl Into<String>) -> Self {
        Self {
            status: RunStatus::Cancelled,
            error: reason.into(),
            exit_code: None,
        }
    }
}

/// The executor handle, cheap to clone.
#[derive(Clone)]
pub struct Runner {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    settings: RunnerSettings,
    /// Where run ends are counted (`/metrics`).
    metrics: Metrics,
    /// This replica's id in the leases it holds.
    owner: String,
    /// Rung when there may be work: a run was created here, or one ended.
    wake: Notify,
    /// The runs executing here: how to tell each to stop, and whether it takes one of the
    /// `max_runs` slots (services, which run until stopped, do not).
    active: Mutex<HashMap<String, ActiveRun>>,
    /// Wakes the followers of run logs.
    feed: LogFeed,
    /// Catalogs discovered outside runs (`discovery`).
    catalogs: discovery::CatalogCache,
}

struct ActiveRun {
    cancel: watch::Sender<Option<String>>,
    /// Takes a `max_runs` slot (every kind but services, which run until stopped).
    counted: bool,
}

impl Runner {
    pub fn new(store: Store, settings: RunnerSettings, metrics: Metrics) -> Self {
        Self {
            inner: Arc::new(Inner {
                store,
                settings,
                metrics,
                owner: uuid::Uuid::new_v4().to_string(),
                wake: Notify::new(),
                active: Mutex::new(HashMap::new()),
                feed: LogFeed::default(),
                catalogs: Default::default(),
            }),
        }
    }

    pub fn settings(&self) -> &RunnerSettings {
        &self.inner.settings
    }

    pub fn metrics(&self) -> &Metrics {
        &self.inner.metrics
    }

    fn catalogs(&self) -> &discovery::CatalogCache {
        &self.inner.catalogs
    }

    pub fn stale_after(&self) -> chrono::Duration {
        chrono::Duration::from_std(self.inner.settings.stale_after)
            .unwrap_or(chrono::Duration::minutes(5))
    }

    pub fn log_feed(&self) -> &LogFeed {
        &self.inner.feed
    }

    /// This replica's id in the leases it holds.
    pub(crate) fn owner(&self) -> &str {
        &self.inner.owner
    }

    /// Cleans up after a server that died on this machine mid-run (see [`sweep`]): kills the
    /// processes of its runs, removes their files (secrets), and fails the runs at once.
    pub async fn sweep_dead_runs(&self) {
        let runs_dir = self.inner.settings.data_dir.join("runs");
        let dead = tokio::task::spawn_blocking(move || {
            sweep::dead_runs(&runs_dir)
                .into_iter()
                .map(|run| {
                    let killed = sweep::kill_run_processes(&run.run_id);
                    let _ = std::fs::remove_dir_all(&run.dir);
                    (run, killed)
                })
                .collect::<Vec<_>>()
        })
        .await
        .unwrap_or_default();
        for (run, killed) in dead {
            tracing::warn!(
                run = %run.run_id,
                "cleaned up a run whose server stopped: {killed} process(es) killed, its files removed"
            );
            if let Some(lease) = &run.lease {
                let end = RunEnd {
                    status: RunStatus::Fail,
                    error: Some("the server running it stopped; its processes were ended when a server started again".into()),
                    exit_code: None,
                    details: None,
                };
                if let Err(error) = self.inner.store.finish_run(&run.run_id, lease, end).await {
                    tracing::warn!(run = %run.run_id, "could not fail the run: {error}");
                }
            }
        }
    }

    /// Says there is work: a queued run is claimed now rather than at the next poll.
    pub fn wake(&self) {
        self.inner.wake.notify_one();
    }

    /// Starts the loops: claiming, heartbeats, the stale sweep, and the scheduler.
    /// The background tasks of the executor, for start-up to spawn ([`crate::tasks`]): the
    /// claim loop (when this replica executes runs), the heartbeat of its runs, the sweep of
    /// other replicas' dead runs and the log feed of followed runs.
    pub fn spawn_tasks(&self, tasks: &crate::tasks::Tasks) {
        let settings = &self.inner.settings;
        if settings.max_runs > 0 {
            let runner = self.clone();
            tasks.spawn("executor", settings.poll_every, |beat| {
                runner.claim_loop(beat)
            });
        }
        let runner = self.clone();
        tasks.spawn("heartbeat", HEARTBEAT_EVERY, |beat| {
            runner.heartbeat_loop(beat)
        });
        let runner = self.clone();
        tasks.spawn("stale-sweep", runner.stale_sweep_every(), |beat| {
            runner.stale_sweep_loop(beat)
        });
        let (feed, store) = (self.inner.feed.clone(), self.inner.store.clone());
        tasks.spawn("log-feed", FOLLOW_POLL, |beat| {
            feed.poll_forever(store, FOLLOW_POLL, beat)
        });
    }

    fn active_count(&self) -> usize {
        let active = self.inner.active.lock().expect("not poisoned");
        active.values().filter(|run| run.counted).count()
    }

    async fn claim_loop(self, beat: crate::tasks::Beat) {
        loop {
            beat.beat();
            while self.active_count() < self.inner.settings.max_runs {
                match self.inner.store.claim_next_run(&self.inner.owner).await {
                    Ok(Some(run)) => self.spawn_execution(run),
                    Ok(None) => break,
                    Err(error) => {
                        tracing::warn!("claiming a run failed: {error}");
                        break;
                    }
                }
            }
            tokio::select! {
                _ = self.inner.wake.notified() => {}
                _ = tokio::time::sleep(self.inner.settings.poll_every) => {}
            }
        }
    }

    fn spawn_execution(&self, run: run::Model) {
        let (cancel_tx, cancel_rx) = watch::channel(None);
        self.inner.active.lock().expect("not poisoned").insert(
            run.id.clone(),
            ActiveRun {
                cancel: cancel_tx.clone(),
                counted: run.kind != RunKind::Service,
            },
        );
        let timer = run.options().timeout_seconds.map(|seconds| {
            let cancel_tx = cancel_tx.clone();
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_secs(seconds.into())).await;
                let _ = cancel_tx.send(Some(format!("timed out after {seconds} s")));
            })
        });
        // It is RUNNING now: whoever waits for that is told.
        self.inner.feed.notify(&run.id);
        let runner = self.clone();
        tokio::spawn(async move {
            let (id, kind, began) = (run.id.clone(), run.kind, Instant::now());
            let (end, statistics) = kinds::execute(&runner, run, cancel_rx).await;
            if let Some(timer) = timer {
                timer.abort();
            }
            // Counted before the end is recorded, so that whoever saw the end sees it counted.
            runner
                .inner
                .metrics
                .run_ended(kind, end.status, began.elapsed(), statistics.as_ref());
            runner.record_end(&id, end).await;
            runner
                .inner
                .active
                .lock()
                .expect("not poisoned")
                .remove(&id);
            runner.inner.feed.notify(&id);
            runner.wake();
        });
    }

    /// Records the end of run `id`, waiting out a database outage or a full disk (the run stays active here
    /// meanwhile, so its heartbeat resumes with the database and no replica takes it for dead;
    /// should one have failed it after its stale time, the update finds that).
    async fn record_end(&self, id: &str, end: RunEnd) {
        let store = &self.inner.store;
        let owner = &self.inner.owner;
        // A full disk is waited out too: the end, with why the run failed, is worth keeping.
        let waits_for =
            |error: &Error| matches!(error, Error::Unavailable(_) | Error::InsufficientStorage(_));
        let recorded = retry_while(END_PATIENCE, waits_for, || {
            store.finish_run(id, owner, end.clone())
        })
        .await;
        match recorded {
            Ok(true) => {}
            Ok(false) => {
                tracing::warn!(run = %id, "the run was taken from this server before it ended")
            }
            Err(error) => {
                tracing::error!(run = %id, "could not record the end of the run: {error}")
            }
        }
    }

    async fn heartbeat_loop(self, beat: crate::tasks::Beat) {
        let mut tick = tokio::time::interval(HEARTBEAT_EVERY);
        loop {
            tick.tick().await;
            beat.beat();
            let ids: Vec<String> = self
                .inner
                .active
                .lock()
                .expect("not poisoned")
                .keys()
                .cloned()
                .collect();
            let leases = match self.inner.store.heartbeat(&self.inner.owner, &ids).await {
                Ok(leases) => leases,
                Err(error) => {
                    tracing::warn!("heartbeat failed: {error}");
                    continue;
                }
            };
            let active = self.inner.active.lock().expect("not poisoned");
            for lease in leases {
                let reason = match (lease.status, lease.cancel_reason) {
                    (Some(RunStatus::Running), Some(reason)) => reason,
                    (Some(RunStatus::Running), None) => continue,
                    (other, _) => format!(
                        "the run is no longer this server's to run ({})",
                        other.map_or("LOST", RunStatus::as_str)
                    ),
                };
                if let Some(run) = active.get(&lease.id) {
                    run.cancel.send_if_modified(|current| {
                        if current.is_none() {
                            *current = Some(reason.clone());
                            true
                        } else {
                            false
                        }
                    });
                }
            }
        }
    }

    fn stale_sweep_every(&self) -> Duration {
        (self.inner.settings.stale_after / 4).max(Duration::from_millis(500))
    }

    async fn stale_sweep_loop(self, beat: crate::tasks::Beat) {
        let every = self.stale_sweep_every();
        loop {
            beat.beat();
            match self.inner.store.fail_stale_runs(self.stale_after()).await {
                Ok(0) => {}
                Ok(count) => tracing::warn!("failed {count} run(s) whose server stopped"),
                Err(error) => tracing::warn!("stale sweep failed: {error}"),
            }
            tokio::time::sleep(every).await;
        }
    }

    /// Tells a run executing here to stop now (the heartbeat would tell it within a second).
    pub fn cancel_local(&self, id: &str, reason: &str) {
        if let Some(run) = self.inner.active.lock().expect("not poisoned").get(id) {
            let _ = run.cancel.send(Some(reason.to_string()));
        }
    }

    pub(crate) fn store(&self) -> &Store {
        &self.inner.store
    }
}

impl From<Result<(), Failure>> for RunEnd {
    fn from(result: Result<(), Failure>) -> Self {
        match result {
            Ok(()) => RunEnd {
                status: RunStatus::Success,
                error: None,
                exit_code: Some(0),
                details: None,
            },
            Err(failure) => RunEnd {
                status: failure.status,
                error: Some(failure.error),
                exit_code: failure.exit_code,
                details: None,
            },
        }
    }
}

/// How long the end of a run waits for an unavailable database before it is given up (the run
/// is then failed by the stale sweep, on its missing heartbeat).
const END_PATIENCE: Duration = Duration::from_secs(600);

/// Calls `attempt` until it answers anything but "the database is unavailable" (a 503), waiting
/// between tries (250 ms, doubling to 5 s), for at most `patience`; then answers the last error.
pub(crate) async fn while_unavailable<T, F, Fut>(patience: Duration, attempt: F) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, Error>>,
{
    retry_while(
        patience,
        |error| matches!(error, Error::Unavailable(_)),
        attempt,
    )
    .await
}

/// Calls `attempt` until it answers anything but an error `waits_for` says to wait out, waiting
/// between tries (250 ms, doubling to 5 s), for at most `patience`; then answers the last error.
async fn retry_while<T, F, Fut>(
    patience: Duration,
    waits_for: impl Fn(&Error) -> bool,
    mut attempt: F,
) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, Error>>,
{
    let give_up = tokio::time::Instant::now() + patience;
    let mut wait = Duration::from_millis(250);
    loop {
        let answer = attempt().await;
        match answer {
            Err(error) if waits_for(&error) && tokio::time::Instant::now() + wait < give_up => {
                tracing::warn!("waiting {wait:?} for the database: {error}");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(5));
            }
            other => return other,
        }
    }
}
