//! The HTTP side: one module per collection implementing the generated trait of its tag, kept thin
//! (path/body -> domain types -> store -> response model), plus the layers every request passes.
//! What several collections need is in `shared` (none imports another); `problem` is the API's
//! one error type, into which the lower layers' `crate::error::Error` maps.

pub mod auth;
pub mod docs;
mod envs;
mod events;
pub mod follow;
pub mod guard;
mod jobs;
mod plugin_tests;
mod plugins;
pub mod problem;
mod projects;
pub mod request_id;
mod runs;
mod schedules;
mod services;
mod shared;
mod states;
pub mod validation;
pub mod webhooks;

use std::collections::HashSet;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis;
use tokio::sync::Semaphore;

use crate::domain::Name;
use crate::http::problem::ApiError;
use crate::runner::Runner;
use crate::spec::Spec;
use crate::store::Store;
use crate::store::events::WriteEvent;
use crate::tasks::Tasks;

/// The implementation of every generated API trait; cloned per request (it holds handles only).
#[derive(Clone)]
pub struct Api {
    pub store: Store,
    pub runner: Runner,
    /// The background tasks, as `/health` reports them.
    tasks: Tasks,
    base_path: Arc<str>,
    /// Places for open log streams (`--max-follows`).
    follows: Arc<Semaphore>,
    plugin_views: Arc<plugins::PluginViews>,
    /// The last good `/health` report, answered again for [`HEALTH_KEPT_FOR`].
    health: Arc<std::sync::Mutex<Option<(std::time::Instant, HealthReport)>>>,
}

/// How long a `/health` report is answered again: it is polled (by load balancers among
/// others), and building it each time would cost more than it tells.
const HEALTH_KEPT_FOR: std::time::Duration = std::time::Duration::from_millis(250);

#[derive(Clone)]
struct HealthReport {
    up: bool,
    body: bytes::Bytes,
}

impl Api {
    pub fn new(
        store: Store,
        runner: Runner,
        tasks: Tasks,
        spec: &Spec,
        max_follows: usize,
    ) -> Self {
        Self {
            store,
            runner,
            tasks,
            base_path: spec.base_path().into(),
            follows: Arc::new(Semaphore::new(max_follows)),
            plugin_views: Arc::default(),
            health: Arc::default(),
        }
    }

    /// The variables whose values are secrets in `project`'s `env` maps (they feed sensitive
    /// settings of its plugins): redacted wherever an `env` is shown.
    async fn secret_vars(&self, project: &str) -> Result<HashSet<String>, ApiError> {
        match Name::parse(project, "project") {
            Ok(name) => Ok(self.store.active_project(&name).await?.secret_vars()),
            Err(_) => Ok(HashSet::new()),
        }
    }

    /// The URL path of a resource, for `Location` headers: `segments` alternate collection and id.
    fn location(&self, segments: &[&str]) -> String {
        format!("{}/{}", self.base_path, segments.join("/"))
    }
}

impl AsRef<Api> for Api {
    fn as_ref(&self) -> &Api {
        self
    }
}

/// What a request to an API operation passes before its handler, in one layer (each layer of
/// axum's clones the routes behind it per request): its token, then its parameters and body
/// against the spec, then a log follow is answered here (a stream the generated router cannot
/// give).
pub struct Gate {
    pub tokens: auth::Tokens,
    pub validator: validation::RequestValidator,
    pub api: Api,
}

///
/// A write is served as a [`WriteEvent`], which the store logs in the transaction of its first
/// change; one that changed nothing in the database (an export, a replayed run create) is
/// logged here once answered `2xx`.
pub async fn gate(State(gate): State<Arc<Gate>>, request: Request, next: Next) -> Response {
    let token = match auth::authorize(&gate.tokens, &request) {
        Ok(token) => token,
        Err(error) => return error.into_response(),
    };
    let request = match validation::validate(&gate.validator, request).await {
        Ok(request) => request,
        Err(error) => return error.into_response(),
    };
    if let Some(matched) = request.extensions().get::<validation::Matched>() {
        tracing::Span::current().record("operation", &*matched.operation);
    }
    if matches!(*request.method(), Method::GET | Method::HEAD) {
        return match follow::follow(&gate.api, request).await {
            Ok(stream) => stream,
            Err(request) => next.run(request).await,
        };
    }
    let Some(matched) = request.extensions().get::<validation::Matched>().cloned() else {
        return next.run(request).await; // no operation: the router answers 404/405
    };
    let write = Arc::new(WriteEvent::new(
        token,
        request.method().as_str(),
        &matched.operation,
        request.uri().path(),
        matched.project.as_deref(),
        request_id::current().as_deref().unwrap_or_default(),
    ));
    let response = write.clone().scope(next.run(request)).await;
    if response.status().is_success() && !write.recorded() {
        // Not awaited: the answer stands whatever becomes of its log line, and must not wait
        // for the database's writer (nor run into the request's time limit).
        let store = gate.api.store.clone();
        tokio::spawn(async move {
            if let Err(error) = store.record_write(&write).await {
                tracing::error!(
                    operation = write.operation,
                    "logging a write that was answered failed: {}",
                    ApiError::from(error).to_problem().detail
                );
            }
        });
    }
    response
}

/// Authentication happens before routing, in [`gate`], so that every path (even
/// one that does not exist) answers `401` alike; the generated per-operation hook only confirms.
#[async_trait::async_trait]
impl apis::ApiAuthBasic for Api {
    type Claims = ();

    async fn extract_claims_from_auth_header(
        &self,
        _kind: apis::BasicAuthKind,
        _headers: &axum::http::header::HeaderMap,
        _key: &str,
    ) -> Option<()> {
        Some(())
    }
}

/// Handlers answer errors as `Err(ApiError)`; the generated router hands them here.
#[async_trait::async_trait]
impl apis::ErrorHandler<ApiError> for Api {
    async fn handle_error(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        error: ApiError,
    ) -> Result<Response, http::StatusCode> {
        Ok(error.into_response())
    }
}

/// `GET /health`: each part of the server: its database (reachable, and the round trip's
/// latency), and each background task (up while it beats, [`crate::tasks`]). `200` when all are
/// up, else `503` as a problem document holding the same report.
pub async fn health(State(api): State<Api>) -> Response {
    let kept = api.health.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let report = match kept.filter(|(at, _)| at.elapsed() < HEALTH_KEPT_FOR) {
        Some((_, report)) => report,
        None => {
            let report = health_report(&api).await;
            // Only a good report is kept: a problem names its own request (`instance`).
            if report.up {
                *api.health.lock().unwrap_or_else(|e| e.into_inner()) =
                    Some((std::time::Instant::now(), report.clone()));
            }
            report
        }
    };
    if report.up {
        return ([(header::CONTENT_TYPE, "application/json")], report.body).into_response();
    }
    // A 503 as every other (status, problem+json, Retry-After), with the report as its body.
    let (parts, _) = ApiError::Unavailable(String::new())
        .into_response()
        .into_parts();
    Response::from_parts(parts, report.body.into())
}

async fn health_report(api: &Api) -> HealthReport {
    let database = match api.store.ping().await {
        Ok(probe) => serde_json::json!({
            "status": "up",
            "backend": api.store.backend_name(),
            "latency_ms": probe.latency.as_secs_f64() * 1000.0,
            "checked_at": probe.at,
        }),
        Err(error) => serde_json::json!({
            "status": "down",
            "backend": api.store.backend_name(),
            "error": ApiError::from(error).to_problem().detail,
        }),
    };
    let tasks = api.tasks.health();
    let down: Vec<&str> = std::iter::once("database")
        .filter(|_| database["status"] == "down")
        .chain(tasks.iter().filter(|task| !task.up).map(|task| task.name))
        .collect();
    let tasks: Vec<serde_json::Value> = tasks
        .iter()
        .map(|task| {
            serde_json::json!({
                "name": task.name,
                "status": if task.up { "up" } else { "down" },
                "last_beat": task.last_beat,
            })
        })
        .collect();
    let body = if down.is_empty() {
        serde_json::json!({ "status": "ok", "database": database, "tasks": tasks })
    } else {
        let mut problem = serde_json::to_value(
            ApiError::Unavailable(format!("down: {}", down.join(", "))).to_problem(),
        )
        .unwrap_or_default();
        problem["database"] = database;
        problem["tasks"] = tasks.into();
        problem
    };
    HealthReport {
        up: down.is_empty(),
        body: body.to_string().into(),
    }
}

/// `GET /ready`: whether this server can take requests now (its database answers), for an
/// orchestrator's readiness probe; `503` problem+json when not. A background task that is down
/// makes `/health` fail, not this: the API answers meanwhile.
pub async fn ready(State(api): State<Api>) -> Response {
    match api.store.ping().await {
        Ok(_) => axum::Json(serde_json::json!({ "status": "ready" })).into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// `GET /metrics`: the Prometheus text format ([`crate::metrics`]), behind the API's tokens (a
/// read-only one is enough). With the database away, the run counts are the last ones read.
pub async fn metrics(State(api): State<Api>) -> Response {
    let active = api.store.active_run_counts().await.ok();
    let text = api
        .runner
        .metrics()
        .render(active.as_deref(), &api.store.pools());
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    )
        .into_response()
}

/// The API's tokens, on a path outside the API (`/metrics`).
pub async fn require_token(
    State(tokens): State<Arc<auth::Tokens>>,
    request: Request,
    next: Next,
) -> Response {
    match auth::authorize(&tokens, &request) {
        Ok(_) => next.run(request).await,
        Err(error) => error.into_response(),
    }
}

pub async fn openapi_yaml() -> Response {
    (
        [(header::CONTENT_TYPE, "application/yaml")],
        crate::spec::SPEC_YAML,
    )
        .into_response()
}

pub async fn openapi_json(State(spec): State<Spec>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        spec.json().to_string(),
    )
        .into_response()
}
