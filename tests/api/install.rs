//! Installing a plugin from PyPI (network to pypi.org), then running it.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{fixture, spawn_app, wait_for_run, wait_for_run_within};

const ENV: &str = "/projects/acme/envs/dev";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pip_plugin_installs_and_then_runs() {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    let out = tempfile::tempdir().unwrap();
    for plugin in [
        json!({
            "name": "tap", "plugin_type": "extractors", "executable": fixture("tap.py"),
            "capabilities": ["state"], "config": { "records": 3 }
        }),
        // target-jsonl writes `<stream>.jsonl` when `do_timestamp_file` is false (its default,
        // true, adds a timestamp to the name).
        json!({
            "name": "target-jsonl", "plugin_type": "loaders", "pip_url": "target-jsonl==0.1.4",
            "config": { "destination_path": out.path(), "do_timestamp_file": false }
        }),
    ] {
        let response = app.post_json(&format!("{ENV}/plugins"), &plugin).await;
        assert_eq!(
            response.status(),
            StatusCode::CREATED,
            "creating {}",
            plugin["name"]
        );
    }

    let response = app
        .request(Method::POST, &format!("{ENV}/plugins/target-jsonl/install"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let install: Value = response.json().await.unwrap();
    let id = install["id"].as_str().expect("a run id").to_string();
    assert!(
        location.ends_with(&format!("{ENV}/runs/{id}")),
        "Location {location}"
    );
    assert_eq!(
        (install["kind"].as_str(), install["plugin"].as_str()),
        (Some("INSTALL"), Some("target-jsonl"))
    );
    let installed = wait_for_run_within(&app, ENV, &id, Duration::from_secs(180)).await;
    if installed["status"] != "SUCCESS" {
        let log: Value = app
            .get(&format!("{ENV}/runs/{id}/logs?page_size=1000"))
            .await
            .json()
            .await
            .unwrap_or(Value::Null);
        panic!("the install ended {installed}\nits log: {log}");
    }

    let response = app
        .post_json(
            &format!("{ENV}/runs"),
            &json!({ "command": "tap target-jsonl" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let run: Value = response.json().await.unwrap();
    assert_eq!(run["state_ids"], json!(["dev:tap-to-target-jsonl"]));
    let run_id = run["id"].as_str().unwrap().to_string();
    let ended = wait_for_run(&app, ENV, &run_id).await;
    if ended["status"] != "SUCCESS" {
        let log: Value = app
            .get(&format!("{ENV}/runs/{run_id}/logs?page_size=1000"))
            .await
            .json()
            .await
            .unwrap_or(Value::Null);
        panic!("the run ended {ended}\nits log: {log}");
    }

    let files: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    assert_eq!(files, ["items.jsonl"], "target-jsonl's files");
    let ids: Vec<i64> = std::fs::read_to_string(out.path().join("items.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, [1, 2, 3]);

    let state: Value = app
        .get(&format!("{ENV}/state/dev:tap-to-target-jsonl"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        state["completed"],
        json!({ "singer_state": { "bookmarks": { "items": { "last_id": 3 } } } }),
        "target-jsonl's final state was captured: {state}"
    );
}
