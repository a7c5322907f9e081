//! `/metrics`, in the Prometheus text format: requests by operation and status with latency
//! histograms, runs by kind and status with their durations, runs queued and running (across
//! every replica: read from the database at each scrape), records per plugin (from the run
//! statistics), schedule firings, and the database pools' connections. One registry per server
//! (no global recorder), so servers in one process keep apart.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::domain::run::{RunKind, RunStatus};
use crate::domain::run_stats::RunStatistics;
use crate::spec::Spec;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    operation: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OperationLabels {
    operation: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RunLabels {
    kind: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabels {
    kind: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusLabels {
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PluginLabels {
    plugin: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    pool: String,
    state: String,
}

type Histograms<L> = Family<L, Histogram, fn() -> Histogram>;

/// The server's metrics, cheap to clone.
#[derive(Clone)]
pub struct Metrics {
    inner: Arc<Inner>,
}

struct Inner {
    registry: Registry,
    /// `METHOD /path/{template}` (as the router matched it) -> the spec's operationId.
    operations: HashMap<String, String>,
    requests: Family<RequestLabels, Counter>,
    request_seconds: Histograms<OperationLabels>,
    runs_ended: Family<RunLabels, Counter>,
    run_seconds: Histograms<KindLabels>,
    runs_active: Family<StatusLabels, Gauge>,
    records: Family<PluginLabels, Counter>,
    firings: Counter,
    pool_connections: Family<PoolLabels, Gauge>,
}

fn request_histogram() -> Histogram {
    // 0.5 ms to about 16 s.
    Histogram::new(exponential_buckets(0.0005, 2.0, 16))
}

fn run_histogram() -> Histogram {
    // 0.1 s to about 1.8 days.
    Histogram::new(exponential_buckets(0.1, 2.0, 21))
}

impl Metrics {
    pub fn new(spec: &Spec) -> Self {
        let mut registry = Registry::with_prefix("meltano_api");
        let requests = Family::default();
        registry.register(
            "http_requests",
            "API requests answered, by operation (the spec's operationId) and status",
            requests.clone(),
        );
        let request_seconds: Histograms<OperationLabels> =
            Family::new_with_constructor(request_histogram);
        registry.register(
            "http_request_duration_seconds",
            "How long API requests took to answer (a streamed log until its head), by operation",
            request_seconds.clone(),
        );
        let runs_ended = Family::default();
        registry.register(
            "runs_ended",
            "Runs this server executed to their end, by kind and status",
            runs_ended.clone(),
        );
        let run_seconds: Histograms<KindLabels> = Family::new_with_constructor(run_histogram);
        registry.register(
            "run_duration_seconds",
            "How long runs this server executed took, from start to end, by kind",
            run_seconds.clone(),
        );
        let runs_active = Family::default();
        registry.register(
            "runs",
            "Runs queued and running now, across every server of the database",
            runs_active.clone(),
        );
        let records = Family::default();
        registry.register(
            "records",
            "Records the plugins of ended runs counted (their record_count metrics), by plugin",
            records.clone(),
        );
        let firings = Counter::default();
        registry.register(
            "schedule_firings",
            "Schedule firings this server made",
            firings.clone(),
        );
        let pool_connections = Family::default();
        registry.register(
            "database_connections",
            "The database pools' connections, by pool and state (idle or in use)",
            pool_connections.clone(),
        );
        Self {
            inner: Arc::new(Inner {
                registry,
                operations: operations(spec),
                requests,
                request_seconds,
                runs_ended,
                run_seconds,
                runs_active,
                records,
                firings,
                pool_connections,
            }),
        }
    }

    /// A run this server executed ended.
    pub fn run_ended(
        &self,
        kind: RunKind,
        status: RunStatus,
        took: std::time::Duration,
        stats: Option<&RunStatistics>,
    ) {
        let inner = &self.inner;
        inner
            .runs_ended
            .get_or_create(&RunLabels {
                kind: kind.to_string(),
                status: status.to_string(),
            })
            .inc();
        inner
            .run_seconds
            .get_or_create(&KindLabels {
                kind: kind.to_string(),
            })
            .observe(took.as_secs_f64());
        for plugin in stats.map(|stats| &stats.plugins[..]).unwrap_or_default() {
            inner
                .records
                .get_or_create(&PluginLabels {
                    plugin: plugin.plugin.clone(),
                })
                .inc_by(plugin.records);
        }
    }

    pub fn schedule_fired(&self) {
        self.inner.firings.inc();
    }

    /// The text to answer a scrape with, after setting what is read at scrape time: the runs
    /// queued and running (`None` when the database could not say: the last counts stand), and
    /// the pools' connections.
    pub fn render(
        &self,
        active_runs: Option<&[(String, i64)]>,
        pools: &[(&str, u32, usize)],
    ) -> String {
        let inner = &self.inner;
        let statuses = [RunStatus::Queued, RunStatus::Running];
        if let Some(active_runs) = active_runs {
            for status in statuses {
                let count = active_runs
                    .iter()
                    .find(|(s, _)| s == status.as_str())
                    .map_or(0, |(_, count)| *count);
                inner
                    .runs_active
                    .get_or_create(&StatusLabels {
                        status: status.to_string(),
                    })
                    .set(count);
            }
        }
        for (pool, size, idle) in pools {
            let gauge = |state: &str| {
                inner.pool_connections.get_or_create_owned(&PoolLabels {
                    pool: pool.to_string(),
                    state: state.to_string(),
                })
            };
            gauge("idle").set(*idle as i64);
            gauge("in_use").set(i64::from(*size) - *idle as i64);
        }
        let mut text = String::new();
        if prometheus_client::encoding::text::encode(&mut text, &inner.registry).is_err() {
            tracing::error!("encoding the metrics failed");
        }
        text
    }
}

/// `METHOD /base/path/{param}` -> operationId, for every operation of the spec.
fn operations(spec: &Spec) -> HashMap<String, String> {
    let mut operations = HashMap::new();
    let Some(paths) = spec.document()["paths"].as_object() else {
        return operations;
    };
    for (path, item) in paths {
        for (method, operation) in item.as_object().into_iter().flatten() {
            if let Some(id) = operation["operationId"].as_str() {
                operations.insert(
                    format!("{} {}{path}", method.to_uppercase(), spec.base_path()),
                    id.to_string(),
                );
            }
        }
    }
    operations
}

/// The layer on the API's routes: counts and times each answer by its operation.
pub async fn track(State(metrics): State<Metrics>, request: Request, next: Next) -> Response {
    let began = Instant::now();
    let key = request
        .extensions()
        .get::<MatchedPath>()
        .map(|path| format!("{} {}", request.method(), path.as_str()));
    let response = next.run(request).await;
    let inner = &metrics.inner;
    let operation = key
        .and_then(|key| inner.operations.get(&key).cloned())
        .unwrap_or_else(|| "unmatched".into());
    inner
        .requests
        .get_or_create(&RequestLabels {
            operation: operation.clone(),
            status: response.status().as_u16().to_string(),
        })
        .inc();
    inner
        .request_seconds
        .get_or_create(&OperationLabels { operation })
        .observe(began.elapsed().as_secs_f64());
    response
}
