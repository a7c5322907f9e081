//! Reading checks everything first (names, plugin types, plugins against the spec's schema, jobs'
//! tasks against the plugins, schedules) and reports every problem with a JSON Pointer into the
//! file, so an import either creates all of it or nothing.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Map, Value, json};

use super::{ImportedPlugin, Layout, PLUGIN_TYPES, ProjectImport, glob_matches};
use crate::domain::job::{PluginInfo, normalize, plan};
use crate::domain::plugin::{self, DEFINITION_FIELDS, ENV_EXTRAS};
use crate::domain::resources::{EnvFields, Fields, ProjectFields};
use crate::domain::schedule::ScheduleFields;
use crate::domain::{Name, dotenv};
use crate::error::{Error, FieldError};

/// The top-level keys the API models; others are carried through (`Layout`). `include_paths` is
/// read, and not written back: the export holds the included documents' contents itself.
const TOP_LEVEL_KEYS: [&str; 8] = [
    "project_id",
    "default_environment",
    "env",
    "plugins",
    "environments",
    "jobs",
    "schedules",
    "include_paths",
];

/// A plugin's keys the API models: its name, parent and config, and its definition.
fn is_plugin_key(key: &str) -> bool {
    matches!(key, "name" | "inherit_from" | "config") || DEFINITION_FIELDS.contains(&key)
}

/// A schedule's keys the API models.
const SCHEDULE_KEYS: [&str; 7] = [
    "name",
    "job",
    "extractor",
    "loader",
    "transform",
    "interval",
    "env",
];

/// The lock file Meltano keeps for a plugin, `plugins/<type>/<name>--<variant>.lock` (or
/// `<name>.lock` without a variant), if `files` has it; kept as written in the layout, for the
/// project's files.
fn read_lock(
    plugin_type: &str,
    name: &Name,
    definition: &Map<String, Value>,
    files: &BTreeMap<String, String>,
    layout: &mut Layout,
) -> Result<Option<Value>, FieldError> {
    let path = match definition.get("variant").and_then(Value::as_str) {
        Some(variant) => format!("plugins/{plugin_type}/{name}--{variant}.lock"),
        None => format!("plugins/{plugin_type}/{name}.lock"),
    };
    let Some(text) = files.get(&path) else {
        return Ok(None);
    };
    let pointer = format!("/files/{}", path.replace('~', "~0").replace('/', "~1"));
    match serde_json::from_str::<Value>(text) {
        Ok(lock @ Value::Object(_)) => {
            layout.locks.insert(path, text.clone());
            Ok(Some(lock))
        }
        _ => Err(FieldError::new(
            pointer,
            "is not a JSON object (a Meltano lock file)",
        )),
    }
}

/// Checks a value against a component schema of the spec; answers pointers and problems.
pub type SchemaCheck<'a> = &'a dyn Fn(&str, &Value) -> Vec<(String, String)>;

struct Problems(Vec<FieldError>);

impl Problems {
    fn add(&mut self, pointer: impl Into<String>, detail: impl Into<String>) {
        self.0.push(FieldError::new(pointer, detail));
    }

    fn name(&mut self, value: &Value, pointer: &str) -> Option<Name> {
        match value.as_str().map(|text| Name::parse(text, pointer)) {
            Some(Ok(name)) => Some(name),
            Some(Err(_)) => {
                self.add(
                    pointer,
                    "must be lowercase letters, digits, `-` and `_` (no `:`), at most 63 characters",
                );
                None
            }
            None => {
                self.add(pointer, "is required and must be a string");
                None
            }
        }
    }
}

/// An `env` mapping as the API stores it (numbers and booleans as their text), for its schema.
fn env_strings(value: Option<&Value>) -> Value {
    match value {
        Some(Value::Object(vars)) => Value::Object(
            vars.iter()
                .map(|(k, v)| {
                    let text = match v {
                        Value::Number(_) | Value::Bool(_) => Value::String(v.to_string()),
                        other => other.clone(),
                    };
                    (k.clone(), text)
                })
                .collect(),
        ),
        _ => json!({}),
    }
}

fn yaml_to_json(text: &str, pointer: &str) -> Result<Value, Error> {
    let value: serde_yaml_ng::Value = serde_yaml_ng::from_str(text).map_err(|error| {
        let at = error
            .location()
            .map(|l| format!(" at line {}, column {}", l.line(), l.column()))
            .unwrap_or_default();
        unprocessable(vec![FieldError::new(
            pointer,
            format!("is not valid YAML{at}"),
        )])
    })?;
    serde_json::to_value(value).map_err(|_| {
        unprocessable(vec![FieldError::new(
            pointer,
            "holds YAML that has no JSON form (a non-string key?)",
        )])
    })
}

fn unprocessable(errors: Vec<FieldError>) -> Error {
    let detail = errors
        .iter()
        .take(10)
        .map(|e| format!("{}: {}", e.pointer, e.detail))
        .collect::<Vec<_>>()
        .join("; ");
    Error::Invalid { detail, errors }
}

/// Reads `meltano.yml` and the files its `include_paths` name (`files`: path -> text), and checks
/// it all. Problems point into `meltano.yml` (`/plugins/extractors/0/name`) or, for an included
/// file, into `/files/{path}`.
pub fn read(
    meltano_yml: &str,
    files: &BTreeMap<String, String>,
    check_schema: SchemaCheck,
) -> Result<ProjectImport, Error> {
    let root = yaml_to_json(meltano_yml, "/meltano_yml")?;
    let Value::Object(root) = root else {
        return Err(unprocessable(vec![FieldError::new(
            "/meltano_yml",
            "must be a mapping",
        )]));
    };
    let mut problems = Problems(Vec::new());
    // Its `.env`: settings read from it, as Meltano's do; never shown, never exported.
    let dotenv = match files.get(".env").map(|text| dotenv::parse(text)) {
        Some(Ok(vars)) => vars,
        Some(Err((line, problem))) => {
            problems.add("/files/.env", format!("line {line} {problem}"));
            BTreeMap::new()
        }
        None => BTreeMap::new(),
    };
    let mut layout = Layout::default();
    layout.keep_unknown(String::new(), &root, |key| TOP_LEVEL_KEYS.contains(&key));
    // The documents that hold plugins, environments, jobs and schedules, with their pointers.
    let mut documents = vec![(String::new(), root.clone())];
    for (index, pattern) in root
        .get("include_paths")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let Some(pattern) = pattern.as_str() else {
            problems.add(format!("/include_paths/{index}"), "must be a string");
            continue;
        };
        for (path, text) in files.iter().filter(|(path, _)| glob_matches(pattern, path)) {
            let pointer = format!("/files/{}", path.replace('~', "~0").replace('/', "~1"));
            match yaml_to_json(text, &pointer) {
                Ok(Value::Object(document)) => documents.push((pointer, document)),
                Ok(Value::Null) => {}
                Ok(_) => problems.add(pointer, "must be a mapping"),
                Err(Error::Invalid { errors, .. }) => problems.0.extend(errors),
                Err(other) => return Err(other),
            }
        }
    }

    let env_vars = |value: Option<&Value>, pointer: &str, problems: &mut Problems| {
        let mut vars = BTreeMap::new();
        for (key, value) in value.and_then(Value::as_object).into_iter().flatten() {
            match value {
                Value::String(text) => {
                    vars.insert(key.clone(), text.clone());
                }
                Value::Number(_) | Value::Bool(_) => {
                    vars.insert(key.clone(), value.to_string());
                }
                _ => problems.add(format!("{pointer}/{key}"), "must be a string"),
            }
        }
        vars
    };
    for (at, problem) in check_schema(
        "ProjectReplace",
        &json!({ "env": env_strings(root.get("env")) }),
    ) {
        problems.add(at, problem);
    }
    let project = ProjectFields {
        description: None,
        default_environment: root
            .get("default_environment")
            .and_then(Value::as_str)
            .map(str::to_string),
        env: env_vars(root.get("env"), "/env", &mut problems),
    };
    let project_id = match root.get("project_id") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) if !id.is_empty() && id.len() <= 255 => Some(id.clone()),
        Some(_) => {
            problems.add("/project_id", "must be a string of at most 255 characters");
            None
        }
    };
    let project = match project.check() {
        Ok(project) => project,
        Err(_) => {
            problems.add("/default_environment", "must be an environment name");
            ProjectFields::default()
        }
    };

    let list = |document: &Map<String, Value>, key: &str| -> Vec<Value> {
        document
            .get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };

    // Plugins.
    let mut plugins: Vec<ImportedPlugin> = Vec::new();
    let mut plugin_pointers: HashMap<String, String> = HashMap::new();
    for (base, document) in &documents {
        let Some(by_type) = document.get("plugins") else {
            continue;
        };
        let Some(by_type) = by_type.as_object() else {
            problems.add(
                format!("{base}/plugins"),
                "must be a mapping of plugin types",
            );
            continue;
        };
        for (plugin_type, entries) in by_type {
            let type_pointer = format!("{base}/plugins/{plugin_type}");
            if !PLUGIN_TYPES.contains(&plugin_type.as_str()) {
                problems.add(
                    type_pointer,
                    format!("is not a plugin type (one of {})", PLUGIN_TYPES.join(", ")),
                );
                continue;
            }
            for (index, entry) in entries.as_array().into_iter().flatten().enumerate() {
                let pointer = format!("{type_pointer}/{index}");
                let Some(entry) = entry.as_object() else {
                    problems.add(pointer, "must be a mapping");
                    continue;
                };
                let Some(name) = problems.name(
                    entry.get("name").unwrap_or(&Value::Null),
                    &format!("{pointer}/name"),
                ) else {
                    continue;
                };
                if plugin_pointers.contains_key(name.as_str()) {
                    problems.add(
                        format!("{pointer}/name"),
                        format!("plugin '{name}' is defined twice"),
                    );
                    continue;
                }
                let mut definition = Map::new();
                for field in DEFINITION_FIELDS {
                    if let Some(value) = entry.get(field).filter(|v| !v.is_null()) {
                        definition.insert(field.to_string(), value.clone());
                    }
                }
                // A plugin's `env`, as the API stores it (numbers and booleans as their text).
                if let Some(env) = definition.get("env").cloned() {
                    definition.insert("env".into(), env_strings(Some(&env)));
                }
                // `catalog` and `state` name files of the project: the API holds their JSON.
                for field in ["catalog", "state"] {
                    let Some(Value::String(path)) = definition.get(field).cloned() else {
                        continue;
                    };
                    let at = format!("{pointer}/{field}");
                    let file = files.get(path.trim_start_matches("./"));
                    match file.map(|text| serde_json::from_str::<Value>(text)) {
                        Some(Ok(document @ Value::Object(_))) => {
                            let at = format!("plugins/{plugin_type}/{name}/{field}");
                            layout.keep_file(at, &path, &document);
                            definition.insert(field.into(), document);
                        }
                        Some(_) => {
                            problems.add(at, format!("names '{path}', which is not a JSON object"));
                        }
                        None => problems.add(
                            at,
                            format!("names '{path}', which is not among the files sent"),
                        ),
                    }
                }
                // Meltano also writes a command as its args alone.
                if let Some(Value::Object(commands)) = definition.get_mut("commands") {
                    for command in commands.values_mut() {
                        if let Value::String(args) = command {
                            *command = json!({ "args": args });
                        }
                    }
                }
                let config = entry
                    .get("config")
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default();
                let inherit_from = entry
                    .get("inherit_from")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                // The same schema a Replace of the plugin is checked against.
                let mut document = definition.clone();
                document.insert("plugin_type".into(), json!(plugin_type));
                document.insert("config".into(), Value::Object(config.clone()));
                if let Some(parent) = &inherit_from {
                    document.insert("inherit_from".into(), json!(parent));
                }
                for (at, problem) in check_schema("PluginReplace", &Value::Object(document)) {
                    problems.add(format!("{pointer}{at}"), problem);
                }
                if let Err(error) = plugin::check_config(&config, &format!("{pointer}/config")) {
                    problems.0.push(error);
                }
                plugin_pointers.insert(name.to_string(), pointer);
                let list = format!("plugins/{plugin_type}");
                layout.keep_unknown(format!("{list}/{name}"), entry, is_plugin_key);
                layout.push(&list, name.as_str());
                let lock = read_lock(plugin_type, &name, &definition, files, &mut layout)
                    .unwrap_or_else(|problem| {
                        problems.0.push(problem);
                        None
                    });
                plugins.push(ImportedPlugin {
                    name,
                    plugin_type: plugin_type.clone(),
                    inherit_from,
                    definition,
                    config,
                    env_configs: BTreeMap::new(),
                    env_extras: BTreeMap::new(),
                    lock,
                });
            }
        }
    }
    for plugin in &plugins {
        if let Some(parent) = &plugin.inherit_from {
            let pointer = format!("{}/inherit_from", plugin_pointers[plugin.name.as_str()]);
            // As the API refuses it: a chain that comes back to the plugin.
            let mut seen = HashSet::from([plugin.name.as_str()]);
            let mut next = Some(parent.as_str());
            let mut cycle = false;
            while let Some(current) = next {
                if !seen.insert(current) {
                    cycle = true;
                    break;
                }
                next = plugins
                    .iter()
                    .find(|p| p.name.as_str() == current)
                    .and_then(|p| p.inherit_from.as_deref());
            }
            if cycle {
                problems.add(pointer, format!("inheriting from '{parent}' makes a cycle"));
                continue;
            }
            match plugins.iter().find(|p| p.name.as_str() == parent) {
                None => problems.add(pointer, format!("plugin '{parent}' does not exist")),
                Some(p) if p.plugin_type != plugin.plugin_type => problems.add(
                    pointer,
                    format!("plugin '{parent}' is not of type {}", plugin.plugin_type),
                ),
                _ => {}
            }
        }
    }

    // Environments, with their plugin config.
    let mut envs: Vec<(Name, EnvFields)> = Vec::new();
    for (base, document) in &documents {
        for (index, entry) in list(document, "environments").iter().enumerate() {
            let pointer = format!("{base}/environments/{index}");
            let Some(name) = problems.name(
                entry.get("name").unwrap_or(&Value::Null),
                &format!("{pointer}/name"),
            ) else {
                continue;
            };
            if envs.iter().any(|(n, _)| n == &name) {
                problems.add(
                    format!("{pointer}/name"),
                    format!("environment '{name}' is defined twice"),
                );
                continue;
            }
            for (at, problem) in check_schema(
                "EnvReplace",
                &json!({ "env": env_strings(entry.get("env")), "state_id_suffix": entry.get("state_id_suffix") }),
            ) {
                problems.add(format!("{pointer}{at}"), problem);
            }
            let fields = EnvFields {
                description: None,
                env: env_vars(entry.get("env"), &format!("{pointer}/env"), &mut problems),
                state_id_suffix: entry
                    .get("state_id_suffix")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            };
            let fields = match fields.check() {
                Ok(fields) => fields,
                Err(_) => {
                    problems.add(
                        format!("{pointer}/state_id_suffix"),
                        "must be 1-63 letters, digits, `_`, `.` or `-`",
                    );
                    continue;
                }
            };
            if let Some(entry) = entry.as_object() {
                layout.keep_unknown(format!("environments/{name}"), entry, |key| {
                    ["name", "env", "state_id_suffix", "config"].contains(&key)
                });
            }
            if let Some(config) = entry.get("config").and_then(Value::as_object) {
                layout.keep_unknown(format!("environments/{name}/config"), config, |key| {
                    key == "plugins"
                });
            }
            layout.push("environments", name.as_str());
            let overrides = entry.pointer("/config/plugins").and_then(Value::as_object);
            for (plugin_type, items) in overrides.into_iter().flatten() {
                for (i, item) in items.as_array().into_iter().flatten().enumerate() {
                    let at = format!("{pointer}/config/plugins/{plugin_type}/{i}");
                    let plugin_name = item.get("name").and_then(Value::as_str).unwrap_or_default();
                    let list = format!("environments/{name}/config/plugins/{plugin_type}");
                    if let Some(item) = item.as_object() {
                        layout.keep_unknown(format!("{list}/{plugin_name}"), item, |key| {
                            key == "name" || key == "config" || ENV_EXTRAS.contains(&key)
                        });
                    }
                    layout.push(&list, plugin_name);
                    let Some(plugin) = plugins
                        .iter_mut()
                        .find(|p| p.name.as_str() == plugin_name && &p.plugin_type == plugin_type)
                    else {
                        problems.add(
                            format!("{at}/name"),
                            format!("is not one of the project's {plugin_type}"),
                        );
                        continue;
                    };
                    if let Some(config) = item.get("config").and_then(Value::as_object) {
                        if let Err(error) = plugin::check_config(config, &format!("{at}/config")) {
                            problems.0.push(error);
                        }
                        plugin.env_configs.insert(name.to_string(), config.clone());
                    }
                    // Its extras in this environment, checked as the API checks them.
                    let mut extras: Map<String, Value> = ENV_EXTRAS
                        .iter()
                        .filter_map(|k| {
                            item.get(*k)
                                .filter(|v| !v.is_null())
                                .map(|v| (k.to_string(), v.clone()))
                        })
                        .collect();
                    if let Some(env) = extras.get("env").cloned() {
                        extras.insert("env".into(), env_strings(Some(&env)));
                    }
                    if !extras.is_empty() {
                        for (pointer, problem) in
                            check_schema("EnvExtras", &Value::Object(extras.clone()))
                        {
                            problems.add(format!("{at}{pointer}"), problem);
                        }
                        plugin.env_extras.insert(name.to_string(), extras);
                    }
                }
            }
            envs.push((name, fields));
        }
    }

    // Jobs, checked against the plugins as the API checks them.
    let mut infos: HashMap<String, PluginInfo> = plugins
        .iter()
        .map(|p| {
            let mut commands: Vec<String> = Vec::new();
            let mut next = Some(p);
            while let Some(current) = next {
                commands.extend(
                    current
                        .definition
                        .get("commands")
                        .and_then(Value::as_object)
                        .into_iter()
                        .flatten()
                        .map(|(k, _)| k.clone()),
                );
                next = current
                    .inherit_from
                    .as_deref()
                    .and_then(|parent| plugins.iter().find(|q| q.name.as_str() == parent))
                    .filter(|parent| parent.name != p.name);
                if commands.len() > 10_000 {
                    break;
                }
            }
            (
                p.name.to_string(),
                PluginInfo {
                    plugin_type: p.plugin_type.clone(),
                    commands,
                },
            )
        })
        .collect();
    // A mapper's mappings run by their names; each name must say one thing.
    let mut mapping_of: HashMap<String, String> = HashMap::new();
    for mapper in plugins.iter().filter(|p| p.plugin_type == "mappers") {
        let mappings = plugin::mappings(&mapper.definition);
        let clash = plugin::mapping_clash(mapper.name.as_str(), &mappings, |name| {
            match (infos.contains_key(name), mapping_of.get(name)) {
                (true, _) => Some(format!("plugin '{name}'")),
                (_, Some(other)) => Some(format!("a mapping of mapper '{other}'")),
                _ => None,
            }
        });
        if let Some((index, problem)) = clash {
            let at = format!(
                "{}/mappings/{index}/name",
                plugin_pointers[mapper.name.as_str()]
            );
            problems.add(at, problem);
            continue;
        }
        for (name, _) in mappings {
            mapping_of.insert(name, mapper.name.to_string());
        }
    }
    infos.extend(
        mapping_of
            .into_keys()
            .map(|name| (name, PluginInfo::mapping())),
    );
    let mut jobs: Vec<(Name, Value)> = Vec::new();
    for (base, document) in &documents {
        for (index, entry) in list(document, "jobs").iter().enumerate() {
            let pointer = format!("{base}/jobs/{index}");
            let Some(name) = problems.name(
                entry.get("name").unwrap_or(&Value::Null),
                &format!("{pointer}/name"),
            ) else {
                continue;
            };
            let tasks = entry.get("tasks").cloned().unwrap_or(Value::Null);
            // The same schema a Replace of the job is checked against: what is stored reads back.
            let schema_errors = check_schema("JobReplace", &json!({ "tasks": &tasks }));
            if !schema_errors.is_empty() {
                for (at, problem) in schema_errors {
                    problems.add(format!("{pointer}{at}"), problem);
                }
                continue;
            }
            if let Err(Error::Invalid { errors, .. }) = plan(&normalize(&tasks), &infos) {
                for error in errors {
                    problems.add(format!("{pointer}{}", error.pointer), error.detail);
                }
                continue;
            }
            if jobs.iter().any(|(n, _)| n == &name) {
                problems.add(
                    format!("{pointer}/name"),
                    format!("job '{name}' is defined twice"),
                );
                continue;
            }
            if let Some(entry) = entry.as_object() {
                layout.keep_unknown(format!("jobs/{name}"), entry, |key| {
                    key == "name" || key == "tasks"
                });
            }
            layout.push("jobs", name.as_str());
            jobs.push((name, tasks));
        }
    }

    // Schedules, firing in the default environment (else the first).
    let fires_in = project
        .default_environment
        .as_deref()
        .and_then(|d| envs.iter().find(|(n, _)| n.as_str() == d))
        .or(envs.first())
        .map(|(n, _)| n.clone());
    let mut schedules = Vec::new();
    for (base, document) in &documents {
        for (index, entry) in list(document, "schedules").iter().enumerate() {
            let pointer = format!("{base}/schedules/{index}");
            let Some(name) = problems.name(
                entry.get("name").unwrap_or(&Value::Null),
                &format!("{pointer}/name"),
            ) else {
                continue;
            };
            let written: Map<String, Value> = SCHEDULE_KEYS[1..]
                .iter()
                .filter_map(|k| entry.get(*k).map(|v| (k.to_string(), v.clone())))
                .collect();
            let schema_errors = check_schema("ScheduleReplace", &Value::Object(written));
            if !schema_errors.is_empty() {
                for (at, problem) in schema_errors {
                    problems.add(format!("{pointer}{at}"), problem);
                }
                continue;
            }
            let text = |key: &str| entry.get(key).and_then(Value::as_str).map(str::to_string);
            let fields = ScheduleFields {
                job: text("job"),
                extractor: text("extractor"),
                loader: text("loader"),
                transform: text("transform"),
                interval: text("interval").unwrap_or_default(),
                paused: false,
                env: env_vars(entry.get("env"), &format!("{pointer}/env"), &mut problems),
            };
            let checked = fields.check(
                |plugin| {
                    plugins
                        .iter()
                        .find(|p| p.name.as_str() == plugin)
                        .map(|p| p.plugin_type.clone())
                },
                |job| jobs.iter().any(|(n, _)| n.as_str() == job),
            );
            if let Err(Error::Invalid { errors, .. }) = checked {
                for error in errors {
                    problems.add(format!("{pointer}{}", error.pointer), error.detail);
                }
                continue;
            }
            if let Some(entry) = entry.as_object() {
                layout.keep_unknown(format!("schedules/{name}"), entry, |key| {
                    SCHEDULE_KEYS.contains(&key)
                });
            }
            layout.push("schedules", name.as_str());
            match &fires_in {
                Some(env) => schedules.push((name, fields, env.clone())),
                None => problems.add(
                    pointer,
                    "a schedule needs an environment to fire in; the project has none",
                ),
            }
        }
    }

    if problems.0.is_empty() {
        Ok(ProjectImport {
            layout,
            dotenv,
            project_id,
            project,
            envs,
            plugins,
            jobs,
            schedules,
        })
    } else {
        Err(unprocessable(problems.0))
    }
}
