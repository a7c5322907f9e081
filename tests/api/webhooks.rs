//! Webhooks (issue 14): a real HTTP receiver started by each test checks what arrives: signed
//! deliveries of the run events a webhook wants, retries after a failure, and one delivery per
//! event however many replicas share the database.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode as AxumStatus};
use base64::Engine;
use hmac::{Hmac, Mac};
use reqwest::StatusCode;
use serde_json::{Value, json};
use sha2::Sha256;

use crate::executor::{ENV, id, start_run, with_plugins};
use crate::helpers::{TestApp, assert_problem, spawn_app_with, spawn_replicas, wait_for_run};

const SECRET: &str = "a-plain-secret-of-thirty-two-chars";

/// One request the receiver got.
#[derive(Debug, Clone)]
struct Received {
    id: String,
    timestamp: String,
    signature: String,
    body: Value,
    raw: Vec<u8>,
}

/// An HTTP receiver on a random port: it records every request and answers each with the next
/// of `answers` (then `200` for ever).
struct Receiver {
    url: String,
    received: Arc<Mutex<Vec<Received>>>,
}

#[derive(Clone)]
struct ReceiverState {
    received: Arc<Mutex<Vec<Received>>>,
    answers: Arc<Mutex<Vec<u16>>>,
}

async fn receive(
    State(state): State<ReceiverState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> AxumStatus {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    state.received.lock().unwrap().push(Received {
        id: header("webhook-id"),
        timestamp: header("webhook-timestamp"),
        signature: header("webhook-signature"),
        body: serde_json::from_slice(&body).unwrap_or(Value::Null),
        raw: body.to_vec(),
    });
    let mut answers = state.answers.lock().unwrap();
    let answer = if answers.is_empty() {
        200
    } else {
        answers.remove(0)
    };
    AxumStatus::from_u16(answer).unwrap()
}

impl Receiver {
    async fn start(answers: Vec<u16>) -> Self {
        let received = Arc::new(Mutex::new(Vec::new()));
        let state = ReceiverState {
            received: received.clone(),
            answers: Arc::new(Mutex::new(answers)),
        };
        let app = axum::Router::new()
            .route("/hook", axum::routing::post(receive))
            .with_state(state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { url, received }
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// Waits until at least `count` requests arrived (at most 30 s), and answers them all.
    async fn wait_for(&self, count: usize) -> Vec<Received> {
        for _ in 0..300 {
            if self.received().len() >= count {
                return self.received();
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{count} deliveries expected, got {:?}", self.received());
    }
}

/// The Standard Webhooks signature of `received`, computed here from the secret.
fn expected_signature(secret: &[u8], received: &Received) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).unwrap();
    mac.update(format!("{}.{}.", received.id, received.timestamp).as_bytes());
    mac.update(&received.raw);
    format!(
        "v1,{}",
        base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
    )
}

async fn create_webhook(app: &TestApp, body: Value) -> Value {
    let response = app.post_json("/projects/acme/webhooks", &body).await;
    let status = response.status();
    let created: Value = response.json().await.unwrap();
    assert_eq!(status, StatusCode::CREATED, "{created}");
    created
}

async fn deliveries(app: &TestApp, webhook: &str) -> Vec<Value> {
    let response = app
        .get(&format!("/projects/acme/webhooks/{webhook}/deliveries"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let page: Value = response.json().await.unwrap();
    page["deliveries"].as_array().unwrap().clone()
}

/// Waits until every delivery of `webhook` is done with (at most 30 s).
async fn settled_deliveries(app: &TestApp, webhook: &str, count: usize) -> Vec<Value> {
    for _ in 0..300 {
        let list = deliveries(app, webhook).await;
        if list.len() >= count && list.iter().all(|d| d["status"] != "PENDING") {
            return list;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "deliveries of {webhook} did not settle: {:?}",
        deliveries(app, webhook).await
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_wanted_run_event_is_delivered_signed_and_recorded() {
    let app = spawn_app_with(|_| {}).await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 3 })).await;
    let receiver = Receiver::start(vec![]).await;
    let created = create_webhook(
        &app,
        json!({
            "name": "all", "url": receiver.url, "secret": SECRET,
            "events": ["run.queued", "run.started", "run.ended"],
        }),
    )
    .await;
    // The secret is written, never answered.
    assert!(created.get("secret").is_none(), "{created}");
    assert_eq!(
        created["events"],
        json!(["run.queued", "run.started", "run.ended"])
    );
    // Another webhook wants only failures: a success makes it no delivery.
    create_webhook(
        &app,
        json!({ "name": "failures", "url": receiver.url, "secret": SECRET, "statuses": ["FAIL"] }),
    )
    .await;

    let run = id(&start_run(&app, json!({ "command": "tap target" })).await);
    let ended = wait_for_run(&app, ENV, &run).await;
    assert_eq!(ended["status"], "SUCCESS", "{ended}");

    let received = receiver.wait_for(3).await;
    let mut types = Vec::new();
    for delivery in &received {
        assert_eq!(
            delivery.signature,
            expected_signature(SECRET.as_bytes(), delivery),
            "{delivery:?}"
        );
        let age = chrono::Utc::now().timestamp() - delivery.timestamp.parse::<i64>().unwrap();
        assert!((0..60).contains(&age), "a current timestamp: {delivery:?}");
        assert_eq!(delivery.body["id"], delivery.id.as_str());
        assert_eq!(delivery.body["webhook"], "all");
        assert_eq!(delivery.body["project"], "acme");
        assert_eq!(delivery.body["env"], "dev");
        assert_eq!(delivery.body["run"]["id"], run.as_str());
        types.push((
            delivery.body["type"].as_str().unwrap().to_string(),
            delivery.body["run"]["status"].as_str().unwrap().to_string(),
        ));
    }
    types.sort();
    assert_eq!(
        types,
        [
            ("run.ended".to_string(), "SUCCESS".to_string()),
            ("run.queued".to_string(), "QUEUED".to_string()),
            ("run.started".to_string(), "RUNNING".to_string()),
        ]
    );
    let ended_event = received
        .iter()
        .find(|d| d.body["type"] == "run.ended")
        .unwrap();
    // The run as it ended: its timings and what its plugins counted.
    assert!(ended_event.body["run"]["end_time"].is_string());
    assert_eq!(
        ended_event.body["run"]["statistics"], ended["statistics"],
        "{}",
        ended_event.body
    );

    let recorded = settled_deliveries(&app, "all", 3).await;
    for delivery in &recorded {
        assert_eq!(delivery["status"], "DELIVERED", "{delivery}");
        assert_eq!(delivery["attempts"], 1, "{delivery}");
        assert_eq!(delivery["response_status"], 200, "{delivery}");
        assert_eq!(delivery["run"], run.as_str());
    }
    assert!(deliveries(&app, "failures").await.is_empty());
    // Nothing answered holds the secret.
    for path in [
        "/projects/acme/webhooks",
        "/projects/acme/webhooks/all",
        "/projects/acme/webhooks/all/deliveries",
    ] {
        let text = app.get(path).await.text().await.unwrap();
        assert!(!text.contains(SECRET), "{path}: {text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_delivery_is_tried_again_until_answered_and_given_up_after_ten() {
    let app = spawn_app_with(|settings| settings.webhook_backoff_ms = 1).await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 1 })).await;
    // One receiver fails twice, then answers; the other always fails.
    let flaky = Receiver::start(vec![500, 503]).await;
    let broken = Receiver::start(vec![500; 100]).await;
    // A Standard Webhooks secret: its key is the decoded bytes.
    let key = [42u8; 32];
    let standard = format!(
        "whsec_{}",
        base64::engine::general_purpose::STANDARD.encode(key)
    );
    create_webhook(
        &app,
        json!({ "name": "flaky", "url": flaky.url, "secret": standard }),
    )
    .await;
    create_webhook(
        &app,
        json!({ "name": "broken", "url": broken.url, "secret": SECRET }),
    )
    .await;

    let run = id(&start_run(&app, json!({ "command": "tap target" })).await);
    wait_for_run(&app, ENV, &run).await;

    let attempts = flaky.wait_for(3).await;
    // The same delivery each time (one id), each attempt signed afresh.
    assert!(
        attempts.iter().all(|a| a.id == attempts[0].id),
        "{attempts:?}"
    );
    for attempt in &attempts {
        assert_eq!(attempt.signature, expected_signature(&key, attempt));
    }
    let flaky_record = settled_deliveries(&app, "flaky", 1).await;
    assert_eq!(flaky_record[0]["status"], "DELIVERED", "{flaky_record:?}");
    assert_eq!(flaky_record[0]["attempts"], 3);
    assert_eq!(flaky_record[0]["response_status"], 200);

    let broken_record = settled_deliveries(&app, "broken", 1).await;
    assert_eq!(broken_record[0]["status"], "FAILED", "{broken_record:?}");
    assert_eq!(broken_record[0]["attempts"], 10);
    assert_eq!(broken_record[0]["response_status"], 500);
    assert!(
        broken_record[0]["last_error"]
            .as_str()
            .is_some_and(|e| e.contains("500")),
        "{broken_record:?}"
    );
    assert!(broken_record[0]["next_attempt_time"].is_null());
    assert_eq!(broken.received().len(), 10);
    // Only `FAILED` ones when asked.
    let response = app
        .get("/projects/acme/webhooks/flaky/deliveries?status=FAILED")
        .await;
    let page: Value = response.json().await.unwrap();
    assert_eq!(page["deliveries"], json!([]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_deliver_each_event_exactly_once() {
    let (a, b) = spawn_replicas().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&a, dir.path(), json!({ "records": 1 })).await;
    let receiver = Receiver::start(vec![]).await;
    create_webhook(
        &a,
        json!({
            "name": "all", "url": receiver.url, "secret": SECRET,
            "events": ["run.queued", "run.started", "run.ended"],
        }),
    )
    .await;
    const RUNS: usize = 12;
    let mut runs = Vec::new();
    for n in 0..RUNS {
        let app = if n % 2 == 0 { &a } else { &b };
        let run = start_run(app, json!({ "command": "tap target", "force": true })).await;
        runs.push(id(&run));
    }
    for run in &runs {
        wait_for_run(&a, ENV, run).await;
    }
    let expected = RUNS * 3;
    receiver.wait_for(expected).await;
    // Both deliverers have had time to take anything left over twice, had it been.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let received = receiver.received();
    assert_eq!(received.len(), expected, "{received:?}");
    let mut ids: Vec<_> = received.iter().map(|r| r.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), expected, "a delivery id arrived twice");
    let mut events: Vec<_> = received
        .iter()
        .map(|r| {
            (
                r.body["run"]["id"].as_str().unwrap().to_string(),
                r.body["type"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    events.sort();
    events.dedup();
    assert_eq!(events.len(), expected, "one delivery per run and event");
    for delivery in settled_deliveries(&b, "all", expected).await {
        assert_eq!(delivery["attempts"], 1, "{delivery}");
    }
}

#[tokio::test]
async fn webhooks_are_checked_paused_and_deleted_with_their_deliveries() {
    let app = spawn_app_with(|_| {}).await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 1 })).await;
    let receiver = Receiver::start(vec![]).await;
    let bad = [
        (
            json!({ "name": "w", "url": "https://999.1.1.1/x", "secret": SECRET }),
            "/url",
        ),
        (
            json!({ "name": "w", "url": receiver.url, "secret": "whsec_dG9vc2hvcnQ=AAAAAAAAAAAAAA" }),
            "/secret",
        ),
    ];
    for (body, pointer) in bad {
        let response = app.post_json("/projects/acme/webhooks", &body).await;
        let problem = assert_problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{problem}");
        let text = problem.to_string();
        assert!(!text.contains("dG9vc2hvcnQ"), "{text}");
    }
    // Too short a secret, a URL with a password in it, or no http(s) URL, is the spec's to
    // refuse; the answer never repeats the values.
    for body in [
        json!({ "name": "w", "url": receiver.url, "secret": "short-but-SECRET" }),
        json!({ "name": "w", "url": "https://user:hunter2@example.com/x", "secret": SECRET }),
        json!({ "name": "w", "url": "ftp://example.com/x", "secret": SECRET }),
    ] {
        let response = app.post_json("/projects/acme/webhooks", &body).await;
        let problem = assert_problem(response, StatusCode::BAD_REQUEST).await;
        let text = problem.to_string();
        assert!(
            !text.contains("short-but-SECRET")
                && !text.contains("hunter2")
                && !text.contains(SECRET),
            "{text}"
        );
    }

    create_webhook(
        &app,
        json!({ "name": "w", "url": receiver.url, "secret": SECRET }),
    )
    .await;
    let taken = json!({ "name": "w", "url": receiver.url, "secret": SECRET });
    assert_problem(
        app.post_json("/projects/acme/webhooks", &taken).await,
        StatusCode::CONFLICT,
    )
    .await;
    // Paused: a run's end makes no delivery.
    let paused = app
        .patch_json("/projects/acme/webhooks/w", &json!({ "paused": true }))
        .await;
    assert_eq!(paused.status(), StatusCode::OK);
    let run = id(&start_run(&app, json!({ "command": "tap target" })).await);
    wait_for_run(&app, ENV, &run).await;
    assert!(deliveries(&app, "w").await.is_empty());
    // Resumed, with the secret rotated and a job filter the next run does not match, then
    // cleared: only the run after that is delivered, signed with the new secret.
    let rotated = "another-secret-of-24-chars-or-more";
    let patched = app
        .patch_json(
            "/projects/acme/webhooks/w",
            &json!({ "paused": false, "secret": rotated, "job": "nightly" }),
        )
        .await;
    let patched: Value = patched.json().await.unwrap();
    assert_eq!(patched["job"], "nightly", "{patched}");
    assert!(patched.get("secret").is_none());
    let run = id(&start_run(&app, json!({ "command": "tap target" })).await);
    wait_for_run(&app, ENV, &run).await;
    assert!(deliveries(&app, "w").await.is_empty());
    let replaced = app
        .put_json(
            "/projects/acme/webhooks/w",
            &json!({ "url": receiver.url, "events": ["run.ended"] }),
        )
        .await;
    assert_eq!(replaced.status(), StatusCode::OK);
    let run = id(&start_run(&app, json!({ "command": "tap target" })).await);
    wait_for_run(&app, ENV, &run).await;
    let received = receiver.wait_for(1).await;
    assert_eq!(received[0].body["run"]["id"], run.as_str());
    assert_eq!(
        received[0].signature,
        expected_signature(rotated.as_bytes(), &received[0])
    );
    assert_eq!(settled_deliveries(&app, "w", 1).await.len(), 1);

    assert_eq!(
        app.delete("/projects/acme/webhooks/w").await.status(),
        StatusCode::NO_CONTENT
    );
    assert_problem(
        app.get("/projects/acme/webhooks/w/deliveries").await,
        StatusCode::NOT_FOUND,
    )
    .await;
    // A webhook made again under the name starts with no deliveries.
    create_webhook(
        &app,
        json!({ "name": "w", "url": receiver.url, "secret": SECRET, "paused": true }),
    )
    .await;
    assert!(deliveries(&app, "w").await.is_empty());
}
