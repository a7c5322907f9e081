//! `envs/{env}/runs` and `jobs/{job}/runs`: the run history (newest first), which so far holds the
//! `STATE_EDIT` records of state changes. Starting, cancelling and logs come with the executor.

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::runs::*;
use meltano_api_stubs::models;

use super::Api;
use super::projects::nullable;
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::problem::ApiError;
use crate::store::entities::run;
use crate::store::runs::RunFilter;

fn to_model(run: &run::Model) -> Result<models::Run, ApiError> {
    let status =
        serde_json::from_value(serde_json::json!(run.status)).map_err(ApiError::internal)?;
    Ok(models::Run {
        id: uuid::Uuid::parse_str(&run.id).map_err(ApiError::internal)?,
        kind: run.kind.clone(),
        job: Some(nullable(run.job.clone())),
        schedule: Some(nullable(run.schedule.clone())),
        command: run.command.clone(),
        status,
        trigger: run.trigger.clone(),
        options: None,
        state_ids: Some(run.state_ids().into_iter().map(models::StateId).collect()),
        error: Some(nullable(run.error.clone())),
        create_time: run.created_at,
        start_time: Some(nullable(run.started_at)),
        end_time: Some(nullable(run.ended_at)),
        heartbeat_time: Some(nullable(None)),
    })
}

fn env_names(project: &str, env: &str) -> Result<(Name, Name), ApiError> {
    Ok((Name::parse(project, "project")?, Name::parse(env, "env")?))
}

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
        let (project, env) = env_names(&path.project, &path.env)?;
        let status = query.status.map(|s| s.to_string());
        let listing = format!(
            "projects/{project}/envs/{env}/runs?{}",
            status.as_deref().unwrap_or("")
        );
        let page = PageRequest::parse(query.page_size, query.page_token.as_deref(), listing)?;
        let filter = RunFilter {
            job: None,
            status: status.as_deref(),
        };
        let rows = self.store.list_runs(&project, &env, &page, filter).await?;
        let (rows, next_page_token) = page.finish(rows, |r| r.id.clone());
        let runs = rows.iter().map(to_model).collect::<Result<_, _>>()?;
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
    ) -> Result<GetRunResponse, ApiError> {
        let (project, env) = env_names(&path.project, &path.env)?;
        let run = self
            .store
            .get_run(&project, &env, &path.run.to_string(), None)
            .await?;
        Ok(GetRunResponse::Status200_TheRun(to_model(&run)?))
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
        let (project, env) = env_names(&path.project, &path.env)?;
        let job = Name::parse(&path.job, "job")?;
        self.store.get_job(&project, &env, &job).await?;
        let listing = format!("projects/{project}/envs/{env}/jobs/{job}/runs");
        let page = PageRequest::parse(query.page_size, query.page_token.as_deref(), listing)?;
        let filter = RunFilter {
            job: Some(job.as_str()),
            status: None,
        };
        let rows = self.store.list_runs(&project, &env, &page, filter).await?;
        let (rows, next_page_token) = page.finish(rows, |r| r.id.clone());
        let runs = rows.iter().map(to_model).collect::<Result<_, _>>()?;
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
        let (project, env) = env_names(&path.project, &path.env)?;
        let job = Name::parse(&path.job, "job")?;
        let run = self
            .store
            .get_run(&project, &env, &path.run.to_string(), Some(job.as_str()))
            .await?;
        Ok(GetJobRunResponse::Status200_TheRun(to_model(&run)?))
    }

    async fn create_run(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _headers: &models::CreateRunHeaderParams,
        _path: &models::CreateRunPathParams,
        _body: &models::RunRequest,
    ) -> Result<CreateRunResponse, ApiError> {
        Err(ApiError::NotImplemented {
            operation: "createRun",
        })
    }

    async fn create_job_run(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _headers: &models::CreateJobRunHeaderParams,
        _path: &models::CreateJobRunPathParams,
        _body: &models::RunOptions,
    ) -> Result<CreateJobRunResponse, ApiError> {
        Err(ApiError::NotImplemented {
            operation: "createJobRun",
        })
    }

    async fn cancel_run(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _path: &models::CancelRunPathParams,
    ) -> Result<CancelRunResponse, ApiError> {
        Err(ApiError::NotImplemented {
            operation: "cancelRun",
        })
    }

    async fn list_run_logs(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _path: &models::ListRunLogsPathParams,
        _query: &models::ListRunLogsQueryParams,
    ) -> Result<ListRunLogsResponse, ApiError> {
        Err(ApiError::NotImplemented {
            operation: "listRunLogs",
        })
    }
}
