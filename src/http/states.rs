//! `envs/{env}/state`: Meltano's `meltano state` as resources (list, get, set, clear, merge, copy,
//! move, export, import). Semantics: `docs/meltano-semantics.md`.

use std::collections::HashMap;

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::state::*;
use meltano_api_stubs::models;
use meltano_api_stubs::types::Nullable;
use serde_json::Value;

use super::Api;
use super::shared::{EnvPath, JsonMap, state_model, tagged_state_model, to_map};
use crate::domain::page::PageRequest;
use crate::domain::state::{StateId, validate_singer_state};
use crate::domain::version::is_not_modified;
use crate::http::problem::{ApiError, FieldError};
use crate::store::entities::state;
use crate::store::states::StateValues;

fn from_map(map: &JsonMap) -> Value {
    Value::Object(map.iter().map(|(k, v)| (k.clone(), v.0.clone())).collect())
}

fn from_nullable(value: &Option<Nullable<JsonMap>>) -> Option<Value> {
    match value {
        Some(Nullable::Present(map)) => Some(from_map(map)),
        _ => None,
    }
}

fn to_entry(row: &state::Model) -> models::StateExportEntry {
    let values = row.values();
    models::StateExportEntry {
        completed: to_map(values.completed),
        partial: to_map(values.partial),
    }
}

fn check(validate: Option<bool>, value: &Value, pointer: &str) -> Result<(), ApiError> {
    if validate.unwrap_or(true) {
        Ok(validate_singer_state(value, pointer)?)
    } else {
        Ok(())
    }
}

#[async_trait::async_trait]
impl State<ApiError> for Api {
    type Claims = ();

    async fn list_states(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListStatesPathParams,
        query: &models::ListStatesQueryParams,
    ) -> Result<ListStatesResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let filter = query.filter.as_deref();
        let listing = format!(
            "projects/{project}/envs/{env}/state?{}",
            filter.unwrap_or("")
        );
        let page = PageRequest::parse(query.page_size, query.page_token.as_deref(), listing)?;
        let rows = self
            .store
            .states(&project, &env)
            .list(&page, filter)
            .await?;
        let (rows, next_page_token) = page.finish(rows, |s| s.state_id.clone());
        Ok(ListStatesResponse::Status200_APageOfStates(
            models::StateList {
                states: rows.iter().map(state_model).collect(),
                next_page_token,
            },
        ))
    }

    async fn get_state(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::GetStateHeaderParams,
        path: &models::GetStatePathParams,
    ) -> Result<GetStateResponse, ApiError> {
        let (EnvPath { project, env }, id) =
            EnvPath::with_state_id(&path.project, &path.env, &path.state_id)?;
        let row = self.store.states(&project, &env).get(&id).await?;
        let etag = row.etag();
        if is_not_modified(headers.if_none_match.as_deref(), &etag) {
            return Ok(
                GetStateResponse::Status304_TheResourceHasNotChangedSinceThe {
                    e_tag: Some(etag),
                    x_request_id: super::request_id::header(),
                },
            );
        }
        Ok(GetStateResponse::Status200_TheState {
            e_tag: Some(etag.clone()),
            body: tagged_state_model(&row, etag),
        })
    }

    async fn set_state(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::SetStateHeaderParams,
        path: &models::SetStatePathParams,
        query: &models::SetStateQueryParams,
        body: &models::StateSet,
    ) -> Result<SetStateResponse, ApiError> {
        let (EnvPath { project, env }, id) =
            EnvPath::with_state_id(&path.project, &path.env, &path.state_id)?;
        let completed = from_map(&body.completed);
        check(query.validate, &completed, "/completed")?;
        let states = self.store.states(&project, &env);
        let row = states
            .set(&id, completed, headers.if_match.as_deref())
            .await?;
        let etag = row.etag();
        Ok(SetStateResponse::Status200_TheStateAfterTheChange {
            e_tag: Some(etag.clone()),
            body: tagged_state_model(&row, etag),
        })
    }

    async fn clear_state(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::ClearStateHeaderParams,
        path: &models::ClearStatePathParams,
    ) -> Result<ClearStateResponse, ApiError> {
        let (EnvPath { project, env }, id) =
            EnvPath::with_state_id(&path.project, &path.env, &path.state_id)?;
        self.store
            .states(&project, &env)
            .clear(&id, headers.if_match.as_deref())
            .await?;
        Ok(ClearStateResponse::Status204_TheStateIsGone)
    }

    async fn merge_state(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::MergeStatePathParams,
        query: &models::MergeStateQueryParams,
        body: &models::StateMerge,
    ) -> Result<MergeStateResponse, ApiError> {
        let (EnvPath { project, env }, id) =
            EnvPath::with_state_id(&path.project, &path.env, &path.state_id)?;
        let states = self.store.states(&project, &env);
        let row = match (&body.partial, &body.from_state_id) {
            (Some(partial), None) => {
                let partial = from_map(partial);
                check(query.validate, &partial, "/partial")?;
                states.merge(&id, partial).await?
            }
            (None, Some(source)) => {
                states
                    .merge_from(&id, &StateId::parse(source, &env, "/from_state_id")?)
                    .await?
            }
            _ => {
                return Err(ApiError::Unprocessable {
                    detail: "give exactly one of partial and from_state_id".into(),
                    errors: vec![FieldError::new(
                        "",
                        "needs exactly one of partial, from_state_id",
                    )],
                });
            }
        };
        Ok(MergeStateResponse::Status200_TheStateAfterTheMerge {
            e_tag: Some(row.etag()),
            body: state_model(&row),
        })
    }

    async fn copy_state(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::CopyStatePathParams,
        body: &models::StateDestination,
    ) -> Result<CopyStateResponse, ApiError> {
        let (EnvPath { project, env }, id) =
            EnvPath::with_state_id(&path.project, &path.env, &path.state_id)?;
        let destination = StateId::parse(&body.destination, &env, "/destination")?;
        let row = self
            .store
            .states(&project, &env)
            .copy(&id, &destination, false)
            .await?;
        Ok(CopyStateResponse::Status200_TheDestinationState {
            e_tag: Some(row.etag()),
            location: Some(self.location(&[
                "projects",
                project.as_str(),
                "envs",
                env.as_str(),
                "state",
                &row.state_id,
            ])),
            body: state_model(&row),
        })
    }

    async fn move_state(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::MoveStatePathParams,
        body: &models::StateDestination,
    ) -> Result<MoveStateResponse, ApiError> {
        let (EnvPath { project, env }, id) =
            EnvPath::with_state_id(&path.project, &path.env, &path.state_id)?;
        let destination = StateId::parse(&body.destination, &env, "/destination")?;
        let row = self
            .store
            .states(&project, &env)
            .copy(&id, &destination, true)
            .await?;
        Ok(MoveStateResponse::Status200_TheDestinationState {
            e_tag: Some(row.etag()),
            location: Some(self.location(&[
                "projects",
                project.as_str(),
                "envs",
                env.as_str(),
                "state",
                &row.state_id,
            ])),
            body: state_model(&row),
        })
    }

    async fn export_states(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ExportStatesPathParams,
        query: &models::ExportStatesQueryParams,
    ) -> Result<ExportStatesResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let rows = self
            .store
            .states(&project, &env)
            .all(query.filter.as_deref())
            .await?;
        Ok(ExportStatesResponse::Status200_TheStates(
            rows.iter()
                .map(|r| (r.state_id.clone(), to_entry(r)))
                .collect(),
        ))
    }

    async fn import_states(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ImportStatesPathParams,
        query: &models::ImportStatesQueryParams,
        body: &HashMap<String, models::StateExportEntry>,
    ) -> Result<ImportStatesResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let mut entries = Vec::with_capacity(body.len());
        for (key, entry) in body {
            let pointer = format!("/{}", key.replace('~', "~0").replace('/', "~1"));
            let id = StateId::parse_key(key, &env, &pointer)?;
            let values = StateValues {
                completed: from_nullable(&entry.completed),
                partial: from_nullable(&entry.partial),
            };
            if let Some(completed) = &values.completed {
                check(query.validate, completed, &format!("{pointer}/completed"))?;
            }
            entries.push((id, values));
        }
        let rows = self.store.states(&project, &env).import(entries).await?;
        Ok(ImportStatesResponse::Status200_TheStatesAsImported(
            rows.iter()
                .map(|r| (r.state_id.clone(), to_entry(r)))
                .collect(),
        ))
    }
}
