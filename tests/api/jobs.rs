//! Jobs: tasks checked against the project's plugins, and the job's state view.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, spawn_app};

const ENV: &str = "/projects/acme/envs/dev";

async fn app_with_plugins() -> TestApp {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    for (name, kind, commands) in [
        ("tap", "extractors", json!({})),
        ("map", "mappers", json!({})),
        ("target", "loaders", json!({})),
        ("dbt", "transformers", json!({ "run": { "args": "run" } })),
    ] {
        let plugin = json!({ "name": name, "plugin_type": kind, "commands": commands });
        assert_eq!(
            app.post_json(&format!("{ENV}/plugins"), &plugin)
                .await
                .status(),
            StatusCode::CREATED
        );
    }
    app
}

#[tokio::test]
async fn jobs_keep_their_tasks_as_written() {
    let app = app_with_plugins().await;
    for (name, tasks) in [
        ("as-string", json!("tap map target dbt:run")),
        ("as-list", json!(["tap target", "dbt:run"])),
        ("as-lists", json!([["tap", "target"], ["dbt:run"]])),
    ] {
        let response = app
            .post_json(
                &format!("{ENV}/jobs"),
                &json!({ "name": name, "tasks": tasks }),
            )
            .await;
        assert_eq!(response.status(), StatusCode::CREATED, "{name}");
        let job: Value = app
            .get(&format!("{ENV}/jobs/{name}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(job["tasks"], tasks);
    }
    let listed: Value = app.get(&format!("{ENV}/jobs")).await.json().await.unwrap();
    assert_eq!(listed["jobs"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn bad_tasks_are_refused_with_a_pointer() {
    let app = app_with_plugins().await;
    for (tasks, pointer) in [
        (json!(["tap target", "nope"]), "/tasks/1"),
        (json!(["tap"]), "/tasks/0"),
        (json!(["target"]), "/tasks/0"),
        (json!(["tap target", "dbt:deploy"]), "/tasks/1"),
    ] {
        let response = app
            .post_json(
                &format!("{ENV}/jobs"),
                &json!({ "name": "j", "tasks": tasks }),
            )
            .await;
        let problem = assert_problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{tasks}");
    }
    assert_problem(
        app.get(&format!("{ENV}/jobs/j")).await,
        StatusCode::NOT_FOUND,
    )
    .await;
}

#[tokio::test]
async fn a_plugin_a_job_uses_cannot_be_removed() {
    let app = app_with_plugins().await;
    app.post_json(
        &format!("{ENV}/jobs"),
        &json!({ "name": "el", "tasks": "tap target" }),
    )
    .await;
    assert_problem(
        app.delete(&format!("{ENV}/plugins/tap")).await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(
        app.delete(&format!("{ENV}/jobs/el")).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.delete(&format!("{ENV}/plugins/tap")).await.status(),
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn replace_and_patch_revalidate_tasks() {
    let app = app_with_plugins().await;
    app.post_json(
        &format!("{ENV}/jobs"),
        &json!({ "name": "el", "tasks": "tap target" }),
    )
    .await;
    let replaced = app
        .put_json(
            &format!("{ENV}/jobs/el"),
            &json!({ "tasks": ["tap map target"] }),
        )
        .await;
    assert_eq!(
        replaced.json::<Value>().await.unwrap()["tasks"],
        json!(["tap map target"])
    );
    assert_problem(
        app.patch_json(&format!("{ENV}/jobs/el"), &json!({ "tasks": "map" }))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let unchanged: Value = app
        .get(&format!("{ENV}/jobs/el"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(unchanged["tasks"], json!(["tap map target"]));
}

#[tokio::test]
async fn the_job_state_view_shows_its_blocks_states() {
    let app = app_with_plugins().await;
    app.patch_json(ENV, &json!({ "state_id_suffix": "blue" }))
        .await;
    app.post_json(
        &format!("{ENV}/jobs"),
        &json!({ "name": "el", "tasks": ["tap target", "dbt:run"] }),
    )
    .await;
    let empty: Value = app
        .get(&format!("{ENV}/jobs/el/state"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(empty, json!({ "job": "el", "states": [] }));
    let id = "dev:tap-to-target:blue";
    let set = app
        .put_json(
            &format!("{ENV}/state/{id}"),
            &json!({ "completed": { "singer_state": { "b": 1 } } }),
        )
        .await;
    assert_eq!(set.status(), StatusCode::OK);
    let view: Value = app
        .get(&format!("{ENV}/jobs/el/state"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(view["states"][0]["state_id"], id);
    assert_eq!(
        view["states"][0]["completed"],
        json!({ "singer_state": { "b": 1 } })
    );
}
