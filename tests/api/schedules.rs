//! Schedules: a job or extractor + loader, an interval as Meltano reads it, and the uses they
//! protect from deletion.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, spawn_app};

const ENV: &str = "/projects/acme/envs/dev";

async fn app_with_job() -> TestApp {
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
    assert_eq!(
        app.post_json(
            &format!("{ENV}/jobs"),
            &json!({ "name": "el", "tasks": "tap target" })
        )
        .await
        .status(),
        StatusCode::CREATED
    );
    app
}

#[tokio::test]
async fn a_schedule_answers_its_cron_and_next_fire_time() {
    let app = app_with_job().await;
    let response = app
        .post_json(
            &format!("{ENV}/schedules"),
            &json!({ "name": "daily", "job": "el", "interval": "@daily" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let schedule: Value = response.json().await.unwrap();
    assert_eq!(schedule["cron_interval"], "0 0 * * *");
    let next: chrono::DateTime<chrono::Utc> = schedule["next_fire_time"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(next > chrono::Utc::now() && next - chrono::Utc::now() <= chrono::Duration::days(1));
    assert_eq!(next.format("%H:%M:%S").to_string(), "00:00:00");

    let paused: Value = app
        .patch_json(
            &format!("{ENV}/schedules/daily"),
            &json!({ "paused": true }),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (paused["paused"].clone(), paused["next_fire_time"].clone()),
        (json!(true), Value::Null)
    );

    let manual = app
        .post_json(
            &format!("{ENV}/schedules"),
            &json!({ "name": "by-hand", "job": "el", "interval": "@manual" }),
        )
        .await;
    let manual: Value = manual.json().await.unwrap();
    assert_eq!(
        (
            manual["cron_interval"].clone(),
            manual["next_fire_time"].clone()
        ),
        (Value::Null, Value::Null)
    );
}

#[tokio::test]
async fn the_older_extractor_loader_form_is_kept() {
    let app = app_with_job().await;
    let body = json!({ "name": "elt", "extractor": "tap", "loader": "target", "transform": "skip", "interval": "0 */6 * * *" });
    let response = app.post_json(&format!("{ENV}/schedules"), &body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let schedule: Value = response.json().await.unwrap();
    assert_eq!(
        (
            schedule["extractor"].as_str(),
            schedule["cron_interval"].as_str()
        ),
        (Some("tap"), Some("0 */6 * * *"))
    );
    assert_problem(
        app.delete(&format!("{ENV}/plugins/tap")).await,
        StatusCode::CONFLICT,
    )
    .await;
}

#[tokio::test]
async fn invalid_schedules_are_refused_with_a_pointer() {
    let app = app_with_job().await;
    for (body, pointer) in [
        (
            json!({ "name": "s", "job": "el", "interval": "@sometimes" }),
            "/interval",
        ),
        (
            json!({ "name": "s", "job": "el", "interval": "61 * * * *" }),
            "/interval",
        ),
        (
            json!({ "name": "s", "job": "nope", "interval": "@daily" }),
            "/job",
        ),
        (
            json!({ "name": "s", "job": "el", "extractor": "tap", "loader": "target", "interval": "@daily" }),
            "/job",
        ),
        (
            json!({ "name": "s", "extractor": "target", "loader": "tap", "interval": "@daily" }),
            "/extractor",
        ),
        (json!({ "name": "s", "interval": "@daily" }), ""),
    ] {
        let problem = assert_problem(
            app.post_json(&format!("{ENV}/schedules"), &body).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{body}");
    }
    assert_problem(
        app.get(&format!("{ENV}/schedules/s")).await,
        StatusCode::NOT_FOUND,
    )
    .await;
}

#[tokio::test]
async fn a_job_a_schedule_uses_cannot_be_deleted() {
    let app = app_with_job().await;
    app.post_json(
        &format!("{ENV}/schedules"),
        &json!({ "name": "daily", "job": "el", "interval": "@daily" }),
    )
    .await;
    assert_problem(
        app.delete(&format!("{ENV}/jobs/el")).await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(
        app.delete(&format!("{ENV}/schedules/daily")).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.delete(&format!("{ENV}/jobs/el")).await.status(),
        StatusCode::NO_CONTENT
    );
}
