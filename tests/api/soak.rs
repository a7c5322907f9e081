//! Soak: mixed load for `MELTANO_API_SOAK_SECONDS` (120 by default; `just soak` runs 600),
//! split between one server on SQLite and two replicas sharing PostgreSQL: reads, writes with
//! `If-Match`, state edits, runs started and their logs followed to the end, a schedule firing
//! every minute. It prints, per tenth of each half, the requests, the answers that were not 2xx,
//! p50 and p99, each server's RSS and the database's size; and fails on any answer but 2xx and
//! the documented 409 and 412, on a run that did not succeed or ran twice, and on RSS in the
//! last tenth more than 10% above the second's. Run alone (`just soak`, nextest's `soak`
//! profile), as the fault tests are: it measures the machine.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::time::Instant;

use crate::executor::{ENV, ledger_lines, with_plugins};
use crate::helpers::{
    BASE_PATH, ServerProcess, fresh_postgres_database, spawn_server_process, wait_for_run_within,
};

const STATE: &str = "/projects/acme/envs/dev/state";
/// Workers that read and write; each run worker starts a run and follows its log to the end.
const REQUEST_WORKERS: usize = 6;
const RUN_WORKERS: usize = 2;
/// State ids the request workers share (so `If-Match` writes race and some answer 412).
const SHARED_STATES: usize = 50;

fn soak_seconds() -> u64 {
    std::env::var("MELTANO_API_SOAK_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(120)
}

/// What one tenth of the soak saw.
#[derive(Default, Clone)]
struct Slice {
    latencies: Vec<Duration>,
    /// Answers that were not 2xx, by status.
    refused: BTreeMap<u16, usize>,
    /// Answers no client should get (anything but 2xx, 409, 412), and requests unanswered.
    unexpected: Vec<String>,
}

struct Load {
    slices: Mutex<Vec<Slice>>,
    began: Instant,
    slice: Duration,
    stop: AtomicBool,
}

impl Load {
    fn record(&self, what: &str, took: Duration, answer: Result<StatusCode, String>) {
        let index =
            ((self.began.elapsed().as_secs_f64() / self.slice.as_secs_f64()) as usize).min(9);
        let mut slices = self.slices.lock().unwrap();
        let slice = &mut slices[index];
        slice.latencies.push(took);
        match answer {
            Ok(status) if status.is_success() => {}
            Ok(status @ (StatusCode::CONFLICT | StatusCode::PRECONDITION_FAILED)) => {
                *slice.refused.entry(status.as_u16()).or_default() += 1;
            }
            Ok(status) => {
                *slice.refused.entry(status.as_u16()).or_default() += 1;
                slice.unexpected.push(format!("{what}: {status}"));
            }
            Err(error) => slice.unexpected.push(format!("{what}: no answer: {error}")),
        }
    }
}

/// A small xorshift: the mix of requests, reproducible per worker.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn url(origin: &str, path: &str) -> String {
    format!("{origin}{BASE_PATH}{path}")
}

fn state_body(value: u64) -> Value {
    json!({ "completed": { "singer_state": { "bookmarks": { "items": { "last_id": value } } } } })
}

async fn request_worker(load: Arc<Load>, client: reqwest::Client, origins: Vec<String>, seed: u64) {
    let mut dice = Dice(seed * 2_654_435_761 + 1);
    let mut n = 0u64;
    while !load.stop.load(Ordering::Relaxed) {
        n += 1;
        let origin = &origins[n as usize % origins.len()];
        let state_id = format!("s{}", dice.below(SHARED_STATES as u64));
        let state_url = url(origin, &format!("{STATE}/{state_id}"));
        let started = Instant::now();
        let (what, answer) = match dice.below(10) {
            0..=3 => ("get state", client.get(&state_url).send().await),
            4 => (
                "list states",
                client
                    .get(url(origin, &format!("{STATE}?filter=s1*")))
                    .send()
                    .await,
            ),
            5 => (
                "list runs",
                client
                    .get(url(origin, &format!("{ENV}/runs?page_size=20")))
                    .send()
                    .await,
            ),
            6 => (
                "get plugin",
                client
                    .get(url(origin, &format!("{ENV}/plugins/tap")))
                    .send()
                    .await,
            ),
            7 => (
                "put state",
                client.put(&state_url).json(&state_body(n)).send().await,
            ),
            _ => {
                // Read, then write what was read with its ETag: another worker may win (412).
                let read = client.get(&state_url).send().await;
                match read {
                    Ok(read) if read.status().is_success() => {
                        let etag = read.headers().get("etag").cloned();
                        let mut put = client.put(&state_url).json(&state_body(n));
                        if let Some(etag) = etag {
                            put = put.header("if-match", etag);
                        }
                        ("put state with If-Match", put.send().await)
                    }
                    other => ("get state for If-Match", other),
                }
            }
        };
        let answer = answer.map(|r| r.status()).map_err(|e| e.to_string());
        load.record(what, started.elapsed(), answer);
    }
}

/// Starts runs one after another, each followed (`logs?follow=true`) to its end; answers their ids.
async fn run_worker(
    load: Arc<Load>,
    client: reqwest::Client,
    origins: Vec<String>,
    worker: usize,
) -> Vec<String> {
    let mut started_runs = Vec::new();
    let mut n = 0usize;
    while !load.stop.load(Ordering::Relaxed) {
        n += 1;
        let origin = &origins[n % origins.len()];
        let started = Instant::now();
        let body = json!({ "command": "tap target", "state_id_suffix": format!("w{worker}") });
        let answer = client
            .post(url(origin, &format!("{ENV}/runs")))
            .json(&body)
            .send()
            .await;
        let run: Value = match answer {
            Ok(response) => {
                let status = response.status();
                load.record("create run", started.elapsed(), Ok(status));
                if !status.is_success() {
                    continue;
                }
                response.json().await.unwrap_or(Value::Null)
            }
            Err(error) => {
                load.record("create run", started.elapsed(), Err(error.to_string()));
                continue;
            }
        };
        let Some(id) = run["id"].as_str() else {
            continue;
        };
        started_runs.push(id.to_string());
        let followed = Instant::now();
        let follow = client
            .get(url(origin, &format!("{ENV}/runs/{id}/logs?follow=true")))
            .send()
            .await;
        match follow {
            Ok(mut response) => {
                let status = response.status();
                // The stream ends when the run does.
                while let Ok(Some(_)) = response.chunk().await {}
                load.record("follow log", followed.elapsed(), Ok(status));
            }
            Err(error) => load.record("follow log", followed.elapsed(), Err(error.to_string())),
        }
    }
    started_runs
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// The database's size in bytes.
enum DatabaseSize {
    Sqlite(PathBuf),
    Postgres(String),
}

impl DatabaseSize {
    async fn bytes(&self) -> u64 {
        match self {
            Self::Sqlite(dir) => ["meltano-api.db", "meltano-api.db-wal"]
                .iter()
                .filter_map(|f| std::fs::metadata(dir.join(f)).ok())
                .map(|m| m.len())
                .sum(),
            Self::Postgres(url) => {
                use sea_orm::{ConnectionTrait, Database, Statement};
                let Ok(db) = Database::connect(url).await else {
                    return 0;
                };
                let row = db
                    .query_one_raw(Statement::from_string(
                        db.get_database_backend(),
                        "SELECT pg_database_size(current_database())::bigint AS size",
                    ))
                    .await
                    .ok()
                    .flatten();
                let size = row
                    .and_then(|r| r.try_get::<i64>("", "size").ok())
                    .unwrap_or(0);
                let _ = db.close().await;
                size as u64
            }
        }
    }
}

/// Runs the mixed load against `servers` for `seconds`, prints its report, and checks it.
async fn soak(
    name: &str,
    servers: &[&ServerProcess],
    size: DatabaseSize,
    plugins_dir: &Path,
    seconds: u64,
) {
    let origins: Vec<String> = servers.iter().map(|s| s.app.origin.clone()).collect();
    let app = &servers[0].app;
    let ledger = plugins_dir.join("ledger");
    with_plugins(app, plugins_dir, json!({ "records": 20, "ledger": ledger })).await;
    let job = app
        .post_json(
            &format!("{ENV}/jobs"),
            &json!({ "name": "j", "tasks": ["tap target"] }),
        )
        .await;
    assert_eq!(job.status(), StatusCode::CREATED);
    let schedule = app
        .post_json(
            &format!("{ENV}/schedules"),
            &json!({ "name": "every-minute", "job": "j", "interval": "* * * * *" }),
        )
        .await;
    assert_eq!(schedule.status(), StatusCode::CREATED);
    for i in 0..SHARED_STATES {
        let put = app.put_json(&format!("{STATE}/s{i}"), &state_body(0)).await;
        assert!(put.status().is_success());
    }

    let slice = Duration::from_secs_f64(seconds as f64 / 10.0);
    let load = Arc::new(Load {
        slices: Mutex::new(vec![Slice::default(); 10]),
        began: Instant::now(),
        slice,
        stop: AtomicBool::new(false),
    });
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let mut requests = Vec::new();
    for seed in 0..REQUEST_WORKERS {
        requests.push(tokio::spawn(request_worker(
            load.clone(),
            client.clone(),
            origins.clone(),
            seed as u64 + 1,
        )));
    }
    let mut runs = Vec::new();
    for worker in 0..RUN_WORKERS {
        runs.push(tokio::spawn(run_worker(
            load.clone(),
            client.clone(),
            origins.clone(),
            worker,
        )));
    }
    let mut rss = Vec::new();
    let mut sizes = Vec::new();
    for tenth in 1..=10 {
        tokio::time::sleep_until(load.began + slice * tenth).await;
        rss.push(servers.iter().map(|s| rss_kib(s.pid())).collect::<Vec<_>>());
        sizes.push(size.bytes().await);
    }
    load.stop.store(true, Ordering::Relaxed);
    for worker in requests {
        worker.await.unwrap();
    }
    let mut started_runs = Vec::new();
    for worker in runs {
        started_runs.extend(worker.await.unwrap());
    }

    let slices = load.slices.lock().unwrap().clone();
    println!("soak {name}: {seconds} s, {} server(s)", servers.len());
    println!("tenth  requests  refused(409/412/other)  p50 ms  p99 ms  RSS MiB per server  DB MiB");
    let mut unexpected = Vec::new();
    let mut total = 0;
    for (i, slice) in slices.iter().enumerate() {
        let mut sorted = slice.latencies.clone();
        sorted.sort();
        total += sorted.len();
        let mib = |kib: &u64| format!("{:.1}", *kib as f64 / 1024.0);
        println!(
            "{:>5}  {:>8}  {:<22}  {:>6.1}  {:>6.1}  {:<18}  {:.1}",
            i + 1,
            sorted.len(),
            format!("{:?}", slice.refused),
            percentile(&sorted, 0.5).as_secs_f64() * 1e3,
            percentile(&sorted, 0.99).as_secs_f64() * 1e3,
            rss[i].iter().map(mib).collect::<Vec<_>>().join(" "),
            sizes[i] as f64 / 1_048_576.0,
        );
        unexpected.extend(slice.unexpected.iter().cloned());
    }
    println!(
        "soak {name}: {total} requests, {} runs started",
        started_runs.len()
    );

    assert!(
        unexpected.is_empty(),
        "only 2xx, 409 and 412 answers: {unexpected:?}"
    );
    for (server, _) in servers.iter().enumerate() {
        let (second, last) = (rss[1][server], rss[9][server]);
        assert!(
            last as f64 <= second as f64 * 1.10,
            "server {server}'s RSS grew from {second} kB (second tenth) to {last} kB (last)"
        );
    }
    // Every run ends SUCCESS (the scheduler's too) and none ran twice.
    let mut ended = BTreeSet::new();
    for id in &started_runs {
        let run = wait_for_run_within(app, ENV, id, Duration::from_secs(60)).await;
        assert_eq!(run["status"], "SUCCESS", "{run}");
        ended.insert(id.clone());
    }
    let executions = ledger_lines(&ledger);
    let unique: BTreeSet<&String> = executions.iter().collect();
    assert_eq!(unique.len(), executions.len(), "no run executed twice");
    for id in &ended {
        assert!(unique.contains(id), "run {id} executed");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soak_one_server_on_sqlite_then_two_replicas_on_postgres() {
    let half = (soak_seconds() / 2).max(10);

    let data_dir = tempfile::tempdir().unwrap();
    let plugins_dir = tempfile::tempdir().unwrap();
    let server = spawn_server_process(data_dir.path(), None);
    let size = DatabaseSize::Sqlite(data_dir.path().to_path_buf());
    soak("sqlite", &[&server], size, plugins_dir.path(), half).await;
    drop(server);

    let database_url = fresh_postgres_database().await;
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let plugins_dir = tempfile::tempdir().unwrap();
    let a = spawn_server_process(dir_a.path(), Some(&database_url));
    let b = spawn_server_process(dir_b.path(), Some(&database_url));
    let size = DatabaseSize::Postgres(database_url.clone());
    soak(
        "postgres, two replicas",
        &[&a, &b],
        size,
        plugins_dir.path(),
        half,
    )
    .await;
}
