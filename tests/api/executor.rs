//! The run executor, end to end: the Singer fixtures of `tests/fixtures` run as plugins, and the
//! tests look at what they wrote, the state captured, the logs, and the processes left behind.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use tokio::time::Instant;

use crate::helpers::{
    TestApp, assert_problem, fixture, fresh_database_url, spawn_app, spawn_app_with,
    spawn_replicas, spawn_server_process, wait_for_run, wait_for_run_within,
};

pub(crate) const ENV: &str = "/projects/acme/envs/dev";
pub(crate) const STATE_ID: &str = "dev:tap-to-target";

// ------------------------------------------------------------------------------ helpers

/// Creates acme/dev with the fixtures as plugins: `tap` (an extractor with capability `state` and
/// `tap_config`), `target` (appending records to `dir/out.jsonl`) and `mapper`.
pub(crate) async fn with_plugins(app: &TestApp, dir: &Path, tap_config: Value) {
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    for plugin in [
        json!({
            "name": "tap", "plugin_type": "extractors", "executable": fixture("tap.py"),
            "capabilities": ["state"], "config": tap_config
        }),
        json!({
            "name": "target", "plugin_type": "loaders", "executable": fixture("target.py"),
            "config": { "output": dir.join("out.jsonl") }
        }),
        json!({ "name": "mapper", "plugin_type": "mappers", "executable": fixture("mapper.py") }),
    ] {
        let response = app.post_json(&format!("{ENV}/plugins"), &plugin).await;
        let status = response.status();
        let body = response.text().await.unwrap_or_default();
        assert_eq!(
            status,
            StatusCode::CREATED,
            "creating plugin {}: {body}",
            plugin["name"]
        );
    }
}

/// Merges `config` into plugin `name`'s config (JSON Merge Patch: `null` removes a key).
pub(crate) async fn patch_config(app: &TestApp, name: &str, config: Value) {
    let response = app
        .patch_json(
            &format!("{ENV}/plugins/{name}"),
            &json!({ "config": config }),
        )
        .await;
    let status = response.status();
    let body = response.text().await.unwrap_or_default();
    assert_eq!(status, StatusCode::OK, "patching {name}'s config: {body}");
}

pub(crate) fn id(run: &Value) -> String {
    run["id"]
        .as_str()
        .unwrap_or_else(|| panic!("a run with an id: {run}"))
        .to_string()
}

/// POST `{ENV}/runs`: asserts a 201 with a Location of the run, and answers the run.
pub(crate) async fn start_run(app: &TestApp, body: Value) -> Value {
    let response = app.post_json(&format!("{ENV}/runs"), &body).await;
    let status = response.status();
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let run: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(status, StatusCode::CREATED, "starting {body}: {run}");
    let run_id = id(&run);
    assert!(
        location
            .as_deref()
            .is_some_and(|l| l.ends_with(&format!("{ENV}/runs/{run_id}"))),
        "Location of run {run_id}: {location:?}"
    );
    run
}

/// Starts a run, waits for its end and asserts it ended with `status`.
pub(crate) async fn run_to_end(app: &TestApp, body: Value, status: &str) -> Value {
    let run = start_run(app, body).await;
    let ended = wait_for_run(app, ENV, &id(&run)).await;
    assert_ended(app, &ended, status).await;
    ended
}

/// Asserts that `run` has `status`; otherwise panics with the run and its log.
async fn assert_ended(app: &TestApp, run: &Value, status: &str) {
    if run["status"] != status {
        let log: Vec<String> = logs(app, &id(run))
            .await
            .iter()
            .map(|l| format!("{} {} {}", l["plugin"], l["stream"], l["text"]))
            .collect();
        panic!(
            "run ended {} instead of {status}: {run}\nits log:\n{}",
            run["status"],
            log.join("\n")
        );
    }
    assert!(
        run["end_time"].is_string(),
        "an ended run has an end_time: {run}"
    );
}

/// POST `{ENV}/runs/{id}/cancel` (no body).
async fn cancel(app: &TestApp, run_id: &str) -> reqwest::Response {
    app.request(Method::POST, &format!("{ENV}/runs/{run_id}/cancel"))
        .send()
        .await
        .expect("request sent")
}

/// Every log line of a run (one page of up to 1000).
pub(crate) async fn logs(app: &TestApp, run_id: &str) -> Vec<Value> {
    let response = app
        .get(&format!("{ENV}/runs/{run_id}/logs?page_size=1000"))
        .await;
    assert_eq!(response.status(), StatusCode::OK, "logs of run {run_id}");
    let page: Value = response.json().await.unwrap();
    page["lines"].as_array().expect("lines").clone()
}

pub(crate) fn texts_of(lines: &[Value], plugin: &str) -> Vec<String> {
    lines
        .iter()
        .filter(|l| l["plugin"] == plugin)
        .filter_map(|l| l["text"].as_str().map(str::to_string))
        .collect()
}

fn seqs(lines: &[Value]) -> Vec<i64> {
    lines
        .iter()
        .map(|l| l["seq"].as_i64().unwrap_or_else(|| panic!("seq of {l}")))
        .collect()
}

/// The state of `state_id`, or `None` when it was never written (404).
pub(crate) async fn state_of(app: &TestApp, state_id: &str) -> Option<Value> {
    let response = app.get(&format!("{ENV}/state/{state_id}")).await;
    match response.status() {
        StatusCode::NOT_FOUND => None,
        StatusCode::OK => Some(response.json().await.unwrap()),
        other => panic!("GET state {state_id}: {other}"),
    }
}

async fn state(app: &TestApp) -> Value {
    state_of(app, STATE_ID)
        .await
        .unwrap_or_else(|| panic!("state {STATE_ID} was written"))
}

fn singer(bookmarks: Value) -> Value {
    json!({ "singer_state": { "bookmarks": bookmarks } })
}

/// The fixture tap's state after record `last_id` of stream `items`.
fn items(last_id: i64) -> Value {
    singer(json!({ "items": { "last_id": last_id } }))
}

/// Partial state once committed: absent, `null` or `{}`.
fn is_cleared(partial: &Value) -> bool {
    partial.is_null() || *partial == json!({})
}

/// The ids of the records the fixture target wrote to `dir/out.jsonl`, in order.
pub(crate) fn output_ids(dir: &Path) -> Vec<i64> {
    let Ok(text) = std::fs::read_to_string(dir.join("out.jsonl")) else {
        return Vec::new();
    };
    text.lines()
        .map(|line| {
            let record: Value = serde_json::from_str(line).expect("a JSON record line");
            record["id"].as_i64().expect("a record id")
        })
        .collect()
}

pub(crate) fn ledger_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

/// Whether process `pid` has exited: no `/proc/<pid>`, or a zombie waiting to be reaped.
pub(crate) fn is_gone(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(stat) => stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.trim_start().chars().next())
            .is_some_and(|state| state == 'Z' || state == 'X'),
    }
}

/// The pids the fixture tap wrote to its `pid_file`: its own and its `sleep 300` child's.
pub(crate) fn read_pids(path: &Path) -> Option<(u32, u32)> {
    let pids: Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    Some((
        u32::try_from(pids["tap"].as_u64()?).ok()?,
        u32::try_from(pids["child"].as_u64()?).ok()?,
    ))
}

/// SIGKILLs, when dropped, the fixture processes of a pid file that are still alive (checking
/// that each pid is still a fixture, `tap.py` or `sleep`), so no test leaves any behind.
pub(crate) struct Reaper(pub(crate) PathBuf);

impl Drop for Reaper {
    fn drop(&mut self) {
        let Some((tap, child)) = read_pids(&self.0) else {
            return;
        };
        for pid in [tap, child] {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let cmdline = String::from_utf8_lossy(&cmdline);
            if cmdline.contains("tap.py") || cmdline.starts_with("sleep") {
                let _ = std::process::Command::new("kill")
                    .args(["-9", &pid.to_string()])
                    .status();
            }
        }
    }
}

/// Polls until the pid file exists and the run has captured some state (a partial state), or
/// panics after 15 s.
pub(crate) async fn wait_for_tap_and_partial_state(app: &TestApp, pid_file: &Path, state_id: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let partial = state_of(app, state_id)
            .await
            .map(|s| s["partial"].clone())
            .unwrap_or(Value::Null);
        if read_pids(pid_file).is_some() && !is_cleared(&partial) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "within 15 s the tap wrote its pid file ({}) and a partial state was captured ({partial})",
            pid_file.exists()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

// ------------------------------------------------------------------------------ runs and state

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_moves_records_commits_state_and_the_next_resumes() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 3 })).await;

    let run = start_run(&app, json!({ "command": "tap target" })).await;
    assert_eq!(
        (
            run["kind"].as_str(),
            run["trigger"].as_str(),
            run["command"].as_str(),
            run["job"].clone()
        ),
        (Some("RUN"), Some("api"), Some("tap target"), Value::Null)
    );
    assert_eq!(run["state_ids"], json!([STATE_ID]));
    assert!(
        matches!(run["status"].as_str(), Some("QUEUED" | "RUNNING")),
        "a new run is QUEUED or RUNNING: {run}"
    );
    let ended = wait_for_run(&app, ENV, &id(&run)).await;
    assert_ended(&app, &ended, "SUCCESS").await;
    assert_eq!(ended["error"], Value::Null);
    assert!(ended["start_time"].is_string(), "{ended}");
    assert_eq!(output_ids(dir.path()), [1, 2, 3]);
    let committed = state(&app).await;
    assert_eq!(committed["completed"], items(3));
    assert!(is_cleared(&committed["partial"]), "{committed}");
    assert_eq!(committed["effective"], items(3));

    // The next run gets the state: only the new records.
    patch_config(&app, "tap", json!({ "records": 5 })).await;
    let resumed = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    assert!(
        texts_of(&logs(&app, &id(&resumed)).await, "tap")
            .contains(&"tap: starting after id 3".into()),
        "the tap was given the state"
    );
    assert_eq!(output_ids(dir.path()), [1, 2, 3, 4, 5]);
    assert_eq!(state(&app).await["completed"], items(5));

    // A full refresh gets no state: every record again.
    let refresh = start_run(
        &app,
        json!({ "command": "tap target", "full_refresh": true }),
    )
    .await;
    assert_eq!(refresh["options"]["full_refresh"], true);
    let refresh = wait_for_run(&app, ENV, &id(&refresh)).await;
    assert_ended(&app, &refresh, "SUCCESS").await;
    assert!(
        texts_of(&logs(&app, &id(&refresh)).await, "tap")
            .contains(&"tap: starting after id 0".into()),
        "a full refresh gives the tap no state"
    );
    assert_eq!(output_ids(dir.path()), [1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    assert_eq!(state(&app).await["completed"], items(5));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn state_strategies_merge_or_overwrite_the_completed_state() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 2 })).await;
    let run = |options: Value| {
        let mut body = json!({ "command": "tap target" });
        body.as_object_mut()
            .unwrap()
            .extend(options.as_object().unwrap().clone());
        body
    };
    let bookmark = json!({ "last_id": 2 });

    run_to_end(&app, run(json!({})), "SUCCESS").await;
    assert_eq!(state(&app).await["completed"], items(2));

    // merge: the new stream's bookmark joins the old one.
    patch_config(&app, "tap", json!({ "stream": "other" })).await;
    run_to_end(&app, run(json!({ "state_strategy": "merge" })), "SUCCESS").await;
    let merged = state(&app).await;
    assert_eq!(
        merged["completed"],
        singer(json!({ "items": bookmark, "other": bookmark }))
    );
    assert!(is_cleared(&merged["partial"]), "{merged}");

    // overwrite: only the last run's state remains.
    patch_config(&app, "tap", json!({ "stream": "third" })).await;
    run_to_end(
        &app,
        run(json!({ "state_strategy": "overwrite" })),
        "SUCCESS",
    )
    .await;
    assert_eq!(
        state(&app).await["completed"],
        singer(json!({ "third": bookmark }))
    );

    // auto overwrites...
    patch_config(&app, "tap", json!({ "stream": "other" })).await;
    run_to_end(&app, run(json!({ "state_strategy": "auto" })), "SUCCESS").await;
    assert_eq!(
        state(&app).await["completed"],
        singer(json!({ "other": bookmark }))
    );

    // ...except under a full refresh, where it merges.
    patch_config(&app, "tap", json!({ "stream": "items" })).await;
    run_to_end(&app, run(json!({ "full_refresh": true })), "SUCCESS").await;
    assert_eq!(
        state(&app).await["completed"],
        singer(json!({ "other": bookmark, "items": bookmark }))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_target_fails_the_run_and_its_partial_state_is_kept() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 3 })).await;
    // The target writes record 1, prints its state, writes record 2 and exits 1.
    patch_config(&app, "target", json!({ "fail_after": 2 })).await;

    let failed = run_to_end(&app, json!({ "command": "tap target" }), "FAIL").await;
    let error = failed["error"].as_str().unwrap_or_default().to_lowercase();
    assert!(
        error.contains("target") && error.contains("exit"),
        "the error names the plugin and its exit: {failed}"
    );
    assert!(
        texts_of(&logs(&app, &id(&failed)).await, "target")
            .contains(&"target: error: failing on purpose after 2 records".into()),
        "the target's stderr is in the log"
    );
    let kept = state(&app).await;
    assert_eq!(
        (kept["completed"].clone(), kept["partial"].clone()),
        (Value::Null, items(1)),
        "nothing is committed, the captured state stays partial"
    );
    assert_eq!(kept["effective"], items(1));

    // The next run resumes from the partial state and commits.
    patch_config(&app, "target", json!({ "fail_after": null })).await;
    let resumed = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    assert!(
        texts_of(&logs(&app, &id(&resumed)).await, "tap")
            .contains(&"tap: starting after id 1".into()),
        "the effective state includes the partial one"
    );
    assert_eq!(output_ids(dir.path()), [1, 2, 2, 3]);
    let committed = state(&app).await;
    assert_eq!(committed["completed"], items(3));
    assert!(is_cleared(&committed["partial"]), "{committed}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_tap_fails_the_run_and_leaves_the_completed_state() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 2 })).await;
    run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;

    // Records 3 and 4 (with their states), then exit 1.
    patch_config(&app, "tap", json!({ "records": 6, "fail_after": 2 })).await;
    let failed = run_to_end(&app, json!({ "command": "tap target" }), "FAIL").await;
    let error = failed["error"].as_str().unwrap_or_default().to_lowercase();
    assert!(
        error.contains("tap") && error.contains("exit"),
        "the error names the plugin and its exit: {failed}"
    );
    assert!(
        texts_of(&logs(&app, &id(&failed)).await, "tap")
            .contains(&"tap: error: failing on purpose after 2 records".into()),
        "the tap's stderr is in the log"
    );
    let kept = state(&app).await;
    assert_eq!(kept["completed"], items(2), "completed is left as it was");
    // Whether the target got to print the states of records 3 and 4 before the run ended depends
    // on when the executor stops it; whatever was captured is kept.
    assert!(
        is_cleared(&kept["partial"]) || kept["partial"] == items(3) || kept["partial"] == items(4),
        "partial is a state of this run, if any: {kept}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_state_update_reads_state_but_writes_none() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 3 })).await;
    let set = app
        .put_json(
            &format!("{ENV}/state/{STATE_ID}"),
            &json!({ "completed": items(1) }),
        )
        .await;
    assert_eq!(set.status(), StatusCode::OK);

    let run = start_run(
        &app,
        json!({ "command": "tap target", "no_state_update": true }),
    )
    .await;
    assert_eq!(run["options"]["no_state_update"], true);
    let ended = wait_for_run(&app, ENV, &id(&run)).await;
    assert_ended(&app, &ended, "SUCCESS").await;
    assert_eq!(
        output_ids(dir.path()),
        [2, 3],
        "the tap was given the state"
    );
    let unchanged = state(&app).await;
    assert_eq!(
        (
            unchanged["completed"].clone(),
            is_cleared(&unchanged["partial"])
        ),
        (items(1), true),
        "no state written: {unchanged}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mapper_passes_messages_from_tap_to_target() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 3 })).await;
    let run = start_run(&app, json!({ "command": "tap mapper target" })).await;
    assert_eq!(
        run["state_ids"],
        json!([STATE_ID]),
        "mappers are not in the state id"
    );
    let ended = wait_for_run(&app, ENV, &id(&run)).await;
    assert_ended(&app, &ended, "SUCCESS").await;
    assert_eq!(output_ids(dir.path()), [1, 2, 3]);
    assert_eq!(
        texts_of(&logs(&app, &id(&run)).await, "mapper"),
        ["mapper: passing messages through"]
    );
    assert_eq!(state(&app).await["completed"], items(3));
}

/// Meltano's mappings: a task names a mapping, and its mapper runs with the mapping's config
/// over its own; the mapping's secrets are the mapper's, never shown; names stay unambiguous.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mapping_runs_its_mapper_with_its_config() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 2 })).await;
    let mappings = json!({
        "settings": [{ "name": "tag" }, { "name": "api_key", "sensitive": true }],
        "config": { "tag": "own" },
        "mappings": [
            { "name": "tag-a", "config": { "tag": "a", "api_key": "mapping-secret-1" } },
            { "name": "tag-b", "config": { "tag": "b" } }
        ]
    });
    let patched = app
        .patch_json(&format!("{ENV}/plugins/mapper"), &mappings)
        .await;
    assert_eq!(patched.status(), StatusCode::OK);
    let shown: Value = patched.json().await.unwrap();
    assert_eq!(shown["mappings"][1], mappings["mappings"][1]);
    assert_eq!(shown["mappings"][0]["config"]["tag"], "a");
    assert_ne!(
        shown["mappings"][0]["config"]["api_key"],
        "mapping-secret-1"
    );
    assert!(!shown.to_string().contains("mapping-secret-1"), "{shown}");

    let tags = |dir: &Path| -> Vec<String> {
        std::fs::read_to_string(dir.join("out.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|line| serde_json::from_str::<Value>(line).unwrap()["mapped_by"].to_string())
            .collect()
    };
    for (command, tag) in [
        ("tap tag-b target", "\"b\""),
        ("tap mapper target", "\"own\""),
    ] {
        let _ = std::fs::remove_file(dir.path().join("out.jsonl"));
        run_to_end(
            &app,
            json!({ "command": command, "full_refresh": true }),
            "SUCCESS",
        )
        .await;
        assert_eq!(tags(dir.path()), [tag, tag], "{command}");
    }
    // A job names the mapping too, and its state id stays the extractor's and loader's.
    let job = app
        .post_json(
            &format!("{ENV}/jobs"),
            &json!({ "name": "masked", "tasks": ["tap tag-a target"] }),
        )
        .await;
    assert_eq!(
        job.status(),
        StatusCode::CREATED,
        "{}",
        job.text().await.unwrap()
    );
    let started = app
        .post_json(
            &format!("{ENV}/jobs/masked/runs"),
            &json!({ "full_refresh": true }),
        )
        .await;
    assert_eq!(started.status(), StatusCode::CREATED);
    let run: Value = started.json().await.unwrap();
    assert_eq!(run["state_ids"], json!([STATE_ID]));
    let ended = wait_for_run(&app, ENV, &id(&run)).await;
    assert_ended(&app, &ended, "SUCCESS").await;
    let log = serde_json::to_string(&logs(&app, &id(&run)).await).unwrap();
    assert!(!log.contains("mapping-secret-1"));

    // A mapping may not take a plugin's name or its mapper's; a plugin may not take a mapping's.
    for (mappings, pointer) in [
        (json!([{ "name": "tap" }]), "/mappings/0/name"),
        (json!([{ "name": "mapper" }]), "/mappings/0/name"),
        (
            json!([{ "name": "x" }, { "name": "x" }]),
            "/mappings/1/name",
        ),
    ] {
        let refused = app
            .patch_json(
                &format!("{ENV}/plugins/mapper"),
                &json!({ "mappings": mappings }),
            )
            .await;
        let problem = assert_problem(refused, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{problem}");
    }
    let taken = app
        .post_json(
            &format!("{ENV}/plugins"),
            &json!({ "name": "tag-a", "plugin_type": "utilities" }),
        )
        .await;
    assert_problem(taken, StatusCode::UNPROCESSABLE_ENTITY).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn select_rules_reach_the_tap_through_its_discovered_catalog() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 2, "payload_bytes": 5 }),
    )
    .await;
    let select =
        |rules: Value| json!({ "capabilities": ["catalog", "discover", "state"], "select": rules });
    let response = app
        .patch_json(
            &format!("{ENV}/plugins/tap"),
            &select(json!(["items.*", "!items.payload"])),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let run = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    assert!(
        texts_of(&logs(&app, &id(&run)).await, "tap")
            .contains(&"tap: selected properties id,name".to_string()),
        "the tap got a catalog with payload deselected"
    );
    let records: Vec<Value> = std::fs::read_to_string(dir.path().join("out.jsonl"))
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(
        records,
        [
            json!({ "id": 1, "name": "item 1" }),
            json!({ "id": 2, "name": "item 2" })
        ]
    );

    // A stream no rule selects is not synced at all.
    app.patch_json(&format!("{ENV}/plugins/tap"), &select(json!(["other.*"])))
        .await;
    let run = run_to_end(
        &app,
        json!({ "command": "tap target", "full_refresh": true }),
        "SUCCESS",
    )
    .await;
    assert!(
        texts_of(&logs(&app, &id(&run)).await, "tap")
            .contains(&"tap: stream items is not selected".to_string())
    );
    assert_eq!(output_ids(dir.path()), [1, 2], "nothing more was written");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metadata_schema_and_select_filter_reach_the_tap_as_meltano_applies_them() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 2, "payload_bytes": 5 }),
    )
    .await;
    // Meltano's documented incremental set-up: stream-level metadata, globbed.
    let response = app
        .patch_json(
            &format!("{ENV}/plugins/tap"),
            &json!({
                "capabilities": ["catalog", "discover", "state"],
                "metadata": { "item*": { "replication-method": "INCREMENTAL", "replication-key": "id",
                                         "payload": { "selected": false } } },
                "schema": { "items": { "name": { "type": ["string", "null"] } } },
            }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let run = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    let said = texts_of(&logs(&app, &id(&run)).await, "tap");
    for line in [
        "tap: replication-method INCREMENTAL",
        "tap: replication-key id",
        "tap: selected properties id,name",
    ] {
        assert!(said.contains(&line.to_string()), "{line:?} in {said:?}");
    }
    // select_filter drops the stream whatever select says.
    let response = app
        .patch_json(
            &format!("{ENV}/plugins/tap"),
            &json!({ "select": ["items.*"], "select_filter": ["!items"] }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let run = run_to_end(
        &app,
        json!({ "command": "tap target", "full_refresh": true }),
        "SUCCESS",
    )
    .await;
    assert!(
        texts_of(&logs(&app, &id(&run)).await, "tap")
            .contains(&"tap: stream items is not selected".to_string())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dry_runs_start_nothing_jobs_run_and_unknown_plugins_are_refused() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger");
    with_plugins(&app, dir.path(), json!({ "records": 2, "ledger": ledger })).await;

    assert_problem(
        app.post_json(&format!("{ENV}/runs"), &json!({ "command": "tap nope" }))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;

    let dry = run_to_end(
        &app,
        json!({ "command": "tap target", "dry_run": true }),
        "SUCCESS",
    )
    .await;
    assert_eq!(dry["options"]["dry_run"], true);
    assert!(!ledger.exists(), "a dry run starts no process");
    assert!(output_ids(dir.path()).is_empty());
    assert!(
        state_of(&app, STATE_ID).await.is_none(),
        "a dry run writes no state"
    );

    let job = app
        .post_json(
            &format!("{ENV}/jobs"),
            &json!({ "name": "j", "tasks": ["tap target"] }),
        )
        .await;
    assert_eq!(job.status(), StatusCode::CREATED);
    let response = app
        .post_json(&format!("{ENV}/jobs/j/runs"), &json!({}))
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let run: Value = response.json().await.unwrap();
    assert_eq!(
        (
            run["kind"].as_str(),
            run["job"].as_str(),
            run["trigger"].as_str()
        ),
        (Some("RUN"), Some("j"), Some("api"))
    );
    assert_eq!(run["state_ids"], json!([STATE_ID]));
    let ended = wait_for_run(&app, ENV, &id(&run)).await;
    assert_ended(&app, &ended, "SUCCESS").await;
    assert_eq!(
        ledger_lines(&ledger),
        [id(&run)],
        "MELTANO_RUN_ID is the run's id"
    );
    assert_eq!(output_ids(dir.path()), [1, 2]);

    let of_job: Value = app
        .get(&format!("{ENV}/jobs/j/runs"))
        .await
        .json()
        .await
        .unwrap();
    let listed: Vec<&str> = of_job["runs"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert_eq!(listed, [id(&run)], "the job's runs are its own");
    let fetched = app.get(&format!("{ENV}/jobs/j/runs/{}", id(&run))).await;
    assert_eq!(fetched.status(), StatusCode::OK);
    assert_eq!(fetched.json::<Value>().await.unwrap()["status"], "SUCCESS");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idempotency_key_answers_the_first_run_and_starts_nothing_more() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger");
    with_plugins(&app, dir.path(), json!({ "records": 2, "ledger": ledger })).await;
    let post = |key: &'static str, body: Value| {
        app.request(Method::POST, &format!("{ENV}/runs"))
            .header("Idempotency-Key", key)
            .json(&body)
            .send()
    };
    let body = json!({ "command": "tap target" });

    let first = post("k1", body.clone()).await.unwrap();
    assert_eq!(first.status(), StatusCode::CREATED);
    let first = id(&first.json().await.unwrap());
    let again = post("k1", body.clone()).await.unwrap();
    assert_eq!(
        again.status(),
        StatusCode::CREATED,
        "a repeat while the run is live"
    );
    assert_eq!(id(&again.json().await.unwrap()), first);
    let ended = wait_for_run(&app, ENV, &first).await;
    assert_ended(&app, &ended, "SUCCESS").await;
    let after = post("k1", body.clone()).await.unwrap();
    assert_eq!(
        after.status(),
        StatusCode::CREATED,
        "a repeat after the run ended"
    );
    assert_eq!(id(&after.json().await.unwrap()), first);

    let other_body = post(
        "k1",
        json!({ "command": "tap target", "full_refresh": true }),
    )
    .await
    .unwrap();
    assert_problem(other_body, StatusCode::UNPROCESSABLE_ENTITY).await;

    let second = post("k2", body.clone()).await.unwrap();
    assert_eq!(second.status(), StatusCode::CREATED);
    let second = id(&second.json().await.unwrap());
    assert_ne!(second, first, "another key is another run");
    let ended = wait_for_run(&app, ENV, &second).await;
    assert_ended(&app, &ended, "SUCCESS").await;
    assert_eq!(
        ledger_lines(&ledger),
        [first, second],
        "each key's run executed once"
    );
}

// ------------------------------------------------------------------------------ concurrency, cancel

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_running_state_id_refuses_another_run_unless_forced() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 100, "sleep_seconds": 0.2 }),
    )
    .await;
    app.post_json(
        &format!("{ENV}/jobs"),
        &json!({ "name": "j", "tasks": ["tap target"] }),
    )
    .await;

    let first = start_run(&app, json!({ "command": "tap target" })).await;
    assert_problem(
        app.post_json(&format!("{ENV}/runs"), &json!({ "command": "tap target" }))
            .await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_problem(
        app.post_json(&format!("{ENV}/jobs/j/runs"), &json!({}))
            .await,
        StatusCode::CONFLICT,
    )
    .await;
    let other_id = start_run(
        &app,
        json!({ "command": "tap target", "state_id_suffix": "x" }),
    )
    .await;
    assert_eq!(other_id["state_ids"], json!([format!("{STATE_ID}:x")]));
    let forced = start_run(&app, json!({ "command": "tap target", "force": true })).await;
    assert_eq!(forced["state_ids"], json!([STATE_ID]));

    for run in [&first, &other_id, &forced] {
        let cancelled = cancel(&app, &id(run)).await;
        assert_eq!(cancelled.status(), StatusCode::OK, "cancelling {}", id(run));
        assert_eq!(
            cancelled.json::<Value>().await.unwrap()["status"],
            "CANCELLED"
        );
    }
    // Ended runs hold the state id no more.
    let next = start_run(&app, json!({ "command": "tap target" })).await;
    let cancelled = cancel(&app, &id(&next)).await;
    assert_eq!(cancelled.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_ends_the_whole_process_tree_and_keeps_the_partial_state() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pids.json");
    let _reaper = Reaper(pid_file.clone());
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 1000, "sleep_seconds": 0.1, "pid_file": pid_file }),
    )
    .await;
    let run = start_run(&app, json!({ "command": "tap target" })).await;
    wait_for_tap_and_partial_state(&app, &pid_file, STATE_ID).await;
    let (tap, child) = read_pids(&pid_file).unwrap();
    assert!(
        !is_gone(tap) && !is_gone(child),
        "the tap and its child run"
    );

    let response = cancel(&app, &id(&run)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let cancelled: Value = response.json().await.unwrap();
    assert_eq!(cancelled["status"], "CANCELLED");
    assert!(
        cancelled["error"]
            .as_str()
            .is_some_and(|e| e.to_lowercase().contains("cancel")),
        "the error says it was cancelled: {cancelled}"
    );
    assert!(cancelled["end_time"].is_string(), "{cancelled}");
    assert!(is_gone(tap), "the tap ({tap}) is gone when cancel answers");
    // The orphaned child is reaped by init (or whoever adopted it) a moment later.
    let deadline = Instant::now() + Duration::from_secs(3);
    while !is_gone(child) {
        assert!(
            Instant::now() < deadline,
            "the tap's child process ({child}) was killed with it"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let fetched: Value = app
        .get(&format!("{ENV}/runs/{}", id(&run)))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(fetched["status"], "CANCELLED");
    assert_problem(cancel(&app, &id(&run)).await, StatusCode::CONFLICT).await;
    let kept = state(&app).await;
    assert_eq!(kept["completed"], Value::Null, "nothing committed: {kept}");
    assert!(
        kept["partial"]["singer_state"]["bookmarks"]["items"]["last_id"]
            .as_i64()
            .is_some_and(|last_id| last_id >= 1),
        "the captured state stays partial: {kept}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plugins_that_ignore_sigterm_are_killed_after_the_grace() {
    let app = spawn_app().await; // a kill grace of 2 s
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pids.json");
    let _reaper = Reaper(pid_file.clone());
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 1000, "sleep_seconds": 0.1, "pid_file": pid_file, "ignore_term": true }),
    )
    .await;
    patch_config(&app, "target", json!({ "ignore_term": true })).await;
    let run = start_run(&app, json!({ "command": "tap target" })).await;
    wait_for_tap_and_partial_state(&app, &pid_file, STATE_ID).await;
    let (tap, child) = read_pids(&pid_file).unwrap();

    let asked = Instant::now();
    let response = cancel(&app, &id(&run)).await;
    let took = asked.elapsed();
    assert_eq!(response.status(), StatusCode::OK);
    let cancelled: Value = response.json().await.unwrap();
    assert_eq!(cancelled["status"], "CANCELLED", "{cancelled}");
    // TERM changed nothing; KILL came after the grace.
    assert!(
        took >= Duration::from_millis(1500),
        "cancel answered after {took:?}"
    );
    assert!(
        is_gone(tap),
        "the tap ({tap}) is killed when cancel answers"
    );
    let deadline = Instant::now() + Duration::from_secs(3);
    while !is_gone(child) {
        assert!(
            Instant::now() < deadline,
            "the tap's child ({child}) ended with it"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let log: Value = app
        .get(&format!("{ENV}/runs/{}/logs", id(&run)))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        log.to_string().contains("tap: ignoring SIGTERM"),
        "the tap said it would ignore TERM: {log}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_over_its_timeout_is_cancelled() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 1000, "sleep_seconds": 0.1 }),
    )
    .await;
    let run = start_run(
        &app,
        json!({ "command": "tap target", "timeout_seconds": 1 }),
    )
    .await;
    assert_eq!(run["options"]["timeout_seconds"], 1);
    let ended = wait_for_run(&app, ENV, &id(&run)).await;
    assert_ended(&app, &ended, "CANCELLED").await;
    let error = ended["error"].as_str().unwrap_or_default().to_lowercase();
    assert!(
        error.contains("timeout") || error.contains("timed out"),
        "the error says the run timed out: {ended}"
    );
}

// ------------------------------------------------------------------------------ logs

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_hold_the_plugins_stderr_in_order_and_never_records() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    // Records of 100 kB each: long lines go through the pipes whole and stay out of the log.
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 3, "payload_bytes": 100_000 }),
    )
    .await;
    let run = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    let written = std::fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    let payloads: Vec<usize> = written
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["payload"]
                .as_str()
                .unwrap()
                .len()
        })
        .collect();
    assert_eq!(payloads, [100_000; 3]);

    let lines = logs(&app, &id(&run)).await;
    let seq = seqs(&lines);
    assert!(seq.windows(2).all(|w| w[0] < w[1]), "oldest first: {seq:?}");
    let tap = texts_of(&lines, "tap");
    assert_eq!(
        tap,
        ["tap: starting after id 0", "tap: emitted 3 records"],
        "the tap's stderr, in order"
    );
    assert!(texts_of(&lines, "target").contains(&"target: wrote 3 records".into()));
    for line in &lines {
        assert!(line["time"].is_string(), "{line}");
        assert!(
            matches!(
                line["stream"].as_str(),
                Some("stderr" | "stdout" | "server")
            ),
            "{line}"
        );
        let text = line["text"].as_str().unwrap_or_default();
        assert!(
            !text.contains("RECORD") && !text.contains("xxxxxxxxxx"),
            "no record in the log: {}",
            text.chars().take(200).collect::<String>()
        );
        if line["plugin"] == "tap" {
            assert_eq!(
                (line["stream"].as_str(), line["block"].as_str()),
                (Some("stderr"), Some("tap target")),
                "{line}"
            );
        }
    }

    // Pages of 2 add up to the whole log.
    let mut paged = Vec::new();
    let mut pages = 0;
    let mut token: Option<String> = None;
    loop {
        let path = match &token {
            Some(t) => format!("{ENV}/runs/{}/logs?page_size=2&page_token={t}", id(&run)),
            None => format!("{ENV}/runs/{}/logs?page_size=2", id(&run)),
        };
        let page: Value = app.get(&path).await.json().await.unwrap();
        let page_lines = page["lines"].as_array().unwrap();
        assert!(page_lines.len() <= 2);
        paged.extend(seqs(page_lines));
        pages += 1;
        match page["next_page_token"].as_str() {
            Some(t) if !t.is_empty() => token = Some(t.to_string()),
            _ => break,
        }
        assert!(pages < 100, "paging ends");
    }
    assert!(pages >= 2, "{} lines fit no page of 2", seq.len());
    assert_eq!(paged, seq);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn following_the_log_streams_lines_until_the_run_ends() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 6, "sleep_seconds": 0.3 }),
    )
    .await;
    let run = start_run(&app, json!({ "command": "tap target" })).await;
    let run_path = format!("{ENV}/runs/{}", id(&run));

    let mut response = app.get(&format!("{run_path}/logs?follow=true")).await;
    assert_eq!(response.status(), StatusCode::OK);
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(
        content_type.starts_with("application/x-ndjson"),
        "content-type {content_type}"
    );

    let deadline = Instant::now() + Duration::from_secs(30);
    let mut buffer: Vec<u8> = Vec::new();
    let mut streamed: Vec<Value> = Vec::new();
    let mut status_at_first_tap_line: Option<Value> = None;
    loop {
        let chunk = tokio::time::timeout_at(deadline, response.chunk())
            .await
            .expect("the stream ends within 30 s")
            .expect("the stream reads");
        let Some(chunk) = chunk else { break };
        buffer.extend_from_slice(&chunk);
        while let Some(end) = buffer.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = buffer.drain(..=end).collect();
            let line = String::from_utf8(line).expect("UTF-8 lines");
            if !line.trim().is_empty() {
                streamed.push(serde_json::from_str(line.trim()).expect("a JSON LogLine"));
            }
        }
        if status_at_first_tap_line.is_none() && streamed.iter().any(|l| l["plugin"] == "tap") {
            let now: Value = app.get(&run_path).await.json().await.unwrap();
            status_at_first_tap_line = Some(now["status"].clone());
        }
    }
    let rest = String::from_utf8(buffer).unwrap();
    if !rest.trim().is_empty() {
        streamed.push(serde_json::from_str(rest.trim()).expect("a JSON LogLine"));
    }
    assert_eq!(
        status_at_first_tap_line,
        Some(json!("RUNNING")),
        "a tap line came while the run was live"
    );

    let ended: Value = app.get(&run_path).await.json().await.unwrap();
    assert_eq!(
        ended["status"], "SUCCESS",
        "the stream ends after the run: {ended}"
    );
    let listed = logs(&app, &id(&run)).await;
    assert_eq!(
        seqs(&streamed),
        seqs(&listed),
        "the stream is the whole log"
    );
    assert!(texts_of(&streamed, "tap").contains(&"tap: emitted 6 records".into()));
}

// ------------------------------------------------------------------------------ servers

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_whose_server_died_fails_on_its_heartbeat_and_frees_its_state_id() {
    let data_dir = tempfile::tempdir().unwrap();
    let database_url = fresh_database_url().await;
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pids.json");
    let _reaper = Reaper(pid_file.clone());

    let mut server = spawn_server_process(data_dir.path(), database_url.as_deref());
    with_plugins(
        &server.app,
        dir.path(),
        json!({ "records": 1000, "sleep_seconds": 0.2, "pid_file": pid_file }),
    )
    .await;
    let run = start_run(&server.app, json!({ "command": "tap target" })).await;
    let run_id = id(&run);
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let now: Value = server
            .app
            .get(&format!("{ENV}/runs/{run_id}"))
            .await
            .json()
            .await
            .unwrap();
        if now["status"] == "RUNNING" && read_pids(&pid_file).is_some() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the run is RUNNING with its tap started within 15 s: {now}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    server.kill();

    // Another machine's server (a data directory of its own, the same database) knows only the
    // heartbeat: a server starting on the dead one's data directory would clean up at once
    // (hardening::finding_09_a_killed_server_leaves_no_plugin_running_and_no_run_files).
    // (Under PostgreSQL spawn_app_with makes a database of its own first; it goes unused.)
    let shared_url = database_url.clone().unwrap_or_else(|| {
        format!(
            "sqlite://{}?mode=rwc",
            data_dir.path().join("meltano-api.db").display()
        )
    });
    let app = spawn_app_with(move |settings| {
        settings.database_url = Some(shared_url);
        settings.stale_after_secs = 2;
    })
    .await;
    let failed = wait_for_run_within(&app, ENV, &run_id, Duration::from_secs(15)).await;
    assert_eq!(failed["status"], "FAIL", "a stale run fails: {failed}");
    assert!(
        failed["error"]
            .as_str()
            .is_some_and(|e| e.to_lowercase().contains("heartbeat")),
        "the error says why: {failed}"
    );

    patch_config(
        &app,
        "tap",
        json!({ "records": 2, "sleep_seconds": null, "pid_file": null }),
    )
    .await;
    run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_execute_each_run_exactly_once() {
    let (a, b) = spawn_replicas().await;
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger");
    with_plugins(&a, dir.path(), json!({ "records": 2, "ledger": ledger })).await;

    let mut ids = BTreeSet::new();
    for i in 0..50 {
        let app = if i % 2 == 0 { &a } else { &b };
        let run = start_run(
            app,
            json!({ "command": "tap target", "state_id_suffix": format!("r{i}") }),
        )
        .await;
        assert_eq!(run["state_ids"], json!([format!("{STATE_ID}:r{i}")]));
        ids.insert(id(&run));
    }
    assert_eq!(ids.len(), 50);

    let deadline = Instant::now() + Duration::from_secs(120);
    let runs = loop {
        let page: Value = a
            .get(&format!("{ENV}/runs?page_size=1000"))
            .await
            .json()
            .await
            .unwrap();
        let runs: Vec<Value> = page["runs"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["id"].as_str().is_some_and(|i| ids.contains(i)))
            .cloned()
            .collect();
        let live = runs
            .iter()
            .filter(|r| matches!(r["status"].as_str(), Some("QUEUED" | "RUNNING")))
            .count();
        if runs.len() == 50 && live == 0 {
            break runs;
        }
        assert!(
            Instant::now() < deadline,
            "50 runs end within 120 s; {} listed, {live} live",
            runs.len()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let not_success: Vec<&Value> = runs.iter().filter(|r| r["status"] != "SUCCESS").collect();
    assert!(
        not_success.is_empty(),
        "every run succeeds: {not_success:?}"
    );

    let executed = ledger_lines(&ledger);
    assert_eq!(executed.len(), 50, "each run executed once: {executed:?}");
    let executed: BTreeSet<String> = executed.into_iter().collect();
    assert_eq!(executed, ids, "the executions are the 50 runs, each once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_schedule_fires_once_across_replicas() {
    let (a, b) = spawn_replicas().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&a, dir.path(), json!({ "records": 1 })).await;
    let job = a
        .post_json(
            &format!("{ENV}/jobs"),
            &json!({ "name": "j", "tasks": ["tap target"] }),
        )
        .await;
    assert_eq!(job.status(), StatusCode::CREATED);
    let response = a
        .post_json(
            &format!("{ENV}/schedules"),
            &json!({ "name": "every-minute", "job": "j", "interval": "* * * * *" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let schedule: Value = response.json().await.unwrap();
    let boundary: chrono::DateTime<chrono::Utc> = schedule["next_fire_time"]
        .as_str()
        .expect("a next fire time")
        .parse()
        .expect("RFC 3339");
    let until = boundary - chrono::Utc::now();
    assert!(
        until > chrono::Duration::zero() && until <= chrono::Duration::seconds(60),
        "the next minute: {boundary}"
    );
    tokio::time::sleep((until + chrono::Duration::seconds(4)).to_std().unwrap()).await;

    let of_job: Value = b
        .get(&format!("{ENV}/jobs/j/runs"))
        .await
        .json()
        .await
        .unwrap();
    let scheduled: Vec<&Value> = of_job["runs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["trigger"] == "schedule")
        .collect();
    assert_eq!(scheduled.len(), 1, "one firing for both replicas: {of_job}");
    let fired = scheduled[0].clone();
    assert_eq!(
        (fired["schedule"].as_str(), fired["job"].as_str()),
        (Some("every-minute"), Some("j"))
    );
    let created: chrono::DateTime<chrono::Utc> =
        fired["create_time"].as_str().unwrap().parse().unwrap();
    assert!(created >= boundary, "fired at {created}, due {boundary}");
    let ended = wait_for_run(&b, ENV, &id(&fired)).await;
    assert_ended(&b, &ended, "SUCCESS").await;

    let schedule: Value = a
        .get(&format!("{ENV}/schedules/every-minute"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(schedule["last_run"].as_str(), Some(id(&fired).as_str()));
    let last_fire: chrono::DateTime<chrono::Utc> = schedule["last_fire_time"]
        .as_str()
        .expect("a last fire time")
        .parse()
        .unwrap();
    assert_eq!(last_fire, boundary);

    // Run now: a run with trigger schedule, whatever the interval.
    let response = b
        .request(Method::POST, &format!("{ENV}/schedules/every-minute/run"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let manual: Value = response.json().await.unwrap();
    assert_eq!(
        (
            manual["trigger"].as_str(),
            manual["schedule"].as_str(),
            manual["job"].as_str()
        ),
        (Some("schedule"), Some("every-minute"), Some("j"))
    );
    let ended = wait_for_run(&a, ENV, &id(&manual)).await;
    assert_ended(&a, &ended, "SUCCESS").await;
    let schedule: Value = b
        .get(&format!("{ENV}/schedules/every-minute"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(schedule["last_run"].as_str(), Some(id(&manual).as_str()));
}

// ------------------------------------------------------------------------------ tests, services

/// POST `{ENV}/tests`: asserts a 201 and answers the test run's id.
async fn start_test(app: &TestApp, plugins: Value) -> String {
    let response = app
        .post_json(&format!("{ENV}/tests"), &json!({ "plugins": plugins }))
        .await;
    let status = response.status();
    let test: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(
        status,
        StatusCode::CREATED,
        "starting tests of {plugins}: {test}"
    );
    assert_eq!(test["plugins"], plugins, "{test}");
    id(&test)
}

/// Polls a test run until it is SUCCESS or FAIL (30 s).
async fn wait_for_test(app: &TestApp, test_id: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let test: Value = app
            .get(&format!("{ENV}/tests/{test_id}"))
            .await
            .json()
            .await
            .unwrap();
        if matches!(test["status"].as_str(), Some("SUCCESS" | "FAIL")) {
            return test;
        }
        assert!(
            Instant::now() < deadline,
            "the test run ends within 30 s: {test}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A test run's results as sorted (plugin, test, status) rows; each has a duration.
fn test_results(test: &Value) -> Vec<(String, String, String)> {
    let mut results: Vec<(String, String, String)> = test["results"]
        .as_array()
        .unwrap_or_else(|| panic!("results: {test}"))
        .iter()
        .map(|r| {
            assert!(r["duration_ms"].is_u64(), "a duration: {r}");
            let field = |name: &str| r[name].as_str().unwrap_or_default().to_string();
            (field("plugin"), field("test"), field("status"))
        })
        .collect();
    results.sort();
    results
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plugin_tests_report_each_test_command() {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    let tap = json!({
        "name": "tap", "plugin_type": "extractors", "executable": fixture("tap.py"),
        "commands": { "test": { "args": "--about" }, "test-fail": { "args": "--fail" } }
    });
    assert_eq!(
        app.post_json(&format!("{ENV}/plugins"), &tap)
            .await
            .status(),
        StatusCode::CREATED
    );
    let row = |test: &str, status: &str| ("tap".to_string(), test.to_string(), status.to_string());

    let all = start_test(&app, json!(["tap"])).await;
    let done = wait_for_test(&app, &all).await;
    assert_eq!(done["status"], "FAIL", "{done}");
    assert_eq!(done["plugins"], json!(["tap"]));
    assert_eq!(
        test_results(&done),
        [row("test", "PASS"), row("test-fail", "FAIL")]
    );
    assert!(done["end_time"].is_string(), "{done}");

    let one = start_test(&app, json!(["tap:test"])).await;
    let done = wait_for_test(&app, &one).await;
    assert_eq!(done["status"], "SUCCESS", "{done}");
    assert_eq!(test_results(&done), [row("test", "PASS")]);

    let listed: Value = app.get(&format!("{ENV}/tests")).await.json().await.unwrap();
    let listed: Vec<&str> = listed["tests"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["id"].as_str())
        .collect();
    assert_eq!(listed, [one.as_str(), all.as_str()], "newest first");
}

/// Processes of the fixture tap running `--serve` (found by their command line).
fn serving_pids() -> Vec<u32> {
    let tap = fixture("tap.py");
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
            args.contains(&tap.as_bytes()) && args.contains(&b"--serve".as_slice())
        })
        .filter(|pid| !is_gone(*pid))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_service_runs_until_it_is_deleted() {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    let sleeper = json!({
        "name": "sleeper", "plugin_type": "utilities", "executable": fixture("tap.py"),
        "commands": { "serve": { "args": "--serve" } }
    });
    assert_eq!(
        app.post_json(&format!("{ENV}/plugins"), &sleeper)
            .await
            .status(),
        StatusCode::CREATED
    );
    let body = json!({ "name": "svc", "plugin": "sleeper:serve" });
    let response = app.post_json(&format!("{ENV}/services"), &body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert!(
        response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|l| l.ends_with(&format!("{ENV}/services/svc"))),
        "Location of the service"
    );
    let service: Value = response.json().await.unwrap();
    assert_eq!(
        (service["name"].as_str(), service["plugin"].as_str()),
        (Some("svc"), Some("sleeper:serve"))
    );
    assert!(
        matches!(service["status"].as_str(), Some("STARTING" | "RUNNING")),
        "{service}"
    );

    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let service: Value = app
            .get(&format!("{ENV}/services/svc"))
            .await
            .json()
            .await
            .unwrap();
        let running = service["status"] == "RUNNING";
        let logs: Value = app
            .get(&format!("{ENV}/services/svc/logs"))
            .await
            .json()
            .await
            .unwrap();
        let serving = logs["lines"]
            .as_array()
            .is_some_and(|lines| lines.iter().any(|l| l["text"] == "serving"));
        if running && serving {
            break;
        }
        assert!(
            matches!(service["status"].as_str(), Some("STARTING" | "RUNNING")),
            "the service keeps running: {service}"
        );
        assert!(
            Instant::now() < deadline,
            "within 15 s the service is RUNNING and logged `serving`: {service} {logs}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(!serving_pids().is_empty(), "the service's process runs");

    assert_problem(
        app.post_json(&format!("{ENV}/services"), &body).await,
        StatusCode::CONFLICT,
    )
    .await;
    let listed: Value = app
        .get(&format!("{ENV}/services"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        listed["services"].as_array().map(Vec::len),
        Some(1),
        "{listed}"
    );
    assert_eq!(listed["services"][0]["name"], "svc");

    assert_eq!(
        app.delete(&format!("{ENV}/services/svc")).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_problem(
        app.get(&format!("{ENV}/services/svc")).await,
        StatusCode::NOT_FOUND,
    )
    .await;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let left = serving_pids();
        if left.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "deleting the service stops its process: {left:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

// ------------------------------------------------------------------------------ retention

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ended_runs_past_the_retention_are_deleted_with_their_logs() {
    const RETAIN_SECS: f64 = 2.0;
    let app = spawn_app_with(|settings| settings.retain_days = RETAIN_SECS / 86_400.0).await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 1 })).await;

    // A steady run rate: one run started every 250 ms for 10 s.
    let first = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    let logs = app.get(&format!("{ENV}/runs/{}/logs", id(&first))).await;
    assert_eq!(logs.status(), StatusCode::OK);
    let mut started = 1;
    let mut listed_counts = Vec::new();
    let begin = Instant::now();
    while begin.elapsed() < Duration::from_secs(10) {
        start_run(
            &app,
            json!({ "command": "tap target", "state_id_suffix": format!("r{started}") }),
        )
        .await;
        started += 1;
        if started % 4 == 0 {
            let page: Value = app
                .get(&format!("{ENV}/runs?page_size=1000"))
                .await
                .json()
                .await
                .unwrap();
            let runs = page["runs"].as_array().unwrap().clone();
            listed_counts.push(runs.len());
            // No ended run stays much past the retention (sweeps come every 0.5 s).
            let now = chrono::Utc::now();
            for run in runs.iter().filter(|r| r["end_time"].is_string()) {
                let ended: chrono::DateTime<chrono::Utc> =
                    run["end_time"].as_str().unwrap().parse().unwrap();
                let age = (now - ended).as_seconds_f64();
                assert!(
                    age < RETAIN_SECS + 3.0,
                    "a run ended {age:.1} s ago is still listed: {run}"
                );
            }
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }

    // The run history stops growing: it holds what the last few seconds made, not all of it.
    let last = *listed_counts.last().unwrap();
    assert!(started >= 30, "{started} runs started");
    assert!(
        last * 2 < started,
        "{last} of {started} runs still listed (listed over time: {listed_counts:?})"
    );
    let gone = app.get(&format!("{ENV}/runs/{}", id(&first))).await;
    assert_eq!(
        gone.status(),
        StatusCode::NOT_FOUND,
        "the first run is gone"
    );
    let logs = app.get(&format!("{ENV}/runs/{}/logs", id(&first))).await;
    assert_eq!(logs.status(), StatusCode::NOT_FOUND, "and its log with it");
}
