//! State semantics, as Meltano's `meltano state` (docs/meltano-semantics.md), on a table of cases.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, spawn_app};

const STATE: &str = "/projects/acme/envs/dev/state";

async fn app_with_env() -> TestApp {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    app
}

async fn set(app: &TestApp, id: &str, completed: Value) -> Value {
    let response = app
        .put_json(&format!("{STATE}/{id}"), &json!({ "completed": completed }))
        .await;
    assert_eq!(response.status(), StatusCode::OK, "set {id}");
    response.json().await.unwrap()
}

async fn merge(app: &TestApp, id: &str, partial: Value) -> Value {
    let response = app
        .post_json(
            &format!("{STATE}/{id}/merge"),
            &json!({ "partial": partial }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK, "merge {id}");
    response.json().await.unwrap()
}

async fn get(app: &TestApp, id: &str) -> Value {
    let response = app.get(&format!("{STATE}/{id}")).await;
    assert_eq!(response.status(), StatusCode::OK, "get {id}");
    response.json().await.unwrap()
}

fn singer(bookmarks: Value) -> Value {
    json!({ "singer_state": { "bookmarks": bookmarks } })
}

#[tokio::test]
async fn set_merge_and_effective_state() {
    let app = app_with_env().await;
    let id = "dev:tap-a-to-target-b";
    let state = set(
        &app,
        id,
        singer(json!({ "s1": { "since": 1 }, "s2": { "since": 1 } })),
    )
    .await;
    assert_eq!(state["partial"], Value::Null);
    assert_eq!(state["effective"], state["completed"]);

    // merge goes into partial, deep; the effective state is partial over completed.
    let merged = merge(
        &app,
        id,
        singer(json!({ "s2": { "since": 2 }, "s3": { "since": 2 } })),
    )
    .await;
    assert_eq!(
        merged["completed"],
        singer(json!({ "s1": { "since": 1 }, "s2": { "since": 1 } }))
    );
    assert_eq!(
        merged["partial"],
        singer(json!({ "s2": { "since": 2 }, "s3": { "since": 2 } }))
    );
    assert_eq!(
        merged["effective"],
        singer(json!({ "s1": { "since": 1 }, "s2": { "since": 2 }, "s3": { "since": 2 } }))
    );
    let merged_again = merge(&app, id, singer(json!({ "s3": { "since": 3 } }))).await;
    assert_eq!(
        merged_again["partial"],
        singer(json!({ "s2": { "since": 2 }, "s3": { "since": 3 } }))
    );

    // set replaces completed and clears partial.
    let reset = set(&app, id, singer(json!({ "s9": {} }))).await;
    assert_eq!(
        (reset["completed"].clone(), reset["partial"].clone()),
        (singer(json!({ "s9": {} })), Value::Null)
    );
    assert_eq!(get(&app, id).await, reset);
}

#[tokio::test]
async fn copy_move_and_clear() {
    let app = app_with_env().await;
    let (a, b, c) = (
        "dev:tap-a-to-target-b",
        "dev:tap-a-to-target-c",
        "dev:tap-a-to-target-d",
    );
    set(&app, a, singer(json!({ "s1": 1 }))).await;
    merge(&app, a, singer(json!({ "s2": 2 }))).await;
    let effective = get(&app, a).await["effective"].clone();

    // copy: the destination's completed state is the source's effective state.
    let copied = app
        .post_json(&format!("{STATE}/{a}/copy"), &json!({ "destination": b }))
        .await;
    assert_eq!(copied.status(), StatusCode::OK);
    assert!(
        copied.headers()["location"]
            .to_str()
            .unwrap()
            .ends_with(&format!("/state/{b}"))
    );
    let copied: Value = copied.json().await.unwrap();
    assert_eq!(
        (copied["completed"].clone(), copied["partial"].clone()),
        (effective.clone(), Value::Null)
    );
    assert_eq!(
        get(&app, a).await["effective"],
        effective,
        "copy keeps the source"
    );

    // move: the same, then the source is gone.
    let moved = app
        .post_json(&format!("{STATE}/{b}/move"), &json!({ "destination": c }))
        .await;
    assert_eq!(moved.status(), StatusCode::OK);
    assert_eq!(get(&app, c).await["completed"], effective);
    assert_problem(
        app.get(&format!("{STATE}/{b}")).await,
        StatusCode::NOT_FOUND,
    )
    .await;

    // clear: gone; clearing again is a 404.
    assert_eq!(
        app.delete(&format!("{STATE}/{a}")).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_problem(
        app.get(&format!("{STATE}/{a}")).await,
        StatusCode::NOT_FOUND,
    )
    .await;
    assert_problem(
        app.delete(&format!("{STATE}/{a}")).await,
        StatusCode::NOT_FOUND,
    )
    .await;
    assert_problem(
        app.post_json(&format!("{STATE}/{a}/copy"), &json!({ "destination": b }))
            .await,
        StatusCode::NOT_FOUND,
    )
    .await;
}

#[tokio::test]
async fn merge_from_another_state_id_uses_its_effective_state() {
    let app = app_with_env().await;
    set(&app, "dev:x-to-y", singer(json!({ "s1": 1 }))).await;
    merge(&app, "dev:x-to-y", singer(json!({ "s2": 2 }))).await;
    let response = app
        .post_json(
            &format!("{STATE}/dev:x-to-z/merge"),
            &json!({ "from_state_id": "dev:x-to-y" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let merged: Value = response.json().await.unwrap();
    assert_eq!(
        (merged["completed"].clone(), merged["partial"].clone()),
        (Value::Null, singer(json!({ "s1": 1, "s2": 2 })))
    );
    let both = app
        .post_json(
            &format!("{STATE}/dev:x-to-z/merge"),
            &json!({ "from_state_id": "dev:x-to-y", "partial": singer(json!({})) }),
        )
        .await;
    assert_problem(both, StatusCode::UNPROCESSABLE_ENTITY).await;
}

#[tokio::test]
async fn state_values_need_singer_state_unless_opted_out() {
    let app = app_with_env().await;
    let id = "dev:tap-a-to-target-b";
    let bad = app
        .put_json(
            &format!("{STATE}/{id}"),
            &json!({ "completed": { "bookmarks": {} } }),
        )
        .await;
    let problem = assert_problem(bad, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem["errors"][0]["pointer"], "/completed");
    assert_problem(
        app.get(&format!("{STATE}/{id}")).await,
        StatusCode::NOT_FOUND,
    )
    .await;
    let opted_out = app
        .request(Method::PUT, &format!("{STATE}/{id}?validate=false"))
        .json(&json!({ "completed": { "bookmarks": {} } }))
        .send()
        .await
        .unwrap();
    assert_eq!(opted_out.status(), StatusCode::OK);
}

#[tokio::test]
async fn state_ids_belong_to_their_environment() {
    let app = app_with_env().await;
    let other_env = app
        .put_json(
            &format!("{STATE}/prod:a-to-b"),
            &json!({ "completed": singer(json!({})) }),
        )
        .await;
    assert_problem(other_env, StatusCode::UNPROCESSABLE_ENTITY).await;
    for malformed in ["a%20b", "%C3%A9", "-x", "a%2Fb"] {
        let answer = app
            .put_json(
                &format!("{STATE}/{malformed}"),
                &json!({ "completed": singer(json!({})) }),
            )
            .await;
        assert_problem(answer, StatusCode::BAD_REQUEST).await;
    }
    // Meltano accepts any state id (`meltano el --state-id`); one not of the `{env}:` form lives
    // where it is written.
    for custom in ["dev:a-b", "tap-a-to-target-b", "legacy_schedule"] {
        let written = app
            .put_json(
                &format!("{STATE}/{custom}"),
                &json!({ "completed": singer(json!({ "id": custom })) }),
            )
            .await;
        assert!(
            written.status().is_success(),
            "{custom}: {}",
            written.status()
        );
        let read: Value = app
            .get(&format!("{STATE}/{custom}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(read["completed"]["singer_state"]["bookmarks"]["id"], custom);
        assert_eq!(read["state_id"], custom);
    }
    let missing_env = app
        .put_json(
            "/projects/acme/envs/qa/state/qa:a-to-b",
            &json!({ "completed": singer(json!({})) }),
        )
        .await;
    assert_problem(missing_env, StatusCode::NOT_FOUND).await;
}

#[tokio::test]
async fn list_filters_by_glob_and_pages() {
    let app = app_with_env().await;
    for id in [
        "dev:tap-a-to-t",
        "dev:tap-b-to-t",
        "dev:tap-b-to-t:blue",
        "dev:x_y-to-t",
        "dev:xay-to-t",
    ] {
        set(&app, id, singer(json!({}))).await;
    }
    let ids = |page: &Value| -> Vec<String> {
        page["states"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["state_id"].as_str().unwrap().to_string())
            .collect()
    };
    let all: Value = app.get(STATE).await.json().await.unwrap();
    assert_eq!(ids(&all).len(), 5);
    let tap_b: Value = app
        .get(&format!("{STATE}?filter=dev:tap-b*"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ids(&tap_b), ["dev:tap-b-to-t", "dev:tap-b-to-t:blue"]);
    let one_char: Value = app
        .get(&format!("{STATE}?filter=dev:tap-?-to-t"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ids(&one_char), ["dev:tap-a-to-t", "dev:tap-b-to-t"]);
    // `_` is literal in a glob, not a one-character wildcard; matching is case-sensitive.
    let literal: Value = app
        .get(&format!("{STATE}?filter=dev:x_y*"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ids(&literal), ["dev:x_y-to-t"]);
    let upper: Value = app
        .get(&format!("{STATE}?filter=DEV:*"))
        .await
        .json()
        .await
        .unwrap();
    assert!(ids(&upper).is_empty());
    // A NUL matches no state id, on either database (PostgreSQL's text holds none: it was a
    // 503 "locked" there, its error code read as SQLite's).
    for filter in ["dev:%00*", "%00"] {
        let response = app.get(&format!("{STATE}?filter={filter}")).await;
        assert_eq!(response.status(), StatusCode::OK, "{filter}");
        assert!(ids(&response.json().await.unwrap()).is_empty(), "{filter}");
    }

    let first: Value = app
        .get(&format!("{STATE}?filter=dev:tap-*&page_size=2"))
        .await
        .json()
        .await
        .unwrap();
    let token = first["next_page_token"].as_str().unwrap();
    let second: Value = app
        .get(&format!(
            "{STATE}?filter=dev:tap-*&page_size=2&page_token={token}"
        ))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        [ids(&first), ids(&second)].concat(),
        ["dev:tap-a-to-t", "dev:tap-b-to-t", "dev:tap-b-to-t:blue"]
    );
    let other_filter = app
        .get(&format!("{STATE}?filter=dev:*&page_token={token}"))
        .await;
    assert_problem(other_filter, StatusCode::BAD_REQUEST).await;
}

#[tokio::test]
async fn export_import_round_trip_is_all_or_nothing() {
    let app = app_with_env().await;
    set(&app, "dev:a-to-b", singer(json!({ "s": 1 }))).await;
    merge(&app, "dev:a-to-b", singer(json!({ "p": 1 }))).await;
    set(&app, "dev:c-to-d", singer(json!({ "s": 2 }))).await;
    let exported: Value = app
        .post_json("/projects/acme/envs/dev/export-state", &json!({}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        exported["dev:a-to-b"],
        json!({ "completed": singer(json!({ "s": 1 })), "partial": singer(json!({ "p": 1 })) })
    );

    // Into another environment, after renaming the env part: the same states come back.
    app.create_env("acme", "qa").await;
    let renamed: serde_json::Map<String, Value> = exported
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.replacen("dev:", "qa:", 1), v.clone()))
        .collect();
    let imported = app
        .post_json(
            "/projects/acme/envs/qa/import-state",
            &Value::Object(renamed.clone()),
        )
        .await;
    assert_eq!(imported.status(), StatusCode::OK);
    let again: Value = app
        .post_json("/projects/acme/envs/qa/export-state", &json!({}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again, Value::Object(renamed));

    // One bad entry: nothing of the import is written.
    let mixed = json!({ "qa:e-to-f": { "completed": singer(json!({})) }, "qa:g-to-h": { "completed": { "no": "singer" } } });
    assert_problem(
        app.post_json("/projects/acme/envs/qa/import-state", &mixed)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_problem(
        app.get("/projects/acme/envs/qa/state/qa:e-to-f").await,
        StatusCode::NOT_FOUND,
    )
    .await;
}

#[tokio::test]
async fn deleting_the_environment_takes_its_state() {
    let app = app_with_env().await;
    set(&app, "dev:a-to-b", singer(json!({}))).await;
    assert_eq!(
        app.delete("/projects/acme/envs/dev").await.status(),
        StatusCode::NO_CONTENT
    );
    app.create_env("acme", "dev").await;
    assert_problem(
        app.get(&format!("{STATE}/dev:a-to-b")).await,
        StatusCode::NOT_FOUND,
    )
    .await;
}

/// Paging through any glob filter with any page size yields exactly the ids it matches, each
/// once, in order (the filter's literal-prefix range and a page's cursor make one lower bound).
#[test]
fn filtered_pages_cover_the_matches_exactly_once() {
    use proptest::prelude::*;
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 8,
        ..ProptestConfig::default()
    });
    let ids = proptest::collection::btree_set("dev:[ab]{1,3}", 0..14);
    let glob = "dev:[ab?*]{0,3}\\*?";
    runner
        .run(&(ids, glob, 1u32..5), |(ids, glob, page_size)| {
            runtime.block_on(async {
                let app = app_with_env().await;
                for id in &ids {
                    set(&app, id, singer(json!({}))).await;
                }
                let like = regex::Regex::new(&format!(
                    "^{}$",
                    regex::escape(&glob)
                        .replace("\\*", ".*")
                        .replace("\\?", ".")
                ))
                .unwrap();
                let expected: Vec<&String> = ids.iter().filter(|id| like.is_match(id)).collect();
                let encoded = glob.replace('*', "%2A").replace('?', "%3F");
                let mut seen = Vec::new();
                let mut token: Option<String> = None;
                loop {
                    let mut path = format!("{STATE}?filter={encoded}&page_size={page_size}");
                    if let Some(t) = &token {
                        path.push_str(&format!("&page_token={t}"));
                    }
                    let response = app.get(&path).await;
                    prop_assert_eq!(response.status(), StatusCode::OK);
                    let page: Value = response.json().await.unwrap();
                    let items = page["states"].as_array().unwrap();
                    prop_assert!(items.len() <= page_size as usize);
                    seen.extend(
                        items
                            .iter()
                            .map(|s| s["state_id"].as_str().unwrap().to_string()),
                    );
                    match page["next_page_token"].as_str() {
                        Some(t) => token = Some(t.to_string()),
                        None => break,
                    }
                }
                prop_assert_eq!(seen.iter().collect::<Vec<_>>(), expected);
                Ok(())
            })
        })
        .unwrap();
}
