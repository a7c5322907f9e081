//! Start-up: settings -> store -> router -> listener.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, bail};
use axum::Router;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::get;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;

use crate::config::Settings;
use crate::http::auth::{Tokens, require_token};
use crate::http::validation::{RequestValidator, validate_request};
use crate::http::{self, Api};
use crate::problem::normalize_errors;
use crate::runner::{Runner, RunnerSettings};
use crate::spec::Spec;
use crate::store::Store;

pub struct Application {
    listener: TcpListener,
    router: Router,
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let mut tokens = Tokens::new(&settings.tokens, &settings.read_only_tokens);
        if let Some(path) = &settings.token_file {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading token file {}", path.display()))?;
            tokens
                .add_file(&text)
                .map_err(|e| anyhow::anyhow!("token file {}: {e}", path.display()))?;
        }
        if tokens.is_empty() && !settings.bind.is_loopback() {
            bail!(
                "refusing to serve {} without tokens: give --token (or MELTANO_API_TOKEN), or bind to 127.0.0.1",
                settings.bind
            );
        }
        let url = settings.database_url();
        let store = Store::connect(&url).await?;
        let spec = Spec::load();
        let auth = if tokens.is_empty() {
            "no tokens (loopback only)"
        } else {
            "bearer tokens required"
        };
        let runner = Runner::new(store.clone(), RunnerSettings::from_settings(&settings));
        let router = router(Api::new(store.clone(), runner.clone(), &spec), spec, tokens);
        let listener = TcpListener::bind((settings.bind, settings.port))
            .await
            .with_context(|| format!("binding {}:{}", settings.bind, settings.port))?;
        let address = listener.local_addr()?;
        tracing::info!(
            "meltano-api listening on http://{address}{} using {} at {}; {auth}",
            Spec::load().base_path(),
            store.backend_name(),
            redact_password(&url),
        );
        runner.start();
        Ok(Self { listener, router })
    }

    pub fn address(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        axum::serve(self.listener, self.router)
            .with_graceful_shutdown(shutdown_signal())
            .await?;
        Ok(())
    }
}

/// The whole HTTP surface: the generated API routes behind auth and validation, plus health, the
/// spec and its docs, with every error answer normalised to problem+json.
pub fn router(api: Api, spec: Spec, tokens: Tokens) -> Router {
    let validator = Arc::new(RequestValidator::from_spec(&spec));
    let api_routes = meltano_api_stubs::server::new(api.clone())
        .layer(from_fn_with_state(api.clone(), http::follow::follow_logs))
        .layer(from_fn_with_state(validator, validate_request))
        .layer(from_fn_with_state(Arc::new(tokens), require_token));
    let spec_routes = Router::new()
        .route("/openapi.yaml", get(http::openapi_yaml))
        .route("/openapi.json", get(http::openapi_json))
        .with_state(spec);
    Router::new()
        .route("/health", get(http::health))
        .with_state(api)
        .merge(spec_routes)
        .merge(http::docs::routes())
        .merge(api_routes)
        .layer(CatchPanicLayer::new())
        .layer(from_fn(normalize_errors))
}

/// The URL for the start-up log line, without its password.
fn redact_password(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_string(),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}

pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("MELTANO_API_LOG")
        .unwrap_or_else(|_| "info,sea_orm_migration=warn,sqlx=warn".into());
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .init();
}
