//! `just bench` (first part): meltano-api against the floor of its stack, side by side in one run.
//!
//! For each database (SQLite, and PostgreSQL when `BENCH_PG_URL`'s server answers), the release
//! server and a bare axum + sqlx handler ([`bare`]) serve the same rows of the same tables: 10,000
//! states (100,000 more in another env), 1,000,000 runs, 10,000,000 log lines of one run. wrk
//! (`wrk.lua`) drives each request at 1 and 32 connections, the two servers interleaved, three
//! rounds; the table gives the medians (p50, p99, requests/s) and the ratio of requests/s to the
//! bare handler's, beside the target issue 12 set. Then the lists' last pages against their first
//! (meltano-api at one connection), cold start and idle memory.
//!
//! `BENCH_SECONDS` (default 5) per wrk run; `BENCH_STATES`, `BENCH_BIG_STATES`, `BENCH_RUNS`,
//! `BENCH_LOG_LINES` the sizes; `BENCH_BACKENDS` (`sqlite,postgres`).

use std::collections::BTreeMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::json;

mod bare;
#[path = "../common/mod.rs"]
mod common;
mod seed;

use common::{free_port, start_with, stop, wait_healthy};
use seed::{Sizes, run_id, state_id};

const ROUNDS: usize = 3;
const CONNECTIONS: [usize; 2] = [1, 32];
const COLD_STARTS: usize = 10;
const API: &str = "/meltano/core/v2beta/projects/bench";

/// One request shape, on meltano-api and (when it has one) on the bare handler.
struct Case {
    name: &'static str,
    method: &'static str,
    ours: String,
    bare: Option<String>,
    body: Option<String>,
    /// The bare case whose requests/s the ratio is taken of, and the target ratio.
    against: &'static str,
    target: f64,
}

#[derive(Debug, Clone, Copy, Deserialize)]
struct WrkResult {
    requests: u64,
    duration_us: u64,
    p50_us: u64,
    p99_us: u64,
    bad_status: u64,
    socket_errors: u64,
}

impl WrkResult {
    fn per_second(&self) -> f64 {
        self.requests as f64 / (self.duration_us as f64 / 1e6)
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    if args.next().as_deref() == Some("--bare-server") {
        let (url, port) = (
            args.next().unwrap_or_default(),
            args.next().unwrap_or_default(),
        );
        return bare::serve(&url, port.parse()?).await;
    }
    let binary = std::env::current_dir()?.join("target/release/meltano-api");
    anyhow::ensure!(
        binary.exists(),
        "build it first: cargo build --release --bin meltano-api"
    );
    anyhow::ensure!(
        Command::new("wrk").arg("--version").output().is_ok(),
        "wrk is missing: `just bench` installs it (apt-get install wrk)"
    );
    let seconds: u64 = env_number("BENCH_SECONDS", 5);
    let backends = std::env::var("BENCH_BACKENDS").unwrap_or_else(|_| "sqlite,postgres".into());
    let sizes = Sizes::from_env();

    for backend in backends.split(',') {
        let database = match backend {
            "sqlite" => Database::sqlite()?,
            "postgres" => match Database::postgres().await {
                Ok(database) => database,
                Err(error) => {
                    println!("\npostgres: skipped ({error:#})");
                    continue;
                }
            },
            other => anyhow::bail!("unknown backend {other}"),
        };
        bench_backend(&binary, &database, &sizes, seconds).await?;
        database.drop().await;
    }

    let cold_fresh = cold_start(&binary, true).await?;
    let cold_warm = cold_start(&binary, false).await?;
    println!("\ncold start to first /health 200 (median of {COLD_STARTS}; target < 100 ms)");
    println!(
        "  fresh data dir (create + migrate): {:.1} ms",
        cold_fresh.as_secs_f64() * 1e3
    );
    println!(
        "  existing data dir:                 {:.1} ms",
        cold_warm.as_secs_f64() * 1e3
    );
    Ok(())
}

fn env_number<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// Where the rows live: a SQLite file in a temp data dir, or a fresh PostgreSQL database.
struct Database {
    name: &'static str,
    data_dir: tempfile::TempDir,
    url: String,
    admin: Option<(String, String)>,
}

impl Database {
    fn sqlite() -> anyhow::Result<Self> {
        let data_dir = tempfile::tempdir()?;
        let url = format!(
            "sqlite://{}?mode=rwc",
            data_dir.path().join("meltano-api.db").display()
        );
        Ok(Self {
            name: "sqlite",
            data_dir,
            url,
            admin: None,
        })
    }

    async fn postgres() -> anyhow::Result<Self> {
        use sea_orm::sqlx::{Connection, Executor};
        let admin = std::env::var("BENCH_PG_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        let name = format!("bench_{}", std::process::id());
        let mut db = sea_orm::sqlx::PgConnection::connect(&admin).await?;
        db.execute(sea_orm::sqlx::AssertSqlSafe(format!(
            "CREATE DATABASE {name}"
        )))
        .await?;
        let url = match admin.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => anyhow::bail!("BENCH_PG_URL has no database part"),
        };
        Ok(Self {
            name: "postgres",
            data_dir: tempfile::tempdir()?,
            url,
            admin: Some((admin, name)),
        })
    }

    async fn drop(self) {
        use sea_orm::sqlx::{Connection, Executor};
        if let Some((admin, name)) = &self.admin
            && let Ok(mut db) = sea_orm::sqlx::PgConnection::connect(admin).await
        {
            let _ = db
                .execute(sea_orm::sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE {name} WITH (FORCE)"
                )))
                .await;
        }
    }
}

async fn bench_backend(
    binary: &std::path::Path,
    database: &Database,
    sizes: &Sizes,
    seconds: u64,
) -> anyhow::Result<()> {
    let url_args = ["--database-url", database.url.as_str(), "--max-runs", "0"];
    let args: &[&str] = if database.name == "sqlite" {
        &url_args[2..]
    } else {
        &url_args
    };
    let (server, origin) = start_with(binary, database.data_dir.path(), args).await?;
    let idle_rss = rss_kib(&server);
    let client = reqwest::Client::new();
    let seeding = Instant::now();
    make_template_rows(&client, &origin).await?;
    let sqlite_url;
    let url = if database.name == "sqlite" {
        sqlite_url = format!(
            "sqlite://{}",
            database.data_dir.path().join("meltano-api.db").display()
        );
        &sqlite_url
    } else {
        &database.url
    };
    seed::clone_rows(
        url,
        sizes,
        &[
            ("dev", sizes.states),
            ("bare", sizes.states),
            ("big", sizes.big_states),
        ],
    )
    .await?;
    println!(
        "\n{}: {} states (+{} in env big), {} runs, {} log lines seeded in {:.0} s",
        database.name,
        sizes.states,
        sizes.big_states,
        sizes.runs,
        sizes.log_lines,
        seeding.elapsed().as_secs_f64()
    );

    let bare_port = free_port()?;
    let bare_server = Command::new(std::env::current_exe()?)
        .args(["--bare-server", url, &bare_port.to_string()])
        .stdout(Stdio::null())
        .spawn()?;
    let bare_origin = format!("http://127.0.0.1:{bare_port}");
    wait_healthy(&bare_origin).await?;

    let cases = cases(sizes);
    // (case, connections, server) -> one result per round
    let mut results: BTreeMap<(&str, usize, &str), Vec<WrkResult>> = BTreeMap::new();
    for round in 0..ROUNDS {
        for case in &cases {
            for connections in CONNECTIONS {
                let mut sides = vec![("ours", &origin, Some(&case.ours))];
                if let Some(bare) = &case.bare {
                    sides.push(("bare", &bare_origin, Some(bare)));
                }
                if round % 2 == 1 {
                    sides.reverse();
                }
                for (side, base, path) in sides {
                    let Some(path) = path else { continue };
                    let rows = if case.name.contains("state") {
                        sizes.states
                    } else {
                        1
                    };
                    let result = wrk(
                        base,
                        case.method,
                        path,
                        case.body.as_deref(),
                        rows,
                        connections,
                        seconds,
                    )?;
                    results
                        .entry((case.name, connections, side))
                        .or_default()
                        .push(result);
                }
            }
        }
    }
    let busy_rss = rss_kib(&server);

    println!(
        "{:<22} {:>5} | {:>9} {:>8} {:>8} | {:>9} {:>8} {:>8} | {:>6} {:>6}",
        "request",
        "conns",
        "ours r/s",
        "p50 us",
        "p99 us",
        "bare r/s",
        "p50 us",
        "p99 us",
        "ratio",
        "target"
    );
    for case in &cases {
        for connections in CONNECTIONS {
            let ours = median(&results[&(case.name, connections, "ours")]);
            let bare = median(&results[&(case.against, connections, "bare")]);
            let target = if connections == 32 {
                format!("{:.2}", case.target)
            } else {
                "-".into()
            };
            println!(
                "{:<22} {:>5} | {:>9.0} {:>8} {:>8} | {:>9.0} {:>8} {:>8} | {:>6.2} {:>6}{}",
                case.name,
                connections,
                ours.per_second(),
                ours.p50_us,
                ours.p99_us,
                bare.per_second(),
                bare.p50_us,
                bare.p99_us,
                ours.per_second() / bare.per_second(),
                target,
                match results.get(&(case.name, connections, "bare")) {
                    // Measured against another bare request: also say how it does against the
                    // bare handler's own answer to the same request.
                    Some(same) if case.against != case.name => format!(
                        "  (bare: {}; {:.2} of bare {})",
                        case.against,
                        ours.per_second() / median(same).per_second(),
                        case.name
                    ),
                    _ if case.against != case.name => format!("  (bare: {})", case.against),
                    _ => String::new(),
                },
            );
            let bad: u64 = results[&(case.name, connections, "ours")]
                .iter()
                .map(|r| r.bad_status + r.socket_errors)
                .sum();
            if bad > 0 {
                println!("  ! meltano-api answered {bad} requests with an error status or none");
            }
        }
    }

    println!(
        "\nlast page against first (meltano-api, 1 connection, median of {ROUNDS}; target within 2x)"
    );
    for (name, first, last) in pages(sizes) {
        let (mut firsts, mut lasts) = (Vec::new(), Vec::new());
        for _ in 0..ROUNDS {
            firsts.push(wrk(&origin, "GET", &first, None, 1, 1, seconds.min(3))?);
            lasts.push(wrk(&origin, "GET", &last, None, 1, 1, seconds.min(3))?);
        }
        let (first, last) = (median(&firsts), median(&lasts));
        println!(
            "  {name:<40} first p50 {:>6} us, last p50 {:>6} us: {:.2}x",
            first.p50_us,
            last.p50_us,
            last.p50_us as f64 / first.p50_us.max(1) as f64
        );
    }
    println!(
        "\nmeltano-api RSS: {:.1} MB idle after start (target < 30 MB), {:.1} MB after the load",
        idle_rss as f64 / 1024.0,
        busy_rss as f64 / 1024.0
    );
    stop(server);
    stop(bare_server);
    Ok(())
}

/// The project, its envs and plugins, and one state (whose STATE_EDIT run is the runs' template).
async fn make_template_rows(client: &reqwest::Client, origin: &str) -> anyhow::Result<()> {
    let api = format!("{origin}{API}");
    let post = |url: String, body| common::post_json(client, url, body);
    post(
        format!("{origin}/meltano/core/v2beta/projects"),
        json!({ "name": "bench" }),
    )
    .await?;
    for env in ["dev", "bare", "big", "runs"] {
        post(format!("{api}/envs"), json!({ "name": env })).await?;
    }
    post(
        format!("{api}/envs/dev/plugins"),
        json!({
            "name": "tap-x", "plugin_type": "extractors", "namespace": "tap_x",
            "settings": [
                { "name": "start_date", "value": "2020-01-01" },
                { "name": "host", "value": "localhost" },
                { "name": "password", "kind": "password" },
                { "name": "streams", "kind": "array" }
            ],
            "config": { "host": "db.example.com", "password": "s3cret", "streams": ["a", "b"] },
            "env_config": { "start_date": "2026-01-01" }
        }),
    )
    .await?;
    post(
        format!("{api}/envs/dev/plugins"),
        json!({ "name": "target-x", "plugin_type": "loaders", "namespace": "target_x" }),
    )
    .await?;
    client
        .put(format!("{api}/envs/dev/state/{}", state_id("dev", 0)))
        .json(&json!({ "completed": state_value("000000") }))
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}

/// A Singer state as a singer-sdk tap writes it: a bookmark per stream.
fn state_value(i: &str) -> serde_json::Value {
    json!({ "singer_state": { "bookmarks": {
        "public-orders": { "replication_key": "updated_at", "replication_key_value": format!("2026-11-30T12:00:00.{i}Z") },
        "public-customers": { "replication_key": "id", "replication_key_value": 123456 },
        "public-items": { "replication_key": "updated_at", "replication_key_value": "2026-11-30T11:59:59Z" }
    } } })
}

fn cases(sizes: &Sizes) -> Vec<Case> {
    let runs_listing = "projects/bench/envs/runs/runs?";
    let last_run = run_id(51);
    let _ = sizes;
    let state_path = |env: &str| {
        format!(
            "/envs/{env}/state/{}",
            state_id(env, 0).replace("000000", "{i}")
        )
    };
    let put_body = json!({ "completed": state_value("{i}") }).to_string();
    let case = |name,
                method,
                ours: String,
                bare: Option<String>,
                body: Option<String>,
                against,
                target| Case {
        name,
        method,
        ours,
        bare,
        body,
        against,
        target,
    };
    vec![
        case(
            "health",
            "GET",
            "/health".into(),
            Some("/health".into()),
            None,
            "health",
            0.5,
        ),
        case(
            "get state",
            "GET",
            format!("{API}{}", state_path("dev")),
            Some(state_path("dev")),
            None,
            "get state",
            0.5,
        ),
        case(
            "put state",
            "PUT",
            format!("{API}{}", state_path("dev")),
            Some(state_path("bare")),
            Some(put_body),
            "put state",
            0.4,
        ),
        case(
            "get plugin",
            "GET",
            format!("{API}/envs/dev/plugins/tap-x"),
            None,
            None,
            "get state",
            1.0 / 3.0,
        ),
        case(
            "list states (50)",
            "GET",
            format!("{API}/envs/dev/state?filter=dev:tap-s*-to-target-x"),
            Some("/envs/dev/state?filter=dev:tap-s*-to-target-x".into()),
            None,
            "get state",
            1.0 / 3.0,
        ),
        case(
            "list runs, first",
            "GET",
            format!("{API}/envs/runs/runs"),
            Some("/envs/runs/runs".into()),
            None,
            "list runs, first",
            0.33,
        ),
        case(
            "list runs, last",
            "GET",
            format!(
                "{API}/envs/runs/runs?page_token={}",
                meltano_api::domain::page::token(&last_run, runs_listing)
            ),
            Some(format!("/envs/runs/runs?after={last_run}")),
            None,
            "list runs, last",
            0.33,
        ),
        case(
            "create run",
            "POST",
            format!("{API}/envs/dev/runs"),
            Some("/envs/bare/runs".into()),
            Some(json!({ "command": "tap-x target-x", "force": true }).to_string()),
            "create run",
            0.33,
        ),
    ]
}

/// (what, first page, last page) of the lists that must stay flat as they grow.
fn pages(sizes: &Sizes) -> Vec<(String, String, String)> {
    let page = |path: &str, after: String, listing: &str| {
        let token = meltano_api::domain::page::token(&after, listing);
        let joiner = if path.contains('?') { '&' } else { '?' };
        (
            format!("{API}{path}"),
            format!("{API}{path}{joiner}page_token={token}"),
        )
    };
    let mut lists = Vec::new();
    let (first, last) = page(
        "/envs/runs/runs",
        run_id(51),
        "projects/bench/envs/runs/runs?",
    );
    lists.push((format!("runs ({})", sizes.runs), first, last));
    let filter = "big:tap-s*-to-target-x";
    let (first, last) = page(
        &format!("/envs/big/state?filter={filter}"),
        state_id("big", sizes.big_states.saturating_sub(51)),
        &format!("projects/bench/envs/big/state?{filter}"),
    );
    lists.push((
        format!("states, glob filter ({})", sizes.big_states),
        first,
        last,
    ));
    let run = run_id(1);
    let (first, last) = page(
        &format!("/envs/runs/runs/{run}/logs"),
        sizes.log_lines.saturating_sub(50).to_string(),
        &format!("runs/{run}/logs"),
    );
    lists.push((format!("log lines ({})", sizes.log_lines), first, last));
    lists
}

fn wrk(
    origin: &str,
    method: &str,
    path: &str,
    body: Option<&str>,
    rows: usize,
    connections: usize,
    seconds: u64,
) -> anyhow::Result<WrkResult> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/bench/wrk.lua");
    let mut command = Command::new("wrk");
    command
        .args(["-t", &connections.min(2).to_string()])
        .args(["-c", &connections.to_string()])
        .args(["-d", &format!("{seconds}s")])
        .args(["-s", script, origin])
        .env("BENCH_METHOD", method)
        .env("BENCH_PATH", path)
        .env("BENCH_ROWS", rows.to_string());
    if let Some(body) = body {
        command.env("BENCH_BODY", body);
    }
    let output = command.output()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("BENCH "))
        .ok_or_else(|| {
            anyhow::anyhow!(
                "wrk printed no result: {stdout} {}",
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
    Ok(serde_json::from_str(line)?)
}

/// The round with the median requests/s.
fn median(results: &[WrkResult]) -> WrkResult {
    let mut sorted = results.to_vec();
    sorted.sort_by(|a, b| a.per_second().total_cmp(&b.per_second()));
    sorted[sorted.len() / 2]
}

fn rss_kib(child: &Child) -> u64 {
    std::fs::read_to_string(format!("/proc/{}/status", child.id()))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// Median time from spawn to healthy; `fresh` gives every start a new data directory.
async fn cold_start(binary: &std::path::Path, fresh: bool) -> anyhow::Result<Duration> {
    let shared = tempfile::tempdir()?;
    if !fresh {
        let (child, _) = start_with(binary, shared.path(), &[]).await?; // create and migrate once
        stop(child);
    }
    let mut times = Vec::new();
    for _ in 0..COLD_STARTS {
        let own = tempfile::tempdir()?;
        let dir = if fresh { own.path() } else { shared.path() };
        let started = Instant::now();
        let (child, _) = start_with(binary, dir, &[]).await?;
        times.push(started.elapsed());
        stop(child);
    }
    times.sort();
    Ok(times[times.len() / 2])
}
