//! The log of writes (`projects/{p}/events`): each accepted write once, with its token's name,
//! in the transaction of its change; refused ones and reads never.

use reqwest::{Method, StatusCode};
use sea_orm::{ConnectionTrait, Database};
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, fresh_database_url, spawn_app_with};

const SECRET_VALUE: &str = "s3cret-bookmark-value";

/// A server with its data in `dir` and a token file: `alice` and an unnamed token may write,
/// `dashboard` may read.
async fn spawn_with_named_tokens(dir: &std::path::Path, database_url: Option<String>) -> TestApp {
    use meltano_api::http::auth::digest_line;
    let file = dir.join("tokens");
    std::fs::write(
        &file,
        format!(
            "read-write {} alice\nread-write {}\nread-only {} dashboard  # a comment\n",
            digest_line("alice-secret"),
            digest_line("unnamed-secret"),
            digest_line("reader-secret"),
        ),
    )
    .unwrap();
    let mut app = spawn_app_with(|s| {
        s.token_file = Some(file);
        s.data_dir = dir.to_path_buf();
        if database_url.is_some() {
            s.database_url = database_url;
        }
    })
    .await;
    app.token = Some("alice-secret".into());
    app
}

/// The unnamed token's name: `sha256:` and its digest's first 12 hex digits.
fn unnamed_token_name() -> String {
    let line = meltano_api::http::auth::digest_line("unnamed-secret");
    line[..("sha256:".len() + 12)].to_string()
}

async fn send(
    app: &TestApp,
    token: &str,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, String) {
    let url = format!("{}{}{path}", app.origin, crate::helpers::BASE_PATH);
    let mut request = app.client.request(method, url).bearer_auth(token);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    (response.status(), id)
}

/// Every event of `project`, newest first, walking its pages `page_size` at a time.
async fn all_events(app: &TestApp, project: &str, query: &str, page_size: u32) -> Vec<Value> {
    let mut events = Vec::new();
    let mut token = String::new();
    loop {
        let response = app
            .get(&format!(
                "/projects/{project}/events?page_size={page_size}{query}{}",
                if token.is_empty() {
                    String::new()
                } else {
                    format!("&page_token={token}")
                }
            ))
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        let page: Value = response.json().await.unwrap();
        events.extend(page["events"].as_array().unwrap().iter().cloned());
        match page["next_page_token"].as_str() {
            Some(next) => token = next.to_string(),
            None => return events,
        }
    }
}

#[tokio::test]
async fn each_accepted_write_is_logged_once_with_its_token_and_refused_ones_never() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = spawn_with_named_tokens(dir.path(), None).await;
    let state = "/projects/acme/envs/dev/state/dev:a-to-b";
    let unnamed = unnamed_token_name();

    // Each accepted write as (project, token's name, method, path, request id).
    let mut logged = Vec::new();
    let mut write = async |project: &str,
                           token: &str,
                           method: Method,
                           path: &str,
                           body: Option<Value>,
                           want: StatusCode| {
        let (status, request_id) = send(&app, token, method.clone(), path, body).await;
        assert_eq!(status, want, "{method} {path}");
        if status.is_success() {
            let name = if token == "alice-secret" {
                "alice".to_string()
            } else {
                unnamed.clone()
            };
            let path = format!("{}{path}", crate::helpers::BASE_PATH);
            logged.push((
                project.to_string(),
                name,
                method.to_string(),
                path,
                request_id,
            ));
        }
    };
    write(
        "acme",
        "alice-secret",
        Method::POST,
        "/projects",
        Some(json!({ "name": "acme" })),
        StatusCode::CREATED,
    )
    .await;
    write(
        "acme",
        "alice-secret",
        Method::POST,
        "/projects/acme/envs",
        Some(json!({ "name": "dev" })),
        StatusCode::CREATED,
    )
    .await;
    let value = json!({ "completed": { "singer_state": { "bookmarks": { "s": { "token": SECRET_VALUE } } } } });
    write(
        "acme",
        "alice-secret",
        Method::PUT,
        state,
        Some(value.clone()),
        StatusCode::OK,
    )
    .await;
    // Refused: a read-only token, a body against the schema, a duplicate, a missing resource.
    write(
        "acme",
        "reader-secret",
        Method::PUT,
        state,
        Some(value.clone()),
        StatusCode::FORBIDDEN,
    )
    .await;
    write(
        "acme",
        "unnamed-secret",
        Method::PUT,
        state,
        Some(json!({ "nope": 1 })),
        StatusCode::BAD_REQUEST,
    )
    .await;
    write(
        "acme",
        "unnamed-secret",
        Method::POST,
        "/projects/acme/envs",
        Some(json!({ "name": "dev" })),
        StatusCode::CONFLICT,
    )
    .await;
    write(
        "acme",
        "unnamed-secret",
        Method::DELETE,
        "/projects/acme/envs/dev/state/dev:x-to-y",
        None,
        StatusCode::NOT_FOUND,
    )
    .await;
    write(
        "acme",
        "unnamed-secret",
        Method::DELETE,
        state,
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    write(
        "other",
        "alice-secret",
        Method::POST,
        "/projects",
        Some(json!({ "name": "other" })),
        StatusCode::CREATED,
    )
    .await;
    write(
        "acme",
        "alice-secret",
        Method::DELETE,
        "/projects/acme",
        None,
        StatusCode::OK,
    )
    .await;

    // A read-only token reads the log; the soft-deleted project's log stays readable.
    app.token = Some("reader-secret".into());
    let events = all_events(&app, "acme", "", 2).await;
    let wanted: Vec<(String, String, String, String)> = logged
        .iter()
        .rev()
        .filter(|(project, ..)| project == "acme")
        .map(|(_, token, method, path, id)| {
            (token.clone(), method.clone(), path.clone(), id.clone())
        })
        .collect();
    let got: Vec<(String, String, String, String)> = events
        .iter()
        .map(|e| {
            (
                e["actor"].as_str().unwrap().to_string(),
                e["method"].as_str().unwrap().to_string(),
                e["path"].as_str().unwrap().to_string(),
                e["request_id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(got, wanted, "newest first, the accepted writes only");
    let operations: Vec<&str> = events
        .iter()
        .map(|e| e["operation"].as_str().unwrap())
        .collect();
    assert_eq!(
        operations,
        [
            "deleteProject",
            "clearState",
            "setState",
            "createEnv",
            "createProject"
        ]
    );
    let mut ids: Vec<&str> = events.iter().map(|e| e["id"].as_str().unwrap()).collect();
    ids.reverse();
    assert!(ids.is_sorted(), "ids sort by creation: {ids:?}");
    assert!(
        !serde_json::to_string(&events)
            .unwrap()
            .contains(SECRET_VALUE),
        "bodies are never recorded"
    );

    // Filters, and each project's own log.
    let alice = all_events(&app, "acme", "&actor=alice", 50).await;
    assert_eq!(alice.len(), 4);
    let by_unnamed = all_events(&app, "acme", &format!("&actor={unnamed}"), 50).await;
    assert_eq!(by_unnamed.len(), 1);
    assert_eq!(by_unnamed[0]["operation"], "clearState");
    let sets = all_events(&app, "acme", "&operation=setState", 50).await;
    assert_eq!(sets.len(), 1);
    let other = all_events(&app, "other", "", 50).await;
    assert_eq!(other.len(), 1);
    assert_eq!(other[0]["operation"], "createProject");
    assert_eq!(other[0]["actor"], "alice");

    // A page token of one filter is not one of another; an unknown project is a 404.
    let first: Value = app
        .get("/projects/acme/events?page_size=1")
        .await
        .json()
        .await
        .unwrap();
    let token = first["next_page_token"].as_str().unwrap();
    assert_problem(
        app.get(&format!(
            "/projects/acme/events?page_size=1&actor=alice&page_token={token}"
        ))
        .await,
        StatusCode::BAD_REQUEST,
    )
    .await;
    assert_problem(
        app.get("/projects/nope/events").await,
        StatusCode::NOT_FOUND,
    )
    .await;
    assert_problem(
        app.get("/projects/acme/events?actor=bad%20name").await,
        StatusCode::BAD_REQUEST,
    )
    .await;
}

#[tokio::test]
async fn without_tokens_a_write_is_logged_with_no_token() {
    let app = spawn_app_with(|_| {}).await;
    app.create_project("acme").await;
    let events: Value = app.get("/projects/acme/events").await.json().await.unwrap();
    assert_eq!(events["events"][0]["actor"], Value::Null);
    assert_eq!(events["events"][0]["operation"], "createProject");
    assert_eq!(events["events"].as_array().unwrap().len(), 1);
}

/// The event is written in the transaction of the change: when the event cannot be written,
/// the change is not made either (a trigger refuses every event here).
#[tokio::test]
async fn a_write_whose_event_cannot_be_written_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = fresh_database_url().await;
    let app = spawn_with_named_tokens(dir.path(), database_url.clone()).await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    let state = "/projects/acme/envs/dev/state/dev:a-to-b";
    let first = json!({ "completed": { "singer_state": { "n": 1 } } });
    assert_eq!(app.put_json(state, &first).await.status(), StatusCode::OK);

    let url = database_url.unwrap_or_else(|| {
        format!(
            "sqlite://{}?mode=rw",
            dir.path()
                .join(meltano_api::store::files::SQLITE_FILE)
                .display()
        )
    });
    let db = Database::connect(&url).await.unwrap();
    let refuse = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => {
            "CREATE FUNCTION refuse_events() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'no events'; END $$ LANGUAGE plpgsql;
             CREATE TRIGGER refuse BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_events();"
        }
        _ => "CREATE TRIGGER refuse BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'no events'); END;",
    };
    db.execute_unprepared(refuse).await.unwrap();

    // A state write, a create, a versioned update and a delete: each refused whole.
    for (method, path, body) in [
        (
            Method::PUT,
            state,
            Some(json!({ "completed": { "singer_state": { "n": 2 } } })),
        ),
        (
            Method::POST,
            "/projects/acme/envs",
            Some(json!({ "name": "prod" })),
        ),
        (
            Method::PATCH,
            "/projects/acme",
            Some(json!({ "description": "changed" })),
        ),
        (Method::DELETE, "/projects/acme/envs/dev", None),
    ] {
        let (status, _) = send(&app, "alice-secret", method.clone(), path, body).await;
        assert!(status.is_server_error(), "{method} {path}: {status}");
    }
    let kept: Value = app.get(state).await.json().await.unwrap();
    assert_eq!(kept["completed"], first["completed"]);
    assert_eq!(
        app.get("/projects/acme/envs/prod").await.status(),
        StatusCode::NOT_FOUND
    );
    let project: Value = app.get("/projects/acme").await.json().await.unwrap();
    assert_ne!(project["description"], "changed");
    assert_eq!(
        app.get("/projects/acme/envs/dev").await.status(),
        StatusCode::OK
    );
    let events = all_events(&app, "acme", "", 50).await;
    assert_eq!(events.len(), 3, "only the writes made before: {events:?}");
}

/// A path's project is read as its handler reads it (`%61cme` is `acme`), so no spelling of a
/// path keeps a write out of its project's log; a `POST` that changes nothing (an export) is
/// logged just after its answer.
#[tokio::test]
async fn an_encoded_path_and_an_export_are_logged_in_their_project() {
    let app = spawn_app_with(|_| {}).await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    let written = app
        .put_json(
            "/projects/%61cme/envs/dev/state/dev:a-to-b",
            &json!({ "completed": { "singer_state": {} } }),
        )
        .await;
    assert_eq!(written.status(), StatusCode::OK);
    let sets = all_events(&app, "acme", "&operation=setState", 50).await;
    assert_eq!(sets.len(), 1, "the encoded write is acme's");

    let exported = app
        .request(Method::POST, "/projects/acme/export")
        .send()
        .await
        .unwrap();
    assert_eq!(exported.status(), StatusCode::OK);
    let request_id = exported.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    let mut exports = Vec::new();
    for _ in 0..100 {
        exports = all_events(&app, "acme", "&operation=exportProject", 50).await;
        if !exports.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(exports.len(), 1, "the export is logged once");
    assert_eq!(exports[0]["request_id"], request_id.as_str());
    assert_eq!(all_events(&app, "acme", "", 50).await.len(), 4);
}

mod any_writes {
    use proptest::prelude::*;
    use reqwest::Method;
    use serde_json::{Value, json};

    /// A write some token tries: which token, and what.
    #[derive(Debug, Clone)]
    pub enum Write {
        SetState {
            token: usize,
            id: usize,
            stale_if_match: bool,
        },
        ClearState {
            token: usize,
            id: usize,
        },
        PatchProject {
            token: usize,
            description: String,
        },
        CreateEnv {
            token: usize,
            env: usize,
        },
        DeleteEnv {
            token: usize,
            env: usize,
        },
    }

    /// The tokens of [`super::spawn_with_named_tokens`]: two that may write, one that may not.
    pub const TOKENS: [&str; 3] = ["alice-secret", "unnamed-secret", "reader-secret"];

    pub fn writes() -> impl Strategy<Value = Vec<Write>> {
        let token = 0..TOKENS.len();
        let write = prop_oneof![
            (token.clone(), 0..2usize, any::<bool>()).prop_map(|(token, id, stale_if_match)| {
                Write::SetState {
                    token,
                    id,
                    stale_if_match,
                }
            }),
            (token.clone(), 0..2usize).prop_map(|(token, id)| Write::ClearState { token, id }),
            (token.clone(), "[a-z ]{0,12}")
                .prop_map(|(token, description)| Write::PatchProject { token, description }),
            (token.clone(), 0..2usize).prop_map(|(token, env)| Write::CreateEnv { token, env }),
            (token, 0..2usize).prop_map(|(token, env)| Write::DeleteEnv { token, env }),
        ];
        proptest::collection::vec(write, 1..12)
    }

    impl Write {
        pub fn token(&self) -> usize {
            match self {
                Self::SetState { token, .. }
                | Self::ClearState { token, .. }
                | Self::PatchProject { token, .. }
                | Self::CreateEnv { token, .. }
                | Self::DeleteEnv { token, .. } => *token,
            }
        }

        /// Method, path under the project, body, and the operation it is.
        pub fn request(&self, project: &str) -> (Method, String, Option<Value>, &'static str) {
            let state = |id: &usize| format!("/projects/{project}/envs/dev/state/dev:a{id}-to-b");
            match self {
                Self::SetState { id, .. } => (
                    Method::PUT,
                    state(id),
                    Some(json!({ "completed": { "singer_state": { "n": id } } })),
                    "setState",
                ),
                Self::ClearState { id, .. } => (Method::DELETE, state(id), None, "clearState"),
                Self::PatchProject { description, .. } => (
                    Method::PATCH,
                    format!("/projects/{project}"),
                    Some(json!({ "description": description })),
                    "patchProject",
                ),
                Self::CreateEnv { env, .. } => (
                    Method::POST,
                    format!("/projects/{project}/envs"),
                    Some(json!({ "name": format!("e{env}") })),
                    "createEnv",
                ),
                Self::DeleteEnv { env, .. } => (
                    Method::DELETE,
                    format!("/projects/{project}/envs/e{env}"),
                    None,
                    "deleteEnv",
                ),
            }
        }
    }
}

/// Any sequence of writes by any tokens, some refused (a read-only token, a stale `If-Match`,
/// a name taken, a resource missing): the project's log is exactly its accepted writes, newest
/// first, each with its token, operation and request id, however it is paged.
#[test]
fn the_log_is_exactly_the_accepted_writes_for_any_sequence() {
    use proptest::test_runner::{Config, TestRunner};
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let app = runtime.block_on(spawn_with_named_tokens(dir.path(), None));
    let names = ["alice".to_string(), unnamed_token_name()];
    let mut runner = TestRunner::new(Config {
        cases: 24,
        failure_persistence: None,
        ..Config::default()
    });
    let case = std::cell::Cell::new(0);
    runner
        .run(&(any_writes::writes(), 1..6u32), |(writes, page_size)| {
            case.set(case.get() + 1);
            let project = format!("p{}", case.get());
            runtime.block_on(async {
                app.create_project(&project).await;
                app.create_env(&project, "dev").await;
                // The two set-up writes, by the app's token (alice).
                let mut wanted = all_events(&app, &project, "", 50).await;
                assert_eq!(wanted.len(), 2);
                let mut wanted: Vec<(String, String, String)> = wanted
                    .drain(..)
                    .rev()
                    .map(|e| {
                        let field = |k: &str| e[k].as_str().unwrap().to_string();
                        (field("actor"), field("operation"), field("request_id"))
                    })
                    .collect();
                for write in &writes {
                    let (method, path, body, operation) = write.request(&project);
                    let token = any_writes::TOKENS[write.token()];
                    let url = format!("{}{}{path}", app.origin, crate::helpers::BASE_PATH);
                    let mut request = app.client.request(method, url).bearer_auth(token);
                    if let Some(body) = body {
                        request = request.json(&body);
                    }
                    if let any_writes::Write::SetState {
                        stale_if_match: true,
                        ..
                    } = write
                    {
                        request = request.header("If-Match", "\"stale\"");
                    }
                    let response = request.send().await.unwrap();
                    let status = response.status();
                    assert!(
                        status.is_success() || status.is_client_error(),
                        "{write:?}: {status}"
                    );
                    if status.is_success() {
                        let id = response.headers()["x-request-id"].to_str().unwrap();
                        wanted.push((
                            names[write.token()].clone(),
                            operation.to_string(),
                            id.to_string(),
                        ));
                    }
                }
                wanted.reverse();
                let got: Vec<(String, String, String)> = all_events(&app, &project, "", page_size)
                    .await
                    .iter()
                    .map(|e| {
                        let field = |k: &str| e[k].as_str().unwrap().to_string();
                        (field("actor"), field("operation"), field("request_id"))
                    })
                    .collect();
                assert_eq!(got, wanted, "{writes:?}");
            });
            Ok(())
        })
        .unwrap();
}
