//! A `RUN`: its blocks in order. An extract-load block joins extractor -> mappers -> loader with
//! OS pipes (the server never touches a record), reads every stderr into the log and the
//! loader's stdout for STATE lines, which are written to the state store as they arrive.

use std::process::Stdio;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::BufReader;
use tokio::sync::{mpsc, watch};

use super::invoke::Invoker;
use super::logs::{Log, Source, read_line};
use super::process::{Outcome, Proc, cancelled, describe, wait_all};
use super::{Failure, while_unavailable};
use crate::domain::catalog::apply_rules;
use crate::domain::job::{Block, ExtractLoad};
use crate::domain::plugin_env::Vars;
use crate::domain::run::{RunOptions, RunStatus, split_args};
use crate::domain::state::{StateId, deep_merge};
use crate::error::Error;
use crate::store::Store;

/// STATE messages of a loader queued for the database at most.
const CAPTURED_QUEUE: usize = 64;
/// How long a run's state writes wait for an unavailable database before the run gives up on
/// them (a captured state is then not saved; the end's commit fails the run).
const STATE_PATIENCE: Duration = Duration::from_secs(60);

/// What every process of a run shares: its log, its cancel signal, the TERM-to-KILL grace.
pub struct Control {
    pub log: Log,
    pub cancel: watch::Receiver<Option<String>>,
    pub grace: Duration,
}

/// Runs the blocks one after another; the first that fails ends the run.
pub async fn run_blocks(
    invoker: &Invoker,
    blocks: &[Block],
    state_ids: &[String],
    options: &RunOptions,
    control: &mut Control,
) -> Result<(), Failure> {
    let log = control.log.clone();
    let mut state_ids = state_ids.iter();
    for block in blocks {
        let label = block.label();
        if options.dry_run {
            log.server(format!("dry run: would run block '{label}'"))
                .await;
            continue;
        }
        log.server(format!("block '{label}' started")).await;
        match block {
            Block::ExtractLoad(el) => {
                let state_id = state_ids.next().cloned().unwrap_or_default();
                extract_load(invoker, el, &label, &state_id, options, control).await?
            }
            Block::Command { plugin, command } => {
                run_command(invoker, plugin, command.as_deref(), &[], &label, control).await?
            }
        }
        log.server(format!("block '{label}' succeeded")).await;
    }
    Ok(())
}

fn spawn_failed(plugin: &str, error: std::io::Error) -> Failure {
    Failure::fail(format!("could not start plugin '{plugin}': {error}"))
}

/// The failures among the statuses, in words; `None` when every process succeeded.
fn failures(statuses: &[(String, std::process::ExitStatus)]) -> Option<String> {
    let failed: Vec<String> = statuses
        .iter()
        .filter(|(_, status)| !status.success())
        .map(|(plugin, status)| format!("'{plugin}' {}", describe(status)))
        .collect();
    (!failed.is_empty()).then(|| failed.join("; "))
}

async fn extract_load(
    invoker: &Invoker,
    block: &ExtractLoad,
    label: &str,
    state_id: &str,
    options: &RunOptions,
    control: &mut Control,
) -> Result<(), Failure> {
    let (log, store) = (control.log.clone(), invoker.store.clone());
    let log = &log;
    let state_id = StateId::parse(state_id, &invoker.env, "state_id")
        .map_err(|e| Failure::fail(format!("block '{label}' has no valid state id: {e}")))?;
    let states = store.run_states(&invoker.project, &invoker.env);
    let write_files = |plugin: &str, upstream: &Vars| {
        invoker
            .write_config(plugin, upstream)
            .map_err(|e| Failure::fail(format!("could not write the config of '{plugin}': {e}")))
    };

    // The extractor, with its catalog and its state (its `state` extra, else the stored one)
    // when it can take them.
    let (mut args, capabilities) =
        extractor_inputs(invoker, &block.extractor, label, control).await?;
    let has = |capability: &str| capabilities.iter().any(|c| c == capability);
    let given_state = invoker
        .context
        .definition_field(&block.extractor, "state")
        .filter(Value::is_object);
    if let Some(state) = given_state.filter(|_| has("state")) {
        let path = invoker
            .write_private(&format!("{}.state.json", block.extractor), &state)
            .map_err(|e| Failure::fail(format!("could not write the state file: {e}")))?;
        args.extend(["--state".into(), path.into_os_string()]);
        log.server(format!(
            "extractor '{}' starts from its own `state`",
            block.extractor
        ))
        .await;
    } else if options.reads_state() && has("state") {
        let stored = match states.get(&state_id).await {
            Ok(row) => Some(row.effective()),
            Err(Error::NotFound(_)) => None,
            Err(e) => return Err(Failure::fail(format!("could not read state: {e}"))),
        };
        if let Some(singer_state) = stored
            .as_ref()
            .and_then(|s| s.get("singer_state"))
            .filter(|s| s.as_object().is_some_and(|o| !o.is_empty()))
        {
            let path = invoker
                .write_private(&format!("{}.state.json", block.extractor), singer_state)
                .map_err(|e| Failure::fail(format!("could not write the state file: {e}")))?;
            args.extend(["--state".into(), path.into_os_string()]);
            log.server(format!(
                "extractor '{}' resumes from state '{}'",
                block.extractor,
                state_id.as_str()
            ))
            .await;
        }
    }
    let mut procs = Vec::new();
    let mut readers = Vec::new();
    let mut upstream: Option<Stdio> = None;
    let chain = std::iter::once(&block.extractor)
        .chain(block.mappers.iter())
        .chain([&block.loader]);
    let mut loader_stdout = None;
    // Each plugin sees what the ones before it export (`MELTANO_EXTRACT__LOAD_SCHEMA`, ..).
    let mut exports = Vars::new();
    for plugin in chain {
        let mut command = invoker.command(plugin, None, &exports);
        if plugin == &block.extractor {
            command.args(&args);
        } else {
            command.args([
                "--config".into(),
                write_files(plugin, &exports)?.into_os_string(),
            ]);
        }
        let exported = invoker.context.exported_vars(plugin, &exports);
        exports.extend(exported);
        if let Some(stdin) = upstream.take() {
            command.stdin(stdin);
        }
        let mut child = command.spawn().map_err(|e| spawn_failed(plugin, e))?;
        if let Some(stderr) = child.stderr.take() {
            readers.push(log.spawn_copy(Source::of(label, plugin), "stderr", stderr));
        }
        let stdout = child.stdout.take();
        if plugin == &block.loader {
            loader_stdout = stdout;
        } else if let Some(stdout) = stdout {
            upstream = Some(
                stdout
                    .try_into()
                    .map_err(|e: std::io::Error| spawn_failed(plugin, e))?,
            );
        }
        procs.push(Proc::new(plugin, child));
    }

    // The loader's stdout: STATE lines, written as they come (newest wins while one is written).
    // A bounded queue: a loader emitting states faster than the database takes them waits.
    let (captured_tx, captured_rx) = mpsc::channel(CAPTURED_QUEUE);
    if let Some(stdout) = loader_stdout {
        let log = log.clone();
        let source = Source::of(label, &block.loader);
        readers.push(tokio::spawn(async move {
            let mut reader = BufReader::new(stdout);
            while let Ok(Some(line)) = read_line(&mut reader).await {
                match serde_json::from_str::<Value>(&line) {
                    Ok(value @ Value::Object(_)) => {
                        let _ = captured_tx.send(value).await;
                    }
                    _ => log.line(&source, "stdout", line).await,
                }
            }
        }));
    }
    let writer = tokio::spawn(write_captured(
        store.clone(),
        invoker.project.clone(),
        invoker.env.clone(),
        state_id.clone(),
        options.clone(),
        captured_rx,
        log.clone(),
    ));

    let outcome = wait_all(procs, &mut control.cancel, control.grace).await;
    for reader in readers {
        let _ = tokio::time::timeout(Duration::from_secs(5), reader).await;
    }
    let captured = writer.await.unwrap_or(0);
    match outcome {
        Outcome::Cancelled(reason) => Err(Failure::cancelled(reason)),
        Outcome::Exited(statuses) => {
            if let Some(failed) = failures(&statuses) {
                return Err(Failure::fail(format!("block '{label}' failed: {failed}")));
            }
            if captured > 0 && !options.no_state_update {
                while_unavailable(STATE_PATIENCE, || {
                    states.commit_captured(&state_id, options.merges_state())
                })
                .await
                .map_err(|e| Failure::fail(format!("could not save the final state: {e}")))?;
                log.server(format!("state '{}' saved as completed", state_id.as_str()))
                    .await;
            }
            Ok(())
        }
    }
}

/// An extractor's `--config` and, when it takes one, its catalog (`--catalog` or
/// `--properties`: its `catalog` extra, else discovered; its select, metadata and schema rules
/// applied), with its capabilities.
async fn extractor_inputs(
    invoker: &Invoker,
    extractor: &str,
    label: &str,
    control: &mut Control,
) -> Result<(Vec<std::ffi::OsString>, Vec<String>), Failure> {
    let config = invoker
        .write_config(extractor, &Vars::new())
        .map_err(|e| Failure::fail(format!("could not write the config of '{extractor}': {e}")))?;
    let mut args = vec!["--config".into(), config.clone().into_os_string()];
    let capabilities = invoker.capabilities(extractor);
    let has = |capability: &str| capabilities.iter().any(|c| c == capability);
    let catalog_flag = if has("catalog") {
        Some("--catalog")
    } else if has("properties") {
        Some("--properties")
    } else {
        None
    };
    let given_catalog = invoker
        .context
        .definition_field(extractor, "catalog")
        .filter(Value::is_object);
    if let Some(flag) = catalog_flag.filter(|_| given_catalog.is_some() || has("discover")) {
        let mut catalog = match given_catalog {
            Some(catalog) => catalog,
            None => discover(invoker, extractor, &config, label, control).await?,
        };
        apply_rules(&mut catalog, &invoker.catalog_rules(extractor));
        let path = invoker
            .write_private(&format!("{extractor}.catalog.json"), &catalog)
            .map_err(|e| Failure::fail(format!("could not write the catalog: {e}")))?;
        args.extend([flag.into(), path.into_os_string()]);
    }
    Ok((args, capabilities))
}

/// `meltano config <extractor> test`: the extractor runs with its config and catalog until its
/// first `RECORD` (or `BATCH`) message, then is stopped; ending without one fails, with its
/// last line (when it failed) or Meltano's hint.
pub async fn config_test(
    invoker: &Invoker,
    extractor: &str,
    control: &mut Control,
) -> Result<(), Failure> {
    let label = format!("{extractor} config test");
    let (args, _) = extractor_inputs(invoker, extractor, &label, control).await?;
    let mut command = invoker.command(extractor, None, &Vars::new());
    command.args(&args);
    let mut child = command.spawn().map_err(|e| spawn_failed(extractor, e))?;
    let source = Source::of(&label, extractor);
    let stderr_copy = child
        .stderr
        .take()
        .map(|stderr| control.log.spawn_copy(source.clone(), "stderr", stderr));
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let mut last_line = None;
    let found = async {
        while let Ok(Some(line)) = read_line(&mut stdout).await {
            let kind = serde_json::from_str::<Value>(&line)
                .ok()
                .and_then(|m| m.get("type").and_then(Value::as_str).map(str::to_string));
            if matches!(kind.as_deref(), Some("RECORD" | "BATCH")) {
                return true;
            }
            if !line.trim().is_empty() {
                last_line = Some(line);
            }
        }
        false
    };
    let found = tokio::select! {
        found = found => found,
        reason = cancelled(&mut control.cancel) => {
            let _ = Proc::new(extractor, child).stop(control.grace).await;
            return Err(Failure::cancelled(reason));
        }
    };
    let status = if found {
        control
            .log
            .server(format!(
                "'{extractor}' sent a record: its config works; stopping it"
            ))
            .await;
        Proc::new(extractor, child).stop(control.grace).await;
        None
    } else {
        child.wait().await.ok()
    };
    if let Some(copy) = stderr_copy {
        let _ = tokio::time::timeout(Duration::from_secs(5), copy).await;
    }
    match status {
        None => Ok(()),
        Some(status) if !status.success() => Err(Failure::fail(format!(
            "'{extractor}' {}: {}",
            describe(&status),
            last_line.unwrap_or_default()
        ))),
        Some(_) => Err(Failure::fail(format!(
            "No RECORD or BATCH message received. Verify that at least one stream of \
             '{extractor}' is selected (its `select`, `select_filter` and `metadata`)."
        ))),
    }
}

/// `plugin --config ... --discover`: its catalog (stderr logged).
async fn discover(
    invoker: &Invoker,
    plugin: &str,
    config: &std::path::Path,
    label: &str,
    control: &mut Control,
) -> Result<Value, Failure> {
    use tokio::io::AsyncReadExt;
    let mut command = invoker.command(plugin, None, &Vars::new());
    command.arg("--config").arg(config).arg("--discover");
    let mut child = command.spawn().map_err(|e| spawn_failed(plugin, e))?;
    if let Some(stderr) = child.stderr.take() {
        control
            .log
            .spawn_copy(Source::of(label, plugin), "stderr", stderr);
    }
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut catalog = Vec::new();
    let discovered = async {
        let (read, status) = tokio::join!(stdout.read_to_end(&mut catalog), child.wait());
        read.and(status)
    };
    let status = tokio::select! {
        status = discovered => status.map_err(|e| Failure::fail(format!("discovery of '{plugin}' failed: {e}")))?,
        reason = cancelled(&mut control.cancel) => return Err(Failure::cancelled(reason)),
    };
    if !status.success() {
        return Err(Failure::fail(format!(
            "discovery of '{plugin}' failed: it {}",
            describe(&status)
        )));
    }
    serde_json::from_slice(&catalog).map_err(|_| {
        Failure::fail(format!(
            "discovery of '{plugin}' did not print a JSON catalog"
        ))
    })
}

/// Writes the captured states in order as partial state; when several wait, they are folded
/// into one write (the newest replaces, or all deep-merge when merging). Answers how many came.
async fn write_captured(
    store: Store,
    project: crate::domain::Name,
    env: crate::domain::Name,
    state_id: StateId,
    options: RunOptions,
    mut captured: mpsc::Receiver<Value>,
    log: Log,
) -> usize {
    let states = store.run_states(&project, &env);
    let merge = options.merges_state();
    let mut count = 0;
    while let Some(first) = captured.recv().await {
        count += 1;
        let mut value = first;
        while let Ok(next) = captured.try_recv() {
            count += 1;
            if merge {
                deep_merge(&mut value, &next);
            } else {
                value = next;
            }
        }
        if options.no_state_update {
            continue;
        }
        let wrapped = json!({ "singer_state": value });
        // States that come meanwhile wait in the channel (the pipe behind it slows the plugins
        // down) and are folded into the next write.
        // Other errors (writes racing on the row) get a few quick tries.
        let mut saved = Ok(());
        for _ in 0..5 {
            saved = while_unavailable(STATE_PATIENCE, || {
                states.capture(&state_id, wrapped.clone(), merge)
            })
            .await;
            if !matches!(saved, Err(ref error) if !matches!(error, Error::Unavailable(_))) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        if let Err(error) = saved {
            log.server(format!("could not save captured state: {error}"))
                .await;
        }
    }
    count
}

/// A command block (`plugin` or `plugin:command`), its stdout and stderr both logged.
pub async fn run_command(
    invoker: &Invoker,
    plugin: &str,
    command: Option<&str>,
    extra_args: &[String],
    label: &str,
    control: &mut Control,
) -> Result<(), Failure> {
    let (args, executable) = match command {
        Some(name) => {
            let definition = invoker
                .context
                .commands(plugin)
                .remove(name)
                .unwrap_or_default();
            let args = match &definition {
                Value::String(args) => args.clone(),
                other => other["args"].as_str().unwrap_or_default().to_string(),
            };
            let args = split_args(&args).ok_or_else(|| {
                Failure::fail(format!("command '{plugin}:{name}' has an unclosed quote"))
            })?;
            (args, definition["executable"].as_str().map(str::to_string))
        }
        None => (Vec::new(), None),
    };
    let mut process = invoker.command(plugin, executable.as_deref(), &Vars::new());
    process.args(args).args(extra_args);
    run_program(process, plugin, label, control).await
}

/// Runs one program to its end (or until cancelled), logging its stdout and stderr.
pub async fn run_program(
    mut process: tokio::process::Command,
    plugin: &str,
    label: &str,
    control: &mut Control,
) -> Result<(), Failure> {
    let mut child = process.spawn().map_err(|e| spawn_failed(plugin, e))?;
    let source = Source::of(label, plugin);
    let mut readers = Vec::new();
    if let Some(stderr) = child.stderr.take() {
        readers.push(control.log.spawn_copy(source.clone(), "stderr", stderr));
    }
    if let Some(stdout) = child.stdout.take() {
        readers.push(control.log.spawn_copy(source, "stdout", stdout));
    }
    let procs = vec![Proc::new(plugin, child)];
    let outcome = wait_all(procs, &mut control.cancel, control.grace).await;
    for reader in readers {
        let _ = tokio::time::timeout(Duration::from_secs(5), reader).await;
    }
    match outcome {
        Outcome::Cancelled(reason) => Err(Failure::cancelled(reason)),
        Outcome::Exited(statuses) => match failures(&statuses) {
            Some(failed) => Err(Failure {
                status: RunStatus::Fail,
                error: format!("block '{label}' failed: {failed}"),
                exit_code: statuses.first().and_then(|(_, s)| s.code()),
            }),
            None => Ok(()),
        },
    }
}
