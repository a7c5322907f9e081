//! `envs/{env}/schedules`: the project's schedules, each a job (or extractor + loader) and an
//! interval, checked against the project's jobs and plugins on every write.

use std::collections::{HashMap, HashSet};

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::schedules::*;
use meltano_api_stubs::models;
use serde::Serialize;
use serde_json::json;

use super::Api;
use super::shared::idempotency;
use super::shared::{EnvPath, nullable};
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::domain::plugin::{keep_env_secrets, redact_env};
use crate::domain::schedule::{ScheduleFields, cron_form};
use crate::domain::version::is_not_modified;
use crate::error::Error;
use crate::http::problem::ApiError;
use crate::http::request_id;
use crate::launch::{launch, schedule_run};
use crate::store::Versioned;
use crate::store::entities::schedule;

fn to_model(
    row: &schedule::Model,
    secret_vars: &HashSet<String>,
) -> Result<models::Schedule, ApiError> {
    let fields = row.fields();
    // Stored intervals were checked on write, and their next fire time stored.
    let cron = cron_form(&fields.interval);
    let next = row.next_fire_at;
    Ok(models::Schedule {
        name: row.name.clone(),
        job: Some(nullable(fields.job)),
        extractor: Some(nullable(fields.extractor)),
        loader: Some(nullable(fields.loader)),
        transform: Some(nullable(fields.transform)),
        interval: fields.interval,
        cron_interval: Some(nullable(cron)),
        next_fire_time: Some(nullable(next)),
        last_fire_time: Some(nullable(row.last_fire_at)),
        last_run: Some(nullable(
            row.last_run
                .as_deref()
                .and_then(|id| uuid::Uuid::parse_str(id).ok()),
        )),
        paused: Some(fields.paused),
        env: Some(redact_env(&fields.env, secret_vars).into_iter().collect()),
        create_time: Some(row.created_at),
        update_time: Some(row.updated_at),
        etag: Some(row.etag()),
    })
}

/// The writable fields of a request body (any of Schedule, ScheduleReplace).
fn fields_of(body: &impl Serialize) -> Result<ScheduleFields, ApiError> {
    serde_json::from_value(serde_json::to_value(body).map_err(ApiError::internal)?)
        .map_err(|_| ApiError::bad_request("the body does not fit a schedule's fields"))
}

impl Api {
    /// Checks `fields` against the project's jobs and plugins (`422` naming the bad field); a
    /// secret variable of `env` written as the redaction placeholder keeps its `stored` value.
    async fn checked_schedule(
        &self,
        project: &Name,
        env: &Name,
        mut fields: ScheduleFields,
        stored: Option<&ScheduleFields>,
    ) -> Result<ScheduleFields, ApiError> {
        let context = self.store.plugin_context(project, env).await?;
        let jobs: Vec<String> = self
            .store
            .all_jobs(project)
            .await?
            .into_iter()
            .map(|j| j.name)
            .collect();
        if let Some(stored) = stored {
            fields.env = keep_env_secrets(fields.env, &stored.env, &context.secret_env_vars());
        }
        let types: HashMap<String, String> = context
            .plugins
            .into_iter()
            .map(|(name, p)| (name, p.plugin_type))
            .collect();
        // The interval's check searches for a fire time: CPU work, off the async threads.
        tokio::task::spawn_blocking(move || {
            fields.check(
                |name| types.get(name).cloned(),
                |job| jobs.iter().any(|j| j == job),
            )?;
            Ok(fields)
        })
        .await
        .map_err(ApiError::internal)?
    }
}

#[async_trait::async_trait]
impl Schedules<ApiError> for Api {
    type Claims = ();

    async fn list_schedules(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListSchedulesPathParams,
        query: &models::ListSchedulesQueryParams,
    ) -> Result<ListSchedulesResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let page = PageRequest::parse(
            query.page_size,
            query.page_token.as_deref(),
            format!("projects/{project}/schedules"),
        )?;
        let rows = self.store.list_schedules(&project, &env, &page).await?;
        let (rows, next_page_token) = page.finish(rows, |s| s.name.clone());
        let secret_vars = self.secret_vars(project.as_str()).await?;
        let schedules = rows
            .iter()
            .map(|row| to_model(row, &secret_vars))
            .collect::<Result<_, _>>()?;
        Ok(ListSchedulesResponse::Status200_APageOfSchedules(
            models::ScheduleList {
                schedules,
                next_page_token,
            },
        ))
    }

    async fn get_schedule(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::GetScheduleHeaderParams,
        path: &models::GetSchedulePathParams,
    ) -> Result<GetScheduleResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.schedule, "schedule")?;
        let row = self.store.get_schedule(&project, &env, &name).await?;
        let e_tag = Some(row.etag());
        if is_not_modified(headers.if_none_match.as_deref(), &row.etag()) {
            return Ok(
                GetScheduleResponse::Status304_TheResourceHasNotChangedSinceThe {
                    e_tag,
                    x_request_id: request_id::header(),
                },
            );
        }
        Ok(GetScheduleResponse::Status200_TheSchedule {
            body: to_model(&row, &self.secret_vars(project.as_str()).await?)?,
            e_tag,
        })
    }

    async fn create_schedule(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::CreateSchedulePathParams,
        body: &models::Schedule,
    ) -> Result<CreateScheduleResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &body.name, "schedule")?;
        let fields = self
            .checked_schedule(&project, &env, fields_of(body)?, None)
            .await?;
        let row = self
            .store
            .create_schedule(&project, &env, &name, &fields)
            .await?;
        Ok(CreateScheduleResponse::Status201_TheScheduleWasCreated {
            e_tag: Some(row.etag()),
            location: Some(self.location(&[
                "projects",
                project.as_str(),
                "envs",
                env.as_str(),
                "schedules",
                name.as_str(),
            ])),
            body: to_model(&row, &self.secret_vars(project.as_str()).await?)?,
        })
    }

    async fn replace_schedule(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::ReplaceScheduleHeaderParams,
        path: &models::ReplaceSchedulePathParams,
        body: &models::ScheduleReplace,
    ) -> Result<ReplaceScheduleResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.schedule, "schedule")?;
        let current = self.store.get_schedule(&project, &env, &name).await?;
        let fields = self
            .checked_schedule(&project, &env, fields_of(body)?, Some(&current.fields()))
            .await?;
        let row = self
            .store
            .update_schedule(&project, &env, &name, headers.if_match.as_deref(), |_| {
                Ok(fields.clone())
            })
            .await?;
        Ok(ReplaceScheduleResponse::Status200_TheScheduleAsReplaced {
            e_tag: Some(row.etag()),
            body: to_model(&row, &self.secret_vars(project.as_str()).await?)?,
        })
    }

    async fn patch_schedule(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::PatchScheduleHeaderParams,
        path: &models::PatchSchedulePathParams,
        body: &models::SchedulePatch,
    ) -> Result<PatchScheduleResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.schedule, "schedule")?;
        let patch = serde_json::to_value(body).map_err(ApiError::internal)?;
        // The patched fields are computed from the current ones first, then checked (reads of
        // other collections stay outside the versioned write).
        let current = self.store.get_schedule(&project, &env, &name).await?;
        let mut document = json!(current.fields());
        json_patch::merge(&mut document, &patch);
        let fields: ScheduleFields = serde_json::from_value(document).map_err(|_| {
            ApiError::bad_request("the merge patch does not fit a schedule's fields")
        })?;
        let fields = self
            .checked_schedule(&project, &env, fields, Some(&current.fields()))
            .await?;
        let expected = headers.if_match.clone().unwrap_or_else(|| current.etag());
        let row = match self
            .store
            .update_schedule(&project, &env, &name, Some(&expected), |_| {
                Ok(fields.clone())
            })
            .await
        {
            Err(Error::PreconditionFailed(_)) if headers.if_match.is_none() => {
                return Err(ApiError::Conflict(format!(
                    "schedule '{name}' changed meanwhile; retry"
                )));
            }
            other => other?,
        };
        Ok(PatchScheduleResponse::Status200_TheScheduleAsUpdated {
            e_tag: Some(row.etag()),
            body: to_model(&row, &self.secret_vars(project.as_str()).await?)?,
        })
    }

    async fn delete_schedule(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::DeleteScheduleHeaderParams,
        path: &models::DeleteSchedulePathParams,
    ) -> Result<DeleteScheduleResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.schedule, "schedule")?;
        self.store
            .delete_schedule(&project, &env, &name, headers.if_match.as_deref())
            .await?;
        Ok(DeleteScheduleResponse::Status204_TheScheduleIsGone)
    }

    async fn run_schedule(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::RunScheduleHeaderParams,
        path: &models::RunSchedulePathParams,
    ) -> Result<RunScheduleResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.schedule, "schedule")?;
        let schedule = self.store.get_schedule(&project, &env, &name).await?;
        // It runs where its firings run: the environment the schedule fires in.
        let (project, env, mut new) = schedule_run(&self.store, &schedule, None).await?;
        let operation = format!("runSchedule {name}");
        new.idempotency = idempotency(headers.idempotency_key.as_deref(), &operation, &json!({}));
        let (run, _) = launch(&self.store, &self.runner, &project, &env, new).await?;
        Ok(RunScheduleResponse::Status201_TheRunWasStarted {
            location: Some(self.run_location(&project, &env, &run.id)),
            body: super::shared::run_model(&run)?,
        })
    }
}
