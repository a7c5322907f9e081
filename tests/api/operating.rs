//! Operating the server: request ids, its own log, health and readiness (issue 14).

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::executor::{ENV, id, patch_config, start_run, with_plugins};
use crate::helpers::{
    TestApp, spawn_app, spawn_app_with, spawn_replicas_with, spawn_server_process_with,
};

fn request_id(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("x-request-id")
        .expect("every answer has X-Request-Id")
        .to_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn every_answer_names_its_request_and_a_problem_names_it_as_its_instance() {
    let app = spawn_app().await;

    // Made by the server when none is given: a UUID, new for each request.
    let first = request_id(&app.get("/projects").await);
    let second = request_id(&app.get("/projects").await);
    assert!(uuid::Uuid::parse_str(&first).is_ok(), "{first}");
    assert_ne!(first, second);

    // A client's plain id is kept, on answers outside the API too.
    for path in [
        "/meltano/core/v2beta/projects",
        "/health",
        "/ready",
        "/openapi.json",
    ] {
        let response = app
            .client
            .get(format!("{}{path}", app.origin))
            .header("X-Request-Id", "lb-7f3a.2:9")
            .send()
            .await
            .unwrap();
        assert_eq!(request_id(&response), "lb-7f3a.2:9", "{path}");
    }
    // One that could forge a log line or is too long is replaced.
    for given in ["two words", "x\"y", &"a".repeat(129)] {
        let response = app
            .request(reqwest::Method::GET, "/projects")
            .header("X-Request-Id", given)
            .send()
            .await
            .unwrap();
        let answered = request_id(&response);
        assert!(
            uuid::Uuid::parse_str(&answered).is_ok(),
            "{given:?} -> {answered}"
        );
    }

    // Problems name their request: the handler's 404, the validator's 400, the router's 404.
    for (path, status) in [
        ("/projects/nope", StatusCode::NOT_FOUND),
        ("/projects?page_size=0", StatusCode::BAD_REQUEST),
        ("/nowhere", StatusCode::NOT_FOUND),
    ] {
        let response = app
            .request(reqwest::Method::GET, path)
            .header("X-Request-Id", "req-1")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{path}");
        assert_eq!(request_id(&response), "req-1");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(
            problem["instance"], "urn:meltano-api:request:req-1",
            "{path}: {problem}"
        );
    }
}

#[tokio::test]
async fn json_logs_carry_the_request_id_and_operation_and_text_logs_have_no_colour_off_a_terminal()
{
    let access = [
        ("MELTANO_API_LOG", "info,meltano_api::access=debug"),
        ("NO_COLOR", ""),
    ];
    let data_dir = tempfile::tempdir().unwrap();
    let server =
        spawn_server_process_with(data_dir.path(), None, &["--log-format", "json"], &access);
    let response = server
        .app
        .request(reqwest::Method::GET, "/projects/nope")
        .header("X-Request-Id", "find-me")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let line = wait_for_line(&server, "find-me").await;
    let entry: Value = serde_json::from_str(&line).expect("a JSON log line");
    assert_eq!(entry["message"], "answered", "{entry}");
    assert_eq!(entry["status"], 404, "{entry}");
    assert_eq!(
        entry["path"], "/meltano/core/v2beta/projects/nope",
        "{entry}"
    );
    assert_eq!(entry["spans"][0]["id"], "find-me", "{entry}");
    assert_eq!(
        entry["spans"][0]["operation"], "getProject",
        "a request's lines say which operation it is: {entry}"
    );
    drop(server);

    // Text, piped (not a terminal) and NO_COLOR empty: no escape codes.
    let data_dir = tempfile::tempdir().unwrap();
    let server = spawn_server_process_with(data_dir.path(), None, &[], &access);
    let _ = server.app.get("/projects").await;
    let line = wait_for_line(&server, "answered").await;
    assert!(!line.contains('\u{1b}'), "no colour codes: {line:?}");
    assert!(
        line.contains("request{id="),
        "the request id is on the line: {line}"
    );
}

async fn wait_for_line(server: &crate::helpers::ServerProcess, needle: &str) -> String {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Some(line) = server.log().into_iter().find(|line| line.contains(needle)) {
            return line;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no log line with {needle:?}: {:?}",
            server.log()
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn health_reports_each_part_and_ready_answers() {
    let app = spawn_app().await;
    // Every task has beaten once its first round is through (the test polls every 100 ms).
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    let response = app.get_beside("/health").await;
    assert_eq!(response.status(), StatusCode::OK);
    let health: Value = response.json().await.unwrap();
    assert_eq!(health["status"], "ok", "{health}");
    assert_eq!(health["database"]["status"], "up", "{health}");
    assert!(
        health["database"]["latency_ms"]
            .as_f64()
            .is_some_and(|ms| ms >= 0.0)
    );
    assert!(health["database"]["checked_at"].is_string(), "{health}");
    let mut names = Vec::new();
    for task in health["tasks"].as_array().unwrap() {
        assert_eq!(task["status"], "up", "{task}");
        names.push(task["name"].as_str().unwrap().to_string());
    }
    names.sort();
    assert_eq!(
        names,
        [
            "executor",
            "heartbeat",
            "log-feed",
            "retention",
            "scheduler",
            "stale-sweep",
            "webhooks"
        ],
        "{health}"
    );
    let ready = app.get_beside("/ready").await;
    assert_eq!(ready.status(), StatusCode::OK);
    assert_eq!(ready.json::<Value>().await.unwrap()["status"], "ready");
}

// ------------------------------------------------------------------------------ waiting

async fn get_run_waiting(app: &TestApp, run: &str, query: &str) -> Value {
    let response = app.get(&format!("{ENV}/runs/{run}?{query}")).await;
    assert_eq!(response.status(), StatusCode::OK, "{query}");
    response.json().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_run_waits_for_the_end_or_for_a_status_to_pass() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    // About 2 s of run: 20 records, one every 0.1 s.
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 20, "sleep_seconds": 0.1 }),
    )
    .await;
    let run = id(&start_run(&app, json!({ "command": "tap target" })).await);

    // While QUEUED: answered once the executor took it.
    let started = get_run_waiting(&app, &run, "wait_seconds=30&wait_while_status=QUEUED").await;
    assert_eq!(started["status"], "RUNNING", "{started}");
    // A wait that runs out answers the run as it is.
    let still = get_run_waiting(&app, &run, "wait_seconds=1&wait_while_status=RUNNING").await;
    assert!(
        matches!(still["status"].as_str(), Some("RUNNING" | "SUCCESS")),
        "{still}"
    );
    // Without a status: until it ends.
    let ended = get_run_waiting(&app, &run, "wait_seconds=30").await;
    assert_eq!(ended["status"], "SUCCESS", "{ended}");
    assert!(ended["end_time"].is_string(), "{ended}");
    // An ended run answers at once, and the bounds are the spec's.
    let again = get_run_waiting(&app, &run, "wait_seconds=50").await;
    assert_eq!(again["status"], "SUCCESS");
    for bad in [
        "wait_seconds=0",
        "wait_seconds=51",
        "wait_seconds=1&wait_while_status=NOPE",
    ] {
        let response = app.get(&format!("{ENV}/runs/{run}?{bad}")).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{bad}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wait_on_one_replica_sees_the_end_of_a_run_another_executes() {
    // The second replica executes nothing: the first executes every run, the second is told
    // of its end by the log feed's poll.
    let (executor, waiter) = spawn_replicas_with(|settings| settings.max_runs = 0).await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(
        &executor,
        dir.path(),
        json!({ "records": 10, "sleep_seconds": 0.1 }),
    )
    .await;
    let run = id(&start_run(&waiter, json!({ "command": "tap target" })).await);
    let ended = get_run_waiting(&waiter, &run, "wait_seconds=30").await;
    assert_eq!(ended["status"], "SUCCESS", "{ended}");
}

// ------------------------------------------------------------------------------ statistics

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_adds_up_what_its_plugins_counted_per_stream_while_it_runs_and_at_the_end() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 7, "metrics": true, "stream": "users", "sleep_seconds": 0.3 }),
    )
    .await;
    patch_config(&app, "target", json!({ "metrics": true })).await;
    let run = id(&start_run(&app, json!({ "command": "tap target" })).await);

    // While it runs: the tap's counters so far (2 every 2 records).
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    let running = loop {
        let seen: Value = app
            .get(&format!("{ENV}/runs/{run}"))
            .await
            .json()
            .await
            .unwrap();
        if seen["status"] == "RUNNING" && !seen["statistics"].is_null() {
            break seen;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no statistics while running: {seen}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    let so_far = running["statistics"]["plugins"][0]["records"]
        .as_u64()
        .unwrap();
    assert!((2..7).contains(&so_far) && so_far % 2 == 0, "{running}");

    let ended = get_run_waiting(&app, &run, "wait_seconds=30").await;
    assert_eq!(ended["status"], "SUCCESS", "{ended}");
    let plugins = ended["statistics"]["plugins"].as_array().unwrap();
    let written = crate::executor::output_ids(dir.path()).len() as u64;
    assert_eq!(written, 7);
    let (tap, target) = (&plugins[0], &plugins[1]);
    assert_eq!(tap["plugin"], "tap");
    assert_eq!(tap["records"], written, "{ended}");
    assert_eq!(tap["streams"][0]["stream"], "users");
    assert_eq!(tap["streams"][0]["records"], written);
    assert!(tap["sync_seconds"].as_f64().unwrap() > 0.0, "{tap}");
    assert_eq!(target["plugin"], "target");
    assert_eq!(target["records"], written, "{ended}");
    // Lists show them too.
    let listed: Value = app.get(&format!("{ENV}/runs")).await.json().await.unwrap();
    let row = listed["runs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == run.as_str())
        .unwrap();
    assert_eq!(row["statistics"], ended["statistics"]);

    // A run whose plugins log no metric has none.
    patch_config(
        &app,
        "tap",
        json!({ "metrics": null, "sleep_seconds": null, "records": 1 }),
    )
    .await;
    patch_config(&app, "target", json!({ "metrics": null })).await;
    let quiet = id(&start_run(
        &app,
        json!({ "command": "tap target", "full_refresh": true }),
    )
    .await);
    let quiet = get_run_waiting(&app, &quiet, "wait_seconds=30").await;
    assert_eq!(quiet["status"], "SUCCESS", "{quiet}");
    assert!(quiet["statistics"].is_null(), "{quiet}");
}

// ------------------------------------------------------------------------------ metrics

/// The value of the sample `name` (counters also as `name_total`) with these labels; 0 when the
/// scrape has none.
fn sample(scrape: &prometheus_parse::Scrape, name: &str, labels: &[(&str, &str)]) -> f64 {
    let total = format!("{name}_total");
    scrape
        .samples
        .iter()
        .filter(|s| s.metric == name || s.metric == total)
        .filter(|s| labels.iter().all(|(k, v)| s.labels.get(k) == Some(*v)))
        .map(|s| match &s.value {
            prometheus_parse::Value::Counter(v)
            | prometheus_parse::Value::Gauge(v)
            | prometheus_parse::Value::Untyped(v) => *v,
            prometheus_parse::Value::Histogram(buckets) => {
                buckets.iter().map(|b| b.count).fold(0.0, f64::max)
            }
            prometheus_parse::Value::Summary(_) => 0.0,
        })
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_are_scraped_in_the_prometheus_format_behind_the_api_tokens() {
    let app = spawn_app_with(|s| {
        s.tokens = vec!["rw-token".into()];
        s.read_only_tokens = vec!["ro-token".into()];
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 7, "metrics": true })).await;
    assert_eq!(
        app.get("/projects/nope").await.status(),
        StatusCode::NOT_FOUND
    );
    for _ in 0..3 {
        assert_eq!(app.get("/projects").await.status(), StatusCode::OK);
    }
    let run = id(&start_run(&app, json!({ "command": "tap target" })).await);
    let ended = get_run_waiting(&app, &run, "wait_seconds=30").await;
    assert_eq!(ended["status"], "SUCCESS", "{ended}");

    let url = format!("{}/metrics", app.origin);
    let anonymous = app.client.get(&url).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let response = app
        .client
        .get(&url)
        .bearer_auth("ro-token")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    let scrape = prometheus_parse::Scrape::parse(text.lines().map(|l| Ok(l.to_string())))
        .expect("the Prometheus text format");

    let requests = "meltano_api_http_requests";
    assert_eq!(
        sample(
            &scrape,
            requests,
            &[("operation", "listProjects"), ("status", "200")]
        ),
        3.0,
        "{text}"
    );
    assert_eq!(
        sample(
            &scrape,
            requests,
            &[("operation", "getProject"), ("status", "404")]
        ),
        1.0
    );
    assert!(
        sample(
            &scrape,
            "meltano_api_http_request_duration_seconds_count",
            &[("operation", "listProjects")]
        ) >= 3.0
            || sample(
                &scrape,
                "meltano_api_http_request_duration_seconds",
                &[("operation", "listProjects")]
            ) >= 3.0,
        "{text}"
    );
    assert_eq!(
        sample(
            &scrape,
            "meltano_api_runs_ended",
            &[("kind", "RUN"), ("status", "SUCCESS")]
        ),
        1.0,
        "{text}"
    );
    assert_eq!(
        sample(&scrape, "meltano_api_records", &[("plugin", "tap")]),
        7.0,
        "{text}"
    );
    assert_eq!(
        sample(&scrape, "meltano_api_runs", &[("status", "QUEUED")]),
        0.0
    );
    assert!(
        text.contains("meltano_api_runs{status=\"RUNNING\"} 0"),
        "{text}"
    );
    assert!(
        text.contains("meltano_api_schedule_firings_total 0"),
        "{text}"
    );
    assert!(
        text.contains("meltano_api_database_connections{pool=\"reads\",state=\"idle\"}")
            || text.contains("meltano_api_database_connections{pool=\"all\",state=\"idle\"}"),
        "{text}"
    );
    assert!(
        text.contains("meltano_api_run_duration_seconds_count{kind=\"RUN\"} 1"),
        "{text}"
    );
}
