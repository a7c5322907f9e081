use proptest::prelude::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{BASE_PATH, assert_problem, etag, spawn_app};

#[tokio::test]
async fn create_answers_the_project_with_location_and_etag() {
    let app = spawn_app().await;
    let response = app
        .post_json(
            "/projects",
            &json!({ "name": "acme", "description": "d", "env": { "A": "1" }, "state": "DELETED" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(
        response.headers()["location"],
        format!("{BASE_PATH}/projects/acme").as_str()
    );
    let tag = etag(&response);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["name"], "acme");
    assert_eq!(body["description"], "d");
    assert_eq!(body["env"], json!({ "A": "1" }));
    assert_eq!(
        body["state"], "ACTIVE",
        "output-only fields are ignored on input"
    );
    assert_eq!(body["etag"], tag.as_str());
    assert_eq!(body["create_time"], body["update_time"]);

    let fetched = app.get("/projects/acme").await;
    assert_eq!(etag(&fetched), tag);
    assert_eq!(fetched.json::<Value>().await.unwrap(), body);
}

#[tokio::test]
async fn a_taken_name_is_a_conflict_and_changes_nothing() {
    let app = spawn_app().await;
    let first = app.create_project("acme").await;
    let again = app
        .post_json(
            "/projects",
            &json!({ "name": "acme", "description": "other" }),
        )
        .await;
    assert_problem(again, StatusCode::CONFLICT).await;
    assert_eq!(
        app.get("/projects/acme")
            .await
            .json::<Value>()
            .await
            .unwrap(),
        first
    );
}

#[tokio::test]
async fn a_missing_project_is_not_found() {
    let app = spawn_app().await;
    assert_problem(app.get("/projects/nope").await, StatusCode::NOT_FOUND).await;
    assert_problem(
        app.put_json("/projects/nope", &json!({})).await,
        StatusCode::NOT_FOUND,
    )
    .await;
    assert_problem(app.delete("/projects/nope").await, StatusCode::NOT_FOUND).await;
}

#[tokio::test]
async fn put_replaces_every_writable_field() {
    let app = spawn_app().await;
    app.post_json("/projects", &json!({ "name": "acme", "description": "d", "default_environment": "dev", "env": { "A": "1" } }))
        .await;
    let response = app
        .put_json(
            "/projects/acme",
            &json!({ "name": "ignored", "env": { "B": "2" } }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["name"], "acme", "name is output-only on Replace");
    assert_eq!(body["description"], Value::Null);
    assert_eq!(body["default_environment"], Value::Null);
    assert_eq!(body["env"], json!({ "B": "2" }));
}

#[tokio::test]
async fn patch_merges_and_null_resets() {
    let app = spawn_app().await;
    app.post_json("/projects", &json!({ "name": "acme", "description": "d", "default_environment": "dev", "env": { "A": "1" } }))
        .await;
    let response = app
        .patch_json(
            "/projects/acme",
            &json!({ "description": null, "env": { "B": "2" } }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["description"], Value::Null);
    assert_eq!(body["default_environment"], "dev", "absent fields are kept");
    assert_eq!(body["env"], json!({ "A": "1", "B": "2" }), "objects merge");
}

#[tokio::test]
async fn patch_takes_a_merge_patch_as_either_json_media_type_and_nothing_else() {
    let app = spawn_app().await;
    app.create_project("acme").await;
    // Generated clients (e.g. openapi-generator's Rust one) can only send `application/json`.
    for (content_type, description) in [
        ("application/merge-patch+json", "one"),
        ("application/json", "two"),
    ] {
        let response = app
            .request(Method::PATCH, "/projects/acme")
            .header("content-type", content_type)
            .body(json!({ "description": description }).to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{content_type}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["description"], description);
    }
    let response = app
        .request(Method::PATCH, "/projects/acme")
        .header("content-type", "text/plain")
        .body(json!({ "description": "x" }).to_string())
        .send()
        .await
        .unwrap();
    assert_problem(response, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
}

#[tokio::test]
async fn if_match_guards_writes_and_if_none_match_saves_reads() {
    let app = spawn_app().await;
    let created = app.create_project("acme").await;
    let tag = created["etag"].as_str().unwrap().to_string();

    let stale = app
        .request(Method::PATCH, "/projects/acme")
        .header("content-type", "application/merge-patch+json")
        .header("if-match", "\"not-the-tag\"")
        .body(json!({ "description": "x" }).to_string())
        .send()
        .await
        .unwrap();
    assert_problem(stale, StatusCode::PRECONDITION_FAILED).await;
    assert_eq!(
        app.get("/projects/acme")
            .await
            .json::<Value>()
            .await
            .unwrap(),
        created,
        "nothing was written"
    );

    let fresh = app
        .request(Method::PATCH, "/projects/acme")
        .header("content-type", "application/merge-patch+json")
        .header("if-match", &tag)
        .body(json!({ "description": "x" }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(fresh.status(), StatusCode::OK);
    let new_tag = etag(&fresh);
    assert_ne!(new_tag, tag, "every write changes the etag");

    let not_modified = app
        .request(Method::GET, "/projects/acme")
        .header("if-none-match", &new_tag)
        .send()
        .await
        .unwrap();
    assert_eq!(not_modified.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(etag(&not_modified), new_tag);
    let modified = app
        .request(Method::GET, "/projects/acme")
        .header("if-none-match", &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(modified.status(), StatusCode::OK);

    let delete_stale = app
        .request(Method::DELETE, "/projects/acme")
        .header("if-match", &tag)
        .send()
        .await
        .unwrap();
    assert_problem(delete_stale, StatusCode::PRECONDITION_FAILED).await;
}

#[tokio::test]
async fn delete_is_soft_and_undelete_restores() {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    let state = "/projects/acme/envs/dev/state/dev:tap-to-target";
    let put = app
        .put_json(state, &json!({ "completed": { "singer_state": {} } }))
        .await;
    assert_eq!(put.status(), StatusCode::OK);

    let deleted = app.delete("/projects/acme").await;
    assert_eq!(deleted.status(), StatusCode::OK);
    let body: Value = deleted.json().await.unwrap();
    assert_eq!(body["state"], "DELETED");
    assert!(body["delete_time"].is_string());

    assert_problem(app.get("/projects/acme").await, StatusCode::NOT_FOUND).await;
    assert_problem(
        app.get("/projects/acme/envs/dev").await,
        StatusCode::NOT_FOUND,
    )
    .await;
    assert_problem(app.get(state).await, StatusCode::NOT_FOUND).await;
    assert_problem(app.delete("/projects/acme").await, StatusCode::NOT_FOUND).await;
    let listed: Value = app.get("/projects").await.json().await.unwrap();
    assert_eq!(listed["projects"], json!([]));
    let with_deleted: Value = app
        .get("/projects?show_deleted=true")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(with_deleted["projects"][0]["state"], "DELETED");
    assert_problem(
        app.post_json("/projects", &json!({ "name": "acme" })).await,
        StatusCode::CONFLICT,
    )
    .await;

    let restored = app.post_json("/projects/acme/undelete", &json!({})).await;
    assert_eq!(restored.status(), StatusCode::OK);
    let body: Value = restored.json().await.unwrap();
    assert_eq!(
        (body["state"].as_str(), &body["delete_time"]),
        (Some("ACTIVE"), &Value::Null)
    );
    assert_eq!(
        app.get("/projects/acme/envs/dev").await.status(),
        StatusCode::OK,
        "environments come back too"
    );
    assert_eq!(app.get(state).await.status(), StatusCode::OK, "and states");
    assert_problem(
        app.post_json("/projects/acme/undelete", &json!({})).await,
        StatusCode::CONFLICT,
    )
    .await;
}

/// Paging through any number of projects with any page size yields each project once, in order.
#[test]
fn pages_cover_the_collection_exactly_once() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 6,
        ..ProptestConfig::default()
    });
    runner
        .run(&(0usize..12, 1u32..5), |(count, page_size)| {
            runtime.block_on(async {
                let app = spawn_app().await;
                let mut names: Vec<String> = (0..count)
                    .map(|i| format!("p{:02}", (i * 7) % 100))
                    .collect();
                for name in &names {
                    app.create_project(name).await;
                }
                names.sort();
                let mut seen = Vec::new();
                let mut token: Option<String> = None;
                loop {
                    let mut path = format!("/projects?page_size={page_size}");
                    if let Some(t) = &token {
                        path.push_str(&format!("&page_token={t}"));
                    }
                    let page: Value = app.get(&path).await.json().await.unwrap();
                    let items = page["projects"].as_array().unwrap();
                    assert!(items.len() <= page_size as usize);
                    seen.extend(
                        items
                            .iter()
                            .map(|p| p["name"].as_str().unwrap().to_string()),
                    );
                    match page["next_page_token"].as_str() {
                        Some(t) => token = Some(t.to_string()),
                        None => break,
                    }
                }
                prop_assert_eq!(seen, names);
                Ok(())
            })
        })
        .unwrap();
}

/// Replicas: servers starting at once on one database all come up (migrations take turns) and
/// see each other's writes.
#[tokio::test]
async fn servers_sharing_a_database_start_together_and_share_data() {
    let (first, second) = crate::helpers::spawn_replicas().await;
    first.create_project("shared").await;
    let seen: Value = second.get("/projects/shared").await.json().await.unwrap();
    assert_eq!(seen["name"], "shared");
}
