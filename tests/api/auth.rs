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

#[tokio::test]
async fn a_token_file_holds_only_digests_with_their_scope() {
    use meltano_api::http::auth::digest_line;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tokens");
    let text = format!(
        "# tokens\nread-write {}\nread-only {}  # dashboard\n",
        digest_line("writer"),
        digest_line("reader")
    );
    std::fs::write(&file, &text).unwrap();
    assert!(
        !text.contains("writer\n") && !text.contains("reader\n"),
        "the file holds no token"
    );

    let app = crate::helpers::spawn_app_with(|s| s.token_file = Some(file.clone())).await;
    let url = format!("{}{BASE_PATH}/projects", app.origin);
    assert_problem(
        app.client.get(&url).send().await.unwrap(),
        StatusCode::UNAUTHORIZED,
    )
    .await;
    let write = app
        .client
        .post(&url)
        .bearer_auth("writer")
        .json(&json!({ "name": "acme" }))
        .send()
        .await
        .unwrap();
    assert_eq!(write.status(), StatusCode::CREATED);
    assert_eq!(
        app.client
            .get(&url)
            .bearer_auth("reader")
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    let read_only_write = app
        .client
        .post(&url)
        .bearer_auth("reader")
        .json(&json!({ "name": "b" }))
        .send()
        .await
        .unwrap();
    assert_problem(read_only_write, StatusCode::FORBIDDEN).await;

    // A malformed line stops the start, naming the line but not quoting it.
    std::fs::write(&file, "read-write sha256:zz-secret-looking\n").unwrap();
    let mut bad = settings(dir.path());
    bad.token_file = Some(file);
    let message = meltano_api::startup::Application::build(bad)
        .await
        .err()
        .expect("refused")
        .to_string();
    assert!(
        message.contains("line 1") && !message.contains("secret-looking"),
        "{message}"
    );
}
