//! The run history: every state edit leaves a STATE_EDIT run, as in Meltano.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{assert_problem, spawn_app};

const ENV: &str = "/projects/acme/envs/dev";

fn singer() -> Value {
    json!({ "singer_state": { "bookmarks": {} } })
}

#[tokio::test]
async fn state_edits_are_recorded_newest_first() {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    let state = |id: &str| format!("{ENV}/state/{id}");
    assert_eq!(
        app.put_json(&state("dev:a-to-b"), &json!({ "completed": singer() }))
            .await
            .status(),
        StatusCode::OK
    );
    app.post_json(
        &format!("{}/merge", state("dev:a-to-b")),
        &json!({ "partial": singer() }),
    )
    .await;
    app.post_json(
        &format!("{}/copy", state("dev:a-to-b")),
        &json!({ "destination": "dev:a-to-c" }),
    )
    .await;
    app.post_json(
        &format!("{}/move", state("dev:a-to-c")),
        &json!({ "destination": "dev:a-to-d" }),
    )
    .await;
    assert_eq!(
        app.delete(&state("dev:a-to-d")).await.status(),
        StatusCode::NO_CONTENT
    );
    app.post_json(
        &format!("{ENV}/import-state"),
        &json!({ "dev:x-to-y": { "completed": singer() } }),
    )
    .await;

    // set, merge, copy (destination), move (destination), import: clear records nothing.
    let runs: Value = app.get(&format!("{ENV}/runs")).await.json().await.unwrap();
    let runs = runs["runs"].as_array().unwrap().clone();
    let ids: Vec<&str> = runs
        .iter()
        .map(|r| r["state_ids"][0].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "dev:x-to-y",
            "dev:a-to-d",
            "dev:a-to-c",
            "dev:a-to-b",
            "dev:a-to-b"
        ]
    );
    for run in &runs {
        assert_eq!(
            (
                run["kind"].as_str(),
                run["status"].as_str(),
                run["trigger"].as_str()
            ),
            (Some("STATE_EDIT"), Some("STATE_EDIT"), Some("api"))
        );
    }

    let first = runs[0]["id"].as_str().unwrap();
    let fetched: Value = app
        .get(&format!("{ENV}/runs/{first}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(fetched, runs[0]);
    assert_problem(
        app.get(&format!("{ENV}/runs/0192f0c4-7b1e-7c3a-9d55-3f2a9c1e8b4d"))
            .await,
        StatusCode::NOT_FOUND,
    )
    .await;

    let page: Value = app
        .get(&format!("{ENV}/runs?page_size=2"))
        .await
        .json()
        .await
        .unwrap();
    let token = page["next_page_token"].as_str().unwrap();
    let next: Value = app
        .get(&format!("{ENV}/runs?page_size=2&page_token={token}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(next["runs"][0], runs[2]);
    let running: Value = app
        .get(&format!("{ENV}/runs?status=RUNNING"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(running["runs"], json!([]));
}

#[tokio::test]
async fn a_jobs_runs_are_its_own() {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    for (name, kind) in [("tap", "extractors"), ("target", "loaders")] {
        app.post_json(
            &format!("{ENV}/plugins"),
            &json!({ "name": name, "plugin_type": kind }),
        )
        .await;
    }
    app.post_json(
        &format!("{ENV}/jobs"),
        &json!({ "name": "el", "tasks": "tap target" }),
    )
    .await;
    app.put_json(
        &format!("{ENV}/state/dev:tap-to-target"),
        &json!({ "completed": singer() }),
    )
    .await;
    let all: Value = app.get(&format!("{ENV}/runs")).await.json().await.unwrap();
    let edit = all["runs"][0]["id"].as_str().unwrap().to_string();
    let of_job: Value = app
        .get(&format!("{ENV}/jobs/el/runs"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        of_job["runs"],
        json!([]),
        "a state edit is no run of the job"
    );
    assert_problem(
        app.get(&format!("{ENV}/jobs/el/runs/{edit}")).await,
        StatusCode::NOT_FOUND,
    )
    .await;
    assert_problem(
        app.get(&format!("{ENV}/jobs/nope/runs")).await,
        StatusCode::NOT_FOUND,
    )
    .await;
}
