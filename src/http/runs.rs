//! `envs/{env}/runs` and `jobs/{job}/runs`: the run history (newest first, state edits included),
//! starting runs of commands and jobs (queued for the executor), cancelling them, their logs.

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::runs::*;
use meltano_api_stubs::models;

use serde_json::Value;

use super::Api;
use super::shared::{EnvPath, idempotency, log_cursor, log_line, run_model, run_status};
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::domain::run::{RunKind, RunOptions, RunStatus, Trigger};
use crate::http::problem::ApiError;
use crate::launch::{launch, plan_command, plan_tasks};
use crate::store::entities::run;
use crate::store::runs::{NewRun, RunFilter};

#[async_trait::async_trait]
impl Runs<ApiError> for Api {
    type Claims = ();

    async fn list_runs(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListRunsPathParams,
        query: &models::ListRunsQueryParams,
    ) -> Result<ListRunsResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let status = query.status.map(run_status).transpose()?;
        let listing = format!(
            "projects/{project}/envs/{env}/runs?{}",
            status.map_or("", RunStatus::as_str)
        );
        let page = PageRequest::parse(query.page_size, query.page_token.as_deref(), listing)?;
        let filter = RunFilter {
            job: None,
            status,
            kinds: &HISTORY_RUNS,
            name: None,
        };
        let rows = self.store.list_runs(&project, &env, &page, filter).await?;
        let (rows, next_page_token) = page.finish(rows, |r| r.id.clone());
        let runs = rows.iter().map(run_model).collect::<Result<_, _>>()?;
        Ok(ListRunsResponse::Status200_APageOfRuns(models::RunList {
            runs,
            next_page_token,
        }))
    }

    async fn get_run(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::GetRunPathParams,
        query: &models::GetRunQueryParams,
    ) -> Result<GetRunResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let id = path.run.to_string();
        let get = || self.store.get_run(&project, &env, &id, None, &HISTORY_RUNS);
        let Some(seconds) = query.wait_seconds else {
            return Ok(GetRunResponse::Status200_TheRun(run_model(&get().await?)?));
        };
        // Subscribed before the first look, so that no change between the two is missed. The
        // feed is woken by this replica's executor at once and, for runs other replicas
        // execute, by its poll (every 250 ms).
        let mut news = self.runner.log_feed().subscribe(&id);
        let waiting = |run: &run::Model| match &query.wait_while_status {
            Some(waited) => waited.to_string() == run.status.as_str(),
            None => run.status.is_active(),
        };
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(seconds.into());
        let mut run = get().await?;
        while waiting(&run) {
            tokio::select! {
                changed = news.changed() => if changed.is_err() { break },
                _ = tokio::time::sleep_until(deadline) => break,
            }
            run = get().await?;
        }
        Ok(GetRunResponse::Status200_TheRun(run_model(&run)?))
    }

    async fn list_job_runs(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListJobRunsPathParams,
        query: &models::ListJobRunsQueryParams,
    ) -> Result<ListJobRunsResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let job = Name::parse(&path.job, "job")?;
        self.store.get_job(&project, &env, &job).await?;
        let listing = format!("projects/{project}/envs/{env}/jobs/{job}/runs");
        let page = PageRequest::parse(query.page_size, query.page_token.as_deref(), listing)?;
        let filter = RunFilter {
            job: Some(job.as_str()),
            status: None,
            kinds: &HISTORY_RUNS,
            name: None,
        };
        let rows = self.store.list_runs(&project, &env, &page, filter).await?;
        let (rows, next_page_token) = page.finish(rows, |r| r.id.clone());
        let runs = rows.iter().map(run_model).collect::<Result<_, _>>()?;
        Ok(ListJobRunsResponse::Status200_APageOfTheJob(
            models::RunList {
                runs,
                next_page_token,
            },
        ))
    }

    async fn get_job_run(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::GetJobRunPathParams,
    ) -> Result<GetJobRunResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let job = Name::parse(&path.job, "job")?;
        let run = self
            .store
            .get_run(
                &project,
                &env,
                &path.run.to_string(),
                Some(job.as_str()),
                &HISTORY_RUNS,
            )
            .await?;
        Ok(GetJobRunResponse::Status200_TheRun(run_model(&run)?))
    }

    async fn create_run(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::CreateRunHeaderParams,
        path: &models::CreateRunPathParams,
        body: &models::RunRequest,
    ) -> Result<CreateRunResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let request = serde_json::to_value(body).map_err(ApiError::internal)?;
        let options = options_of(&request)?;
        let planned = plan_command(&self.store, &project, &env, &body.command, &options).await?;
        let new = NewRun {
            kind: RunKind::Run,
            command: Some(planned.command),
            trigger: Trigger::Api,
            state_ids: planned.state_ids,
            idempotency: idempotency(headers.idempotency_key.as_deref(), "createRun", &request),
            options,
            ..NewRun::default()
        };
        let (run, _) = launch(&self.store, &self.runner, &project, &env, new).await?;
        Ok(CreateRunResponse::Status201_TheRunWasStarted {
            location: Some(self.run_location(&project, &env, &run.id)),
            body: run_model(&run)?,
        })
    }

    async fn create_job_run(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::CreateJobRunHeaderParams,
        path: &models::CreateJobRunPathParams,
        body: &models::RunOptions,
    ) -> Result<CreateJobRunResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let job = Name::parse(&path.job, "job")?;
        let request = serde_json::to_value(body).map_err(ApiError::internal)?;
        let options = options_of(&request)?;
        let tasks = self.store.get_job(&project, &env, &job).await?.tasks();
        let planned = plan_tasks(&self.store, &project, &env, &tasks, &options).await?;
        let operation = format!("createJobRun {job}");
        let new = NewRun {
            kind: RunKind::Run,
            job: Some(job.to_string()),
            command: Some(planned.command),
            trigger: Trigger::Api,
            state_ids: planned.state_ids,
            idempotency: idempotency(headers.idempotency_key.as_deref(), &operation, &request),
            options,
            ..NewRun::default()
        };
        let (run, _) = launch(&self.store, &self.runner, &project, &env, new).await?;
        Ok(CreateJobRunResponse::Status201_TheRunWasStarted {
            location: Some(self.run_location(&project, &env, &run.id)),
            body: run_model(&run)?,
        })
    }

    async fn cancel_run(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::CancelRunPathParams,
    ) -> Result<CancelRunResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let run = self
            .store
            .get_run(&project, &env, &path.run.to_string(), None, &HISTORY_RUNS)
            .await?;
        let run = self.stop_run(&run, "cancelled by request").await?;
        Ok(CancelRunResponse::Status200_TheRun(run_model(&run)?))
    }

    async fn list_run_logs(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListRunLogsPathParams,
        query: &models::ListRunLogsQueryParams,
    ) -> Result<ListRunLogsResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let id = path.run.to_string();
        self.store
            .get_run(&project, &env, &id, None, &HISTORY_RUNS)
            .await?;
        let page = self
            .log_page(&id, query.page_size, query.page_token.as_deref())
            .await?;
        Ok(ListRunLogsResponse::Status200_APageOfLogLines(page))
    }
}

/// The kinds of run the run history shows.
const HISTORY_RUNS: [RunKind; 4] = RunKind::HISTORY;

/// The options of a request body (`RunOptions`, or `RunRequest` whose `command` is ignored).
fn options_of(request: &Value) -> Result<RunOptions, ApiError> {
    let mut options = request.clone();
    if let Some(object) = options.as_object_mut() {
        object.remove("command");
    }
    serde_json::from_value(options)
        .map_err(|_| ApiError::bad_request("the run options do not fit their schema"))
}

impl Api {
    pub(super) fn run_location(&self, project: &Name, env: &Name, id: &str) -> String {
        self.location(&[
            "projects",
            project.as_str(),
            "envs",
            env.as_str(),
            "runs",
            id,
        ])
    }

    /// Asks a run to stop (any replica may own it) and waits until it has ended, a little
    /// longer than its processes' grace period; answers it as it then is.
    pub(super) async fn stop_run(
        &self,
        run: &run::Model,
        reason: &str,
    ) -> Result<run::Model, ApiError> {
        self.store.request_cancel(run, reason).await?;
        self.runner.cancel_local(&run.id, reason);
        let deadline = tokio::time::Instant::now()
            + self.runner.settings().kill_grace
            + std::time::Duration::from_secs(10);
        loop {
            let current =
                self.store.run_by_id(&run.id).await?.ok_or_else(|| {
                    ApiError::NotFound(format!("run '{}' does not exist", run.id))
                })?;
            if !current.status.is_active() || tokio::time::Instant::now() >= deadline {
                return Ok(current);
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }

    /// A page of a run's log, oldest first; the page token holds the last `seq` seen.
    pub(super) async fn log_page(
        &self,
        run_id: &str,
        page_size: Option<u32>,
        page_token: Option<&str>,
    ) -> Result<models::LogLineList, ApiError> {
        let (page, after) = log_cursor(run_id, page_size, page_token)?;
        let rows = self
            .store
            .run_logs(run_id, after, page.fetch_limit())
            .await?;
        let (rows, next_page_token) = page.finish(rows, |line| line.seq.to_string());
        Ok(models::LogLineList {
            lines: rows.iter().map(log_line).collect(),
            next_page_token,
        })
    }
}
