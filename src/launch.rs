//! Making runs: a command, a job or a schedule becomes a queued run whose blocks were checked
//! against the project's plugins and whose state ids are known, then the executor is woken.
//! Shared by the HTTP handlers and the scheduler.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::domain::Name;
use crate::domain::job::{TasksAt, normalize, plan_at};
use crate::domain::run::{RunKind, RunOptions, Trigger, state_ids};
use crate::domain::schedule::ScheduleTarget;
use crate::error::Error;
use crate::runner::Runner;
use crate::store::Store;
use crate::store::entities::{run, schedule};
use crate::store::runs::{Firing, NewRun};

/// What a run executes: its command (the blocks, as `meltano run` takes them) and state ids.
pub struct Planned {
    pub command: String,
    pub state_ids: Vec<String>,
}

/// Checks `tasks` against the project's plugins as seen from `env` (`422` naming the bad task)
/// and works out the state ids under `options`.
pub async fn plan_tasks(
    store: &Store,
    project: &Name,
    env: &Name,
    tasks: &Value,
    options: &RunOptions,
) -> Result<Planned, Error> {
    plan_in(store, project, env, tasks, options, TasksAt::Tasks).await
}

/// An ad hoc command's plan; its problems point at `/command`.
pub async fn plan_command(
    store: &Store,
    project: &Name,
    env: &Name,
    command: &str,
    options: &RunOptions,
) -> Result<Planned, Error> {
    let tasks = Value::String(command.into());
    plan_in(store, project, env, &tasks, options, TasksAt::Command).await
}

async fn plan_in(
    store: &Store,
    project: &Name,
    env: &Name,
    tasks: &Value,
    options: &RunOptions,
    at: TasksAt,
) -> Result<Planned, Error> {
    let context = store.plugin_context(project, env).await?;
    let tasks = normalize(tasks);
    let blocks = plan_at(&tasks, &context.infos(), at)?;
    let env_row = store.get_env(project, env).await?;
    let env_suffix = env_row.fields().state_id_suffix;
    Ok(Planned {
        command: tasks
            .iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(" "),
        state_ids: state_ids(
            env.as_str(),
            &blocks,
            options.state_id_suffix.as_deref(),
            env_suffix.as_deref(),
        ),
    })
}

/// Queues the run and wakes this replica's executor; answers it, and whether it is new (an
/// idempotent repeat answers the first).
pub async fn launch(
    store: &Store,
    runner: &Runner,
    project: &Name,
    env: &Name,
    new: NewRun,
) -> Result<(run::Model, bool), Error> {
    let (run, created) = store
        .create_run(project, env, new, runner.stale_after())
        .await?;
    if created {
        runner.wake();
    }
    Ok((run, created))
}

/// The run a schedule makes (trigger `schedule`), in the environment it fires in.
pub async fn schedule_run(
    store: &Store,
    schedule: &schedule::Model,
    fire_time: Option<DateTime<Utc>>,
) -> Result<(Name, Name, NewRun), Error> {
    let project = Name::parse(&schedule.project, "project")?;
    let env = Name::parse(&schedule.env, "env")?;
    let fields = schedule.fields();
    let options = RunOptions::default();
    let (tasks, job) = match fields.target() {
        Some(ScheduleTarget::Job(job)) => {
            let job_name = Name::parse(job, "job")?;
            (
                store.get_job(&project, &env, &job_name).await?.tasks(),
                Some(job.to_string()),
            )
        }
        Some(ScheduleTarget::ExtractLoad {
            extractor, loader, ..
        }) => (Value::String(format!("{extractor} {loader}")), None),
        None => return Err(Error::bad_request("the schedule names nothing to run")),
    };
    let planned = plan_tasks(store, &project, &env, &tasks, &options).await?;
    let new = NewRun {
        kind: RunKind::Run,
        job,
        schedule: Some(schedule.name.clone()),
        command: Some(planned.command),
        trigger: Trigger::Schedule,
        options,
        state_ids: planned.state_ids,
        firing: Some(Firing {
            schedule: schedule.clone(),
            fire_time,
        }),
        ..NewRun::default()
    };
    Ok((project, env, new))
}
