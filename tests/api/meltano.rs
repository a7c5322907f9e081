//! Import of a Meltano project (`meltano.yml` and its included files) and export back. The round
//! trip against real Meltano is tests/meltano/run.sh; here, the API's side of it.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{assert_problem, spawn_app};

const MELTANO_YML: &str = include_str!("../meltano/project/meltano.yml");
const INCLUDED: &str = include_str!("../meltano/project/config/more-plugins.yml");

fn body(meltano_yml: &str) -> Value {
    json!({ "meltano_yml": meltano_yml, "files": { "config/more-plugins.yml": INCLUDED } })
}

#[tokio::test]
async fn a_meltano_project_imports_whole_and_exports_without_secrets() {
    let app = spawn_app().await;
    // A secret in meltano.yml itself (Meltano keeps them in .env; people do not always).
    let with_secret = MELTANO_YML.replace(
        "        start_date: '2026-01-01'\n      select:",
        "        start_date: '2026-01-01'\n        token: hunter2-in-the-file\n      select:",
    );
    assert_ne!(with_secret, MELTANO_YML);
    let response = app
        .post_json("/projects/things/import", &body(&with_secret))
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert!(response.headers().get("location").is_some());

    let plugins: Value = app
        .get("/projects/things/envs/dev/plugins")
        .await
        .json()
        .await
        .unwrap();
    let names: Vec<&str> = plugins["plugins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "airflow",
            "dbt-things",
            "map-tidy",
            "sqlfluff",
            "tap-things",
            "tap-things-eu",
            "target-files"
        ]
    );
    let tap: Value = app
        .get("/projects/things/envs/dev/plugins/tap-things")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tap["env_config"], json!({ "start_date": "2026-06-01" }));
    assert_eq!(tap["select"], json!(["things.*", "!things.secret"]));
    let sqlfluff: Value = app
        .get("/projects/things/envs/dev/plugins/sqlfluff")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        sqlfluff["commands"]["fix"],
        json!({ "args": "fix --force" })
    );
    let env: Value = app
        .get("/projects/things/envs/prod")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(env["state_id_suffix"], "prod");
    let jobs: Value = app
        .get("/projects/things/envs/dev/jobs")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(jobs["jobs"].as_array().unwrap().len(), 3);
    let schedule: Value = app
        .get("/projects/things/envs/dev/schedules/eu-hourly")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(schedule["job"], "eu-things");

    let response = app.post_json("/projects/things/export", &json!({})).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/yaml");
    let exported = response.text().await.unwrap();
    assert!(!exported.contains("hunter2"), "{exported}");
    assert!(
        exported.contains("tap-things: token (TAP_THINGS_TOKEN)"),
        "{exported}"
    );
    // What was exported imports again to the same resources.
    let again = app
        .post_json(
            "/projects/things-again/import",
            &json!({ "meltano_yml": exported }),
        )
        .await;
    assert_eq!(again.status(), StatusCode::CREATED);
    let tap_again: Value = app
        .get("/projects/things-again/envs/dev/plugins/tap-things")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tap_again["env_config"], tap["env_config"]);
    assert_eq!(tap_again["settings"], tap["settings"]);
    let jobs_again: Value = app
        .get("/projects/things-again/envs/dev/jobs")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(jobs_again["jobs"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn a_malformed_meltano_yml_is_refused_precisely_and_nothing_is_created() {
    let app = spawn_app().await;
    let cases = [
        ("plugins: [unclosed", "/meltano_yml"),
        ("plugins:\n  taps:\n  - name: tap-x\n", "/plugins/taps"),
        (
            "plugins:\n  extractors:\n  - name: tap-x\n    namespace: tap_x\n  loaders:\n  - name: target-y\n    namespace: target_y\njobs:\n- name: j\n  tasks: [tap-x target-nope]\n",
            "/jobs/0/tasks/0",
        ),
        (
            "plugins:\n  extractors:\n  - name: 'tap:x'\n    namespace: tap_x\n",
            "/plugins/extractors/0/name",
        ),
        (
            "environments:\n- name: dev\nplugins:\n  extractors:\n  - name: tap-x\n    settings: [{kind: password}]\n",
            "/plugins/extractors/0/settings/0",
        ),
    ];
    for (yaml, pointer) in cases {
        let response = app
            .post_json("/projects/bad/import", &json!({ "meltano_yml": yaml }))
            .await;
        let problem = assert_problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        let pointers: Vec<&str> = problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["pointer"].as_str().unwrap())
            .collect();
        assert!(
            pointers.iter().any(|p| p.starts_with(pointer)),
            "{yaml}: {pointers:?} should point at {pointer}"
        );
        assert_eq!(
            app.get("/projects/bad").await.status(),
            StatusCode::NOT_FOUND,
            "{yaml}: nothing is created"
        );
    }
    // A project that exists is not overwritten.
    app.create_project("taken").await;
    let response = app
        .post_json(
            "/projects/taken/import",
            &json!({ "meltano_yml": "environments: [{name: dev}]" }),
        )
        .await;
    assert_problem(response, StatusCode::CONFLICT).await;
}

const LOSSLESS: &str = include_str!("../meltano/lossless/meltano.yml");
const LOSSLESS_DOTENV: &str = include_str!("../meltano/lossless/.env");
const LOSSLESS_CATALOG: &str = include_str!("../meltano/lossless/extract/tap-zeta.catalog.json");
const LOSSLESS_LOCK: &str =
    include_str!("../meltano/lossless/plugins/loaders/target-zeta--zeta.lock");
const LOCK_PATH: &str = "plugins/loaders/target-zeta--zeta.lock";

async fn export(app: &crate::helpers::TestApp) -> String {
    let response = app.post_json("/projects/zeta/export", &json!({})).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.text().await.unwrap()
}

fn yaml(text: &str) -> Value {
    serde_yaml_ng::from_str(text).expect("YAML")
}

/// A real project (keys the API does not model, mappings, a catalog file, `.env`, lists out of
/// alphabetical order) comes back as the same document; what the API changes changes in place;
/// the `.env`'s values are secrets everywhere.
#[tokio::test]
async fn a_real_project_exports_as_the_document_it_was_imported_from() {
    let app = spawn_app().await;
    let files = json!({
        ".env": LOSSLESS_DOTENV,
        "extract/tap-zeta.catalog.json": LOSSLESS_CATALOG,
        (LOCK_PATH): LOSSLESS_LOCK,
    });
    let imported = app
        .post_json(
            "/projects/zeta/import",
            &json!({ "meltano_yml": LOSSLESS, "files": files }),
        )
        .await;
    assert_eq!(
        imported.status(),
        StatusCode::CREATED,
        "{}",
        imported.text().await.unwrap()
    );
    let exported = export(&app).await;
    assert_eq!(yaml(&exported), yaml(LOSSLESS), "{exported}");
    assert!(!exported.contains("zeta-secret-from-dotenv"), "{exported}");
    assert!(
        exported.contains("TAP_ZETA_TOKEN"),
        "the header names the .env's variables"
    );

    // `.env` values are secrets: read as Meltano reads them, never shown.
    for (plugin, setting) in [("tap-zeta", "token"), ("target-zeta", "destination")] {
        let response = app
            .get(&format!("/projects/zeta/envs/dev/plugins/{plugin}"))
            .await;
        let text = response.text().await.unwrap();
        assert!(!text.contains("zeta-secret-from-dotenv"), "{text}");
        let body: Value = serde_json::from_str(&text).unwrap();
        let resolved = body["resolved_config"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == setting)
            .cloned()
            .unwrap_or_else(|| panic!("{plugin} resolves {setting}: {body}"));
        assert_eq!(resolved["source"], "env_var", "{resolved}");
        assert_eq!(resolved["redacted"], true, "{resolved}");
    }

    // The lock file's settings are the plugin's: its kinds, defaults and secrets.
    let patched = app
        .patch_json(
            "/projects/zeta/envs/dev/plugins/target-zeta",
            &json!({ "config": { "api_secret": "only-the-lock-says-secret" } }),
        )
        .await;
    assert_eq!(patched.status(), StatusCode::OK);
    let target: Value = patched.json().await.unwrap();
    assert!(
        !target.to_string().contains("only-the-lock-says-secret"),
        "{target}"
    );
    let batch_size = target["resolved_config"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "batch_size")
        .cloned();
    assert_eq!(
        batch_size.map(|r| r["value"].clone()),
        Some(json!(500)),
        "{target}"
    );
    // The project's files: meltano.yml, the lock file as written, the catalog file; no .env.
    let folder: Value = app
        .post_json("/projects/zeta/export-folder", &json!({}))
        .await
        .json()
        .await
        .unwrap();
    let mut expected_yml = yaml(LOSSLESS);
    expected_yml["plugins"]["loaders"][0]["config"]
        .as_object_mut()
        .unwrap()
        .remove("api_secret");
    assert_eq!(yaml(folder["meltano_yml"].as_str().unwrap()), expected_yml);
    assert_eq!(folder["files"][LOCK_PATH], LOSSLESS_LOCK);
    let catalog: Value = serde_json::from_str(
        folder["files"]["extract/tap-zeta.catalog.json"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        catalog,
        serde_json::from_str::<Value>(LOSSLESS_CATALOG).unwrap()
    );
    assert_eq!(
        folder["files"].as_object().unwrap().len(),
        2,
        "no .env: {folder}"
    );
    let patched = app
        .patch_json(
            "/projects/zeta/envs/dev/plugins/target-zeta",
            &json!({ "config": { "api_secret": null } }),
        )
        .await;
    assert_eq!(patched.status(), StatusCode::OK);

    // State ids Meltano accepts that are not `{env}:…`, in the default environment.
    let states = json!({
        "tap-zeta-to-target-zeta": { "completed": { "singer_state": { "a": 1 } } },
        "legacy_nightly": { "completed": { "singer_state": { "b": 2 } } }
    });
    let response = app
        .post_json("/projects/zeta/envs/prod/import-state", &states)
        .await;
    assert!(
        response.status().is_success(),
        "{}",
        response.text().await.unwrap()
    );
    for id in ["tap-zeta-to-target-zeta", "legacy_nightly"] {
        let state: Value = app
            .get(&format!("/projects/zeta/envs/prod/state/{id}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(state["state_id"], id, "{state}");
    }

    // Changes land where the document has them; new things after the imported ones.
    let patched = app
        .patch_json(
            "/projects/zeta/envs/dev/plugins/tap-alpha",
            &json!({ "config": { "api_url": "https://beta.example.com" } }),
        )
        .await;
    assert_eq!(patched.status(), StatusCode::OK);
    let created = app
        .post_json(
            "/projects/zeta/envs/dev/jobs",
            &json!({ "name": "another", "tasks": ["tap-alpha target-zeta"] }),
        )
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let mut expected = yaml(LOSSLESS);
    expected["plugins"]["extractors"][1]["config"]["api_url"] = json!("https://beta.example.com");
    expected["jobs"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "name": "another", "tasks": ["tap-alpha target-zeta"] }));
    assert_eq!(yaml(&export(&app).await), expected);
}
