//! The HTTP side: one module per collection implementing the generated trait of its tag, kept thin
//! (path/body -> domain types -> store -> response model), plus the layers every request passes.

pub mod auth;
pub mod docs;
mod envs;
pub mod follow;
pub mod guard;
mod jobs;
mod plugins;
mod projects;
mod runs;
mod schedules;
mod services;
mod states;
mod tests;
pub mod validation;

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
use crate::problem::ApiError;
use crate::runner::Runner;
use crate::spec::Spec;
use crate::store::Store;

/// The implementation of every generated API trait; cloned per request (it holds handles only).
#[derive(Clone)]
pub struct Api {
    pub store: Store,
    pub runner: Runner,
    base_path: Arc<str>,
    /// Places for open log streams (`--max-follows`).
    follows: Arc<Semaphore>,
    plugin_views: Arc<plugins::PluginViews>,
}

impl Api {
    pub fn new(store: Store, runner: Runner, spec: &Spec, max_follows: usize) -> Self {
        Self {
            store,
            runner,
            base_path: spec.base_path().into(),
            follows: Arc::new(Semaphore::new(max_follows)),
            plugin_views: Arc::default(),
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

pub async fn gate(State(gate): State<Arc<Gate>>, request: Request, next: Next) -> Response {
    if let Err(error) = auth::authorize(&gate.tokens, &request) {
        return error.into_response();
    }
    let request = match validation::validate(&gate.validator, request).await {
        Ok(request) => request,
        Err(error) => return error.into_response(),
    };
    match follow::follow(&gate.api, request).await {
        Ok(stream) => stream,
        Err(request) => next.run(request).await,
    }
}

/// The project and environment a path names.
fn env_names(project: &str, env: &str) -> Result<(Name, Name), ApiError> {
    Ok((Name::parse(project, "project")?, Name::parse(env, "env")?))
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

/// `GET /health`: the server is up and its database answers.
pub async fn health(State(api): State<Api>) -> Response {
    match api.store.ping().await {
        Ok(()) => {
            axum::Json(serde_json::json!({ "status": "ok", "database": api.store.backend_name() }))
                .into_response()
        }
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
