//! Regression tests of the security review (issue 10), one or more per finding, each through
//! the real server: what a web page, a bad input or a plugin could do to it, and does no more.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use tokio::time::Instant;

use crate::executor::{
    ENV, Reaper, id, is_gone, logs, read_pids, start_run, texts_of, with_plugins,
};
use crate::helpers::{
    TestApp, assert_problem, fresh_database_url, spawn_app, spawn_app_with, spawn_server_process,
    spawn_server_process_with, wait_for_run, wait_for_run_within,
};

/// Creates acme/dev with plugin `plugin` (a JSON body) and answers the created plugin.
async fn project_with_plugin(app: &TestApp, plugin: Value) -> Value {
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    let response = app.post_json(&format!("{ENV}/plugins"), &plugin).await;
    let status = response.status();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(status, StatusCode::CREATED, "creating {plugin}: {body}");
    body
}

/// The project acme as the export verb answers it (`meltano.yml`).
async fn export(app: &TestApp) -> String {
    let response = app
        .request(Method::POST, "/projects/acme/export")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.text().await.unwrap()
}

async fn health_ok(app: &TestApp) {
    let response = app
        .client
        .get(format!("{}/health", app.origin))
        .timeout(Duration::from_secs(10))
        .send()
        .await
        .expect("/health answers");
    assert_eq!(response.status(), StatusCode::OK);
}

// ------------------------------------------------------------------ 1. config keys that nest

#[tokio::test]
async fn finding_01_config_keys_are_bounded_in_length_parts_and_depth() {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    let dots = format!("{}b", "a.".repeat(200_000));
    let mut deep = json!(1);
    for _ in 0..40 {
        deep = json!({ "k": deep });
    }
    for (config, pointer) in [
        (json!({ dots.clone(): 1 }), "/config"),
        (json!({ "ok": { "x".repeat(300): 1 } }), "/config/ok"),
        (
            json!({ "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q": 1 }),
            "/config/",
        ),
        (json!({ "deep": deep }), "/config/deep/k"),
    ] {
        let response = app
            .post_json(
                &format!("{ENV}/plugins"),
                &json!({ "name": "tap", "plugin_type": "extractors", "config": config }),
            )
            .await;
        let problem = assert_problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        let at = problem["errors"][0]["pointer"].as_str().unwrap_or_default();
        assert!(at.starts_with(pointer), "points into {pointer}: {problem}");
        assert!(
            problem.to_string().len() < 20_000,
            "the problem does not quote the key"
        );
    }
    // The same through env_config and through a merge patch.
    project_plugin_ok(&app).await;
    for body in [
        json!({ "config": { dots.clone(): 1 } }),
        json!({ "env_config": { dots.clone(): 1 } }),
    ] {
        let response = app.patch_json(&format!("{ENV}/plugins/tap"), &body).await;
        assert_problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    // And through an import.
    let yml = format!("plugins:\n  extractors:\n  - name: tap\n    config:\n      '{dots}': 1\n");
    let response = app
        .post_json("/projects/other/import", &json!({ "meltano_yml": yml }))
        .await;
    assert_problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    health_ok(&app).await;
}

async fn project_plugin_ok(app: &TestApp) {
    let response = app
        .post_json(
            &format!("{ENV}/plugins"),
            &json!({ "name": "tap", "plugin_type": "extractors", "config": { "a.b.c": 1 } }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_01_a_run_of_the_deepest_allowed_config_succeeds() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    // 16 parts: the most a key may have, nested 16 deep in the tap's --config.
    let key = (0..16)
        .map(|i| format!("k{i}"))
        .collect::<Vec<_>>()
        .join(".");
    with_plugins(&app, dir.path(), json!({ "records": 2, key: "v" })).await;
    let run = start_run(&app, json!({ "command": "tap target" })).await;
    let ended = wait_for_run(&app, ENV, &id(&run)).await;
    assert_eq!(ended["status"], "SUCCESS", "{ended}");
    health_ok(&app).await;
}

// ------------------------------------------------------------ 2. web pages: Host and Origin

#[tokio::test]
async fn finding_02_foreign_host_names_are_refused_addresses_and_localhost_are_not() {
    let app = spawn_app().await;
    let port = app.origin.rsplit(':').next().unwrap().to_string();
    for path in ["/health", "/docs", "/meltano/core/v2beta/projects"] {
        let response = app
            .client
            .get(format!("{}{path}", app.origin))
            .header("host", format!("rebound.example:{port}"))
            .send()
            .await
            .unwrap();
        let problem = assert_problem(response, StatusCode::BAD_REQUEST).await;
        assert!(
            problem["detail"].as_str().unwrap().contains("Host"),
            "{problem}"
        );
    }
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        "[::1]".to_string(),
    ] {
        let response = app
            .client
            .get(format!("{}/health", app.origin))
            .header("host", host.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{host}");
    }
}

#[tokio::test]
async fn finding_02_allowed_host_names_are_answered() {
    let app = spawn_app_with(|s| s.allowed_hosts = vec!["api.internal".into()]).await;
    let response = app
        .client
        .get(format!("{}/health", app.origin))
        .header("host", "api.internal:5000")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn finding_02_cross_site_writes_and_simple_bodies_are_refused() {
    let app = spawn_app().await;
    app.create_project("acme").await;
    // Another site's page: refused, and nothing was created.
    for (header, value) in [
        ("origin", "http://evil.example"),
        ("origin", "null"),
        ("sec-fetch-site", "cross-site"),
    ] {
        let response = app
            .request(Method::POST, "/projects")
            .header(header, value)
            .json(&json!({ "name": "from-a-page" }))
            .send()
            .await
            .unwrap();
        assert_problem(response, StatusCode::FORBIDDEN).await;
    }
    let response = app.get("/projects/from-a-page").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    // This server's own page (the docs' try-it-out) may write.
    let response = app
        .request(Method::POST, "/projects")
        .header("origin", app.origin.clone())
        .json(&json!({ "name": "from-the-docs" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    // The verbs without a body refuse the types a page may send cross-site without asking.
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ] {
        for path in ["/projects/acme/undelete", "/projects/acme/export"] {
            let response = app
                .request(Method::POST, path)
                .header("content-type", content_type)
                .body("x")
                .send()
                .await
                .unwrap();
            assert_problem(response, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
        }
    }
    let response = app
        .request(Method::POST, "/projects/acme/export")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "no body, no type: fine");
}

// ----------------------------------------------------------------------- 3. exponential globs

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_03_a_many_star_glob_neither_hangs_the_import_nor_the_server() {
    let app = spawn_app().await;
    let pattern = format!("{}b.yml", "a*".repeat(20));
    let name = format!("{}.yml", "a".repeat(60));
    let yml = format!("include_paths: ['{pattern}']\n");
    let import = app
        .request(Method::POST, "/projects/acme/import")
        .json(&json!({ "meltano_yml": yml, "files": { name: "plugins: {}\n" } }))
        // Not a speed limit: the recursive matcher took longer than the age of the universe.
        .timeout(Duration::from_secs(60))
        .send();
    let (import, ()) = tokio::join!(import, health_ok(&app));
    assert_eq!(
        import.expect("the import answers").status(),
        StatusCode::CREATED
    );
}

// --------------------------------------------------------------------------- 4. nested secrets

fn secret_plugin(config: Value) -> Value {
    json!({
        "name": "tap-x", "plugin_type": "extractors",
        "settings": [{ "name": "api.key", "sensitive": true }, { "name": "user" }],
        "config": config,
    })
}

#[tokio::test]
async fn finding_04_a_dotted_secret_given_nested_is_redacted_everywhere() {
    let app = spawn_app().await;
    let secret = "nested-secret-value-1234";
    let created = project_with_plugin(
        &app,
        secret_plugin(json!({ "api": { "key": secret, "host": "h" }, "user": "me" })),
    )
    .await;
    let fetched: Value = app
        .get(&format!("{ENV}/plugins/tap-x"))
        .await
        .json()
        .await
        .unwrap();
    let exported = export(&app).await;
    for shown in [created.to_string(), fetched.to_string(), exported.clone()] {
        assert!(!shown.contains(secret), "the secret shows: {shown}");
    }
    assert_eq!(fetched["config"]["api"]["key"], "(redacted)");
    assert_eq!(
        fetched["config"]["api"]["host"], "h",
        "the rest still shows"
    );
    assert!(
        exported.contains("api.key"),
        "the export names what it left out"
    );
    // Writing back what was read keeps the secret: a run still gets it.
    let response = app
        .put_json(&format!("{ENV}/plugins/tap-x"), &fetched)
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let resolved = app
        .get(&format!("{ENV}/plugins/tap-x"))
        .await
        .json::<Value>()
        .await
        .unwrap();
    let key = resolved["resolved_config"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "api.key")
        .cloned()
        .unwrap();
    assert_eq!(key["redacted"], true, "still set, still hidden: {key}");
}

#[tokio::test]
async fn finding_04_an_imported_nested_secret_is_redacted() {
    let app = spawn_app().await;
    let secret = "imported-secret-value-5678";
    let yml = format!(
        "environments:\n- name: dev\nplugins:\n  extractors:\n  - name: tap-x\n    settings:\n    - name: api.key\n      kind: password\n    config:\n      api:\n        key: {secret}\n"
    );
    let response = app
        .post_json("/projects/acme/import", &json!({ "meltano_yml": yml }))
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let shown = app
        .get(&format!("{ENV}/plugins/tap-x"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!shown.contains(secret), "{shown}");
    let listed = app
        .get(&format!("{ENV}/plugins"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!listed.contains(secret), "{listed}");
}

// ------------------------------------------------------------------------------- 5. slowloris

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_05_half_open_connections_are_closed_and_capped() {
    let app = spawn_app_with(|s| {
        s.header_timeout_secs = 1;
        s.max_connections = 20;
    })
    .await;
    let address = app.origin.trim_start_matches("http://").to_string();
    let streams: Vec<TcpStream> = (0..60)
        .map(|_| {
            let mut stream = TcpStream::connect(&address).expect("connects");
            stream
                .set_read_timeout(Some(Duration::from_secs(20)))
                .unwrap();
            // Headers that never end.
            let _ = stream.write_all(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
            stream
        })
        .collect();
    // Every one of them is closed by the server: those past the cap at once, the others when
    // their headers do not come within the timeout. (The bound is a hang detector.)
    let closed = tokio::task::spawn_blocking(move || {
        streams
            .into_iter()
            .map(|mut stream| {
                let mut buffer = [0u8; 1024];
                loop {
                    match stream.read(&mut buffer) {
                        Ok(0) => return true,
                        Ok(_) => continue, // a 408 answer, then the close
                        Err(error) => {
                            return !matches!(
                                error.kind(),
                                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                            );
                        }
                    }
                }
            })
            .filter(|closed| *closed)
            .count()
    })
    .await
    .unwrap();
    assert_eq!(closed, 60, "every slow connection was closed by the server");
    health_ok(&app).await;
}

// ------------------------------------------------------------------------------ 6. log flood

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_06_a_flooding_plugin_meets_the_log_cap_and_its_timeout_ends_it() {
    let app = spawn_app_with(|s| {
        s.log_max_lines = 500;
    })
    .await;
    project_with_plugin(
        &app,
        json!({ "name": "flood", "plugin_type": "utilities", "executable": "yes" }),
    )
    .await;
    let run = start_run(&app, json!({ "command": "flood", "timeout_seconds": 2 })).await;
    // The timeout ends it (the bound only tells a hang from an end).
    let ended = wait_for_run_within(&app, ENV, &id(&run), Duration::from_secs(60)).await;
    assert_eq!(ended["status"], "CANCELLED", "{ended}");
    assert!(
        ended["error"]
            .as_str()
            .unwrap_or_default()
            .contains("timed out"),
        "{ended}"
    );
    let response = app
        .get(&format!("{ENV}/runs/{}/logs?page_size=1000", id(&run)))
        .await;
    let page: Value = response.json().await.unwrap();
    let lines = page["lines"].as_array().unwrap();
    let from_plugin = lines.iter().filter(|l| l["plugin"] == "flood").count();
    assert_eq!(
        from_plugin, 500,
        "exactly the cap of the plugin's lines is kept"
    );
    let notes: Vec<&str> = lines
        .iter()
        .filter(|l| l["stream"] == "server")
        .filter_map(|l| l["text"].as_str())
        .collect();
    assert!(
        notes.iter().any(|n| n.contains("reached its limit")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.contains("line(s) of output were not kept")),
        "{notes:?}"
    );
    assert!(
        page["next_page_token"].is_null(),
        "nothing more: {}",
        lines.len()
    );
}

// ---------------------------------------------------------------- 7. variables that feed secrets

#[tokio::test]
async fn finding_07_env_maps_redact_variables_that_feed_secrets() {
    let app = spawn_app().await;
    let secret = "env-var-secret-value-9";
    project_with_plugin(
        &app,
        json!({
            "name": "tap-x", "plugin_type": "extractors",
            "settings": [{ "name": "token", "env": "TAP_X_TOKEN", "sensitive": true },
                         { "name": "password", "kind": "password" }],
        }),
    )
    .await;
    let env_body =
        json!({ "env": { "TAP_X_TOKEN": secret, "TAP_X_PASSWORD": secret, "OTHER": "shown" } });
    for path in ["/projects/acme", "/projects/acme/envs/dev"] {
        let response = app.patch_json(path, &env_body).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let body: Value = response.json().await.unwrap();
        assert!(!body.to_string().contains(secret), "{path}: {body}");
        assert_eq!(body["env"]["TAP_X_TOKEN"], "(redacted)");
        assert_eq!(body["env"]["OTHER"], "shown");
    }
    let response = app
        .post_json(
            &format!("{ENV}/plugins"),
            &json!({ "name": "target-y", "plugin_type": "loaders" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let response = app
        .post_json(
            &format!("{ENV}/schedules"),
            &json!({ "name": "s", "extractor": "tap-x", "loader": "target-y", "interval": "@daily", "env": { "TAP_X_TOKEN": secret } }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let schedule: Value = response.json().await.unwrap();
    assert_eq!(schedule["env"]["TAP_X_TOKEN"], "(redacted)", "{schedule}");
    for path in [
        "/projects/acme".to_string(),
        "/projects".to_string(),
        "/projects/acme/envs".to_string(),
        ENV.to_string(),
        format!("{ENV}/schedules"),
        format!("{ENV}/schedules/s"),
    ] {
        let shown = app.get(&path).await.text().await.unwrap();
        assert!(!shown.contains(secret), "{path}: {shown}");
    }
    let exported = export(&app).await;
    assert!(!exported.contains(secret), "{exported}");
    // Writing back what was read keeps the value: the plugin resolves the real one.
    let read: Value = app.get(ENV).await.json().await.unwrap();
    let response = app.put_json(ENV, &json!({ "env": read["env"] })).await;
    assert_eq!(response.status(), StatusCode::OK);
    let plugin: Value = app
        .get(&format!("{ENV}/plugins/tap-x"))
        .await
        .json()
        .await
        .unwrap();
    let token = plugin["resolved_config"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "token")
        .cloned()
        .unwrap();
    assert_eq!(token["source"], "env_var", "{token}");
    assert_eq!(token["redacted"], true, "{token}");
}

// ------------------------------------------------------------------- 8. the server's own tokens

#[tokio::test]
async fn finding_08_tokens_are_gone_from_the_process_environment_and_command_line() {
    let data_dir = tempfile::tempdir().unwrap();
    let database_url = fresh_database_url().await;
    let mut server = spawn_server_process_with(
        data_dir.path(),
        database_url.as_deref(),
        &["--token", "cmdline-token-0123456789"],
        &[("MELTANO_API_READ_ONLY_TOKEN", "environ-token-9876543210")],
    );
    let pid = server.pid();
    let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap();
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
    for (what, bytes) in [("environ", &environ), ("cmdline", &cmdline)] {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains("cmdline-token-0123456789"), "{what}: {text}");
        assert!(!text.contains("environ-token-9876543210"), "{what}: {text}");
    }
    if let Some(url) = &database_url {
        let text = String::from_utf8_lossy(&cmdline);
        assert!(
            !text.contains(url.as_str()),
            "the database URL is gone too: {text}"
        );
    }
    // The server still knows them.
    server.app.token = Some("cmdline-token-0123456789".into());
    assert_eq!(server.app.get("/projects").await.status(), StatusCode::OK);
    server.app.token = Some("environ-token-9876543210".into());
    assert_eq!(server.app.get("/projects").await.status(), StatusCode::OK);
    server.app.token = None;
    assert_eq!(
        server.app.get("/projects").await.status(),
        StatusCode::UNAUTHORIZED
    );
    server.kill();
}

// --------------------------------------------------------------------------------- 9. files

#[tokio::test]
async fn finding_09_the_data_directory_and_database_are_private() {
    let data_dir = tempfile::tempdir().unwrap();
    let path = data_dir.path().join("data");
    let dir = path.clone();
    let app = spawn_app_with(move |s| s.data_dir = dir).await;
    app.create_project("acme").await;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o700);
    if !crate::helpers::use_postgres() {
        for file in ["meltano-api.db", "meltano-api.db-wal", "meltano-api.db-shm"] {
            let file = path.join(file);
            assert!(file.exists(), "{}", file.display());
            assert_eq!(mode(&file), 0o600, "{}", file.display());
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_09_a_killed_server_leaves_no_plugin_running_and_no_run_files() {
    let data_dir = tempfile::tempdir().unwrap();
    let database_url = fresh_database_url().await;
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pids.json");
    let _reaper = Reaper(pid_file.clone());
    let mut server = spawn_server_process(data_dir.path(), database_url.as_deref());
    with_plugins(
        &server.app,
        dir.path(),
        json!({ "records": 1000, "sleep_seconds": 0.2, "pid_file": pid_file }),
    )
    .await;
    let run = start_run(&server.app, json!({ "command": "tap target" })).await;
    let run_id = id(&run);
    let run_dir = data_dir.path().join("runs").join(&run_id);
    let deadline = Instant::now() + Duration::from_secs(15);
    while read_pids(&pid_file).is_none() {
        assert!(Instant::now() < deadline, "the tap starts within 15 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        run_dir.join("tap.config.json").exists(),
        "the run's config is on disk"
    );
    let (tap, child) = read_pids(&pid_file).unwrap();
    server.kill();

    // The tap dies with its server (PR_SET_PDEATHSIG)...
    let deadline = Instant::now() + Duration::from_secs(10);
    while !is_gone(tap) {
        assert!(
            Instant::now() < deadline,
            "the tap ({tap}) ends with its server"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // ...and what it left (its `sleep` child) ends when a server starts again on the data dir,
    // which also removes the run's files and fails the run at once (not after --stale-after).
    let server = spawn_server_process(data_dir.path(), database_url.as_deref());
    let deadline = Instant::now() + Duration::from_secs(10);
    while !is_gone(child) {
        assert!(
            Instant::now() < deadline,
            "the tap's child ({child}) is ended"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(!run_dir.exists(), "the run's files are removed");
    let failed = wait_for_run_within(&server.app, ENV, &run_id, Duration::from_secs(5)).await;
    assert_eq!(failed["status"], "FAIL", "{failed}");
    assert!(
        failed["error"]
            .as_str()
            .unwrap_or_default()
            .contains("stopped"),
        "{failed}"
    );
}

// ------------------------------------------------------------------- 10. inheritance unmasks

#[tokio::test]
async fn finding_10_a_child_cannot_unmask_its_parents_secret() {
    let app = spawn_app().await;
    let secret = "parent-secret-value-42";
    project_with_plugin(
        &app,
        json!({
            "name": "tap-x", "plugin_type": "extractors",
            "settings": [{ "name": "password", "kind": "password" }],
            "config": { "password": secret },
        }),
    )
    .await;
    let response = app
        .post_json(
            &format!("{ENV}/plugins"),
            &json!({
                "name": "tap-x-child", "plugin_type": "extractors", "inherit_from": "tap-x",
                "settings": [{ "name": "password", "kind": "string" }],
            }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let created = response.text().await.unwrap();
    let fetched = app
        .get(&format!("{ENV}/plugins/tap-x-child"))
        .await
        .text()
        .await
        .unwrap();
    let exported = export(&app).await;
    for shown in [created, fetched, exported] {
        assert!(!shown.contains(secret), "{shown}");
    }
}

// ---------------------------------------------------------------------- 11. stored garbage

#[tokio::test]
async fn finding_11_import_refuses_what_the_api_would_refuse() {
    let app = spawn_app().await;
    for (yml, pointer) in [
        (
            "plugins:\n  extractors: [{name: tap-a}]\n  loaders: [{name: target-a}]\njobs:\n- name: j\n  tasks: ['tap-a target-a', 7]\n",
            "/jobs/0/tasks",
        ),
        (
            "environments: [{name: dev}]\nplugins:\n  extractors: [{name: a, inherit_from: b}, {name: b, inherit_from: a}]\n",
            "/plugins/extractors/0/inherit_from",
        ),
        (
            "environments: [{name: dev, env: {X: [1]}}]\n",
            "/environments/0/env/X",
        ),
    ] {
        let response = app
            .post_json("/projects/acme/import", &json!({ "meltano_yml": yml }))
            .await;
        let problem = assert_problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(
            problem["errors"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["pointer"]
                    .as_str()
                    .unwrap_or_default()
                    .starts_with(pointer)),
            "{yml}: {problem}"
        );
        assert_eq!(
            app.get("/projects/acme").await.status(),
            StatusCode::NOT_FOUND
        );
    }
}

/// Reads every List and Get of a project and its environments; panics on a 5xx.
async fn read_everything(app: &TestApp, project: &str) {
    let mut paths = vec![
        format!("/projects/{project}"),
        format!("/projects/{project}/envs"),
    ];
    let envs: Value = app
        .get(&format!("/projects/{project}/envs?page_size=100"))
        .await
        .json()
        .await
        .unwrap();
    for env in envs["envs"].as_array().into_iter().flatten() {
        let base = format!("/projects/{project}/envs/{}", env["name"].as_str().unwrap());
        paths.push(base.clone());
        for collection in ["plugins", "jobs", "schedules", "state", "runs"] {
            let list: Value = {
                let response = app.get(&format!("{base}/{collection}?page_size=100")).await;
                assert!(
                    !response.status().is_server_error(),
                    "{base}/{collection}: {}",
                    response.status()
                );
                response.json().await.unwrap()
            };
            let key = if collection == "state" {
                "states"
            } else {
                collection
            };
            for item in list[key].as_array().into_iter().flatten() {
                let name = item["name"]
                    .as_str()
                    .or_else(|| item["state_id"].as_str())
                    .or_else(|| item["id"].as_str())
                    .unwrap_or_default();
                paths.push(format!("{base}/{collection}/{name}"));
            }
        }
    }
    paths.push(format!("/projects/{project}/export"));
    for path in paths {
        let response = if path.ends_with("/export") {
            app.request(Method::POST, &path).send().await.unwrap()
        } else {
            app.get(&path).await
        };
        assert!(
            !response.status().is_server_error(),
            "{path}: {}",
            response.status()
        );
    }
}

mod imported_projects {
    use proptest::prelude::*;
    use serde_json::{Value, json};

    /// A YAML scalar or small structure of the kinds meltano.yml values take (and some they
    /// should not).
    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            (-5i64..100).prop_map(|n| json!(n)),
            "[a-z:* .{}$-]{0,12}".prop_map(Value::String),
            Just(json!("tap-a target-a")),
            Just(json!("@daily")),
            Just(json!("0 0 30 2 *")),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
                proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..3)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    fn name() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(json!("tap-a")),
            Just(json!("target-a")),
            Just(json!("dev")),
            Just(json!("j")),
            "[a-z]{1,5}".prop_map(Value::String),
        ]
    }

    /// A meltano.yml in the shape Meltano writes: mostly with values that may be wrong
    /// anywhere, sometimes valid throughout (so that importing is exercised on every run).
    pub fn project() -> impl Strategy<Value = Value> {
        prop_oneof![3 => any_project(), 1 => valid_project()]
    }

    fn valid_project() -> impl Strategy<Value = Value> {
        (
            proptest::collection::btree_map("[a-z_]{1,8}", "[a-zA-Z0-9 ${}_.-]{0,16}", 0..4),
            prop_oneof![Just("@daily"), Just("0 3 * * *"), Just("@hourly")],
        )
            .prop_map(|(config, interval)| {
                json!({
                    "default_environment": "dev",
                    "environments": [{ "name": "dev", "env": { "A": "1" } }],
                    "plugins": {
                        "extractors": [{ "name": "tap-a", "config": config }],
                        "loaders": [{ "name": "target-a" }],
                    },
                    "jobs": [{ "name": "j", "tasks": ["tap-a target-a"] }],
                    "schedules": [{ "name": "s", "interval": interval, "job": "j" }],
                })
            })
    }

    fn any_project() -> impl Strategy<Value = Value> {
        (
            proptest::collection::vec((name(), value(), value()), 0..3),
            proptest::collection::vec((name(), value()), 0..3),
            proptest::collection::vec((name(), value()), 0..3),
            proptest::collection::vec((name(), value(), value()), 0..3),
            value(),
        )
            .prop_map(|(extractors, loaders, jobs, schedules, env)| {
                let plugin = |(name, config, settings): (Value, Value, Value)| {
                    json!({ "name": name, "config": config, "settings": settings })
                };
                json!({
                    "default_environment": "dev",
                    "env": env,
                    "environments": [{ "name": "dev", "env": { "A": "1" } }],
                    "plugins": {
                        "extractors": extractors.into_iter().map(plugin).collect::<Vec<_>>(),
                        "loaders": loaders.into_iter().map(|(n, c)| json!({ "name": n, "config": c })).collect::<Vec<_>>(),
                    },
                    "jobs": jobs.into_iter().map(|(n, t)| json!({ "name": n, "tasks": t })).collect::<Vec<_>>(),
                    "schedules": schedules.into_iter().map(|(n, i, j)| json!({ "name": n, "interval": i, "job": j })).collect::<Vec<_>>(),
                })
            })
    }
}

#[test]
fn finding_11_any_imported_project_reads_back_without_a_server_error() {
    use proptest::test_runner::{Config, TestRunner};
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let app = runtime.block_on(spawn_app());
    let mut runner = TestRunner::new(Config {
        cases: 48,
        failure_persistence: None,
        ..Config::default()
    });
    let imported = std::cell::Cell::new(0);
    let case = std::cell::Cell::new(0);
    runner
        .run(&imported_projects::project(), |document| {
            case.set(case.get() + 1);
            let project = format!("p{}", case.get());
            let yml = serde_yaml_ng::to_string(&document).unwrap();
            runtime.block_on(async {
                let response = app
                    .post_json(
                        &format!("/projects/{project}/import"),
                        &json!({ "meltano_yml": yml }),
                    )
                    .await;
                let status = response.status();
                assert!(
                    status == StatusCode::CREATED || status == StatusCode::UNPROCESSABLE_ENTITY,
                    "{yml}: {status} {}",
                    response.text().await.unwrap_or_default()
                );
                if status == StatusCode::CREATED {
                    imported.set(imported.get() + 1);
                    read_everything(&app, &project).await;
                }
            });
            Ok(())
        })
        .unwrap();
    assert!(imported.get() > 0, "some generated projects were valid");
}

// ------------------------------------------------------------------------------------ 12. cron

#[tokio::test]
async fn finding_12_schedules_that_never_fire_are_refused_and_fire_times_are_stored() {
    let app = spawn_app().await;
    project_with_plugin(
        &app,
        json!({ "name": "tap-a", "plugin_type": "extractors" }),
    )
    .await;
    let response = app
        .post_json(
            &format!("{ENV}/plugins"),
            &json!({ "name": "target-a", "plugin_type": "loaders" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    for interval in ["0 0 30 2 *", "0 0 31 4,6,9,11 *"] {
        let response = app
            .post_json(
                &format!("{ENV}/schedules"),
                &json!({ "name": "never", "extractor": "tap-a", "loader": "target-a", "interval": interval }),
            )
            .await;
        let problem = assert_problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(problem["errors"][0]["pointer"], "/interval", "{problem}");
        let yml = format!(
            "environments: [{{name: dev}}]\nplugins:\n  extractors: [{{name: tap-a}}]\n  loaders: [{{name: target-a}}]\nschedules:\n- {{name: never, extractor: tap-a, loader: target-a, interval: '{interval}'}}\n"
        );
        let response = app
            .post_json("/projects/other/import", &json!({ "meltano_yml": yml }))
            .await;
        assert_problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    // A rare one is fine, and its next fire time is the 29th of February.
    let response = app
        .post_json(
            &format!("{ENV}/schedules"),
            &json!({ "name": "leap", "extractor": "tap-a", "loader": "target-a", "interval": "0 0 29 2 *" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let schedule: Value = response.json().await.unwrap();
    let next = schedule["next_fire_time"].as_str().unwrap();
    assert!(next.contains("-02-29T00:00:00"), "{schedule}");
    // Paused: no next fire time; resumed: it is back.
    let paused: Value = app
        .patch_json(&format!("{ENV}/schedules/leap"), &json!({ "paused": true }))
        .await
        .json()
        .await
        .unwrap();
    assert!(paused["next_fire_time"].is_null(), "{paused}");
    let resumed: Value = app
        .patch_json(
            &format!("{ENV}/schedules/leap"),
            &json!({ "paused": false }),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(resumed["next_fire_time"], next, "{resumed}");
}

// ----------------------------------------------------------------------------- 13. log follow

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_13_log_follows_are_capped_and_woken_by_new_lines() {
    let app = spawn_app_with(|s| s.max_follows = 2).await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 8, "sleep_seconds": 0.25 }),
    )
    .await;
    let run = start_run(&app, json!({ "command": "tap target" })).await;
    let path = format!("{ENV}/runs/{}/logs?follow=true", id(&run));
    let first = app.get(&path).await;
    let second = app.get(&path).await;
    assert_eq!(first.status(), StatusCode::OK);
    assert_eq!(second.status(), StatusCode::OK);
    let third = app.get(&path).await;
    assert_problem(third, StatusCode::SERVICE_UNAVAILABLE).await;
    // A stream ends with the run, holding every line, in order.
    let streamed = first.text().await.unwrap();
    let lines: Vec<Value> = streamed
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let stored = logs(&app, &id(&run)).await;
    assert_eq!(lines, stored);
    assert!(texts_of(&lines, "tap").contains(&"tap: emitted 8 records".into()));
    drop(second);
    // Places are given back: a new follow of the ended run answers at once.
    let again = app.get(&path).await;
    assert_eq!(again.status(), StatusCode::OK);
    assert_eq!(again.text().await.unwrap(), streamed);
}

// ----------------------------------------------------------- also: NUL in stored JSON (both DBs)

#[tokio::test]
async fn a_nul_character_in_json_is_stored_and_read_back() {
    let app = spawn_app().await;
    app.create_project("acme").await;
    app.create_env("acme", "dev").await;
    let response = app
        .post_json(
            &format!("{ENV}/plugins"),
            &json!({ "name": "tap-x", "plugin_type": "extractors", "config": { "k\u{0}ey": "v\u{0}alue" } }),
        )
        .await;
    assert!(
        !response.status().is_server_error(),
        "{}",
        response.status()
    );
    if response.status() == StatusCode::CREATED {
        let plugin: Value = app
            .get(&format!("{ENV}/plugins/tap-x"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(plugin["config"]["k\u{0}ey"], "v\u{0}alue");
    }
    let state = json!({ "singer_state": { "bookmarks": { "s": { "v": "a\u{0}b" } } } });
    let response = app
        .put_json(&format!("{ENV}/state/dev:tap-x-to-t"), &state)
        .await;
    assert!(
        !response.status().is_server_error(),
        "{}",
        response.text().await.unwrap_or_default()
    );
    let read = app.get(&format!("{ENV}/state/dev:tap-x-to-t")).await;
    assert!(!read.status().is_server_error());
}

// ------------------------------------------------------- 14. what a read-write token can do

#[test]
fn finding_14_the_readme_says_what_each_mode_defends_and_that_a_token_is_code_execution() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("the README");
    let security = readme
        .split("\n## Security\n")
        .nth(1)
        .expect("a Security section")
        .split("\n## ")
        .next()
        .unwrap();
    for said in [
        "A read-write token is code execution",
        "`pip_url`",
        "Default mode",
        "DNS rebinding",
        "--token-file",
        "TLS",
        "--allowed-host",
    ] {
        assert!(
            security.contains(said),
            "the Security section says {said:?}"
        );
    }
}
