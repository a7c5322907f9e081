//! Plugins: config resolved per environment, inheritance, select rules, and secrets that never
//! leave the server.

use std::sync::{Arc, Mutex};

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, spawn_app};

const PLUGINS: &str = "/projects/acme/envs/dev/plugins";

async fn app_with_envs() -> TestApp {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    app.create_env("acme", "prod").await;
    app
}

fn tap(config: Value, env_config: Value) -> Value {
    json!({
        "name": "tap-gitlab",
        "plugin_type": "extractors",
        "variant": "meltanolabs",
        "settings": [
            { "name": "projects" },
            { "name": "start_date", "value": "2020-01-01" },
            { "name": "private_token", "kind": "password", "env": "TAP_GITLAB_PRIVATE_TOKEN" },
            { "name": "api_key", "sensitive": true }
        ],
        "config": config,
        "env_config": env_config
    })
}

fn resolved(plugin: &Value, name: &str) -> Value {
    plugin["resolved_config"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .cloned()
        .unwrap_or(Value::Null)
}

#[tokio::test]
async fn config_resolves_per_environment_with_its_source() {
    let app = app_with_envs().await;
    let created = app
        .post_json(
            PLUGINS,
            &tap(
                json!({ "projects": "a/b" }),
                json!({ "start_date": "2026-01-01" }),
            ),
        )
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let dev: Value = created.json().await.unwrap();
    assert_eq!(
        resolved(&dev, "projects"),
        json!({ "name": "projects", "value": "a/b", "source": "project", "redacted": false })
    );
    assert_eq!(resolved(&dev, "start_date")["source"], "environment");
    assert_eq!(resolved(&dev, "start_date")["value"], "2026-01-01");

    // Another environment sees the project's plugin without dev's overrides.
    let prod: Value = app
        .get("/projects/acme/envs/prod/plugins/tap-gitlab")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(prod["env_config"], json!({}));
    assert_eq!(
        (
            resolved(&prod, "start_date")["value"].clone(),
            resolved(&prod, "start_date")["source"].clone()
        ),
        (json!("2020-01-01"), json!("default"))
    );

    // An environment variable named by a setting wins over every config layer.
    app.patch_json(
        "/projects/acme/envs/prod",
        &json!({ "env": { "TAP_GITLAB_PRIVATE_TOKEN": "from-env" } }),
    )
    .await;
    let prod: Value = app
        .get("/projects/acme/envs/prod/plugins/tap-gitlab")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(resolved(&prod, "private_token")["source"], "env_var");
    assert_eq!(resolved(&prod, "private_token")["redacted"], true);
}

#[tokio::test]
async fn inherit_from_takes_the_parents_definition_and_config() {
    let app = app_with_envs().await;
    app.post_json(PLUGINS, &tap(json!({ "projects": "a/b" }), json!({})))
        .await;
    let child = json!({ "name": "tap-gitlab-2", "plugin_type": "extractors", "inherit_from": "tap-gitlab", "config": { "start_date": "2025-01-01" } });
    let created = app.post_json(PLUGINS, &child).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let child: Value = created.json().await.unwrap();
    assert_eq!(
        (
            resolved(&child, "projects")["value"].clone(),
            resolved(&child, "projects")["source"].clone()
        ),
        (json!("a/b"), json!("inherited"))
    );
    assert_eq!(resolved(&child, "start_date")["source"], "project");

    let wrong_type =
        json!({ "name": "loader", "plugin_type": "loaders", "inherit_from": "tap-gitlab" });
    assert_problem(
        app.post_json(PLUGINS, &wrong_type).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let unknown = json!({ "name": "orphan", "plugin_type": "extractors", "inherit_from": "nope" });
    assert_problem(
        app.post_json(PLUGINS, &unknown).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let cycle = app
        .patch_json(
            &format!("{PLUGINS}/tap-gitlab"),
            &json!({ "inherit_from": "tap-gitlab-2" }),
        )
        .await;
    assert_problem(cycle, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_problem(
        app.delete(&format!("{PLUGINS}/tap-gitlab")).await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(
        app.delete(&format!("{PLUGINS}/tap-gitlab-2"))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.delete(&format!("{PLUGINS}/tap-gitlab")).await.status(),
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn names_are_unique_across_plugin_types() {
    let app = app_with_envs().await;
    app.post_json(
        PLUGINS,
        &json!({ "name": "x", "plugin_type": "extractors" }),
    )
    .await;
    assert_problem(
        app.post_json(PLUGINS, &json!({ "name": "x", "plugin_type": "loaders" }))
            .await,
        StatusCode::CONFLICT,
    )
    .await;
    let loaders: Value = app
        .get(&format!("{PLUGINS}?plugin_type=loaders"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(loaders["plugins"], json!([]));
}

#[tokio::test]
async fn select_rules_are_added_and_removed() {
    let app = app_with_envs().await;
    app.post_json(
        PLUGINS,
        &json!({ "name": "tap", "plugin_type": "extractors", "select": ["a.*"] }),
    )
    .await;
    let response = app
        .post_json(
            &format!("{PLUGINS}/tap/select"),
            &json!({ "add": ["b.*", "a.*"], "remove": ["a.*"] }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.json::<Value>().await.unwrap()["select"],
        json!(["b.*"])
    );
}

/// A writer that keeps every log line the server writes, to search it for secrets.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn secrets_never_appear_in_responses_headers_or_logs() {
    let logs = Captured::default();
    let writer = logs.clone();
    // nextest runs each test in its own process, so this subscriber sees only this test's server.
    let _ = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .try_init();

    let app = app_with_envs().await;
    let (token, key, env_secret) = ("tok-SECRET-1111", "key-SECRET-2222", "env-SECRET-3333");
    let mut seen = Vec::new();
    let mut record = |response_text: String| seen.push(response_text);
    let dump = |r: &reqwest::Response| format!("{:?}", r.headers());

    let created = app
        .post_json(
            PLUGINS,
            &tap(
                json!({ "private_token": token, "projects": "a/b" }),
                json!({ "api_key": key }),
            ),
        )
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    record(dump(&created));
    let body: Value = created.json().await.unwrap();
    assert_eq!(body["config"]["private_token"], "(redacted)");
    assert_eq!(
        resolved(&body, "private_token"),
        json!({ "name": "private_token", "source": "project", "redacted": true })
    );
    record(body.to_string());

    // Read, modify, write back: the placeholder keeps the secret.
    let mut round_trip = body.clone();
    round_trip["config"]["projects"] = json!("c/d");
    let replaced = app
        .put_json(&format!("{PLUGINS}/tap-gitlab"), &round_trip)
        .await;
    assert_eq!(replaced.status(), StatusCode::OK);
    record(dump(&replaced));
    record(replaced.text().await.unwrap());
    let patched = app
        .patch_json(
            &format!("{PLUGINS}/tap-gitlab"),
            &json!({ "env_config": { "api_key": "(redacted)", "start_date": "2026-02-02" } }),
        )
        .await;
    assert_eq!(patched.status(), StatusCode::OK);
    record(patched.text().await.unwrap());
    app.patch_json(
        "/projects/acme/envs/dev",
        &json!({ "env": { "TAP_GITLAB_PRIVATE_TOKEN": env_secret } }),
    )
    .await;
    record(app.get(PLUGINS).await.text().await.unwrap());
    record(
        app.get(&format!("{PLUGINS}/tap-gitlab"))
            .await
            .text()
            .await
            .unwrap(),
    );
    // Error paths: a bad request carrying a secret, and a conflict.
    let bad = app
        .post_json(
            PLUGINS,
            &json!({ "name": "bad", "plugin_type": "nope", "config": { "private_token": token } }),
        )
        .await;
    record(bad.text().await.unwrap());
    let taken = app
        .post_json(PLUGINS, &tap(json!({ "private_token": token }), json!({})))
        .await;
    record(taken.text().await.unwrap());
    let stale = app
        .request(Method::PUT, &format!("{PLUGINS}/tap-gitlab"))
        .header("if-match", "\"stale\"")
        .json(&tap(json!({ "private_token": token }), json!({})))
        .send()
        .await
        .unwrap();
    record(stale.text().await.unwrap());

    let logged = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    assert!(
        logged.contains("create_plugin"),
        "the server's trace log was captured"
    );
    for secret in [token, key, env_secret] {
        for text in &seen {
            assert!(
                !text.contains(secret),
                "{secret} leaked in a response: {text}"
            );
        }
        assert!(!logged.contains(secret), "{secret} leaked in the log");
    }

    // The secrets are still stored, as written: the resolved values say where they come from.
    let stored: Value = app
        .get(&format!("{PLUGINS}/tap-gitlab"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        resolved(&stored, "api_key"),
        json!({ "name": "api_key", "source": "environment", "redacted": true })
    );
    assert_eq!(resolved(&stored, "private_token")["source"], "env_var");
    assert_eq!(resolved(&stored, "projects")["value"], "c/d");
}

/// Get plugin keeps rendered views and serves one only while the rows it came from are
/// unchanged: each write below goes through the other replica, and the next read of a view
/// already kept must show it.
#[tokio::test]
async fn a_kept_view_follows_every_write_by_any_replica() {
    let (reader, writer) = crate::helpers::spawn_replicas().await;
    writer.create_project("acme").await;
    writer.create_env("acme", "dev").await;
    writer
        .post_json(PLUGINS, &tap(json!({ "projects": "$GROUP/b" }), json!({})))
        .await;
    let child = json!({ "name": "tap-gitlab-2", "plugin_type": "extractors", "inherit_from": "tap-gitlab" });
    assert_eq!(
        writer.post_json(PLUGINS, &child).await.status(),
        StatusCode::CREATED
    );
    let child_url = format!("{PLUGINS}/tap-gitlab-2");
    let read = |setting: &'static str| {
        let (reader, url) = (&reader, child_url.clone());
        async move {
            // Twice: the first read may render, the second is served from what was kept.
            reader.get(&url).await;
            let response = reader.get(&url).await;
            let status = response.status();
            let body: Value = response.json().await.unwrap();
            let setting = match status {
                StatusCode::OK => resolved(&body, setting),
                _ => Value::Null,
            };
            (status, setting)
        }
    };
    // Unset, `$GROUP` expands to nothing, as in Meltano.
    assert_eq!(read("projects").await.1["value"], "/b");

    // The project's env feeds `$GROUP`.
    let patched = writer
        .patch_json("/projects/acme", &json!({ "env": { "GROUP": "g1" } }))
        .await;
    assert_eq!(patched.status(), StatusCode::OK);
    assert_eq!(read("projects").await.1["value"], "g1/b");

    // The environment's env overrides it.
    writer
        .patch_json(
            "/projects/acme/envs/dev",
            &json!({ "env": { "GROUP": "g2" } }),
        )
        .await;
    assert_eq!(read("projects").await.1["value"], "g2/b");

    // The parent's config, inherited.
    writer
        .patch_json(
            &format!("{PLUGINS}/tap-gitlab"),
            &json!({ "config": { "projects": "p/q" } }),
        )
        .await;
    assert_eq!(read("projects").await.1["value"], "p/q");

    // The parent's environment config row, created.
    writer
        .patch_json(
            &format!("{PLUGINS}/tap-gitlab"),
            &json!({ "env_config": { "start_date": "2027-01-01" } }),
        )
        .await;
    assert_eq!(read("start_date").await.1["value"], "2027-01-01");

    // The plugin deleted and made again under the same name, with its own config.
    assert_eq!(
        writer.delete(&child_url).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(read("projects").await.0, StatusCode::NOT_FOUND);
    let again = json!({ "name": "tap-gitlab-2", "plugin_type": "extractors", "inherit_from": "tap-gitlab", "config": { "projects": "own" } });
    writer.post_json(PLUGINS, &again).await;
    let (status, projects) = read("projects").await;
    assert_eq!(
        (status, projects["source"].clone()),
        (StatusCode::OK, json!("project"))
    );

    // Its project deleted (softly, so every row stays): nothing is served from what was kept.
    assert_eq!(
        writer.delete("/projects/acme").await.status(),
        StatusCode::OK
    );
    assert_eq!(read("projects").await.0, StatusCode::NOT_FOUND);
}

/// A write's answer is built from the context read before it with the written plugin put in
/// (no second read): it must be what a read then answers, for creates, replaces and patches of
/// plugins that inherit, hold secrets, and have config in this environment.
#[tokio::test]
async fn a_write_answers_the_plugin_as_a_read_right_after_shows_it() {
    let app = app_with_envs().await;
    let child = |config: Value| {
        json!({
            "name": "tap-child",
            "plugin_type": "extractors",
            "inherit_from": "tap-gitlab",
            "settings": [{ "name": "extra", "sensitive": true }],
            "config": config,
            "env_config": { "projects": "child/env" },
            "env_extras": { "select": ["a.*"] }
        })
    };
    let writes = [
        (
            Method::POST,
            PLUGINS.to_string(),
            tap(
                json!({ "api_key": "k1", "projects": "p" }),
                json!({ "start_date": "2024-01-01" }),
            ),
        ),
        (
            Method::POST,
            PLUGINS.to_string(),
            child(json!({ "extra": "s3cret" })),
        ),
        (
            Method::PUT,
            format!("{PLUGINS}/tap-child"),
            child(json!({ "extra": "(redacted)", "projects": "q" })),
        ),
        (
            Method::PATCH,
            format!("{PLUGINS}/tap-gitlab"),
            json!({ "config": { "projects": "r" }, "env_config": { "api_key": "env-key" } }),
        ),
        (
            Method::PATCH,
            format!("{PLUGINS}/tap-child"),
            json!({ "env_extras": { "select": ["b.*"] } }),
        ),
    ];
    for (method, path, body) in writes {
        let written = app
            .request(method.clone(), &path)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(
            written.status().is_success(),
            "{method} {path}: {}",
            written.status()
        );
        let etag = crate::helpers::etag(&written);
        let answered: Value = written.json().await.unwrap();
        let read = app
            .get(&format!("{PLUGINS}/{}", answered["name"].as_str().unwrap()))
            .await;
        assert_eq!(crate::helpers::etag(&read), etag, "{method} {path}");
        let read: Value = read.json().await.unwrap();
        assert_eq!(
            answered, read,
            "{method} {path}: the answer is what a read shows"
        );
    }
}
