//! `just bench`: measures the server against its targets, on this machine, and prints a table.
//!
//! - Reads: `GET /projects/{name}` on meltano-api (release binary, SQLite) against a bare axum +
//!   SQLite handler answering the same JSON from the same kind of table (the floor any server on
//!   this stack can reach). Target: within 2x. Sequential latency (p50/p99) and throughput with a
//!   few concurrent clients, each over keep-alive connections.
//! - Cold start: process spawn to first `200` from `/health`, on a fresh data directory (creates
//!   the database, applies migrations) and on an existing one. Target: under 100 ms.
//!
//! Everything runs on loopback and stops by itself (fixed request counts).

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use axum::extract::{Path, State};
use axum::response::IntoResponse;
use sea_orm::sqlx::{self, SqlitePool};

mod common;
use common::{free_port, start, stop, wait_healthy};

const PROJECTS: usize = 200;
const SEQUENTIAL_REQUESTS: usize = 3000;
const CONCURRENT_REQUESTS: usize = 20_000;
const CLIENTS: usize = 4;
const COLD_STARTS: usize = 10;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // The baseline runs as its own process too, so both servers pay the same cross-process costs.
    if let Some(port) = std::env::args()
        .nth(2)
        .filter(|_| std::env::args().nth(1).as_deref() == Some("--bare-server"))
    {
        return bare_axum_sqlite(port.parse()?, PROJECTS).await;
    }
    let binary = std::env::current_dir()?.join("target/release/meltano-api");
    anyhow::ensure!(
        binary.exists(),
        "build it first: cargo build --release --bin meltano-api"
    );

    let cold_fresh = cold_start(&binary, true, COLD_STARTS).await?;
    let cold_warm = cold_start(&binary, false, COLD_STARTS).await?;

    let data = tempfile::tempdir()?;
    let (server, origin) = start(&binary, data.path()).await?;
    let client = reqwest::Client::new();
    for i in 0..PROJECTS {
        let body = serde_json::json!({ "name": format!("p{i:04}"), "description": "A project.", "env": { "A": "1" } });
        client
            .post(format!("{origin}/meltano/core/v2beta/projects"))
            .json(&body)
            .send()
            .await?
            .error_for_status()?;
    }
    let ours = measure(&client, &format!("{origin}/meltano/core/v2beta/projects")).await?;
    stop(server);

    let bare_port = free_port()?;
    let bare_server = Command::new(std::env::current_exe()?)
        .args(["--bare-server", &bare_port.to_string()])
        .stdout(Stdio::null())
        .spawn()?;
    let bare_origin = format!("http://127.0.0.1:{bare_port}");
    wait_healthy(&bare_origin).await?;
    let bare = measure(&client, &format!("{bare_origin}/projects")).await?;
    stop(bare_server);

    println!("\nreads: GET one project by name ({PROJECTS} projects in SQLite)");
    println!(
        "{:<24} {:>10} {:>10} {:>14}",
        "server", "p50 (us)", "p99 (us)", "req/s x4"
    );
    for (name, m) in [("meltano-api", &ours), ("bare axum + sqlx", &bare)] {
        println!(
            "{:<24} {:>10} {:>10} {:>14.0}",
            name,
            m.p50.as_micros(),
            m.p99.as_micros(),
            m.throughput
        );
    }
    println!(
        "ratio meltano-api / bare: p50 {:.2}x, throughput {:.2}x (target: within 2x)",
        ours.p50.as_secs_f64() / bare.p50.as_secs_f64(),
        bare.throughput / ours.throughput
    );
    println!("\ncold start to first /health 200 (median of {COLD_STARTS}; target < 100 ms)");
    println!(
        "fresh data dir (create + migrate): {:.1} ms",
        cold_fresh.as_secs_f64() * 1e3
    );
    println!(
        "existing data dir:                 {:.1} ms",
        cold_warm.as_secs_f64() * 1e3
    );
    Ok(())
}

struct Measurement {
    p50: Duration,
    p99: Duration,
    throughput: f64,
}

async fn measure(client: &reqwest::Client, collection: &str) -> anyhow::Result<Measurement> {
    let url = |i: usize| format!("{collection}/p{:04}", i % PROJECTS);
    for i in 0..200 {
        client
            .get(url(i))
            .send()
            .await?
            .error_for_status()?
            .bytes()
            .await?; // warm-up
    }
    let mut latencies = Vec::with_capacity(SEQUENTIAL_REQUESTS);
    for i in 0..SEQUENTIAL_REQUESTS {
        let start = Instant::now();
        client
            .get(url(i))
            .send()
            .await?
            .error_for_status()?
            .bytes()
            .await?;
        latencies.push(start.elapsed());
    }
    latencies.sort();
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..CLIENTS {
        let client = client.clone();
        let urls: Vec<String> = (0..CONCURRENT_REQUESTS / CLIENTS)
            .map(|i| url(i * CLIENTS + c))
            .collect();
        tasks.push(tokio::spawn(async move {
            for u in urls {
                client
                    .get(u)
                    .send()
                    .await?
                    .error_for_status()?
                    .bytes()
                    .await?;
            }
            anyhow::Ok(())
        }));
    }
    for task in tasks {
        task.await??;
    }
    Ok(Measurement {
        p50: latencies[latencies.len() / 2],
        p99: latencies[latencies.len() * 99 / 100],
        throughput: CONCURRENT_REQUESTS as f64 / start.elapsed().as_secs_f64(),
    })
}

/// The floor: axum, a pooled SQLite connection, one query, the same JSON shape. Serves until killed.
async fn bare_axum_sqlite(port: u16, rows: usize) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("bare.db").display());
    let pool = SqlitePool::connect(&url).await?;
    sqlx::query("PRAGMA journal_mode=WAL")
        .execute(&pool)
        .await?;
    sqlx::query("CREATE TABLE projects (name TEXT PRIMARY KEY, body TEXT NOT NULL)")
        .execute(&pool)
        .await?;
    for i in 0..rows {
        let body = serde_json::json!({ "name": format!("p{i:04}"), "description": "A project.", "env": { "A": "1" },
            "state": "ACTIVE", "create_time": "2026-11-27T13:19:21Z", "update_time": "2026-11-27T13:19:21Z", "etag": "\"x\"" });
        sqlx::query("INSERT INTO projects VALUES (?, ?)")
            .bind(format!("p{i:04}"))
            .bind(body.to_string())
            .execute(&pool)
            .await?;
    }
    async fn get(
        State(pool): State<SqlitePool>,
        Path(name): Path<String>,
    ) -> axum::response::Response {
        let row: Option<(String,)> = sqlx::query_as("SELECT body FROM projects WHERE name = ?")
            .bind(name)
            .fetch_optional(&pool)
            .await
            .ok()
            .flatten();
        match row {
            Some((body,)) => ([("content-type", "application/json")], body).into_response(),
            None => axum::http::StatusCode::NOT_FOUND.into_response(),
        }
    }
    let app = axum::Router::new()
        .route("/projects/{name}", axum::routing::get(get))
        .route("/health", axum::routing::get(|| async { "ok" }))
        .with_state(pool);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    axum::serve(listener, app).await?;
    Ok(())
}

/// Median time from spawn to healthy; `fresh` gives every start a new data directory.
async fn cold_start(
    binary: &std::path::Path,
    fresh: bool,
    runs: usize,
) -> anyhow::Result<Duration> {
    let shared = tempfile::tempdir()?;
    if !fresh {
        let (child, _) = start(binary, shared.path()).await?; // create and migrate once
        stop(child);
    }
    let mut times = Vec::new();
    for _ in 0..runs {
        let own = tempfile::tempdir()?;
        let dir = if fresh { own.path() } else { shared.path() };
        let started = Instant::now();
        let (child, _) = start(binary, dir).await?;
        times.push(started.elapsed());
        stop(child);
    }
    times.sort();
    Ok(times[times.len() / 2])
}
