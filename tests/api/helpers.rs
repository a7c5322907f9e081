use std::io::{BufRead, BufReader};
use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use meltano_api::config::Settings;
use meltano_api::startup::Application;
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use sea_orm::{ConnectionTrait, Database};
use serde_json::Value;

pub const BASE_PATH: &str = "/meltano/core/v2beta";

/// A running server and what a test needs to talk to it.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub origin: String,
    pub client: reqwest::Client,
    pub token: Option<String>,
    _data_dir: tempfile::TempDir,
}

/// Which database the suite runs on: SQLite unless `MELTANO_API_TEST_DATABASE=postgres`.
pub fn use_postgres() -> bool {
    std::env::var("MELTANO_API_TEST_DATABASE").is_ok_and(|db| db == "postgres")
}

/// A new, empty PostgreSQL database for one test (`MELTANO_API_TEST_POSTGRES_URL` names the server).
pub async fn fresh_postgres_database() -> String {
    let admin = std::env::var("MELTANO_API_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string());
    let name = format!("mapi_test_{}", uuid::Uuid::new_v4().simple());
    let db = Database::connect(&admin)
        .await
        .expect("PostgreSQL for tests is reachable");
    db.execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create test database");
    let (server, _) = admin.rsplit_once('/').expect("URL with a database path");
    format!("{server}/{name}")
}

/// The server's real defaults, but on a free loopback port, in `data_dir`, without tokens, and
/// quicker to notice work and to kill what it cancels.
pub fn settings(data_dir: &std::path::Path) -> Settings {
    let mut settings = Settings::defaults();
    settings.bind = IpAddr::V4(Ipv4Addr::LOCALHOST);
    settings.port = 0;
    settings.data_dir = data_dir.to_path_buf();
    settings.database_url = None;
    settings.tokens = Vec::new();
    settings.read_only_tokens = Vec::new();
    settings.token_file = None;
    settings.max_runs = 4;
    settings.kill_grace_secs = 2;
    settings.poll_ms = 100;
    settings
}

/// Two servers started at the same moment on one fresh database (a shared SQLite file, or one
/// PostgreSQL database).
pub async fn spawn_replicas() -> (TestApp, TestApp) {
    spawn_replicas_with(|_| {}).await
}

/// [`spawn_replicas`], the second with settings `configure` changed.
pub async fn spawn_replicas_with(configure: impl FnOnce(&mut Settings)) -> (TestApp, TestApp) {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut settings = settings(data_dir.path());
    if use_postgres() {
        settings.database_url = Some(fresh_postgres_database().await);
    }
    let mut second = settings.clone();
    configure(&mut second);
    init_test_log();
    let (a, b) = tokio::join!(Application::build(settings), Application::build(second));
    let start = |app: Application| {
        let origin = format!("http://{}", app.address());
        tokio::spawn(app.run_until_stopped());
        origin
    };
    let (a, b) = (
        start(a.expect("first replica starts")),
        start(b.expect("second replica starts")),
    );
    let second_dir = tempfile::tempdir().expect("temp dir");
    (
        TestApp::at(a, None, data_dir),
        TestApp::at(b, None, second_dir),
    )
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts a server whose settings `configure` may change (tokens, ...).
pub async fn spawn_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut settings = settings(data_dir.path());
    if use_postgres() {
        settings.database_url = Some(fresh_postgres_database().await);
    }
    configure(&mut settings);
    let token = settings.tokens.first().cloned();
    init_test_log();
    let app = Application::build(settings).await.expect("server starts");
    let origin = format!("http://{}", app.address());
    tokio::spawn(app.run_until_stopped());
    TestApp::at(origin, token, data_dir)
}

/// `MELTANO_API_TEST_LOG=1` shows what the servers a test starts log, in-process ones as
/// server processes (for a failing test; off by default, as the log is long).
fn init_test_log() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    if std::env::var_os("MELTANO_API_TEST_LOG").is_some() {
        ONCE.call_once(|| {
            meltano_api::startup::init_tracing(meltano_api::config::LogFormat::Text);
        });
    }
}

impl TestApp {
    /// The server at `origin`, whose data is in `data_dir` (kept until the test ends).
    pub fn at(origin: String, token: Option<String>, data_dir: tempfile::TempDir) -> Self {
        Self {
            origin,
            client: reqwest::Client::new(),
            token,
            _data_dir: data_dir,
        }
    }

    /// A request to `path` under the API's base path, with the test's token if it has one.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let builder = self
            .client
            .request(method, format!("{}{BASE_PATH}{path}", self.origin));
        match &self.token {
            Some(token) => builder.bearer_auth(token),
            None => builder,
        }
    }

    /// GET of a path outside the API (`/health`, `/metrics`, ...), without a token.
    pub async fn get_beside(&self, path: &str) -> Response {
        self.client
            .get(format!("{}{path}", self.origin))
            .send()
            .await
            .expect("request sent")
    }

    pub async fn get(&self, path: &str) -> Response {
        self.request(Method::GET, path)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> Response {
        self.request(Method::POST, path)
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn put_json(&self, path: &str, body: &Value) -> Response {
        self.request(Method::PUT, path)
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn patch_json(&self, path: &str, body: &Value) -> Response {
        self.request(Method::PATCH, path)
            .header("content-type", "application/merge-patch+json")
            .body(body.to_string())
            .send()
            .await
            .expect("request sent")
    }

    pub async fn delete(&self, path: &str) -> Response {
        self.request(Method::DELETE, path)
            .send()
            .await
            .expect("request sent")
    }

    /// Creates a project and answers its body.
    pub async fn create_project(&self, name: &str) -> Value {
        let response = self
            .post_json("/projects", &serde_json::json!({ "name": name }))
            .await;
        assert_eq!(
            response.status(),
            StatusCode::CREATED,
            "creating project {name}"
        );
        response.json().await.unwrap()
    }

    pub async fn create_env(&self, project: &str, name: &str) -> Value {
        let response = self
            .post_json(
                &format!("/projects/{project}/envs"),
                &serde_json::json!({ "name": name }),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::CREATED,
            "creating env {project}/{name}"
        );
        response.json().await.unwrap()
    }
}

/// Asserts that `response` is a problem document with `status`, and answers it.
pub async fn assert_problem(response: Response, status: StatusCode) -> Value {
    assert_eq!(response.status(), status);
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    assert_eq!(content_type, "application/problem+json");
    let problem: Value = response.json().await.expect("problem body is JSON");
    assert_eq!(problem["status"], status.as_u16());
    assert!(problem["type"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(problem["title"].as_str().is_some_and(|t| !t.is_empty()));
    problem
}

/// The ETag header of a response.
pub fn etag(response: &Response) -> String {
    response
        .headers()
        .get("etag")
        .expect("ETag header")
        .to_str()
        .unwrap()
        .to_string()
}

/// A database to share between servers started one after the other (or with a server process): a
/// fresh PostgreSQL database when the suite runs on PostgreSQL, else `None` (SQLite in the data
/// directory the servers share).
pub async fn fresh_database_url() -> Option<String> {
    if use_postgres() {
        Some(fresh_postgres_database().await)
    } else {
        None
    }
}

/// The absolute path of a file under `tests/fixtures`.
pub fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Polls run `id` of the environment at `env` (`/projects/P/envs/E`) until it is neither
/// `QUEUED` nor `RUNNING`, and answers it; panics with the last answer after 30 s.
pub async fn wait_for_run(app: &TestApp, env: &str, id: &str) -> Value {
    wait_for_run_within(app, env, id, Duration::from_secs(30)).await
}

pub async fn wait_for_run_within(app: &TestApp, env: &str, id: &str, limit: Duration) -> Value {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        let response = app.get(&format!("{env}/runs/{id}")).await;
        let status = response.status();
        let body: Value = response.json().await.unwrap_or(Value::Null);
        if status == StatusCode::OK
            && !matches!(body["status"].as_str(), Some("QUEUED" | "RUNNING"))
        {
            return body;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "run {id} has not ended within {limit:?}; last answer: {status} {body}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The server binary running as a child process (SIGKILLed when dropped), and a client of it.
pub struct ServerProcess {
    child: Child,
    /// What it logged after it started (the first [`MAX_KEPT_LOG_LINES`] lines).
    log: Arc<Mutex<Vec<String>>>,
    pub app: TestApp,
}

const MAX_KEPT_LOG_LINES: usize = 10_000;

impl ServerProcess {
    /// The lines it logged so far, after its start-up line.
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL: the server gets no chance to clean up, as in a crash.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Starts `meltano-api serve` on a free port with `data_dir` (and `database_url`, if any), and
/// waits (up to 30 s) for its `listening on http://...` line on stdout.
pub fn spawn_server_process(data_dir: &Path, database_url: Option<&str>) -> ServerProcess {
    spawn_server_process_with(data_dir, database_url, &[], &[])
}

/// [`spawn_server_process`] with more arguments and environment variables.
pub fn spawn_server_process_with(
    data_dir: &Path,
    database_url: Option<&str>,
    args: &[&str],
    envs: &[(&str, &str)],
) -> ServerProcess {
    let mut command = Command::new(env!("CARGO_BIN_EXE_meltano-api"));
    command
        .args([
            "serve",
            "--bind",
            "127.0.0.1",
            "--port",
            "0",
            "--poll-ms",
            "100",
        ])
        .arg("--data-dir")
        .arg(data_dir);
    if let Some(url) = database_url {
        command.args(["--database-url", url]);
    }
    for var in [
        "MELTANO_API_TOKEN",
        "MELTANO_API_READ_ONLY_TOKEN",
        "MELTANO_API_TOKEN_FILE",
        "MELTANO_API_MAX_RUNS",
    ] {
        command.env_remove(var);
    }
    command.env("NO_COLOR", "1");
    command.args(args).envs(envs.iter().copied());
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    let mut child = command.spawn().expect("the server binary starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let (found, origin) = std::sync::mpsc::channel();
    // Reads stdout to its end (so the server never blocks on a full pipe), handing over the origin
    // from the start-up line, or everything it printed when it ends without one.
    // MELTANO_API_TEST_LOG=1 shows what the server logs (on stdout) after it started.
    let echo = std::env::var_os("MELTANO_API_TEST_LOG").is_some();
    let log = Arc::new(Mutex::new(Vec::new()));
    let kept = log.clone();
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut sent = false;
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if sent {
                if echo {
                    eprintln!("server: {line}");
                }
                let mut kept = kept.lock().unwrap_or_else(|e| e.into_inner());
                if kept.len() < MAX_KEPT_LOG_LINES {
                    kept.push(line);
                }
                continue;
            }
            match listening_origin(&line) {
                Some(origin) => {
                    let _ = found.send(Ok(origin));
                    sent = true;
                }
                None => seen.push(line),
            }
        }
        if !sent {
            let _ = found.send(Err(seen.join("\n")));
        }
    });
    let origin = match origin.recv_timeout(Duration::from_secs(30)) {
        Ok(Ok(origin)) => origin,
        Ok(Err(output)) => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the server process ended without listening; it printed:\n{output}");
        }
        Err(_) => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the server process did not say where it listens within 30 s");
        }
    };
    ServerProcess {
        child,
        log,
        app: TestApp::at(origin, None, tempfile::tempdir().expect("temp dir")),
    }
}

/// `http://127.0.0.1:PORT` from the server's `... listening on http://127.0.0.1:PORT/meltano/...`.
fn listening_origin(line: &str) -> Option<String> {
    let (_, rest) = line.split_once("listening on http://")?;
    let host: String = rest
        .chars()
        .take_while(|c| *c != '/' && *c != '\u{1b}' && !c.is_whitespace())
        .collect();
    (!host.is_empty()).then(|| format!("http://{host}"))
}
