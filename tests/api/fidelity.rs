//! Plugins get what Meltano's invoker gives them (issue 11): variables, `$VAR` expansion, the
//! `catalog`, `state` and `load_schema` extras, and `meltano config <extractor> test`.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::executor::{ENV, id, logs, output_ids, run_to_end, texts_of, with_plugins};
use crate::helpers::{TestApp, assert_problem, spawn_app, wait_for_run};

async fn patch(app: &TestApp, path: &str, body: Value) {
    let response = app.patch_json(path, &body).await;
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    assert_eq!(status, StatusCode::OK, "PATCH {path}: {text}");
}

/// Starts a config test of the tap and waits for its end.
async fn config_test(app: &TestApp) -> Value {
    let path = format!("{ENV}/plugins/tap/test-config");
    let response = app
        .request(reqwest::Method::POST, &path)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let run: Value = response.json().await.unwrap();
    assert_eq!(run["kind"], "CONFIG_TEST");
    wait_for_run(app, ENV, &id(&run)).await
}

fn said(lines: &[Value], plugin: &str, line: &str) -> bool {
    texts_of(lines, plugin).iter().any(|l| l == line)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plugins_get_meltanos_variables_and_config_expands_from_the_project_alone() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(
        &app,
        dir.path(),
        json!({
            "records": 1,
            "greeting": "hi ${WHO}, \\$WHO",
            "home": "$HOME",
            "log_config": ["greeting", "home"],
            "log_env": ["MELTANO_EXTRACTOR_NAME", "MELTANO_EXTRACTOR_NAMESPACE", "TAP_RECORDS",
                        "MELTANO_EXTRACT_RECORDS", "TAP_ONLY", "WHO"],
        }),
    )
    .await;
    patch(
        &app,
        "/projects/acme",
        json!({ "env": { "WHO": "project", "KEPT": "k" } }),
    )
    .await;
    patch(&app, ENV, json!({ "env": { "WHO": "dev" } })).await;
    patch(
        &app,
        &format!("{ENV}/plugins/tap"),
        json!({ "env": { "TAP_ONLY": "$WHO-tap" }, "load_schema": "raw_${WHO}" }),
    )
    .await;
    patch(
        &app,
        &format!("{ENV}/plugins/target"),
        json!({
            "settings": [{ "name": "schema", "value": "$MELTANO_EXTRACT__LOAD_SCHEMA" }],
            "config": {
                "log_config": ["schema"],
                "log_env": ["MELTANO_EXTRACT__LOAD_SCHEMA", "MELTANO_EXTRACTOR_NAME", "MELTANO_LOADER_NAME",
                            "MELTANO_EXTRACT_RECORDS", "TAP_ONLY", "KEPT"],
            },
        }),
    )
    .await;
    let run = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    let lines = logs(&app, &id(&run)).await;
    for line in [
        // The environment's `env` over the project's; `\$` escapes; the server's `$HOME` is
        // not among the variables.
        r#"tap: config greeting="hi dev, $WHO""#,
        r#"tap: config home="""#,
        "tap: env MELTANO_EXTRACTOR_NAME=tap",
        "tap: env MELTANO_EXTRACTOR_NAMESPACE=tap",
        // Its settings exported under its name and Meltano's verb.
        "tap: env TAP_RECORDS=1",
        "tap: env MELTANO_EXTRACT_RECORDS=1",
        // Its `env`, expanded from the environment's.
        "tap: env TAP_ONLY=dev-tap",
        "tap: env WHO=dev",
    ] {
        assert!(
            said(&lines, "tap", line),
            "{line:?} in {:?}",
            texts_of(&lines, "tap")
        );
    }
    for line in [
        // What the extractor exports reaches the loader: its load_schema (expanded), its
        // identity and settings; its own `env` does not.
        "target: env MELTANO_EXTRACT__LOAD_SCHEMA=raw_dev",
        r#"target: config schema="raw_dev""#,
        "target: env MELTANO_EXTRACTOR_NAME=tap",
        "target: env MELTANO_LOADER_NAME=target",
        "target: env MELTANO_EXTRACT_RECORDS=1",
        "target: env TAP_ONLY=(unset)",
        "target: env KEPT=k",
    ] {
        assert!(
            said(&lines, "target", line),
            "{line:?} in {:?}",
            texts_of(&lines, "target")
        );
    }
    // Without `load_schema`, the extractor's namespace.
    patch(
        &app,
        &format!("{ENV}/plugins/tap"),
        json!({ "load_schema": null, "namespace": "tap_things" }),
    )
    .await;
    let run = run_to_end(
        &app,
        json!({ "command": "tap target", "full_refresh": true }),
        "SUCCESS",
    )
    .await;
    let lines = logs(&app, &id(&run)).await;
    assert!(
        said(&lines, "target", r#"target: config schema="tap_things""#),
        "{:?}",
        texts_of(&lines, "target")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_setting_is_read_from_meltanos_variable_names_and_a_secret_one_stays_secret() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 1, "log_config": ["password", "user"] }),
    )
    .await;
    patch(
        &app,
        &format!("{ENV}/plugins/tap"),
        json!({ "namespace": "tap_ns",
                "settings": [{ "name": "password", "sensitive": true }, { "name": "user" }] }),
    )
    .await;
    patch(
        &app,
        "/projects/acme",
        json!({ "env": { "TAP_NS_PASSWORD": "hunter2-secret", "TAP_USER": "me" } }),
    )
    .await;
    let plugin: Value = app
        .get(&format!("{ENV}/plugins/tap"))
        .await
        .json()
        .await
        .unwrap();
    let resolved = |name: &str| {
        plugin["resolved_config"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .cloned()
            .unwrap()
    };
    assert_eq!(resolved("user")["value"], "me");
    assert_eq!(resolved("user")["source"], "env_var");
    assert_eq!(resolved("password")["redacted"], true);
    assert_eq!(resolved("password")["source"], "env_var");
    let project = app.get("/projects/acme").await.text().await.unwrap();
    assert!(!project.contains("hunter2-secret"), "{project}");
    assert!(!plugin.to_string().contains("hunter2-secret"));
    let run = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    let lines = logs(&app, &id(&run)).await;
    // The plugin gets it; the log never shows it.
    assert!(
        said(&lines, "tap", r#"tap: config password="(redacted)""#),
        "{:?}",
        texts_of(&lines, "tap")
    );
    assert!(said(&lines, "tap", r#"tap: config user="me""#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_given_catalog_and_state_replace_discovery_and_the_stored_state() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 4 })).await;
    let schema = json!({ "type": "object", "properties": {
        "id": { "type": "integer" }, "name": { "type": "string" } } });
    patch(
        &app,
        &format!("{ENV}/plugins/tap"),
        json!({
            // No `discover`: the given catalog is all there is, taken as it is (its own
            // `selected` metadata; Meltano applies no `select` rules to it).
            "capabilities": ["catalog", "state"],
            "catalog": { "streams": [{ "tap_stream_id": "items", "stream": "items",
                                       "schema": schema, "metadata": [
                { "breadcrumb": [], "metadata": { "selected": true } },
                { "breadcrumb": ["properties", "id"], "metadata": { "selected": true } }
            ] }] },
            "select": ["items.name"],
            "state": { "bookmarks": { "items": { "last_id": 2 } } },
        }),
    )
    .await;
    let run = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    let lines = logs(&app, &id(&run)).await;
    assert!(
        said(&lines, "tap", "tap: selected properties id"),
        "{:?}",
        texts_of(&lines, "tap")
    );
    assert!(said(&lines, "tap", "tap: starting after id 2"));
    assert_eq!(output_ids(dir.path()), [3, 4]);
    // The given state wins over the stored one, on every run.
    let run = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    assert!(said(
        &logs(&app, &id(&run)).await,
        "tap",
        "tap: starting after id 2"
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_test_passes_on_the_first_record_and_fails_without_one() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    // Many slow records: the test stops the tap after its first.
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 1000, "sleep_seconds": 0.05 }),
    )
    .await;
    let passed = config_test(&app).await;
    assert_eq!(passed["status"], "SUCCESS", "{passed}");
    let lines = logs(&app, &id(&passed)).await;
    assert!(
        lines.iter().any(|l| l["text"]
            .as_str()
            .is_some_and(|t| t.contains("sent a record"))),
        "{lines:?}"
    );
    assert!(
        output_ids(dir.path()).is_empty(),
        "a config test loads nothing"
    );

    crate::executor::patch_config(&app, "tap", json!({ "records": 0 })).await;
    let failed = config_test(&app).await;
    assert_eq!(failed["status"], "FAIL", "{failed}");
    assert!(
        failed["error"]
            .as_str()
            .unwrap()
            .contains("No RECORD or BATCH message received"),
        "{failed}"
    );

    crate::executor::patch_config(&app, "tap", json!({ "fail_after": 0, "records": 3 })).await;
    let response = app
        .request(
            reqwest::Method::POST,
            &format!("{ENV}/plugins/target/test-config"),
        )
        .send()
        .await
        .unwrap();
    assert_problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    let response = app
        .request(
            reqwest::Method::POST,
            &format!("{ENV}/plugins/nope/test-config"),
        )
        .send()
        .await
        .unwrap();
    assert_problem(response, StatusCode::NOT_FOUND).await;
}

#[tokio::test]
async fn import_keeps_the_project_id_and_reads_the_catalog_and_state_files_an_extractor_names() {
    let app = spawn_app().await;
    let yaml = "project_id: 0c7e5d2a-91b4-4f7e-9a43-6d1f2e8b7a10\nplugins:\n  extractors:\n  - name: tap\n    catalog: extract/tap.catalog.json\n    state: ./extract/state.json\n";
    let catalog = json!({ "streams": [{ "tap_stream_id": "s", "schema": {}, "metadata": [] }] });
    let response = app
        .post_json(
            "/projects/things/import",
            &json!({ "meltano_yml": yaml, "files": {
                "extract/tap.catalog.json": catalog.to_string(),
                "extract/state.json": r#"{"bookmarks": {}}"# } }),
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::CREATED,
        "{}",
        response.text().await.unwrap()
    );
    let response = app
        .post_json("/projects/things/envs", &json!({ "name": "dev" }))
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let plugin: Value = app
        .get("/projects/things/envs/dev/plugins/tap")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(plugin["catalog"], catalog);
    assert_eq!(plugin["state"], json!({ "bookmarks": {} }));
    // The export names the files they came from while they hold what was read; a catalog
    // changed since is left out, and the export says so (Meltano wants a path).
    let export = || async {
        let exported = app
            .request(reqwest::Method::POST, "/projects/things/export")
            .send()
            .await
            .unwrap();
        exported.text().await.unwrap()
    };
    let text = export().await;
    assert!(
        text.contains("catalog: extract/tap.catalog.json")
            && text.contains("state: ./extract/state.json"),
        "{text}"
    );
    let patched = app
        .patch_json(
            "/projects/things/envs/dev/plugins/tap",
            &json!({ "catalog": { "streams": [] } }),
        )
        .await;
    assert_eq!(patched.status(), StatusCode::OK);
    let text = export().await;
    assert!(
        text.contains("#   tap: catalog") && text.contains("state: ./extract/state.json"),
        "{text}"
    );
    assert!(!text.contains("catalog: extract"), "{text}");
    // Meltano's project_id is kept.
    assert!(
        text.contains("project_id: 0c7e5d2a-91b4-4f7e-9a43-6d1f2e8b7a10"),
        "{text}"
    );
    // A file that was not sent is a problem pointing at the key.
    let problem = assert_problem(
        app.post_json("/projects/other/import", &json!({ "meltano_yml": yaml }))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let pointers: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["pointer"].as_str())
        .collect();
    assert!(
        pointers.contains(&"/plugins/extractors/0/catalog"),
        "{problem}"
    );
    assert!(
        pointers.contains(&"/plugins/extractors/0/state"),
        "{problem}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_a_plugin_says_about_itself_makes_its_secrets_secret() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(
        &app,
        dir.path(),
        json!({ "records": 2, "password": "hunter2-pw", "ssh": { "key": "ssh-private-key" } }),
    )
    .await;
    // Nothing declared: the server cannot know yet that these are secrets.
    patch(
        &app,
        &format!("{ENV}/plugins/tap"),
        json!({ "capabilities": null }),
    )
    .await;
    patch(
        &app,
        "/projects/acme",
        json!({ "env": { "TAP_PASSWORD": "env-secret-pw" } }),
    )
    .await;
    let before = app.get(&format!("{ENV}/plugins/tap")).await;
    let etag_before = crate::helpers::etag(&before);

    // Install (no pip_url: only the definition is refreshed) asks the plugin `--about`.
    let response = app
        .request(reqwest::Method::POST, &format!("{ENV}/plugins/tap/install"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let install: Value = response.json().await.unwrap();
    let install = wait_for_run(&app, ENV, &id(&install)).await;
    assert_eq!(install["status"], "SUCCESS", "{install}");
    let lines = logs(&app, &id(&install)).await;
    assert!(
        lines.iter().any(|l| l["text"]
            == "learned from 'tap --about': 3 settings (2 secret), capabilities [state, about]"),
        "{lines:?}"
    );

    let after = app.get(&format!("{ENV}/plugins/tap")).await;
    assert_ne!(
        crate::helpers::etag(&after),
        etag_before,
        "the representation changed"
    );
    let plugin: Value = after.json().await.unwrap();
    let text = plugin.to_string();
    for secret in ["hunter2-pw", "ssh-private-key", "env-secret-pw"] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    assert_eq!(plugin["config"]["password"], "(redacted)");
    assert_eq!(plugin["config"]["ssh"]["key"], "(redacted)");
    let project = app.get("/projects/acme").await.text().await.unwrap();
    assert!(!project.contains("env-secret-pw"), "{project}");
    let export = app
        .request(reqwest::Method::POST, "/projects/acme/export")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for secret in ["hunter2-pw", "ssh-private-key", "env-secret-pw"] {
        assert!(!export.contains(secret), "{secret} in {export}");
    }
    // Writing the placeholder back keeps the secret; the learned capabilities run the tap with
    // its state.
    patch(
        &app,
        &format!("{ENV}/plugins/tap"),
        json!({ "config": { "password": "(redacted)" } }),
    )
    .await;
    run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    assert_eq!(output_ids(dir.path()), [1, 2]);
    let run = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    assert!(
        said(
            &logs(&app, &id(&run)).await,
            "tap",
            "tap: starting after id 2"
        ),
        "state was used"
    );
}

/// Every page of `GET {ENV}/plugins/tap/streams` (`query` added), as (stream, property, selection).
async fn listed_streams(app: &TestApp, query: &str) -> (Vec<(String, String, String)>, Value) {
    let mut rows = Vec::new();
    let mut token = String::new();
    let mut pages = 0;
    loop {
        let response = app
            .get(&format!(
                "{ENV}/plugins/tap/streams?page_size=2&page_token={token}{query}"
            ))
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        let page: Value = response.json().await.unwrap();
        for row in page["streams"].as_array().unwrap() {
            let text = |k: &str| row[k].as_str().unwrap().to_string();
            rows.push((text("stream"), text("property"), text("selection")));
        }
        pages += 1;
        assert!(pages < 50, "pages end");
        match page["next_page_token"].as_str() {
            Some(next) => token = next.to_string(),
            None => return (rows, page["enabled_patterns"].clone()),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streams_list_as_meltano_select_list_all_from_a_kept_catalog() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 1 })).await;
    // No catalog and no discover: nothing to list.
    assert_problem(
        app.get(&format!("{ENV}/plugins/tap/streams")).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_problem(
        app.get(&format!("{ENV}/plugins/target/streams")).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    // A given catalog is listed as it is (Meltano applies no `select` rules to it): its own
    // `selected` and `inclusion` metadata, for the properties it has metadata for.
    let available = json!({ "inclusion": "available" });
    patch(
        &app,
        &format!("{ENV}/plugins/tap"),
        json!({
            "capabilities": ["catalog", "state"],
            "catalog": { "streams": [
                { "tap_stream_id": "orders", "schema": { "properties": {
                    "id": {}, "note": {}, "secret": {}, "address": { "properties": { "city": {} } } } },
                  "metadata": [
                    { "breadcrumb": [], "metadata": { "inclusion": "available", "selected": true } },
                    { "breadcrumb": ["properties", "id"], "metadata": { "inclusion": "automatic" } },
                    { "breadcrumb": ["properties", "note"], "metadata": { "selected": false } },
                    { "breadcrumb": ["properties", "secret"], "metadata": { "inclusion": "unsupported" } },
                    { "breadcrumb": ["properties", "address"], "metadata": { "selected": true } },
                    { "breadcrumb": ["properties", "address", "properties", "city"],
                      "metadata": { "selected-by-default": true } }
                  ] },
                { "tap_stream_id": "other", "schema": { "properties": { "x": {} } },
                  "metadata": [{ "breadcrumb": [], "metadata": available }] }
            ] },
            "select": ["orders.note", "other.*"],
        }),
    )
    .await;
    let row = |s: &str, p: &str, sel: &str| (s.to_string(), p.to_string(), sel.to_string());
    let (all, patterns) = listed_streams(&app, "&all=true").await;
    assert_eq!(
        patterns,
        json!(["orders.note", "other.*"]),
        "reported, not applied"
    );
    assert_eq!(
        all,
        [
            row("orders", "address", "selected"),
            row("orders", "address.city", "selected"),
            row("orders", "id", "automatic"),
            row("orders", "note", "excluded"),
            row("orders", "secret", "unsupported"),
        ]
    );
    // Without `all`: what is synced only.
    let (synced, _) = listed_streams(&app, "").await;
    assert_eq!(
        synced,
        all.iter()
            .filter(|r| r.2 == "selected" || r.2 == "automatic")
            .cloned()
            .collect::<Vec<_>>()
    );
    // select_filter applies to it, as in a run (and, as Meltano's, gives every property an
    // entry: `other.x` is listed now, under its unselected stream).
    patch(
        &app,
        &format!("{ENV}/plugins/tap"),
        json!({ "select_filter": ["!orders"], "select": null }),
    )
    .await;
    let (all, patterns) = listed_streams(&app, "&all=true").await;
    assert_eq!(patterns, json!(["*.*"]));
    assert!(
        all.iter()
            .filter(|r| r.0 == "orders")
            .all(|r| r.2 != "selected"),
        "{all:?}"
    );
    assert!(all.contains(&row("other", "x", "excluded")), "{all:?}");

    // Discovered: the tap's own stream, found again when its config changes.
    patch(
        &app,
        &format!("{ENV}/plugins/tap"),
        json!({ "catalog": null, "select_filter": null, "capabilities": ["catalog", "discover"] }),
    )
    .await;
    let (listed, _) = listed_streams(&app, "&all=true").await;
    let streams: std::collections::BTreeSet<String> = listed.iter().map(|r| r.0.clone()).collect();
    assert_eq!(streams.into_iter().collect::<Vec<_>>(), ["items"]);
    crate::executor::patch_config(&app, "tap", json!({ "stream": "widgets" })).await;
    let (listed, _) = listed_streams(&app, "&all=true&refresh=false").await;
    assert!(listed.iter().all(|r| r.0 == "widgets"), "{listed:?}");
    let (again, _) = listed_streams(&app, "&all=true&refresh=true").await;
    assert_eq!(again, listed);
}

/// An environment's extras of a plugin (`environments[].config.plugins[].select`, ...): over the
/// plugin's own in that environment only, in its streams and in its runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_environments_extras_override_the_plugins_own_there_only() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    with_plugins(&app, dir.path(), json!({ "records": 2 })).await;
    app.create_env("acme", "prod").await;
    patch(
        &app,
        &format!("{ENV}/plugins/tap"),
        json!({
            "capabilities": ["catalog", "discover", "state"],
            "select": ["items.*"],
            "env_extras": { "select": ["items.id"], "env": { "GREETING": "from-dev" } }
        }),
    )
    .await;
    // The tap's properties are all automatic (its discovery says nothing of them, so Meltano
    // makes them so); the rules show in the patterns, and in what a run selects.
    let (_, patterns) = listed_streams(&app, "&all=true").await;
    assert_eq!(patterns, json!(["items.id"]));
    let prod: Value = app
        .get("/projects/acme/envs/prod/plugins/tap/streams?all=true")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(prod["enabled_patterns"], json!(["items.*"]), "{prod}");
    let in_prod: Value = app
        .get("/projects/acme/envs/prod/plugins/tap")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(in_prod["env_extras"], json!({}), "{in_prod}");
    assert_eq!(in_prod["select"], json!(["items.*"]));

    let run = run_to_end(&app, json!({ "command": "tap target" }), "SUCCESS").await;
    let lines = logs(&app, &id(&run)).await;
    assert!(
        said(&lines, "tap", "tap: selected properties id"),
        "{:?}",
        texts_of(&lines, "tap")
    );
    let started = app
        .post_json(
            "/projects/acme/envs/prod/runs",
            &json!({ "command": "tap target" }),
        )
        .await;
    assert_eq!(started.status(), StatusCode::CREATED);
    let run: Value = started.json().await.unwrap();
    let ended = crate::helpers::wait_for_run(&app, "/projects/acme/envs/prod", &id(&run)).await;
    assert_eq!(ended["status"], "SUCCESS", "{ended}");
    let lines: Value = app
        .get(&format!(
            "/projects/acme/envs/prod/runs/{}/logs?page_size=1000",
            id(&run)
        ))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        lines
            .to_string()
            .contains("tap: selected properties id,name,payload"),
        "{lines}"
    );

    let refused = app
        .patch_json(
            &format!("{ENV}/plugins/tap"),
            &json!({ "env_extras": { "not_an_extra": 1 } }),
        )
        .await;
    let problem = assert_problem(refused, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(
        problem["errors"][0]["pointer"]
            .as_str()
            .is_some_and(|p| p.starts_with("/env_extras")),
        "{problem}"
    );
}
