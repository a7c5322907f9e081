//! Jobs' tasks as Meltano reads them (`meltano job`, `meltano run`): each task is a list of blocks,
//! `plugin` or `plugin:command`; an extractor opens an extract-load set, mappers continue it, a
//! loader closes it; other plugins run as command blocks.

use std::collections::HashMap;

use serde_json::Value;

use crate::error::{Error, FieldError};

/// What validation needs to know of a project's plugin.
#[derive(Debug, Clone, Default)]
pub struct PluginInfo {
    pub plugin_type: String,
    /// Its commands, the parent's included.
    pub commands: Vec<String>,
}

impl PluginInfo {
    /// A mapper's mapping: it runs inside an extract-load block, and has no commands.
    pub fn mapping() -> Self {
        Self {
            plugin_type: "mappers".into(),
            commands: Vec::new(),
        }
    }
}

/// Tasks as written (`"tap target"`, `["tap target", "dbt:run"]`, `[["tap", "target"]]`), as
/// lists of block names, one list per task.
pub fn normalize(tasks: &Value) -> Vec<Vec<String>> {
    let split = |text: &str| {
        text.split_whitespace()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    match tasks {
        Value::String(text) => vec![split(text)],
        Value::Array(items) => items
            .iter()
            .map(|item| match item {
                Value::String(text) => split(text),
                Value::Array(names) => names
                    .iter()
                    .filter_map(Value::as_str)
                    .flat_map(split)
                    .collect(),
                _ => Vec::new(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// An extract-load block of a task: the extractor, mappers and loader it wires together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractLoad {
    pub extractor: String,
    pub mappers: Vec<String>,
    pub loader: String,
}

/// One step of a run, in order: an extract-load block, or a plugin's command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    ExtractLoad(ExtractLoad),
    /// `plugin` (its default command) or `plugin:command`.
    Command {
        plugin: String,
        command: Option<String>,
    },
}

impl Block {
    /// The block as written in a task (`tap mapper target`, `dbt:run`).
    pub fn label(&self) -> String {
        match self {
            Block::ExtractLoad(el) => std::iter::once(el.extractor.as_str())
                .chain(el.mappers.iter().map(String::as_str))
                .chain([el.loader.as_str()])
                .collect::<Vec<_>>()
                .join(" "),
            Block::Command {
                plugin,
                command: Some(command),
            } => format!("{plugin}:{command}"),
            Block::Command { plugin, .. } => plugin.clone(),
        }
    }
}

/// Checks every task against the project's plugins; answers the extract-load blocks found.
/// Every problem is a `422` pointing at its task (`/tasks/N`).
pub fn validate(
    tasks: &[Vec<String>],
    plugins: &HashMap<String, PluginInfo>,
) -> Result<Vec<ExtractLoad>, Error> {
    Ok(plan(tasks, plugins)?
        .into_iter()
        .filter_map(|block| match block {
            Block::ExtractLoad(el) => Some(el),
            Block::Command { .. } => None,
        })
        .collect())
}

/// Whether `tasks` (a job's, as stored) name `plugin` in any block (`plugin` or
/// `plugin:command`).
pub fn names_plugin(tasks: &Value, plugin: &str) -> bool {
    normalize(tasks)
        .iter()
        .flatten()
        .any(|block| block.split(':').next() == Some(plugin))
}

/// Where the tasks being planned came from, for the pointers of their problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TasksAt {
    /// A job's `tasks`: each problem points at its task (`/tasks/N`).
    Tasks,
    /// An ad hoc run's `command`, one string: every problem points at it.
    Command,
}

impl TasksAt {
    fn pointer(self, index: Option<usize>) -> String {
        match (self, index) {
            (Self::Command, _) => "/command".into(),
            (Self::Tasks, Some(index)) => format!("/tasks/{index}"),
            (Self::Tasks, None) => "/tasks".into(),
        }
    }
}

/// Every block of the tasks in order, as a run executes them; problems as in [`validate`].
pub fn plan(
    tasks: &[Vec<String>],
    plugins: &HashMap<String, PluginInfo>,
) -> Result<Vec<Block>, Error> {
    plan_at(tasks, plugins, TasksAt::Tasks)
}

/// [`plan`], with problems pointing where the tasks came from.
pub fn plan_at(
    tasks: &[Vec<String>],
    plugins: &HashMap<String, PluginInfo>,
    at: TasksAt,
) -> Result<Vec<Block>, Error> {
    let mut errors = Vec::new();
    let mut blocks = Vec::new();
    if tasks.iter().all(Vec::is_empty) {
        errors.push(FieldError::new(at.pointer(None), "names no plugin"));
    }
    for (index, task) in tasks.iter().enumerate() {
        let pointer = at.pointer(Some(index));
        match validate_task(task, plugins) {
            Ok(found) => blocks.extend(found),
            Err(detail) => errors.push(FieldError::new(pointer, detail)),
        }
    }
    if errors.is_empty() {
        Ok(blocks)
    } else {
        let detail = errors
            .iter()
            .map(|e| format!("{}: {}", e.pointer, e.detail))
            .collect::<Vec<_>>()
            .join("; ");
        Err(Error::Invalid { detail, errors })
    }
}

/// A name as quoted in a message: tasks may hold anything, messages stay short.
fn quoted(name: &str) -> String {
    match name.char_indices().nth(64) {
        Some((cut, _)) => format!("'{}…'", &name[..cut]),
        None => format!("'{name}'"),
    }
}

fn validate_task(
    task: &[String],
    plugins: &HashMap<String, PluginInfo>,
) -> Result<Vec<Block>, String> {
    let mut blocks = Vec::new();
    let mut open: Option<(String, Vec<String>)> = None;
    for name in task {
        let (plugin, command) = match name.split_once(':') {
            Some((plugin, command)) => (plugin, Some(command)),
            None => (name.as_str(), None),
        };
        let info = plugins
            .get(plugin)
            .ok_or_else(|| format!("plugin {} does not exist", quoted(plugin)))?;
        if let Some(command) = command {
            if !info.commands.iter().any(|c| c == command) {
                return Err(format!(
                    "plugin '{plugin}' has no command {}",
                    quoted(command)
                ));
            }
            if open.is_some() {
                return Err(format!(
                    "'{name}' cannot run inside an extract-load block; a loader must close it first"
                ));
            }
            blocks.push(Block::Command {
                plugin: plugin.to_string(),
                command: Some(command.to_string()),
            });
            continue;
        }
        match (info.plugin_type.as_str(), &mut open) {
            ("extractors", None) => open = Some((plugin.to_string(), Vec::new())),
            ("extractors", Some(_)) => {
                return Err(format!(
                    "extractor '{plugin}' follows an extractor without a loader"
                ));
            }
            ("mappers", Some((_, mappers))) => mappers.push(plugin.to_string()),
            ("loaders", Some(_)) => {
                let (extractor, mappers) = open.take().unwrap_or_default();
                blocks.push(Block::ExtractLoad(ExtractLoad {
                    extractor,
                    mappers,
                    loader: plugin.to_string(),
                }));
            }
            ("mappers" | "loaders", None) => {
                return Err(format!(
                    "{} '{plugin}' needs an extractor before it",
                    info.plugin_type.trim_end_matches('s')
                ));
            }
            (_, Some(_)) => {
                return Err(format!(
                    "'{plugin}' cannot run inside an extract-load block; a loader must close it first"
                ));
            }
            (_, None) => blocks.push(Block::Command {
                plugin: plugin.to_string(),
                command: None,
            }),
        }
    }
    match open {
        Some((extractor, _)) => Err(format!("extractor '{extractor}' has no loader")),
        None => Ok(blocks),
    }
}

/// The state id Meltano gives an extract-load block: `{env}:{extractor}-to-{loader}[:suffix]`.
pub fn state_id(env: &str, block: &ExtractLoad, suffix: Option<&str>) -> String {
    match suffix.filter(|s| !s.is_empty()) {
        Some(suffix) => format!("{env}:{}-to-{}:{suffix}", block.extractor, block.loader),
        None => format!("{env}:{}-to-{}", block.extractor, block.loader),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plugins() -> HashMap<String, PluginInfo> {
        let info = |t: &str, commands: &[&str]| PluginInfo {
            plugin_type: t.into(),
            commands: commands.iter().map(|c| c.to_string()).collect(),
        };
        HashMap::from([
            ("tap".to_string(), info("extractors", &[])),
            ("map".to_string(), info("mappers", &[])),
            ("target".to_string(), info("loaders", &[])),
            ("dbt".to_string(), info("transformers", &["run", "test"])),
        ])
    }

    #[test]
    fn every_written_form_normalizes_to_lists_of_blocks() {
        let expected = vec![
            vec!["tap".to_string(), "target".to_string()],
            vec!["dbt:run".to_string()],
        ];
        assert_eq!(normalize(&json!(["tap target", "dbt:run"])), expected);
        assert_eq!(
            normalize(&json!([["tap", "target"], ["dbt:run"]])),
            expected
        );
        assert_eq!(
            normalize(&json!("tap target")),
            vec![vec!["tap".to_string(), "target".to_string()]]
        );
    }

    #[test]
    fn valid_tasks_yield_their_extract_load_blocks() {
        let blocks = validate(
            &normalize(&json!(["tap map target dbt:run", "dbt"])),
            &plugins(),
        )
        .unwrap();
        assert_eq!(
            blocks,
            vec![ExtractLoad {
                extractor: "tap".into(),
                mappers: vec!["map".into()],
                loader: "target".into()
            }]
        );
        assert_eq!(
            state_id("dev", &blocks[0], Some("blue")),
            "dev:tap-to-target:blue"
        );
        assert_eq!(state_id("dev", &blocks[0], None), "dev:tap-to-target");
    }

    #[test]
    fn bad_tasks_are_pointed_at() {
        for (tasks, index, fragment) in [
            (json!(["tap target", "nope"]), 1, "does not exist"),
            (json!(["tap"]), 0, "has no loader"),
            (json!(["target"]), 0, "needs an extractor"),
            (json!(["tap map"]), 0, "has no loader"),
            (
                json!(["tap dbt:run target"]),
                0,
                "inside an extract-load block",
            ),
            (
                json!(["tap target", "dbt:deploy"]),
                1,
                "no command 'deploy'",
            ),
            (json!(["tap tap target"]), 0, "follows an extractor"),
        ] {
            let Err(Error::Invalid { errors, .. }) = validate(&normalize(&tasks), &plugins())
            else {
                panic!("{tasks} should be refused");
            };
            assert_eq!(errors[0].pointer, format!("/tasks/{index}"), "{tasks}");
            assert!(
                errors[0].detail.contains(fragment),
                "{tasks}: {}",
                errors[0].detail
            );
        }
    }
}
