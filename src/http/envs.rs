//! `projects/{project}/envs`: List, Get, Create, Replace, Patch and hard Delete.

use std::collections::HashSet;

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::envs::*;
use meltano_api_stubs::models;
use meltano_api_stubs::types::Nullable;

use super::Api;
use super::shared::{EnvPath, nullable, optional};
use crate::domain::page::PageRequest;
use crate::domain::plugin::{keep_env_secrets, redact_env};
use crate::domain::resources::Fields;
use crate::domain::version::is_not_modified;
use crate::domain::{EnvFields, Name};
use crate::http::problem::ApiError;
use crate::http::request_id;
use crate::store::Versioned;
use crate::store::entities::env;

fn to_model(env: &env::Model, secret_vars: &HashSet<String>) -> models::Env {
    let fields = env.fields();
    models::Env {
        name: env.name.clone(),
        description: fields.description,
        env: Some(redact_env(&fields.env, secret_vars).into_iter().collect()),
        state_id_suffix: Some(nullable(fields.state_id_suffix)),
        create_time: Some(env.created_at),
        update_time: Some(env.updated_at),
        etag: Some(env.etag()),
    }
}

fn fields(
    description: &Option<String>,
    env: &Option<std::collections::HashMap<String, String>>,
    state_id_suffix: &Option<Nullable<String>>,
) -> Result<EnvFields, ApiError> {
    Ok(EnvFields {
        description: description.clone(),
        env: env.clone().unwrap_or_default().into_iter().collect(),
        state_id_suffix: optional(state_id_suffix),
    }
    .check()?)
}

#[async_trait::async_trait]
impl Envs<ApiError> for Api {
    type Claims = ();

    async fn list_envs(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListEnvsPathParams,
        query: &models::ListEnvsQueryParams,
    ) -> Result<ListEnvsResponse, ApiError> {
        let project = Name::parse(&path.project, "project")?;
        let page = PageRequest::parse(
            query.page_size,
            query.page_token.as_deref(),
            format!("projects/{project}/envs"),
        )?;
        let rows = self.store.list_envs(&project, &page).await?;
        let secret_vars = self.secret_vars(project.as_str()).await?;
        let (rows, next_page_token) = page.finish(rows, |e| e.name.clone());
        Ok(ListEnvsResponse::Status200_APageOfEnvironments(
            models::EnvList {
                envs: rows.iter().map(|row| to_model(row, &secret_vars)).collect(),
                next_page_token,
            },
        ))
    }

    async fn get_env(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::GetEnvHeaderParams,
        path: &models::GetEnvPathParams,
    ) -> Result<GetEnvResponse, ApiError> {
        let EnvPath { project, env: name } = EnvPath::parse(&path.project, &path.env)?;
        let env = self.store.get_env(&project, &name).await?;
        let e_tag = Some(env.etag());
        if is_not_modified(headers.if_none_match.as_deref(), &env.etag()) {
            return Ok(GetEnvResponse::Status304_TheResourceHasNotChangedSinceThe {
                e_tag,
                x_request_id: request_id::header(),
            });
        }
        Ok(GetEnvResponse::Status200_TheEnvironment {
            body: to_model(&env, &self.secret_vars(project.as_str()).await?),
            e_tag,
        })
    }

    async fn create_env(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::CreateEnvPathParams,
        body: &models::Env,
    ) -> Result<CreateEnvResponse, ApiError> {
        let project = Name::parse(&path.project, "project")?;
        let name = Name::parse(&body.name, "/name")?;
        let fields = fields(&body.description, &body.env, &body.state_id_suffix)?;
        let env = self.store.create_env(&project, &name, fields).await?;
        Ok(CreateEnvResponse::Status201_TheEnvironmentWasCreated {
            e_tag: Some(env.etag()),
            location: Some(self.location(&["projects", project.as_str(), "envs", name.as_str()])),
            body: to_model(&env, &self.secret_vars(project.as_str()).await?),
        })
    }

    async fn replace_env(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::ReplaceEnvHeaderParams,
        path: &models::ReplaceEnvPathParams,
        body: &models::EnvReplace,
    ) -> Result<ReplaceEnvResponse, ApiError> {
        let EnvPath { project, env: name } = EnvPath::parse(&path.project, &path.env)?;
        let replacement = fields(&body.description, &body.env, &body.state_id_suffix)?;
        let secret_vars = self.secret_vars(project.as_str()).await?;
        let env = self
            .store
            .update_env(&project, &name, headers.if_match.as_deref(), |current| {
                let mut fields = replacement.clone();
                fields.env = keep_env_secrets(fields.env, &current.fields().env, &secret_vars);
                Ok(fields)
            })
            .await?;
        Ok(ReplaceEnvResponse::Status200_TheEnvironmentAsReplaced {
            e_tag: Some(env.etag()),
            body: to_model(&env, &self.secret_vars(project.as_str()).await?),
        })
    }

    async fn patch_env(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::PatchEnvHeaderParams,
        path: &models::PatchEnvPathParams,
        body: &models::EnvPatch,
    ) -> Result<PatchEnvResponse, ApiError> {
        let EnvPath { project, env: name } = EnvPath::parse(&path.project, &path.env)?;
        let patch = serde_json::to_value(body).map_err(ApiError::internal)?;
        let secret_vars = self.secret_vars(project.as_str()).await?;
        let env = self
            .store
            .update_env(&project, &name, headers.if_match.as_deref(), |current| {
                let stored = current.fields();
                let mut fields = stored.merge_patch(&patch)?;
                fields.env = keep_env_secrets(fields.env, &stored.env, &secret_vars);
                Ok(fields)
            })
            .await?;
        Ok(PatchEnvResponse::Status200_TheEnvironmentAsUpdated {
            e_tag: Some(env.etag()),
            body: to_model(&env, &self.secret_vars(project.as_str()).await?),
        })
    }

    async fn delete_env(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::DeleteEnvHeaderParams,
        path: &models::DeleteEnvPathParams,
    ) -> Result<DeleteEnvResponse, ApiError> {
        let EnvPath { project, env: name } = EnvPath::parse(&path.project, &path.env)?;
        self.store
            .delete_env(&project, &name, headers.if_match.as_deref())
            .await?;
        Ok(DeleteEnvResponse::Status204_TheEnvironmentIsGone)
    }
}
