//! What the collections' handlers share, so that none imports another: the names a path gives
//! (the project and environment of [`EnvPath`]), nullable fields, idempotency keys, and the
//! models of runs, log lines and states, which several collections answer.

use std::collections::HashMap;

use meltano_api_stubs::models;
use meltano_api_stubs::types::{Nullable, Object};
use serde_json::Value;

use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::domain::run::{RunStatus, request_digest};
use crate::domain::state::{StateId, effective};
use crate::http::problem::ApiError;
use crate::store::entities::{run, run_log, state};
use crate::store::runs::Idempotency;

/// A run status the spec's enum names, as the domain's (the two enums have the same members).
pub fn run_status(status: models::RunStatus) -> Result<RunStatus, ApiError> {
    status.to_string().parse().map_err(ApiError::internal)
}

/// The project and environment a path names (`projects/{project}/envs/{env}/...`).
#[derive(Debug, Clone)]
pub struct EnvPath {
    pub project: Name,
    pub env: Name,
}

impl EnvPath {
    pub fn parse(project: &str, env: &str) -> Result<Self, ApiError> {
        Ok(Self {
            project: Name::parse(project, "project")?,
            env: Name::parse(env, "env")?,
        })
    }

    /// With the name of what the path names in the environment (`what`: its parameter, such
    /// as `job`).
    pub fn with_name(
        project: &str,
        env: &str,
        name: &str,
        what: &str,
    ) -> Result<(Self, Name), ApiError> {
        Ok((Self::parse(project, env)?, Name::parse(name, what)?))
    }

    /// With the state id the path names, which must be of its environment.
    pub fn with_state_id(
        project: &str,
        env: &str,
        state_id: &str,
    ) -> Result<(Self, StateId), ApiError> {
        let path = Self::parse(project, env)?;
        let id = StateId::parse(state_id, &path.env, "state_id")?;
        Ok((path, id))
    }
}

/// `None` as the spec's `null`.
pub fn nullable<T>(value: Option<T>) -> Nullable<T> {
    value.map_or(Nullable::Null, Nullable::Present)
}

/// A nullable field of a request: absent and `null` alike are `None`.
pub fn optional<T: Clone>(value: &Option<Nullable<T>>) -> Option<T> {
    match value {
        Some(Nullable::Present(v)) => Some(v.clone()),
        _ => None,
    }
}

/// The idempotency key of a request, with what identifies the request it came with.
pub fn idempotency(key: Option<&str>, operation: &str, request: &Value) -> Option<Idempotency> {
    key.map(|key| Idempotency {
        key: key.to_string(),
        digest: request_digest(operation, request),
    })
}

/// A run as the spec shows it (every collection that starts runs answers one).
pub fn run_model(run: &run::Model) -> Result<models::Run, ApiError> {
    let status = serde_json::from_value(serde_json::json!(run.status.as_str()))
        .map_err(ApiError::internal)?;
    Ok(models::Run {
        id: uuid::Uuid::parse_str(&run.id).map_err(ApiError::internal)?,
        kind: run.kind.to_string(),
        plugin: Some(nullable(run.plugin.clone())),
        job: Some(nullable(run.job.clone())),
        schedule: Some(nullable(run.schedule.clone())),
        command: run.command.clone(),
        status,
        trigger: run.trigger.to_string(),
        options: run
            .options
            .as_deref()
            .and_then(|text| serde_json::from_str(text).ok()),
        state_ids: Some(run.state_ids().into_iter().map(models::StateId).collect()),
        error: Some(nullable(run.error.clone())),
        create_time: run.created_at,
        start_time: Some(nullable(run.started_at)),
        end_time: Some(nullable(run.ended_at)),
        heartbeat_time: Some(nullable(run.heartbeat_at)),
        // Stored by this server in the spec's shape (`domain::run_stats`).
        statistics: Some(nullable(
            run.stats
                .as_deref()
                .and_then(|text| serde_json::from_str(text).ok()),
        )),
    })
}

/// A page request on a run's log, and the last `seq` its token says was seen.
pub fn log_cursor(
    run_id: &str,
    page_size: Option<u32>,
    page_token: Option<&str>,
) -> Result<(PageRequest, Option<i64>), ApiError> {
    let page = PageRequest::parse(page_size, page_token, format!("runs/{run_id}/logs"))?;
    let after = page
        .after
        .as_deref()
        .map(|seq| {
            seq.parse::<i64>()
                .map_err(|_| ApiError::bad_request("the page token is not valid here"))
        })
        .transpose()?;
    Ok((page, after))
}

pub fn log_line(line: &run_log::Model) -> models::LogLine {
    models::LogLine {
        seq: line.seq.max(0) as u64,
        time: line.time,
        block: line.block.clone(),
        plugin: line.plugin.clone(),
        stream: line.stream.clone(),
        text: line.text.clone(),
    }
}

/// A JSON object as the generated models hold it.
pub type JsonMap = HashMap<String, Object>;

/// A stored JSON object as a model's nullable map.
pub fn to_map(value: Option<Value>) -> Option<Nullable<JsonMap>> {
    Some(match value {
        // Moved into the model's map, not deserialized into it (a deep copy).
        Some(Value::Object(map)) => {
            Nullable::Present(map.into_iter().map(|(k, v)| (k, Object(v))).collect())
        }
        _ => Nullable::Null,
    })
}

/// A state as the spec shows it, with its own ETag (a job's `state` answers one too).
pub fn state_model(row: &state::Model) -> models::State {
    tagged_state_model(row, row.etag())
}

/// A state as the spec shows it, with `etag` (one already computed).
pub fn tagged_state_model(row: &state::Model, etag: String) -> models::State {
    // Each stored text is parsed once; with no partial state the effective one is the completed.
    let parse = |text: &Option<String>| text.as_deref().and_then(|t| serde_json::from_str(t).ok());
    let (completed, partial): (Option<Value>, Option<Value>) =
        (parse(&row.completed), parse(&row.partial));
    let effective = match (&completed, &partial) {
        (Some(Value::Object(_)), None) => completed.clone(),
        _ => Some(effective(completed.as_ref(), partial.as_ref())),
    };
    models::State {
        state_id: row.state_id.clone(),
        effective: to_map(effective),
        completed: to_map(completed),
        partial: to_map(partial),
        update_time: Some(row.updated_at),
        etag: Some(etag),
    }
}
