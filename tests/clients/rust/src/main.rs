//! The generated Rust client against a live server: the scenario every client runs.
//! Environment: MELTANO_API_URL, FIXTURES, WORK, CLIENT_PROJECT.

use std::collections::HashMap;

use meltano_api_client::apis::configuration::Configuration;
use meltano_api_client::apis::{
    Error, envs_api, jobs_api, plugins_api, projects_api, runs_api, state_api,
};
use meltano_api_client::models::{
    self, Env, Job, Plugin, PluginType, Project, ProjectReplace, RunOptions, RunStatus, Tasks,
};
use serde_json::{Value, json};

fn check(condition: bool, what: impl std::fmt::Display) {
    if !condition {
        eprintln!("rust client scenario: {what}");
        std::process::exit(1);
    }
}

/// The status and problem details of a failed call. The body is read into the client's own
/// `Problem` model: the client's parsed `entity` is an untagged enum of one `Problem` variant per
/// status, so serde always picks its first variant (`Status400`) whatever the status was.
fn problem<T>(error: Error<T>) -> (u16, models::Problem) {
    match error {
        Error::ResponseError(response) => (
            response.status.as_u16(),
            serde_json::from_str(&response.content).expect("a problem+json body"),
        ),
        _ => panic!("a response error was expected"),
    }
}

fn config(values: Value) -> HashMap<String, Value> {
    serde_json::from_value(values).expect("an object")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is set"));
    let (fixtures, work) = (var("FIXTURES"), var("WORK"));
    let project = std::env::var("CLIENT_PROJECT").unwrap_or_else(|_| "rust-client".into());
    let env = "dev";
    let api = Configuration {
        base_path: var("MELTANO_API_URL"),
        ..Configuration::default()
    };

    projects_api::create_project(&api, Project::new(project.clone()))
        .await
        .expect("project created");
    envs_api::create_env(&api, &project, Env::new(env.into()))
        .await
        .expect("env created");
    let mut tap = Plugin::new("tap".into(), PluginType::Extractors);
    tap.executable = Some(format!("{fixtures}/tap.py"));
    tap.capabilities = Some(vec!["state".into()]);
    tap.config = Some(config(json!({ "records": 4 })));
    plugins_api::create_plugin(&api, &project, env, tap)
        .await
        .expect("tap created");
    let mut target = Plugin::new("target".into(), PluginType::Loaders);
    target.executable = Some(format!("{fixtures}/target.py"));
    target.config = Some(config(
        json!({ "output": format!("{work}/{project}.jsonl") }),
    ));
    plugins_api::create_plugin(&api, &project, env, target)
        .await
        .expect("target created");
    let job = Job::new("load".into(), Tasks::String("tap target".into()));
    jobs_api::create_job(&api, &project, env, job)
        .await
        .expect("job created");

    let key = format!("{project}-1");
    let mut run =
        runs_api::create_job_run(&api, &project, env, "load", RunOptions::new(), Some(&key))
            .await
            .expect("run started");
    // Waiting for its end (no polling): a queued run starts, then ends, within two waits.
    for _ in 0..2 {
        if matches!(run.status, RunStatus::Queued | RunStatus::Running) {
            run = runs_api::get_run(&api, &project, env, &run.id.to_string(), Some(30), None)
                .await
                .expect("run read");
        }
    }
    check(
        run.status == RunStatus::Success,
        format!("the run ended {:?}: {:?}", run.status, run.error),
    );

    let logs = runs_api::list_run_logs(&api, &project, env, &run.id.to_string(), None, None, None)
        .await
        .expect("logs read");
    check(
        logs.lines
            .iter()
            .any(|l| l.plugin.as_deref() == Some("tap") && l.text.contains("emitted 4 records")),
        "the log has the tap's lines",
    );
    let saved = state_api::get_state(&api, &project, env, "dev:tap-to-target", None)
        .await
        .expect("state read");
    let completed = json!(saved.completed.flatten());
    check(
        completed["singer_state"]["bookmarks"]["items"]["last_id"] == 4,
        format!("state: {completed}"),
    );

    for name in ["e1", "e2", "e3"] {
        envs_api::create_env(&api, &project, Env::new(name.into()))
            .await
            .expect("env created");
    }
    let (mut seen, mut token) = (Vec::new(), None::<String>);
    loop {
        let page = envs_api::list_envs(&api, &project, Some(1), token.as_deref())
            .await
            .expect("a page");
        seen.extend(page.envs.into_iter().map(|e| e.name));
        token = page.next_page_token;
        if token.is_none() {
            break;
        }
    }
    check(
        seen == ["dev", "e1", "e2", "e3"],
        format!("pages gave {seen:?}"),
    );

    let missing = projects_api::get_project(&api, "no-such-project", None)
        .await
        .expect_err("a missing project is an error");
    let (status, details) = problem(missing);
    check(
        status == 404 && details.status == 404 && details.r#type.starts_with("urn:meltano-api:"),
        format!("404 problem: {status} {details:?}"),
    );
    let mut replace = ProjectReplace::new();
    replace.description = Some("x".into());
    let stale = projects_api::replace_project(&api, &project, replace, Some("\"stale\""))
        .await
        .expect_err("a stale If-Match is an error");
    let (status, details) = problem(stale);
    check(
        status == 412 && details.status == 412 && !details.title.is_empty(),
        format!("412 problem: {status} {details:?}"),
    );

    println!("rust client scenario: ok");
}
