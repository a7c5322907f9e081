//! Faults, each a test that ends by itself: a server SIGKILLed in the middle of writes,
//! PostgreSQL stopped in the middle of load, one of two replicas SIGKILLed while it runs runs. They stop the machine's PostgreSQL and kill
//! servers, so they run alone and one at a time (`just faults`, nextest's `faults` profile in
//! `.config/nextest.toml`; every other run leaves them out). Each checks, from a ledger the
//! writers keep, that every write answered 2xx is there afterwards.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::task::JoinHandle;
use tokio::time::Instant;

use crate::executor::{ENV, STATE_ID, id, ledger_lines, start_run, state_of, with_plugins};
use crate::helpers::{
    TestApp, fresh_postgres_database, spawn_server_process, spawn_server_process_with,
    wait_for_run_within,
};

const STATE: &str = "/projects/acme/envs/dev/state";

/// What the writers saw.
#[derive(Default)]
struct Ledger {
    /// Every state written with a 2xx answer, and the highest value so answered.
    acknowledged: BTreeMap<String, i64>,
    /// How many answers came with each status (2xx included).
    statuses: BTreeMap<u16, usize>,
    /// Requests that got no answer (the server gone).
    unanswered: usize,
    /// Answers that break the contract: a status other than 2xx, 409, 412 or 503, or a 503
    /// that is not a problem document with `Retry-After`.
    unexpected: Vec<String>,
    /// The longest any request took to be answered.
    slowest: Duration,
}

impl std::fmt::Display for Ledger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} states acknowledged; answers by status {:?}; {} unanswered; slowest {:?}",
            self.acknowledged.len(),
            self.statuses,
            self.unanswered,
            self.slowest
        )
    }
}

fn state_body(value: i64) -> Value {
    json!({ "completed": { "singer_state": { "bookmarks": { "items": { "last_id": value } } } } })
}

/// `count` writers PUT states until `stop` is set: each new ids of its own (`w{task}-{n}`)
/// and, every other write, one id it rewrites with a growing value (`w{task}`).
fn spawn_writers(
    origin: &str,
    count: usize,
    stop: &Arc<AtomicBool>,
    ledger: &Arc<Mutex<Ledger>>,
) -> Vec<JoinHandle<()>> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    (0..count)
        .map(|task| {
            let (client, stop, ledger) = (client.clone(), stop.clone(), ledger.clone());
            let base = format!("{origin}{}{STATE}", crate::helpers::BASE_PATH);
            tokio::spawn(async move {
                let mut n = 0i64;
                while !stop.load(Ordering::Relaxed) {
                    n += 1;
                    let state_id = if n % 2 == 0 {
                        format!("w{task}")
                    } else {
                        format!("w{task}-{n}")
                    };
                    let started = Instant::now();
                    let answer = client
                        .put(format!("{base}/{state_id}"))
                        .json(&state_body(n))
                        .send()
                        .await;
                    let took = started.elapsed();
                    let Ok(response) = answer else {
                        {
                            let mut ledger = ledger.lock().unwrap();
                            ledger.slowest = ledger.slowest.max(took);
                            ledger.unanswered += 1;
                        }
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        continue;
                    };
                    let mut ledger = ledger.lock().unwrap();
                    ledger.slowest = ledger.slowest.max(took);
                    let status = response.status();
                    *ledger.statuses.entry(status.as_u16()).or_default() += 1;
                    if status.is_success() {
                        let kept = ledger.acknowledged.entry(state_id).or_default();
                        *kept = (*kept).max(n);
                        continue;
                    }
                    let header = |name: &str| {
                        response
                            .headers()
                            .get(name)
                            .and_then(|v| v.to_str().ok())
                            .map(str::to_string)
                    };
                    let problem =
                        header("content-type").as_deref() == Some("application/problem+json");
                    match status.as_u16() {
                        409 | 412 if problem => {}
                        503 if problem && header("retry-after").is_some() => {}
                        other => ledger
                            .unexpected
                            .push(format!("{other} for {state_id} (problem: {problem})")),
                    }
                }
            })
        })
        .collect()
}

/// Asserts that every acknowledged write is there: each new id with its value, each rewritten
/// one with at least the value last acknowledged (a write in flight may have landed after it).
async fn assert_acknowledged_writes_kept(app: &TestApp, ledger: &Ledger) {
    for (state_id, value) in &ledger.acknowledged {
        let response = app.get(&format!("{STATE}/{state_id}")).await;
        let status = response.status();
        let state: Value = response.json().await.unwrap_or(Value::Null);
        assert_eq!(
            status, 200,
            "acknowledged state {state_id} is there: {state}"
        );
        let kept = state["completed"]["singer_state"]["bookmarks"]["items"]["last_id"]
            .as_i64()
            .unwrap_or(-1);
        if state_id.contains('-') {
            assert_eq!(kept, *value, "state {state_id} holds what was acknowledged");
        } else {
            assert!(
                kept >= *value,
                "state {state_id}: {kept} < acknowledged {value}"
            );
        }
    }
}

async fn create_env(app: &TestApp) {
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sigkilled_server_keeps_every_acknowledged_write_on_sqlite() {
    let data_dir = tempfile::tempdir().unwrap();
    let mut server = spawn_server_process(data_dir.path(), None);
    create_env(&server.app).await;

    let stop = Arc::new(AtomicBool::new(false));
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let writers = spawn_writers(&server.app.origin, 8, &stop, &ledger);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill();
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.store(true, Ordering::Relaxed);
    for writer in writers {
        writer.await.unwrap();
    }

    let restarted = spawn_server_process(data_dir.path(), None);
    let ledger = std::mem::take(&mut *ledger.lock().unwrap());
    eprintln!("sigkill on SQLite: {ledger}");
    assert!(
        ledger.acknowledged.len() >= 20,
        "the writers got going before the kill: {:?}",
        ledger.statuses
    );
    assert!(ledger.unanswered > 0, "writes were in flight at the kill");
    assert!(ledger.unexpected.is_empty(), "{:?}", ledger.unexpected);
    assert_acknowledged_writes_kept(&restarted.app, &ledger).await;
}

/// The machine's PostgreSQL cluster, stopped until [`Outage::end`] (or the drop, should the test
/// fail first) starts it again.
struct Outage {
    version: String,
    running: bool,
}

impl Outage {
    fn begin() -> Self {
        let version = std::fs::read_dir("/etc/postgresql")
            .expect("a Debian PostgreSQL cluster (pg_ctlcluster)")
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .max()
            .expect("a PostgreSQL version");
        let mut outage = Self {
            version,
            running: true,
        };
        outage.cluster("stop");
        outage.running = false;
        outage
    }

    fn end(&mut self) {
        self.cluster("start");
        self.running = true;
    }

    fn cluster(&self, action: &str) {
        let mut command = std::process::Command::new("pg_ctlcluster");
        command.args(["--skip-systemctl-redirect", &self.version, "main", action]);
        if action == "stop" {
            command.args(["-m", "fast"]);
        }
        let status = command.status().expect("pg_ctlcluster runs");
        assert!(status.success(), "pg_ctlcluster {action}: {status}");
    }
}

impl Drop for Outage {
    fn drop(&mut self) {
        if !self.running {
            self.cluster("start");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_outage_is_answered_503_and_the_server_recovers_by_itself() {
    let database_url = fresh_postgres_database().await;
    let data_dir = tempfile::tempdir().unwrap();
    let plugins_dir = tempfile::tempdir().unwrap();
    let server = spawn_server_process(data_dir.path(), Some(&database_url));
    let app = &server.app;
    // A run in flight across the outage: 40 records, one every 0.5 s, a state after each.
    with_plugins(
        app,
        plugins_dir.path(),
        json!({ "records": 40, "sleep_seconds": 0.5 }),
    )
    .await;
    let run = start_run(app, json!({ "command": "tap target" })).await;
    // A schedule firing every minute, its runs on a state id of their own; the outage is timed
    // to hold a minute's start, so one firing falls due while the database is away.
    if until_seconds_into_the_minute(0) < Duration::from_secs(1) {
        tokio::time::sleep(Duration::from_secs(2)).await; // not across a minute's start
    }
    let schedule_created = chrono::Utc::now();
    create_minute_schedule(app).await;

    let stop = Arc::new(AtomicBool::new(false));
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let writers = spawn_writers(&app.origin, 4, &stop, &ledger);
    tokio::time::sleep(Duration::from_secs(2)).await;
    tokio::time::sleep(until_seconds_into_the_minute(55)).await;
    let before = ledger.lock().unwrap().acknowledged.len();

    let mut outage = Outage::begin();
    let due_in_outage = next_minute(chrono::Utc::now());
    let outage_began = Instant::now();
    tokio::time::sleep(Duration::from_secs(3)).await;
    let health = app.get_beside("/health").await;
    assert_eq!(health.status(), 503, "/health says the database is down");
    let report: Value = health.json().await.unwrap();
    assert_eq!(report["database"]["status"], "down", "{report}");
    assert!(
        report["detail"]
            .as_str()
            .is_some_and(|d| d.contains("database")),
        "{report}"
    );
    let ready = app.get_beside("/ready").await;
    assert_eq!(ready.status(), 503, "/ready says it cannot take requests");
    tokio::time::sleep(Duration::from_secs(10).saturating_sub(outage_began.elapsed())).await;
    let during = ledger.lock().unwrap().statuses.clone();
    outage.end();

    // It reconnects by itself: reads answer again within 30 s of the restart.
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.get("/projects/acme").await.status() != 200 {
        assert!(Instant::now() < deadline, "reads answer again within 30 s");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let acknowledged_at_recovery = ledger.lock().unwrap().acknowledged.len();
    tokio::time::sleep(Duration::from_secs(2)).await;
    stop.store(true, Ordering::Relaxed);
    for writer in writers {
        writer.await.unwrap();
    }

    let ledger = std::mem::take(&mut *ledger.lock().unwrap());
    eprintln!("PostgreSQL outage: {ledger}; by the outage's end {during:?}");
    assert!(before > 0, "writes were acknowledged before the outage");
    assert!(
        during.get(&503).is_some_and(|count| *count > 0),
        "the outage was answered 503: {during:?}"
    );
    assert!(ledger.unexpected.is_empty(), "{:?}", ledger.unexpected);
    assert_eq!(ledger.unanswered, 0, "every request was answered");
    // The pool's wait for a connection (5 s) bounds every answer.
    assert!(
        ledger.slowest < Duration::from_secs(15),
        "no request hung: the slowest took {:?}",
        ledger.slowest
    );
    assert!(
        ledger.acknowledged.len() > acknowledged_at_recovery,
        "writes are acknowledged again after the restart"
    );
    assert_acknowledged_writes_kept(app, &ledger).await;

    // The run went on through the outage, or ended FAIL with its last state kept.
    let ended = wait_for_run_within(app, ENV, &id(&run), Duration::from_secs(90)).await;
    let state: Value = app
        .get(&format!("{STATE}/{STATE_ID}"))
        .await
        .json()
        .await
        .unwrap();
    match ended["status"].as_str() {
        Some("SUCCESS") => assert_eq!(
            state["completed"]["singer_state"]["bookmarks"]["items"]["last_id"], 40,
            "{state}"
        ),
        Some("FAIL") => assert!(
            !state["partial"].is_null() || !state["completed"].is_null(),
            "a failed run's last state is kept: {state}"
        ),
        _ => panic!("the run ends SUCCESS or FAIL: {ended}"),
    }

    // The scheduler resumed: the firing due in the outage was made once, after it, and no
    // minute fired twice (one run per minute started since the schedule was created).
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let runs = scheduled_runs(app).await;
        let minutes = minute_starts_between(schedule_created, chrono::Utc::now());
        let schedule: Value = app
            .get(&format!("{ENV}/schedules/every-minute"))
            .await
            .json()
            .await
            .unwrap();
        let last_fire: Option<chrono::DateTime<chrono::Utc>> = schedule["last_fire_time"]
            .as_str()
            .map(|t| t.parse().unwrap());
        assert!(
            runs.len() <= minutes,
            "{} scheduled runs for {minutes} minute starts: {runs:?}",
            runs.len()
        );
        if runs.len() == minutes && last_fire >= Some(due_in_outage) {
            assert!(
                runs.iter().any(|created| *created >= due_in_outage),
                "the firing due in the outage was made: {runs:?}"
            );
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the scheduler resumes: {} runs for {minutes} minute starts, last fire {last_fire:?}, \
             due in the outage {due_in_outage}",
            runs.len()
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// A job of one run (`tap-sched target`, a tap of one record with a state id of its own) and
/// the schedule `every-minute` of it.
async fn create_minute_schedule(app: &TestApp) {
    for (path, body) in [
        (
            "plugins",
            json!({ "name": "tap-sched", "plugin_type": "extractors", "inherit_from": "tap",
                    "config": { "records": 1, "sleep_seconds": 0 } }),
        ),
        (
            "jobs",
            json!({ "name": "j", "tasks": ["tap-sched target"] }),
        ),
        (
            "schedules",
            json!({ "name": "every-minute", "job": "j", "interval": "* * * * *" }),
        ),
    ] {
        let response = app.post_json(&format!("{ENV}/{path}"), &body).await;
        assert_eq!(response.status(), 201, "creating {path}: {body}");
    }
}

/// The create times of the runs the schedule made (the job's runs; the writers' state edits
/// are runs of the env too).
async fn scheduled_runs(app: &TestApp) -> Vec<chrono::DateTime<chrono::Utc>> {
    let page: Value = app
        .get(&format!("{ENV}/jobs/j/runs?page_size=1000"))
        .await
        .json()
        .await
        .unwrap();
    page["runs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|run| run["trigger"] == "schedule")
        .map(|run| run["create_time"].as_str().unwrap().parse().unwrap())
        .collect()
}

fn next_minute(after: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
    use chrono::{DurationRound, TimeDelta};
    after.duration_trunc(TimeDelta::minutes(1)).unwrap() + TimeDelta::minutes(1)
}

/// How many minutes start in (from, to].
fn minute_starts_between(
    from: chrono::DateTime<chrono::Utc>,
    to: chrono::DateTime<chrono::Utc>,
) -> usize {
    let mut count = 0;
    let mut start = next_minute(from);
    while start <= to {
        count += 1;
        start = next_minute(start);
    }
    count
}

/// How long until `second` seconds into a minute (at most a minute).
fn until_seconds_into_the_minute(second: u32) -> Duration {
    use chrono::Timelike;
    let now = chrono::Utc::now();
    let into = now.second() as f64 + f64::from(now.nanosecond()) / 1e9;
    Duration::from_secs_f64((f64::from(second) - into).rem_euclid(60.0))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_survivor_of_two_replicas_fails_the_dead_ones_runs_and_runs_the_rest_once() {
    let database_url = fresh_postgres_database().await;
    let plugins_dir = tempfile::tempdir().unwrap();
    let ledger = plugins_dir.path().join("ledger");
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let stale = ["--stale-after", "3"];
    let mut a = spawn_server_process_with(dir_a.path(), Some(&database_url), &stale, &[]);
    let b = spawn_server_process_with(dir_b.path(), Some(&database_url), &stale, &[]);
    // Runs of 5 s (50 records, one every 0.1 s, a state after each): each replica takes 4 at
    // once, so of 12, 4 wait in the queue when `a` dies.
    with_plugins(
        &a.app,
        plugins_dir.path(),
        json!({ "records": 50, "sleep_seconds": 0.1, "ledger": ledger }),
    )
    .await;
    let mut runs = Vec::new();
    for i in 0..12 {
        let app = if i % 2 == 0 { &a.app } else { &b.app };
        let body = json!({ "command": "tap target", "state_id_suffix": format!("r{i}") });
        runs.push(id(&start_run(app, body).await));
    }

    // Kill `a` once 8 runs are running and each has saved a partial state.
    let deadline = Instant::now() + Duration::from_secs(30);
    let running_at_kill = loop {
        let page: Value = b
            .app
            .get(&format!("{ENV}/runs?status=RUNNING"))
            .await
            .json()
            .await
            .unwrap();
        let running: Vec<Value> = page["runs"].as_array().unwrap().clone();
        let mut with_state = 0;
        for run in &running {
            let state_id = run["state_ids"][0].as_str().unwrap().to_string();
            if state_of(&b.app, &state_id)
                .await
                .is_some_and(|s| !s["partial"].is_null())
            {
                with_state += 1;
            }
        }
        if running.len() == 8 && with_state == 8 {
            break running;
        }
        assert!(
            Instant::now() < deadline,
            "8 runs running with state within 30 s: {page}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    a.kill();

    let mut ended = BTreeMap::new();
    for run_id in &runs {
        let run = wait_for_run_within(&b.app, ENV, run_id, Duration::from_secs(90)).await;
        ended.insert(run_id.clone(), run);
    }
    let running_ids: Vec<&str> = running_at_kill
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let failed: Vec<&Value> = ended.values().filter(|r| r["status"] == "FAIL").collect();
    assert_eq!(failed.len(), 4, "the dead replica's 4 runs fail: {ended:?}");
    for run in &failed {
        let run_id = run["id"].as_str().unwrap();
        assert!(
            running_ids.contains(&run_id),
            "only runs running at the kill fail: {run}"
        );
        assert!(
            run["error"]
                .as_str()
                .is_some_and(|e| e.contains("heartbeat")),
            "it failed on its heartbeat: {run}"
        );
        let state_id = run["state_ids"][0].as_str().unwrap();
        let state = state_of(&b.app, state_id).await.unwrap_or(Value::Null);
        assert!(
            !state["partial"].is_null(),
            "a failed run's partial state is kept: {state}"
        );
    }
    let succeeded = ended.values().filter(|r| r["status"] == "SUCCESS").count();
    assert_eq!(
        succeeded, 8,
        "every other run, the 4 queued ones included, succeeds: {ended:?}"
    );

    let executions = ledger_lines(&ledger);
    let unique: std::collections::BTreeSet<&String> = executions.iter().collect();
    assert_eq!(
        unique.len(),
        executions.len(),
        "no run executed twice: {executions:?}"
    );
    assert_eq!(
        executions.len(),
        12,
        "each of the 12 runs executed once: {executions:?}"
    );
}

/// A data directory on a size-limited mount of its own (tmpfs; needs root, as on CI),
/// unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn of_mib(mib: u64) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let status = std::process::Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={mib}m,mode=0700"),
                "tmpfs",
            ])
            .arg(dir.path())
            .status()
            .expect("mount runs");
        assert!(status.success(), "mounting a {mib} MiB tmpfs (needs root)");
        Self { dir }
    }

    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Fills what is left of the disk with a file of zeros; answers its path.
    fn fill(&self) -> std::path::PathBuf {
        use std::io::Write;
        let path = self.path().join("filler");
        let mut file = std::fs::File::create(&path).unwrap();
        let block = vec![0u8; 64 * 1024];
        loop {
            if file.write_all(&block).and_then(|()| file.flush()).is_err() {
                break;
            }
        }
        // Whatever a smaller write still fits.
        while file.write_all(&[0u8; 512]).is_ok() {}
        path
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_fails_the_run_keeps_reads_and_writes_come_back_with_space() {
    let disk = SmallDisk::of_mib(16);
    let plugins_dir = tempfile::tempdir().unwrap();
    let mut server = spawn_server_process(disk.path(), None);
    let app = &server.app;
    // A run that logs 2 kB a record, 2,000 records over about 10 s.
    with_plugins(
        app,
        plugins_dir.path(),
        json!({ "records": 2000, "sleep_seconds": 0.005, "log_bytes": 2000, "state_every": 100 }),
    )
    .await;
    let run = start_run(app, json!({ "command": "tap target" })).await;
    let run_path = format!("{ENV}/runs/{}", id(&run));
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let logs: Value = app
            .get(&format!("{run_path}/logs"))
            .await
            .json()
            .await
            .unwrap();
        if logs["lines"]
            .as_array()
            .is_some_and(|lines| lines.len() > 20)
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the run logs within 30 s: {logs}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let filler = disk.fill();
    // Writes are refused with 507 (once SQLite needs room it has not got); reads go on.
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut n = 0;
    loop {
        n += 1;
        let put = app
            .put_json(&format!("{STATE}/full-{n}"), &state_body(n))
            .await;
        let status = put.status();
        if status == 507 {
            let problem: Value = put.json().await.unwrap();
            assert!(
                problem["detail"].as_str().unwrap().contains("disk is full"),
                "{problem}"
            );
            break;
        }
        assert!(
            status.is_success(),
            "a write on a full disk answers 2xx or 507: {status}"
        );
        assert!(
            Instant::now() < deadline,
            "writes answer 507 within 30 s of the disk filling"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.get("/projects/acme").await.status(), 200, "reads go on");
    let seen: Value = app.get(&run_path).await.json().await.unwrap();
    assert_eq!(seen["status"], "RUNNING", "{seen}");

    // The plugins finish (the target's output is on another disk); the run's end waits for room.
    let output = plugins_dir.path().join("out.jsonl");
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::fs::read_to_string(&output)
        .unwrap_or_default()
        .lines()
        .count()
        < 2000
    {
        assert!(
            Instant::now() < deadline,
            "the plugins write their 2,000 records within 60 s"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(app.get(&run_path).await.status(), 200, "reads go on");

    std::fs::remove_file(filler).unwrap();
    let ended = wait_for_run_within(app, ENV, &id(&run), Duration::from_secs(30)).await;
    assert_eq!(ended["status"], "FAIL", "{ended}");
    let error = ended["error"].as_str().unwrap_or_default();
    assert!(
        error.contains("disk is full"),
        "the run says why it failed: {ended}"
    );
    let put = app
        .put_json(&format!("{STATE}/after"), &state_body(1))
        .await;
    assert!(
        put.status().is_success(),
        "writes work again: {}",
        put.status()
    );

    // And they are durable: after a SIGKILL, a new server finds them (a connection SQLite had
    // left inside a transaction would have answered 2xx and committed nothing).
    server.kill();
    let restarted = spawn_server_process(disk.path(), None);
    let kept = restarted.app.get(&format!("{STATE}/after")).await;
    assert_eq!(kept.status(), 200, "the write after the full disk is kept");
    let run: Value = restarted.app.get(&run_path).await.json().await.unwrap();
    assert_eq!(run["status"], "FAIL", "{run}");
}
