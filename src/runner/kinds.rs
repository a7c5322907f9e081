//! What each kind of run does once claimed: `RUN` (blocks), `CONFIG_TEST` (an extractor until
//! its first record), `INSTALL` (a plugin's virtual
//! environment), `TEST` (a plugin's `test*` commands), `SERVICE` (one long-running command).

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::sync::watch;

use super::invoke::{Invoker, child_command, venv_dir};
use super::logs::Log;
use super::pipeline::{Control, config_test, run_blocks, run_command, run_program};
use super::process::describe;
use super::sweep::RunOwner;
use super::{Failure, Runner};
use crate::domain::Name;
use crate::domain::about::About;
use crate::domain::job::{normalize, plan};
use crate::domain::run::{RunKind, RunStatus, split_args};
use crate::domain::run_stats::RunStatistics;
use crate::store::entities::run;
use crate::store::runs::RunEnd;

/// Executes a claimed run to its end; its log (and its statistics) are fully written when this
/// answers, with the statistics.
pub async fn execute(
    runner: &Runner,
    run: run::Model,
    cancel: watch::Receiver<Option<String>>,
) -> (RunEnd, Option<RunStatistics>) {
    let store = runner.store().clone();
    let (log, writer) = Log::start(
        store.clone(),
        run.id.clone(),
        runner.settings().log_limits,
        runner.log_feed().clone(),
    );
    log.server(format!("run {} started ({})", run.id, run.kind))
        .await;
    let run_dir = runner.settings().data_dir.join("runs").join(&run.id);
    // Names this server in the run's directory, so that a server starting after this one died
    // knows the directory and the run's processes are left over (`sweep`).
    if let Err(error) = RunOwner::this_process(runner.owner()).write(&run_dir) {
        log.server(format!("could not record the run's owner: {error}"))
            .await;
    }
    let result = match invoker(runner, &run, run_dir.clone()).await {
        Ok(invoker) => {
            log.mask(invoker.secret_values());
            let mut control = Control {
                log: log.clone(),
                cancel,
                grace: runner.settings().kill_grace,
            };
            match run.kind {
                RunKind::Install => install(&invoker, &run, &mut control).await.into(),
                RunKind::ConfigTest => {
                    let plugin = run.plugin.clone().unwrap_or_default();
                    config_test(&invoker, &plugin, &mut control).await.into()
                }
                RunKind::Test => test(&invoker, &run, &mut control).await,
                RunKind::Service => service(&invoker, &run, &mut control).await.into(),
                _ => blocks(&invoker, &run, &mut control).await.into(),
            }
        }
        Err(failure) => RunEnd::from(Err(failure)),
    };
    let _ = std::fs::remove_dir_all(&run_dir);
    log.server(match &result.error {
        Some(error) => format!("run ended: {} ({error})", result.status),
        None => format!("run ended: {}", result.status),
    })
    .await;
    let statistics = log.statistics();
    drop(log);
    let lost = writer.await.unwrap_or_default();
    let end = match lost {
        // A run whose log is not all kept did not do all it was asked (its log is part of it).
        Some(why) if result.error.is_none() => RunEnd {
            status: RunStatus::Fail,
            error: Some(format!("some of the run's log could not be stored: {why}")),
            ..result
        },
        _ => result,
    };
    (end, statistics)
}

async fn invoker(
    runner: &Runner,
    run: &run::Model,
    run_dir: std::path::PathBuf,
) -> Result<Invoker, Failure> {
    let names =
        Name::parse(&run.project, "project").and_then(|p| Ok((p, Name::parse(&run.env, "env")?)));
    let (project, env) = names.map_err(|e| Failure::fail(e.to_string()))?;
    let context = runner
        .store()
        .plugin_context(&project, &env)
        .await
        .map_err(|e| Failure::fail(format!("could not read the project's plugins: {e}")))?
        .with_mappings();
    Ok(Invoker {
        store: runner.store().clone(),
        context,
        project,
        env,
        run_id: run.id.clone(),
        data_dir: runner.settings().data_dir.clone(),
        run_dir,
    })
}

async fn blocks(invoker: &Invoker, run: &run::Model, control: &mut Control) -> Result<(), Failure> {
    let command = run.command.clone().unwrap_or_default();
    let blocks = plan(
        &normalize(&Value::String(command)),
        &invoker.context.infos(),
    )
    .map_err(|e| {
        Failure::fail(format!(
            "the run's blocks no longer fit the project's plugins: {e}"
        ))
    })?;
    let options = run.options();
    run_blocks(invoker, &blocks, &run.state_ids(), &options, control).await
}

/// `pip install` of the plugin's `pip_url` into a fresh virtual environment of its own.
async fn install(
    invoker: &Invoker,
    run: &run::Model,
    control: &mut Control,
) -> Result<(), Failure> {
    let plugin = run.plugin.clone().unwrap_or_default();
    let pip_url = invoker
        .context
        .definition_field(&plugin, "pip_url")
        .and_then(|v| v.as_str().map(str::to_string));
    let Some(pip_url) = pip_url else {
        control
            .log
            .server(format!(
                "plugin '{plugin}' has no pip_url: nothing to install"
            ))
            .await;
        learn_about(invoker, &plugin, control).await;
        return Ok(());
    };
    let requirements = split_args(&pip_url)
        .filter(|r| !r.is_empty())
        .ok_or_else(|| Failure::fail("the pip_url cannot be split into arguments"))?;
    let venv = venv_dir(&invoker.data_dir, invoker.project.as_str(), &plugin);
    if venv.exists() {
        std::fs::remove_dir_all(&venv)
            .map_err(|e| Failure::fail(format!("could not remove the old install: {e}")))?;
    }
    let mut create = child_command("python3", &run.id);
    create.arg("-m").arg("venv").arg(&venv);
    control
        .log
        .server(format!("creating virtual environment {}", venv.display()))
        .await;
    let label = format!("install {plugin}");
    run_program(create, "python3", &label, control).await?;
    let mut pip = child_command(venv.join("bin").join("pip"), &run.id);
    pip.args(["install", "--disable-pip-version-check", "--no-input"])
        .args(&requirements);
    control.log.server(format!("pip install {pip_url}")).await;
    let installed = run_program(pip, "pip", &label, control).await;
    if installed.is_err() {
        let _ = std::fs::remove_dir_all(&venv);
        return installed;
    }
    learn_about(invoker, &plugin, control).await;
    Ok(())
}

/// The most of an `--about` document read, and how long the plugin may take to print it.
const ABOUT_MAX_BYTES: u64 = 4 << 20;
const ABOUT_TIMEOUT: Duration = Duration::from_secs(60);

/// Asks the plugin `--about --format json` (when it declares the `about` capability, or
/// declares none) and keeps what it says: its settings (their kinds and which are secret) and
/// its capabilities. A plugin that cannot answer is installed all the same; the log says why.
async fn learn_about(invoker: &Invoker, plugin: &str, control: &mut Control) {
    let declared = invoker.context.definition_field(plugin, "capabilities");
    let asks = match declared.as_ref().and_then(Value::as_array) {
        Some(capabilities) => capabilities.iter().any(|c| c == "about"),
        None => true,
    };
    if !asks {
        return;
    }
    let log = control.log.clone();
    let mut command = invoker.command(plugin, None, &Default::default());
    command.args(["--about", "--format", "json"]);
    let answer = async {
        let output = command.output().await.map_err(|e| e.to_string())?;
        if !output.status.success() {
            return Err(format!("it {}", describe(&output.status)));
        }
        if output.stdout.len() as u64 > ABOUT_MAX_BYTES {
            return Err("its answer is too large".to_string());
        }
        serde_json::from_slice::<Value>(&output.stdout)
            .ok()
            .filter(Value::is_object)
            .ok_or_else(|| "it did not print a JSON object".to_string())
    };
    let answer = match tokio::time::timeout(ABOUT_TIMEOUT, answer).await {
        Ok(answer) => answer,
        Err(_) => Err(format!(
            "it did not answer within {}s",
            ABOUT_TIMEOUT.as_secs()
        )),
    };
    let document = match answer {
        Ok(document) => document,
        Err(why) => {
            log.server(format!(
                "'{plugin} --about --format json' gave no definition ({why}); keeping the declared one"
            ))
            .await;
            return;
        }
    };
    let about = About::parse(&document);
    let secrets = about.settings.iter().filter(|s| s.sensitive).count();
    match invoker.store.record_about(&invoker.project, plugin, &document).await {
        Ok(()) => {
            log.server(format!(
                "learned from '{plugin} --about': {} settings ({secrets} secret), capabilities [{}]",
                about.settings.len(),
                about.capabilities.join(", ")
            ))
            .await
        }
        Err(error) => {
            log.server(format!("could not keep what '{plugin} --about' said: {error}"))
                .await
        }
    }
}

/// The plugin's `test*` commands, one after another, each result saved as it comes.
async fn test(invoker: &Invoker, run: &run::Model, control: &mut Control) -> RunEnd {
    let mut details = run.details();
    let count = details["results"].as_array().map_or(0, Vec::len);
    let mut failed = 0;
    for index in 0..count {
        let result = &details["results"][index];
        let plugin = result["plugin"].as_str().unwrap_or_default().to_string();
        let test = result["test"].as_str().unwrap_or_default().to_string();
        details["results"][index]["status"] = json!("RUNNING");
        let _ = invoker.store.save_run_details(&run.id, &details).await;
        let started = Instant::now();
        let label = format!("{plugin}:{test}");
        let outcome = run_command(invoker, &plugin, Some(&test), &[], &label, control).await;
        let entry = &mut details["results"][index];
        entry["duration_ms"] = json!(started.elapsed().as_millis() as u64);
        match outcome {
            Ok(()) => entry["status"] = json!("PASS"),
            Err(failure) if failure.status == RunStatus::Cancelled => {
                entry["status"] = json!("FAIL");
                let mut end = RunEnd::from(Err(failure));
                end.details = Some(details);
                return end;
            }
            Err(_) => {
                failed += 1;
                entry["status"] = json!("FAIL");
            }
        }
        let _ = invoker.store.save_run_details(&run.id, &details).await;
    }
    let mut end = RunEnd::from(if failed == 0 {
        Ok(())
    } else {
        Err(Failure::fail(format!("{failed} of {count} tests failed")))
    });
    end.details = Some(details);
    end
}

/// A service: its command runs until it exits or is stopped.
async fn service(
    invoker: &Invoker,
    run: &run::Model,
    control: &mut Control,
) -> Result<(), Failure> {
    let target = run.command.clone().unwrap_or_default();
    let (plugin, command) = match target.split_once(':') {
        Some((plugin, command)) => (plugin.to_string(), Some(command.to_string())),
        None => (target.clone(), None),
    };
    let args: Vec<String> =
        serde_json::from_value(run.details()["args"].clone()).unwrap_or_default();
    run_command(
        invoker,
        &plugin,
        command.as_deref(),
        &args,
        &target,
        control,
    )
    .await
}
