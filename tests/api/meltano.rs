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
