//! Bad input of every kind answers the right problem+json status and writes nothing.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{assert_problem, spawn_app};

async fn project_count(app: &crate::helpers::TestApp) -> usize {
    let listed: Value = app
        .get("/projects?show_deleted=true")
        .await
        .json()
        .await
        .unwrap();
    listed["projects"].as_array().unwrap().len()
}

#[tokio::test]
async fn malformed_json_is_a_bad_request() {
    let app = spawn_app().await;
    let response = app
        .request(Method::POST, "/projects")
        .header("content-type", "application/json")
        .body("{\"name\": \"acme\",")
        .send()
        .await
        .unwrap();
    assert_problem(response, StatusCode::BAD_REQUEST).await;
    assert_eq!(project_count(&app).await, 0);
}

#[tokio::test]
async fn a_body_of_another_media_type_is_unsupported() {
    let app = spawn_app().await;
    for content_type in [
        "text/plain",
        "application/xml",
        "application/merge-patch+json",
    ] {
        let response = app
            .request(Method::POST, "/projects")
            .header("content-type", content_type)
            .body(json!({ "name": "acme" }).to_string())
            .send()
            .await
            .unwrap();
        assert_problem(response, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
    }
    assert_eq!(project_count(&app).await, 0);
}

#[tokio::test]
async fn bad_names_are_rejected_with_a_pointer_to_them() {
    let app = spawn_app().await;
    for bad in ["", "Acme", "a:b", "-a", "a b", &"a".repeat(64), "ünï"] {
        let problem = assert_problem(
            app.post_json("/projects", &json!({ "name": bad })).await,
            StatusCode::BAD_REQUEST,
        )
        .await;
        assert_eq!(problem["errors"][0]["pointer"], "/name", "for {bad:?}");
    }
    let problem = assert_problem(
        app.get("/projects/Bad%20Name").await,
        StatusCode::BAD_REQUEST,
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "project");
    assert_eq!(project_count(&app).await, 0);
}

#[tokio::test]
async fn unknown_fields_and_wrong_types_are_rejected() {
    let app = spawn_app().await;
    let problem = assert_problem(
        app.post_json("/projects", &json!({ "name": "acme", "colour": "red" }))
            .await,
        StatusCode::BAD_REQUEST,
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("colour"));
    assert_problem(
        app.post_json("/projects", &json!({ "name": 7 })).await,
        StatusCode::BAD_REQUEST,
    )
    .await;
    assert_problem(
        app.post_json("/projects", &json!({ "name": "acme", "env": { "A": 1 } }))
            .await,
        StatusCode::BAD_REQUEST,
    )
    .await;
    assert_problem(
        app.post_json("/projects", &json!(["acme"])).await,
        StatusCode::BAD_REQUEST,
    )
    .await;
    assert_eq!(project_count(&app).await, 0);
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let app = spawn_app().await;
    let huge = json!({ "name": "acme", "description": "x".repeat(2 * 1024 * 1024) });
    assert_problem(
        app.post_json("/projects", &huge).await,
        StatusCode::PAYLOAD_TOO_LARGE,
    )
    .await;
    assert_eq!(project_count(&app).await, 0);
}

#[tokio::test]
async fn problems_never_quote_the_rejected_value() {
    let app = spawn_app().await;
    let secret = "s3cr3t-VALUE-that-must-not-echo";
    let response = app
        .post_json(
            "/projects",
            &json!({ "name": secret, "env": { "TOKEN": 42 } }),
        )
        .await;
    let text = response.text().await.unwrap();
    assert!(!text.contains(secret), "{text}");
    let response = app.get(&format!("/projects/{secret}")).await;
    assert!(!response.text().await.unwrap().contains(secret));
}

#[tokio::test]
async fn paging_parameters_outside_their_bounds_are_rejected() {
    let app = spawn_app().await;
    for query in [
        "page_size=0",
        "page_size=1001",
        "page_size=abc",
        "page_token=not-a-token",
        "show_deleted=maybe",
    ] {
        assert_problem(
            app.get(&format!("/projects?{query}")).await,
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
}

#[tokio::test]
async fn unknown_paths_and_methods_answer_problems() {
    let app = spawn_app().await;
    assert_problem(app.get("/nothing-here").await, StatusCode::NOT_FOUND).await;
    let response = app
        .request(Method::from_bytes(b"TRACE").unwrap(), "/projects")
        .send()
        .await
        .unwrap();
    let allow = response
        .headers()
        .get("allow")
        .expect("405 names the allowed methods")
        .to_str()
        .unwrap()
        .to_string();
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
    assert_problem(response, StatusCode::METHOD_NOT_ALLOWED).await;
}

#[tokio::test]
async fn the_spec_is_served_as_yaml_and_json() {
    let app = spawn_app().await;
    let yaml = app
        .client
        .get(format!("{}/openapi.yaml", app.origin))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(yaml, std::fs::read_to_string("spec/openapi.yaml").unwrap());
    let json: Value = app
        .client
        .get(format!("{}/openapi.json", app.origin))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let from_yaml: Value = serde_yaml_ng::from_str(&yaml).unwrap();
    assert_eq!(json, from_yaml);
    let health: Value = app
        .client
        .get(format!("{}/health", app.origin))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["status"], "ok");
}

#[tokio::test]
async fn nul_characters_are_refused_where_the_spec_forbids_them() {
    let app = spawn_app().await;
    let with_nul = json!({ "name": "acme", "description": "a\u{0}b" });
    assert_problem(
        app.post_json("/projects", &with_nul).await,
        StatusCode::BAD_REQUEST,
    )
    .await;
    let env_with_nul = json!({ "name": "acme", "env": { "A": "x\u{0}" } });
    assert_problem(
        app.post_json("/projects", &env_with_nul).await,
        StatusCode::BAD_REQUEST,
    )
    .await;
    // A NUL in a variable's name is stored as written, on every backend.
    let odd_key = json!({ "name": "acme", "env": { "A\u{0}B": "x" } });
    assert_eq!(
        app.post_json("/projects", &odd_key).await.status(),
        StatusCode::CREATED
    );
    let stored: Value = app.get("/projects/acme").await.json().await.unwrap();
    assert_eq!(stored["env"], json!({ "A\u{0}B": "x" }));
}
