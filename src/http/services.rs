//! `envs/{env}/services`: long-running plugin commands (`meltano invoke` in the background),
//! each a run of kind `SERVICE` that lasts until it exits or is deleted.

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::services::*;
use meltano_api_stubs::models;
use serde_json::json;

use super::Api;
use super::shared::{EnvPath, nullable};
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::domain::run::{RunKind, RunStatus, Trigger};
use crate::http::problem::{ApiError, FieldError};
use crate::launch::launch;
use crate::store::entities::run;
use crate::store::runs::NewRun;

/// A service's status, from its run's.
fn service_status(run_status: RunStatus) -> &'static str {
    match run_status {
        RunStatus::Queued => "STARTING",
        RunStatus::Running => "RUNNING",
        RunStatus::Success | RunStatus::Cancelled => "EXITED",
        _ => "FAILED",
    }
}

fn to_model(run: &run::Model) -> models::Service {
    models::Service {
        name: run.name.clone().unwrap_or_default(),
        plugin: run.command.clone().unwrap_or_default(),
        args: serde_json::from_value(run.details()["args"].clone()).ok(),
        status: Some(service_status(run.status).to_string()),
        exit_code: Some(nullable(run.exit_code)),
        create_time: Some(run.created_at),
        end_time: Some(nullable(run.ended_at)),
    }
}

impl Api {
    async fn service(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
    ) -> Result<run::Model, ApiError> {
        self.store.get_env(project, env).await?;
        self.store
            .service_run(project, env, name.as_str())
            .await?
            .ok_or_else(|| ApiError::NotFound(format!("service '{name}' does not exist")))
    }
}

#[async_trait::async_trait]
impl Services<ApiError> for Api {
    type Claims = ();

    async fn create_service(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::CreateServicePathParams,
        body: &models::Service,
    ) -> Result<CreateServiceResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let name = Name::parse(&body.name, "/name")?;
        let context = self.store.plugin_context(&project, &env).await?;
        let (plugin, command) = match body.plugin.split_once(':') {
            Some((plugin, command)) => (plugin, Some(command)),
            None => (body.plugin.as_str(), None),
        };
        let unprocessable = |detail: String| ApiError::Unprocessable {
            errors: vec![FieldError::new("/plugin", detail.clone())],
            detail,
        };
        if !context.plugins.contains_key(plugin) {
            return Err(unprocessable(format!("plugin '{plugin}' does not exist")));
        }
        if let Some(command) = command
            && !context.commands(plugin).contains_key(command)
        {
            return Err(unprocessable(format!(
                "plugin '{plugin}' has no command '{command}'"
            )));
        }
        let new = NewRun {
            kind: RunKind::Service,
            name: Some(name.to_string()),
            plugin: Some(plugin.to_string()),
            command: Some(body.plugin.clone()),
            trigger: Trigger::Api,
            details: Some(json!({ "args": body.args.clone().unwrap_or_default() })),
            ..NewRun::default()
        };
        let (run, _) = launch(&self.store, &self.runner, &project, &env, new).await?;
        Ok(CreateServiceResponse::Status201_TheServiceWasStarted {
            location: Some(self.location(&[
                "projects",
                project.as_str(),
                "envs",
                env.as_str(),
                "services",
                name.as_str(),
            ])),
            body: to_model(&run),
        })
    }

    async fn delete_service(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::DeleteServicePathParams,
    ) -> Result<DeleteServiceResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.service, "service")?;
        let run = self.service(&project, &env, &name).await?;
        if run.status.is_active() {
            // A service that ended meanwhile is just as well: either way it is stopped.
            match self.stop_run(&run, "stopped by request").await {
                Ok(_) | Err(ApiError::Conflict(_)) => {}
                Err(other) => return Err(other),
            }
        }
        self.store.delete_run(&run.id).await?;
        Ok(DeleteServiceResponse::Status204_TheServiceIsStoppedAndGone)
    }

    async fn get_service(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::GetServicePathParams,
    ) -> Result<GetServiceResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.service, "service")?;
        let run = self.service(&project, &env, &name).await?;
        Ok(GetServiceResponse::Status200_TheServiceAndItsStatus(
            to_model(&run),
        ))
    }

    async fn list_service_logs(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListServiceLogsPathParams,
        query: &models::ListServiceLogsQueryParams,
    ) -> Result<ListServiceLogsResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.service, "service")?;
        let run = self.service(&project, &env, &name).await?;
        let page = self
            .log_page(&run.id, query.page_size, query.page_token.as_deref())
            .await?;
        Ok(ListServiceLogsResponse::Status200_APageOfLogLines(page))
    }

    async fn list_services(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListServicesPathParams,
        query: &models::ListServicesQueryParams,
    ) -> Result<ListServicesResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let listing = format!("projects/{project}/envs/{env}/services");
        let page = PageRequest::parse(query.page_size, query.page_token.as_deref(), listing)?;
        let rows = self.store.list_services(&project, &env, &page).await?;
        let (rows, next_page_token) = page.finish(rows, |r| r.name.clone().unwrap_or_default());
        Ok(ListServicesResponse::Status200_APageOfServices(
            models::ServiceList {
                services: rows.iter().map(to_model).collect(),
                next_page_token,
            },
        ))
    }
}
