use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{BASE_PATH, assert_problem, etag, spawn_app};

#[tokio::test]
async fn envs_live_under_an_existing_project() {
    let app = spawn_app().await;
    assert_problem(
        app.post_json("/projects/nope/envs", &json!({ "name": "dev" }))
            .await,
        StatusCode::NOT_FOUND,
    )
    .await;
    assert_problem(app.get("/projects/nope/envs").await, StatusCode::NOT_FOUND).await;

    app.create_project("acme").await;
    let response = app
        .post_json(
            "/projects/acme/envs",
            &json!({ "name": "dev", "env": { "X": "1" }, "state_id_suffix": "blue" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(
        response.headers()["location"],
        format!("{BASE_PATH}/projects/acme/envs/dev").as_str()
    );
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        (body["name"].as_str(), body["state_id_suffix"].as_str()),
        (Some("dev"), Some("blue"))
    );

    app.create_env("acme", "prod").await;
    let listed: Value = app
        .get("/projects/acme/envs?page_size=1")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["envs"][0]["name"], "dev");
    let token = listed["next_page_token"].as_str().expect("a second page");
    let second: Value = app
        .get(&format!(
            "/projects/acme/envs?page_size=1&page_token={token}"
        ))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(second["envs"][0]["name"], "prod");
    assert!(second.get("next_page_token").is_none());

    // A page token of one listing is refused by another.
    let other = app.get(&format!("/projects?page_token={token}")).await;
    assert_problem(other, StatusCode::BAD_REQUEST).await;
}

#[tokio::test]
async fn the_same_env_name_may_exist_in_two_projects_but_not_twice_in_one() {
    let app = spawn_app().await;
    app.create_project("a").await;
    app.create_project("b").await;
    app.create_env("a", "dev").await;
    app.create_env("b", "dev").await;
    assert_problem(
        app.post_json("/projects/a/envs", &json!({ "name": "dev" }))
            .await,
        StatusCode::CONFLICT,
    )
    .await;
}

#[tokio::test]
async fn replace_patch_and_hard_delete() {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.post_json(
        "/projects/acme/envs",
        &json!({ "name": "dev", "description": "d", "env": { "A": "1" } }),
    )
    .await;

    let replaced: Value = app
        .put_json(
            "/projects/acme/envs/dev",
            &json!({ "state_id_suffix": "x" }),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(replaced["description"], Value::Null);
    assert_eq!(replaced["env"], json!({}));
    assert_eq!(replaced["state_id_suffix"], "x");

    let patched = app
        .patch_json(
            "/projects/acme/envs/dev",
            &json!({ "env": { "B": "2" }, "state_id_suffix": null }),
        )
        .await;
    assert_eq!(patched.status(), StatusCode::OK);
    let patched: Value = patched.json().await.unwrap();
    assert_eq!(
        (patched["env"].clone(), patched["state_id_suffix"].clone()),
        (json!({ "B": "2" }), Value::Null)
    );

    let invalid = app
        .patch_json(
            "/projects/acme/envs/dev",
            &json!({ "state_id_suffix": "no spaces" }),
        )
        .await;
    assert_problem(invalid, StatusCode::BAD_REQUEST).await;

    let deleted = app.delete("/projects/acme/envs/dev").await;
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert_problem(
        app.get("/projects/acme/envs/dev").await,
        StatusCode::NOT_FOUND,
    )
    .await;
    assert_problem(
        app.delete("/projects/acme/envs/dev").await,
        StatusCode::NOT_FOUND,
    )
    .await;

    // Re-created, it is a new resource: the old ETag does not match it.
    let old_tag = patched["etag"].as_str().unwrap().to_string();
    let recreated = app
        .post_json("/projects/acme/envs", &json!({ "name": "dev" }))
        .await;
    assert_ne!(etag(&recreated), old_tag);
}
