//! The scheduler: every replica looks at every schedule each poll; a due firing is claimed by a
//! compare-and-set on the schedule's revision in the transaction that creates its run, so of
//! replicas racing for one firing exactly one makes a run.

use chrono::{DateTime, Utc};

use crate::domain::schedule::{cron_form, due_fire_time};
use crate::error::Error;
use crate::launch::{launch, schedule_run};
use crate::runner::Runner;
use crate::store::Store;
use crate::store::entities::schedule;
use crate::store::runs::Firing;

pub async fn run(store: Store, runner: Runner, beat: crate::tasks::Beat) {
    loop {
        tokio::time::sleep(runner.settings().poll_every).await;
        beat.beat();
        if let Err(error) = tick(&store, &runner, Utc::now()).await {
            tracing::warn!("scheduler: {error}");
        }
    }
}

async fn tick(store: &Store, runner: &Runner, now: DateTime<Utc>) -> Result<(), Error> {
    for schedule in store.due_schedules(now).await? {
        let fields = schedule.fields();
        let Some(cron) = cron_form(&fields.interval) else {
            continue;
        };
        let Some(due) = due_fire_time(&cron, schedule.fire_base(), now) else {
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
            runner.metrics().schedule_fired();
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
