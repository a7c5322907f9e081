use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{BASE_PATH, assert_problem, settings, spawn_app_with};

#[tokio::test]
async fn with_tokens_every_api_route_needs_one() {
    let app = spawn_app_with(|s| {
        s.tokens = vec!["rw-token".into()];
        s.read_only_tokens = vec!["ro-token".into()];
    })
    .await;
    let url = format!("{}{BASE_PATH}/projects", app.origin);

    let anonymous = app.client.get(&url).send().await.unwrap();
    assert_eq!(anonymous.headers()["www-authenticate"], "Bearer");
    assert_problem(anonymous, StatusCode::UNAUTHORIZED).await;
    let wrong = app
        .client
        .get(&url)
        .bearer_auth("nope")
        .send()
        .await
        .unwrap();
    assert_problem(wrong, StatusCode::UNAUTHORIZED).await;

    assert_eq!(
        app.post_json("/projects", &json!({ "name": "acme" }))
            .await
            .status(),
        StatusCode::CREATED
    );
    let read_only = app
        .client
        .get(&url)
        .bearer_auth("ro-token")
        .send()
        .await
        .unwrap();
    assert_eq!(read_only.status(), StatusCode::OK);
    let write_with_read_only = app
        .client
        .request(Method::POST, &url)
        .bearer_auth("ro-token")
        .json(&json!({ "name": "other" }))
        .send()
        .await
        .unwrap();
    assert_problem(write_with_read_only, StatusCode::FORBIDDEN).await;

    let health = app
        .client
        .get(format!("{}/health", app.origin))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), StatusCode::OK, "/health stays open");
}

#[tokio::test]
async fn without_tokens_only_loopback_may_be_served() {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = settings(dir.path());
    settings.bind = "0.0.0.0".parse().unwrap();
    let refused = meltano_api::startup::Application::build(settings).await;
    let message = refused.err().expect("refused").to_string();
    assert!(message.contains("without tokens"), "{message}");
}
