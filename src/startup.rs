//! Start-up: settings -> store -> router -> listener.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower_http::catch_panic::CatchPanicLayer;

use crate::config::{LogFormat, Settings};
use crate::http::auth::Tokens;
use crate::http::guard::AllowedHosts;
use crate::http::problem::{ApiError, normalize_errors};
use crate::http::validation::RequestValidator;
use crate::http::{self, Api, Gate};
use crate::metrics::Metrics;
use crate::runner::{LogLimits, Runner, RunnerSettings};
use crate::spec::Spec;
use crate::store::Store;
use crate::tasks::Tasks;

pub struct Application {
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
}

/// What one client may hold of the server: slow or idle connections are closed, and there are
/// only so many at once (a slowloris client cannot take the server's memory).
#[derive(Debug, Clone, Copy)]
struct ConnectionLimits {
    header_timeout: Duration,
    max_connections: usize,
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
        crate::store::files::make_private(&settings.data_dir, settings.database_url.is_none())?;
        let store = Store::connect(&url).await?;
        let spec = Spec::load();
        let auth = if tokens.is_empty() {
            "no tokens (loopback only)"
        } else {
            "bearer tokens required"
        };
        let metrics = Metrics::new(&spec);
        let runner = Runner::new(store.clone(), runner_settings(&settings), metrics.clone());
        let tasks = Tasks::default();
        runner.sweep_dead_runs().await;
        let api = Api::new(
            store.clone(),
            runner.clone(),
            tasks.clone(),
            &spec,
            settings.max_follows,
        );
        let router = router(
            api,
            spec,
            tokens,
            RouterLimits {
                allowed_hosts: AllowedHosts::new(&settings.allowed_hosts),
                request_timeout: Duration::from_secs(settings.request_timeout_secs.max(1)),
            },
        );
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
        runner.spawn_tasks(&tasks);
        let (scheduler_store, scheduler_runner) = (store.clone(), runner.clone());
        tasks.spawn("scheduler", runner.settings().poll_every, |beat| {
            crate::scheduler::run(scheduler_store, scheduler_runner, beat)
        });
        let deliverer = crate::webhooks::DelivererSettings {
            every: runner.settings().poll_every,
            backoff: Duration::from_millis(settings.webhook_backoff_ms.max(1)),
        };
        let webhook_store = store.clone();
        tasks.spawn("webhooks", deliverer.every, |beat| {
            crate::webhooks::run(webhook_store, deliverer, beat)
        });
        if let Some(retain) = settings.retention() {
            let store = store.clone();
            tasks.spawn("retention", crate::retention::every(retain), |beat| {
                crate::retention::run(store, retain, beat)
            });
        }
        Ok(Self {
            listener,
            router,
            limits: ConnectionLimits {
                header_timeout: Duration::from_secs(settings.header_timeout_secs.max(1)),
                max_connections: settings.max_connections.max(1),
            },
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Serves HTTP/1.1 until TERM or Ctrl-C, then lets open requests finish. hyper closes a
    /// connection whose request headers do not arrive within the header timeout (idle
    /// keep-alive ones included); past `max_connections` a new connection is closed at once.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let Self {
            listener,
            router,
            limits,
        } = self;
        let slots = Arc::new(Semaphore::new(limits.max_connections));
        let graceful = GracefulShutdown::new();
        let shutdown = shutdown_signal();
        tokio::pin!(shutdown);
        loop {
            let (stream, _) = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    // Out of file descriptors and the like: wait a little rather than spin.
                    Err(error) => {
                        tracing::warn!("accepting a connection failed: {error}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
                _ = &mut shutdown => break,
            };
            let Ok(slot) = slots.clone().try_acquire_owned() else {
                drop(stream);
                continue;
            };
            let _ = stream.set_nodelay(true);
            let service = TowerToHyperService::new(router.clone());
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout)
                .serve_connection(TokioIo::new(stream), service);
            let connection = graceful.watch(connection);
            tokio::spawn(async move {
                let _ = connection.await;
                drop(slot);
            });
        }
        drop(listener);
        // Requests under way get a while to finish; log streams would hold on forever.
        tokio::select! {
            _ = graceful.shutdown() => {}
            _ = tokio::time::sleep(Duration::from_secs(10)) => {}
        }
        Ok(())
    }
}

/// The executor's settings, from the server's.
fn runner_settings(settings: &Settings) -> RunnerSettings {
    RunnerSettings {
        data_dir: settings.data_dir.clone(),
        max_runs: settings.max_runs,
        stale_after: Duration::from_secs(settings.stale_after_secs.max(1)),
        kill_grace: Duration::from_secs(settings.kill_grace_secs),
        poll_every: Duration::from_millis(settings.poll_ms.max(10)),
        log_limits: LogLimits {
            max_lines: settings.log_max_lines,
            max_bytes: settings.log_max_bytes,
        },
    }
}

/// Bounds and checks every request passes, whatever its route.
pub struct RouterLimits {
    pub allowed_hosts: AllowedHosts,
    pub request_timeout: Duration,
}

/// Every request, in one layer: refused when its `Host` or its origin is not one this server
/// answers ([`http::guard`]), and `408` when it (reading its body, making its answer) takes too
/// long; a body that streams afterwards (a followed log) is not cut.
async fn edge(State(limits): State<Arc<RouterLimits>>, request: Request, next: Next) -> Response {
    if let Err(error) = http::guard::check(&limits.allowed_hosts, &request) {
        return error.into_response();
    }
    let limit = limits.request_timeout;
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::RequestTimeout {
            seconds: limit.as_secs(),
        }
        .into_response(),
    }
}

/// The whole HTTP surface: the generated API routes behind auth and validation, plus health, the
/// spec and its docs, with every error answer normalised to problem+json.
pub fn router(api: Api, spec: Spec, tokens: Tokens, limits: RouterLimits) -> Router {
    let metrics_routes = Router::new()
        .route("/metrics", get(http::metrics))
        .with_state(api.clone())
        .layer(from_fn_with_state(
            Arc::new(tokens.clone()),
            http::require_token,
        ));
    let gate = Gate {
        tokens,
        validator: RequestValidator::from_spec(&spec),
        api: api.clone(),
    };
    let api_routes = meltano_api_stubs::server::new(api.clone())
        .layer(from_fn_with_state(Arc::new(gate), http::gate))
        .layer(from_fn_with_state(
            api.runner.metrics().clone(),
            crate::metrics::track,
        ));
    let spec_routes = Router::new()
        .route("/openapi.yaml", get(http::openapi_yaml))
        .route("/openapi.json", get(http::openapi_json))
        .with_state(spec);
    Router::new()
        .route("/health", get(http::health))
        .route("/ready", get(http::ready))
        .with_state(api)
        .merge(spec_routes)
        .merge(metrics_routes)
        .merge(http::docs::routes())
        .merge(api_routes)
        .layer(from_fn_with_state(Arc::new(limits), edge))
        .layer(CatchPanicLayer::new())
        .layer(from_fn(normalize_errors))
        .layer(from_fn(http::request_id::request_id))
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

/// The server's log, on stdout: text (colour only when stdout is a terminal and `NO_COLOR` is
/// not set) or one JSON object per line; each line of a request carries its request id (the
/// `request` span of [`http::request_id`]).
pub fn init_tracing(format: LogFormat) {
    use std::io::IsTerminal;
    let filter = tracing_subscriber::EnvFilter::try_from_env("MELTANO_API_LOG")
        .unwrap_or_else(|_| "info,sea_orm_migration=warn,sqlx=warn".into());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    match format {
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .with_span_list(true)
            .init(),
        LogFormat::Text => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
            let colour = std::io::stdout().is_terminal() && !no_color;
            builder.with_ansi(colour).init()
        }
    }
}
