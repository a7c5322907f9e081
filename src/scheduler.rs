//! The scheduler: every replica looks at every schedule each poll; a due firing is claimed by a
//! compare-and-set on the schedule's revision in the transaction that creates its run, so of
//! replicas racing for one firing exactly one makes a run.

use chrono::{DateTime, Utc};

use crate::domain::schedule::{cron_interval, next_fire_time};
use crate::launch::{launch, schedule_run};
use crate::problem::ApiError;
use crate::runner::Runner;
use crate::store::Store;
use crate::store::entities::schedule;
use crate::store::runs::Firing;

/// How many fire times a catch-up looks through at most (a year of minutes is far beyond it;
/// past that, the latest is simply not found and the schedule waits for its next one).
const MAX_CATCH_UP: usize = 100_000;

pub async fn run(store: Store, runner: Runner) {
    loop {
        tokio::time::sleep(runner.settings().poll_every).await;
        if let Err(error) = tick(&store, &runner, Utc::now()).await {
            tracing::warn!("scheduler: {error}");
        }
    }
}

/// The latest time `cron` fires after `after` and at or before `now`: missed firings (a server
/// down for a while) collapse into one, as cron without catch-up does.
pub fn due_fire_time(
    cron: &str,
    after: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let mut due = None;
    let mut cursor = after;
    for _ in 0..MAX_CATCH_UP {
        match next_fire_time(cron, cursor) {
            Some(next) if next <= now => {
                due = Some(next);
                cursor = next;
            }
            _ => break,
        }
    }
    due
}

async fn tick(store: &Store, runner: &Runner, now: DateTime<Utc>) -> Result<(), ApiError> {
    for schedule in store.every_schedule().await? {
        let fields = schedule.fields();
        if fields.paused {
            continue;
        }
        let Ok(Some(cron)) = cron_interval(&fields.interval, "/interval") else {
            continue;
        };
        let since = schedule
            .last_fire_at
            .map_or(schedule.created_at, |last| last.max(schedule.created_at));
        let Some(due) = due_fire_time(&cron, since, now) else {
            continue;
        };
        fire(store, runner, &schedule, due).await;
    }
    Ok(())
}

async fn fire(store: &Store, runner: &Runner, schedule: &schedule::Model, due: DateTime<Utc>) {
    let made = match schedule_run(store, schedule, Some(due)).await {
        Ok((project, env, new)) => launch(store, runner, &project, &env, new).await,
        Err(error) => Err(error),
    };
    match made {
        Ok((run, _)) => {
            tracing::info!(schedule = %schedule.name, run = %run.id, "schedule fired for {due}");
        }
        Err(error) => {
            // It fired but made no run (its job is gone, its state id is busy, or another
            // replica won the firing, in which case this records nothing).
            let firing = Firing {
                schedule: schedule.clone(),
                fire_time: Some(due),
            };
            if let Ok(true) = store.record_firing(store.connection(), &firing, None).await {
                tracing::warn!(schedule = %schedule.name, "schedule fired for {due} but made no run: {error}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn missed_firings_collapse_into_the_latest() {
        let at = |h, m| Utc.with_ymd_and_hms(2026, 11, 27, h, m, 0).unwrap();
        assert_eq!(
            due_fire_time("*/15 * * * *", at(10, 1), at(11, 7)),
            Some(at(11, 0))
        );
        assert_eq!(due_fire_time("*/15 * * * *", at(10, 1), at(10, 14)), None);
        // A firing exactly now is due; the one it was last fired for is not again.
        assert_eq!(
            due_fire_time("0 * * * *", at(10, 0), at(11, 0)),
            Some(at(11, 0))
        );
        assert_eq!(due_fire_time("0 * * * *", at(11, 0), at(11, 0)), None);
    }
}
