//! `just bench` (second part): record throughput through the run executor against a raw shell
//! pipe of the same extractor and loader.
//!
//! The bench writes a stream of `BENCH_RECORDS` Singer records (default 10,000,000) to a temp
//! file; the extractor copies it to stdout, the loader counts records and prints the STATE it
//! gets (`examples/bench-plugins/`). Raw: `sh -c 'tap | target'`, its wall time. Executor: a run
//! of `tap target` on the release server (SQLite), its own `start_time` to `end_time` (claiming,
//! config files, state read, processes, state capture and commit, log flush). Each side runs
//! `ROUNDS` times, alternating; the medians are compared. Target: under 5% over the raw pipe.

use std::io::{BufWriter, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

mod common;
use common::{start, stop};

const ROUNDS: usize = 5;

fn plugin(name: &str) -> String {
    format!(
        "{}/examples/bench-plugins/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let records: usize = std::env::var("BENCH_RECORDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000_000);
    let binary = std::env::current_dir()?.join("target/release/meltano-api");
    anyhow::ensure!(
        binary.exists(),
        "build it first: cargo build --release --bin meltano-api"
    );
    let work = tempfile::tempdir()?;
    let stream = work.path().join("records.jsonl");
    let bytes = write_stream(&stream, records)?;
    let config = work.path().join("config.json");
    std::fs::write(&config, json!({ "path": stream }).to_string())?;

    let data = work.path().join("data");
    let (server, origin) = start(&binary, &data).await?;
    let client = reqwest::Client::new();
    let env = format!("{origin}/meltano/core/v2beta/projects/bench/envs/dev");
    setup(&client, &origin, &env, &stream).await?;

    let mut raw = Vec::new();
    let mut executor = Vec::new();
    for _ in 0..ROUNDS {
        raw.push(raw_pipe(&config)?);
        executor.push(run_once(&client, &env).await?);
    }
    stop(server);
    raw.sort();
    executor.sort();
    let (raw, executor) = (raw[ROUNDS / 2], executor[ROUNDS / 2]);
    println!(
        "\nexecutor: {records} records ({:.0} MB) tap -> target, median of {ROUNDS}",
        bytes as f64 / 1e6
    );
    println!(
        "raw shell pipe (wall):           {:>8.3} s  ({:.1} M records/s)",
        raw.as_secs_f64(),
        records as f64 / raw.as_secs_f64() / 1e6
    );
    println!(
        "meltano-api run (start -> end):  {:>8.3} s  ({:.1} M records/s)",
        executor.as_secs_f64(),
        records as f64 / executor.as_secs_f64() / 1e6
    );
    println!(
        "ratio run / raw pipe: {:.3} (overhead {:+.1}%; target: under +5%)",
        executor.as_secs_f64() / raw.as_secs_f64(),
        (executor.as_secs_f64() / raw.as_secs_f64() - 1.0) * 100.0
    );
    Ok(())
}

/// The Singer messages: a SCHEMA, then `records` RECORDs. Answers the bytes written.
fn write_stream(path: &std::path::Path, records: usize) -> anyhow::Result<u64> {
    let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    writeln!(
        out,
        r#"{{"type":"SCHEMA","stream":"items","schema":{{"type":"object","properties":{{"id":{{"type":"integer"}},"name":{{"type":"string"}}}}}},"key_properties":["id"]}}"#
    )?;
    for id in 0..records {
        writeln!(
            out,
            r#"{{"type":"RECORD","stream":"items","record":{{"id":{id},"name":"item number {id}"}}}}"#
        )?;
    }
    out.flush()?;
    Ok(std::fs::metadata(path)?.len())
}

fn raw_pipe(config: &std::path::Path) -> anyhow::Result<Duration> {
    let script = format!(
        "'{}' --config '{}' | '{}' --config '{}' > /dev/null",
        plugin("tap-file.py"),
        config.display(),
        plugin("target-count.py"),
        config.display()
    );
    let started = Instant::now();
    let status = Command::new("sh")
        .args(["-c", &script])
        .stderr(Stdio::null())
        .status()?;
    let elapsed = started.elapsed();
    anyhow::ensure!(status.success(), "the raw pipe failed: {status}");
    Ok(elapsed)
}

async fn setup(
    client: &reqwest::Client,
    origin: &str,
    env: &str,
    stream: &std::path::Path,
) -> anyhow::Result<()> {
    let post = |url: String, body| common::post_json(client, url, body);
    post(
        format!("{origin}/meltano/core/v2beta/projects"),
        json!({ "name": "bench" }),
    )
    .await?;
    post(
        format!("{origin}/meltano/core/v2beta/projects/bench/envs"),
        json!({ "name": "dev" }),
    )
    .await?;
    post(
        format!("{env}/plugins"),
        json!({ "name": "tap-file", "plugin_type": "extractors", "executable": plugin("tap-file.py"),
                "capabilities": ["state"], "config": { "path": stream } }),
    )
    .await?;
    post(
        format!("{env}/plugins"),
        json!({ "name": "target-count", "plugin_type": "loaders", "executable": plugin("target-count.py") }),
    )
    .await
}

/// One run through the server: its own start-to-end time.
async fn run_once(client: &reqwest::Client, env: &str) -> anyhow::Result<Duration> {
    let run: Value = client
        .post(format!("{env}/runs"))
        .json(&json!({ "command": "tap-file target-count", "full_refresh": true }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let url = format!("{env}/runs/{}", run["id"].as_str().unwrap_or_default());
    loop {
        tokio::time::sleep(Duration::from_millis(20)).await;
        let run: Value = client.get(&url).send().await?.json().await?;
        match run["status"].as_str() {
            Some("QUEUED" | "RUNNING") => continue,
            Some("SUCCESS") => {
                let time = |field: &str| {
                    chrono::DateTime::parse_from_rfc3339(run[field].as_str().unwrap_or_default())
                };
                let elapsed = time("end_time")? - time("start_time")?;
                return Ok(elapsed.to_std()?);
            }
            _ => anyhow::bail!("the run did not succeed: {run}"),
        }
    }
}
