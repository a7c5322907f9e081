//! Retention: ended runs older than `--retain-days` are deleted with their logs, so the
//! database stops growing under a steady run rate (Meltano keeps every run forever; Airflow's
//! `db clean` is the model), and so are webhook deliveries done with and the log of writes.
//! One replica at a time does it, holding the `retention` lease, and in bounded steps: a run's
//! log lines a batch at a time, then the run, so no statement holds the database for long. (A
//! run's own log is bounded as it is written: `--log-max-lines`, `--log-max-bytes`.)

use std::time::Duration;

use crate::error::Error;
use crate::store::Store;

const LEASE: &str = "retention";
/// How long the lease holds without a renewal: a replica that died hands it on after this.
const LEASE_TTL: Duration = Duration::from_secs(60);
/// Runs looked up at once, and at most per sweep.
const RUN_BATCH: u64 = 100;
const RUNS_PER_SWEEP: u64 = 1_000;
/// Log lines deleted in one statement.
const LOG_BATCH: i64 = 5_000;

/// How often a sweep runs: a quarter of the retention, from 200 ms to a minute.
pub fn every(retain: Duration) -> Duration {
    (retain / 4).clamp(Duration::from_millis(200), Duration::from_secs(60))
}

/// Deletes runs ended more than `retain` ago, a sweep every [`every`], forever.
pub async fn run(store: Store, retain: Duration, beat: crate::tasks::Beat) {
    let owner = uuid::Uuid::new_v4().to_string();
    let every = every(retain);
    loop {
        tokio::time::sleep(every).await;
        beat.beat();
        match sweep(&store, &owner, retain).await {
            Ok(0) => {}
            Ok(count) => tracing::info!("retention deleted {count} run(s) and their logs"),
            Err(error) => tracing::warn!("retention: {error}"),
        }
    }
}

/// One sweep: if this replica holds the lease, deletes up to `RUNS_PER_SWEEP` runs that ended
/// more than `retain` ago, the oldest first; answers how many.
pub async fn sweep(store: &Store, owner: &str, retain: Duration) -> Result<u64, Error> {
    let ttl = chrono::Duration::from_std(LEASE_TTL).expect("a small duration");
    if !store.take_lease(LEASE, owner, ttl).await? {
        return Ok(0);
    }
    let Ok(retain) = chrono::Duration::from_std(retain) else {
        return Ok(0);
    };
    let cutoff = chrono::Utc::now() - retain;
    let mut deleted = 0;
    while deleted < RUNS_PER_SWEEP {
        let expired = store.expired_runs(cutoff, RUN_BATCH).await?;
        if expired.is_empty() {
            break;
        }
        let before = deleted;
        for id in &expired {
            while store.delete_run_log_batch(id, LOG_BATCH).await? > 0 {}
            if store.delete_ended_run(id).await? {
                deleted += 1;
            }
        }
        // None went (each changed meanwhile): leave them to the next sweep. Otherwise renew
        // the lease, or stop if another replica took it over meanwhile.
        if deleted == before || !store.take_lease(LEASE, owner, ttl).await? {
            break;
        }
    }
    // Webhook deliveries done with, and the log of writes, go after as long (their runs' own
    // records may be gone).
    store.delete_old_deliveries(cutoff).await?;
    store.delete_old_events(cutoff).await?;
    Ok(deleted)
}
