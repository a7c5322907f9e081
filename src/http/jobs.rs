//! `envs/{env}/jobs`: the project's jobs, their tasks checked against its plugins on every write,
//! and `jobs/{job}/state`, a read-only view of the states of the job's extract-load blocks.

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::jobs::*;
use meltano_api_stubs::models;
use serde_json::Value;

use super::Api;
use super::shared::EnvPath;
use crate::domain::Name;
use crate::domain::job::{normalize, state_id, validate};
use crate::domain::page::PageRequest;
use crate::domain::state::StateId;
use crate::domain::version::is_not_modified;
use crate::http::problem::ApiError;
use crate::http::request_id;
use crate::store::Versioned;
use crate::store::entities::job;

fn to_model(job: &job::Model) -> Result<models::Job, ApiError> {
    Ok(models::Job {
        name: job.name.clone(),
        tasks: serde_json::from_value(job.tasks()).map_err(ApiError::internal)?,
        create_time: Some(job.created_at),
        update_time: Some(job.updated_at),
        etag: Some(job.etag()),
    })
}

/// Each plugin's type and commands (its parents' commands included).
impl Api {
    /// The tasks, checked against the project's plugins (`422` naming the bad task).
    async fn checked_tasks(
        &self,
        project: &Name,
        env: &Name,
        tasks: &models::Tasks,
    ) -> Result<Value, ApiError> {
        let tasks = serde_json::to_value(tasks).map_err(ApiError::internal)?;
        let context = self.store.plugin_context(project, env).await?;
        validate(&normalize(&tasks), &context.infos())?;
        Ok(tasks)
    }
}

#[async_trait::async_trait]
impl Jobs<ApiError> for Api {
    type Claims = ();

    async fn list_jobs(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListJobsPathParams,
        query: &models::ListJobsQueryParams,
    ) -> Result<ListJobsResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let page = PageRequest::parse(
            query.page_size,
            query.page_token.as_deref(),
            format!("projects/{project}/jobs"),
        )?;
        let rows = self.store.list_jobs(&project, &env, &page).await?;
        let (rows, next_page_token) = page.finish(rows, |j| j.name.clone());
        let jobs = rows.iter().map(to_model).collect::<Result<_, _>>()?;
        Ok(ListJobsResponse::Status200_APageOfJobs(models::JobList {
            jobs,
            next_page_token,
        }))
    }

    async fn get_job(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::GetJobHeaderParams,
        path: &models::GetJobPathParams,
    ) -> Result<GetJobResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.job, "job")?;
        let job = self.store.get_job(&project, &env, &name).await?;
        let e_tag = Some(job.etag());
        if is_not_modified(headers.if_none_match.as_deref(), &job.etag()) {
            return Ok(GetJobResponse::Status304_TheResourceHasNotChangedSinceThe {
                e_tag,
                x_request_id: request_id::header(),
            });
        }
        Ok(GetJobResponse::Status200_TheJob {
            body: to_model(&job)?,
            e_tag,
        })
    }

    async fn create_job(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::CreateJobPathParams,
        body: &models::Job,
    ) -> Result<CreateJobResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &body.name, "job")?;
        let tasks = self.checked_tasks(&project, &env, &body.tasks).await?;
        let job = self.store.create_job(&project, &env, &name, &tasks).await?;
        Ok(CreateJobResponse::Status201_TheJobWasCreated {
            e_tag: Some(job.etag()),
            location: Some(self.location(&[
                "projects",
                project.as_str(),
                "envs",
                env.as_str(),
                "jobs",
                name.as_str(),
            ])),
            body: to_model(&job)?,
        })
    }

    async fn replace_job(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::ReplaceJobHeaderParams,
        path: &models::ReplaceJobPathParams,
        body: &models::JobReplace,
    ) -> Result<ReplaceJobResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.job, "job")?;
        let tasks = self.checked_tasks(&project, &env, &body.tasks).await?;
        let job = self
            .store
            .update_job(&project, &env, &name, headers.if_match.as_deref(), |_| {
                Ok(tasks.clone())
            })
            .await?;
        Ok(ReplaceJobResponse::Status200_TheJobAsReplaced {
            e_tag: Some(job.etag()),
            body: to_model(&job)?,
        })
    }

    async fn patch_job(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::PatchJobHeaderParams,
        path: &models::PatchJobPathParams,
        body: &models::JobPatch,
    ) -> Result<PatchJobResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.job, "job")?;
        let new_tasks = match &body.tasks {
            Some(tasks) => Some(self.checked_tasks(&project, &env, tasks).await?),
            None => None,
        };
        let job = self
            .store
            .update_job(
                &project,
                &env,
                &name,
                headers.if_match.as_deref(),
                |current| Ok(new_tasks.clone().unwrap_or_else(|| current.tasks())),
            )
            .await?;
        Ok(PatchJobResponse::Status200_TheJobAsUpdated {
            e_tag: Some(job.etag()),
            body: to_model(&job)?,
        })
    }

    async fn delete_job(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::DeleteJobHeaderParams,
        path: &models::DeleteJobPathParams,
    ) -> Result<DeleteJobResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.job, "job")?;
        self.store
            .delete_job(&project, &env, &name, headers.if_match.as_deref())
            .await?;
        Ok(DeleteJobResponse::Status204_TheJobIsGone)
    }

    async fn get_job_state(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::GetJobStatePathParams,
    ) -> Result<GetJobStateResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.job, "job")?;
        let job = self.store.get_job(&project, &env, &name).await?;
        let suffix = self
            .store
            .get_env(&project, &env)
            .await?
            .fields()
            .state_id_suffix;
        let context = self.store.plugin_context(&project, &env).await?;
        // A job whose plugins changed since it was written has no blocks to read state for.
        let blocks = validate(&normalize(&job.tasks()), &context.infos()).unwrap_or_default();
        let states = self.store.states(&project, &env);
        let mut found = Vec::new();
        for block in &blocks {
            let Ok(id) = StateId::parse(
                &state_id(env.as_str(), block, suffix.as_deref()),
                &env,
                "state_id",
            ) else {
                continue;
            };
            if let Ok(row) = states.get(&id).await {
                found.push(super::shared::state_model(&row));
            }
        }
        Ok(GetJobStateResponse::Status200_TheStatesTheJob(
            models::JobState {
                job: name.to_string(),
                states: found,
            },
        ))
    }
}
