//! A Meltano project's `meltano.yml`, read into this API's resources and written back.
//!
//! Reading checks everything first (names, plugin types, plugins against the spec's schema, jobs'
//! tasks against the plugins, schedules) and reports every problem with a JSON Pointer into the
//! file, so an import either creates all of it or nothing.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Map, Value, json};
use serde_yaml_ng::Mapping;

use super::Name;
use super::job::{PluginInfo, normalize, plan};
use super::plugin::{self, DEFINITION_FIELDS};
use super::resources::{EnvFields, Fields, ProjectFields};
use super::schedule::ScheduleFields;
use crate::problem::{ApiError, FieldError};

/// Meltano's plugin types, in the order `meltano.yml` lists them.
pub const PLUGIN_TYPES: [&str; 8] = [
    "extractors",
    "loaders",
    "mappers",
    "transformers",
    "transforms",
    "utilities",
    "orchestrators",
    "files",
];

/// A plugin as read.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedPlugin {
    pub name: Name,
    pub plugin_type: String,
    pub inherit_from: Option<String>,
    pub definition: Map<String, Value>,
    pub config: Map<String, Value>,
    /// Each environment's config of it.
    pub env_configs: BTreeMap<String, Map<String, Value>>,
}

/// A project as read from its files, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectImport {
    /// Meltano's `project_id` of the project, kept for its export.
    pub project_id: Option<String>,
    pub project: ProjectFields,
    pub envs: Vec<(Name, EnvFields)>,
    pub plugins: Vec<ImportedPlugin>,
    pub jobs: Vec<(Name, Value)>,
    /// Each schedule with the environment it fires in.
    pub schedules: Vec<(Name, ScheduleFields, Name)>,
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

/// An `include_paths` glob against a file's path, both without a leading `./`.
pub fn glob_matches(pattern: &str, text: &str) -> bool {
    super::glob::matches(
        pattern.trim_start_matches("./"),
        text.trim_start_matches("./"),
    )
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

fn yaml_to_json(text: &str, pointer: &str) -> Result<Value, ApiError> {
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

fn unprocessable(errors: Vec<FieldError>) -> ApiError {
    let detail = errors
        .iter()
        .take(10)
        .map(|e| format!("{}: {}", e.pointer, e.detail))
        .collect::<Vec<_>>()
        .join("; ");
    ApiError::Unprocessable { detail, errors }
}

/// Reads `meltano.yml` and the files its `include_paths` name (`files`: path -> text), and checks
/// it all. Problems point into `meltano.yml` (`/plugins/extractors/0/name`) or, for an included
/// file, into `/files/{path}`.
pub fn read(
    meltano_yml: &str,
    files: &BTreeMap<String, String>,
    check_schema: SchemaCheck,
) -> Result<ProjectImport, ApiError> {
    let root = yaml_to_json(meltano_yml, "/meltano_yml")?;
    let Value::Object(root) = root else {
        return Err(unprocessable(vec![FieldError::new(
            "/meltano_yml",
            "must be a mapping",
        )]));
    };
    let mut problems = Problems(Vec::new());
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
                Err(ApiError::Unprocessable { errors, .. }) => problems.0.extend(errors),
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
                plugins.push(ImportedPlugin {
                    name,
                    plugin_type: plugin_type.clone(),
                    inherit_from,
                    definition,
                    config,
                    env_configs: BTreeMap::new(),
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
            let overrides = entry.pointer("/config/plugins").and_then(Value::as_object);
            for (plugin_type, items) in overrides.into_iter().flatten() {
                for (i, item) in items.as_array().into_iter().flatten().enumerate() {
                    let at = format!("{pointer}/config/plugins/{plugin_type}/{i}");
                    let plugin_name = item.get("name").and_then(Value::as_str).unwrap_or_default();
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
                }
            }
            envs.push((name, fields));
        }
    }

    // Jobs, checked against the plugins as the API checks them.
    let infos: HashMap<String, PluginInfo> = plugins
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
            if let Err(ApiError::Unprocessable { errors, .. }) = plan(&normalize(&tasks), &infos) {
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
            let written: Map<String, Value> =
                ["job", "extractor", "loader", "transform", "interval", "env"]
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
            if let Err(ApiError::Unprocessable { errors, .. }) = checked {
                for error in errors {
                    problems.add(format!("{pointer}{}", error.pointer), error.detail);
                }
                continue;
            }
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

/// A stored plugin, as `meltano.yml` is written from.
pub struct ExportedPlugin {
    pub name: String,
    pub plugin_type: String,
    pub inherit_from: Option<String>,
    pub definition: Map<String, Value>,
    pub config: Map<String, Value>,
    pub env_configs: BTreeMap<String, Map<String, Value>>,
    /// Its settings, the parent's included (to know which values are secrets).
    pub settings: Vec<plugin::Setting>,
}

/// What `meltano.yml` is written from.
pub struct ProjectExport {
    pub project_id: Option<String>,
    pub project: ProjectFields,
    pub envs: Vec<(String, EnvFields)>,
    pub plugins: Vec<ExportedPlugin>,
    pub jobs: Vec<(String, Value)>,
    pub schedules: Vec<(String, ScheduleFields)>,
}

fn yaml(value: &Value) -> serde_yaml_ng::Value {
    serde_yaml_ng::to_value(value).unwrap_or(serde_yaml_ng::Value::Null)
}

fn put(mapping: &mut Mapping, key: &str, value: serde_yaml_ng::Value) {
    mapping.insert(serde_yaml_ng::Value::String(key.into()), value);
}

/// The project as `meltano.yml`. Secrets are left out: a comment at the top names each, with the
/// environment variable Meltano reads it from (`.env`).
pub fn write(export: &ProjectExport) -> String {
    // No `version`: Meltano 4 deprecates it, and no Meltano needs it.
    let mut root = Mapping::new();
    if let Some(id) = &export.project_id {
        put(&mut root, "project_id", yaml(&json!(id)));
    }
    if let Some(default) = &export.project.default_environment {
        put(&mut root, "default_environment", yaml(&json!(default)));
    }
    let mut left_out = Vec::new();
    // Variables that feed sensitive settings are secrets too: left out, and named in the header.
    let namespaces: Vec<String> = export
        .plugins
        .iter()
        .map(|p| match p.definition.get("namespace") {
            Some(Value::String(namespace)) => namespace.clone(),
            _ => p.name.replace('-', "_"),
        })
        .collect();
    let secret_vars = plugin::secret_env_vars(
        export
            .plugins
            .iter()
            .zip(&namespaces)
            .map(|(p, namespace)| (p.name.as_str(), namespace.as_str(), p.settings.as_slice())),
    );
    let mut without_secret_vars = |owner: &str, env: &BTreeMap<String, String>| {
        let mut kept = BTreeMap::new();
        for (var, value) in env {
            if secret_vars.contains(var) {
                left_out.push(format!("{owner} env: {var}"));
            } else {
                kept.insert(var.clone(), value.clone());
            }
        }
        kept
    };
    let project_env = without_secret_vars("project", &export.project.env);
    let env_envs: Vec<BTreeMap<String, String>> = export
        .envs
        .iter()
        .map(|(name, fields)| without_secret_vars(&format!("environment {name}"), &fields.env))
        .collect();
    let schedule_envs: Vec<BTreeMap<String, String>> = export
        .schedules
        .iter()
        .map(|(name, fields)| without_secret_vars(&format!("schedule {name}"), &fields.env))
        .collect();
    if !project_env.is_empty() {
        put(&mut root, "env", yaml(&json!(project_env)));
    }
    let mut without_secrets = |plugin: &ExportedPlugin, config: &Map<String, Value>| {
        let (kept, paths) = plugin::Secrets::of(&plugin.settings).strip(config);
        for path in paths {
            let var = plugin
                .settings
                .iter()
                .find(|s| s.name == path)
                .and_then(|s| s.env.clone())
                .unwrap_or_else(|| plugin::conventional_env_var(&plugin.name, &path));
            left_out.push(format!("{}: {path} ({var})", plugin.name));
        }
        kept
    };
    let (mut secret_plugin_vars, mut not_written) = (Vec::new(), Vec::new());
    let mut by_type = Mapping::new();
    let mut env_overrides: BTreeMap<String, BTreeMap<String, Vec<serde_yaml_ng::Value>>> =
        BTreeMap::new();
    for plugin_type in PLUGIN_TYPES {
        let mut entries = Vec::new();
        for plugin in export
            .plugins
            .iter()
            .filter(|p| p.plugin_type == plugin_type)
        {
            let mut entry = Mapping::new();
            put(&mut entry, "name", yaml(&json!(plugin.name)));
            if let Some(parent) = &plugin.inherit_from {
                put(&mut entry, "inherit_from", yaml(&json!(parent)));
            }
            for field in DEFINITION_FIELDS {
                let Some(value) = plugin.definition.get(field) else {
                    continue;
                };
                match (field, value) {
                    // Meltano takes these as file paths; the API holds the file's JSON.
                    ("catalog" | "state", _) => {
                        not_written.push(format!("{}: {field}", plugin.name))
                    }
                    ("env", Value::Object(vars)) => {
                        let mut kept = Map::new();
                        for (var, value) in vars {
                            if secret_vars.contains(var) {
                                secret_plugin_vars.push(format!("{} env: {var}", plugin.name));
                            } else {
                                kept.insert(var.clone(), value.clone());
                            }
                        }
                        if !kept.is_empty() {
                            put(&mut entry, field, yaml(&Value::Object(kept)));
                        }
                    }
                    _ => put(&mut entry, field, yaml(value)),
                }
            }
            let config = without_secrets(plugin, &plugin.config);
            if !config.is_empty() {
                put(&mut entry, "config", yaml(&Value::Object(config)));
            }
            entries.push(serde_yaml_ng::Value::Mapping(entry));
            for (env, config) in &plugin.env_configs {
                let config = without_secrets(plugin, config);
                if config.is_empty() {
                    continue;
                }
                let mut item = Mapping::new();
                put(&mut item, "name", yaml(&json!(plugin.name)));
                put(&mut item, "config", yaml(&Value::Object(config)));
                env_overrides
                    .entry(env.clone())
                    .or_default()
                    .entry(plugin_type.to_string())
                    .or_default()
                    .push(serde_yaml_ng::Value::Mapping(item));
            }
        }
        if !entries.is_empty() {
            put(
                &mut by_type,
                plugin_type,
                serde_yaml_ng::Value::Sequence(entries),
            );
        }
    }
    left_out.extend(secret_plugin_vars);
    if !by_type.is_empty() {
        put(&mut root, "plugins", serde_yaml_ng::Value::Mapping(by_type));
    }
    let envs: Vec<serde_yaml_ng::Value> = export
        .envs
        .iter()
        .zip(&env_envs)
        .map(|((name, fields), env)| {
            let mut entry = Mapping::new();
            put(&mut entry, "name", yaml(&json!(name)));
            if let Some(overrides) = env_overrides.remove(name) {
                let mut plugins = Mapping::new();
                for plugin_type in PLUGIN_TYPES {
                    if let Some(items) = overrides.get(plugin_type) {
                        put(
                            &mut plugins,
                            plugin_type,
                            serde_yaml_ng::Value::Sequence(items.clone()),
                        );
                    }
                }
                let mut config = Mapping::new();
                put(
                    &mut config,
                    "plugins",
                    serde_yaml_ng::Value::Mapping(plugins),
                );
                put(&mut entry, "config", serde_yaml_ng::Value::Mapping(config));
            }
            if !env.is_empty() {
                put(&mut entry, "env", yaml(&json!(env)));
            }
            if let Some(suffix) = &fields.state_id_suffix {
                put(&mut entry, "state_id_suffix", yaml(&json!(suffix)));
            }
            serde_yaml_ng::Value::Mapping(entry)
        })
        .collect();
    if !envs.is_empty() {
        put(
            &mut root,
            "environments",
            serde_yaml_ng::Value::Sequence(envs),
        );
    }
    let jobs: Vec<serde_yaml_ng::Value> = export
        .jobs
        .iter()
        .map(|(name, tasks)| {
            let mut entry = Mapping::new();
            put(&mut entry, "name", yaml(&json!(name)));
            put(&mut entry, "tasks", yaml(tasks));
            serde_yaml_ng::Value::Mapping(entry)
        })
        .collect();
    if !jobs.is_empty() {
        put(&mut root, "jobs", serde_yaml_ng::Value::Sequence(jobs));
    }
    let schedules: Vec<serde_yaml_ng::Value> = export
        .schedules
        .iter()
        .zip(&schedule_envs)
        .map(|((name, fields), env)| {
            let mut entry = Mapping::new();
            put(&mut entry, "name", yaml(&json!(name)));
            for (key, value) in [
                ("job", &fields.job),
                ("extractor", &fields.extractor),
                ("loader", &fields.loader),
                ("transform", &fields.transform),
            ] {
                if let Some(value) = value {
                    put(&mut entry, key, yaml(&json!(value)));
                }
            }
            put(&mut entry, "interval", yaml(&json!(fields.interval)));
            if !env.is_empty() {
                put(&mut entry, "env", yaml(&json!(env)));
            }
            serde_yaml_ng::Value::Mapping(entry)
        })
        .collect();
    if !schedules.is_empty() {
        put(
            &mut root,
            "schedules",
            serde_yaml_ng::Value::Sequence(schedules),
        );
    }
    let body = serde_yaml_ng::to_string(&serde_yaml_ng::Value::Mapping(root)).unwrap_or_default();
    let mut header = String::from("# Exported by meltano-api.\n");
    if !left_out.is_empty() {
        header.push_str("# Sensitive settings are left out; set them in .env:\n");
        for line in left_out {
            header.push_str(&format!("#   {line}\n"));
        }
    }
    if !not_written.is_empty() {
        header.push_str(
            "# Held as JSON by the API, left out (Meltano takes a file path for each; save it and name it):\n",
        );
        for line in not_written {
            header.push_str(&format!("#   {line}\n"));
        }
    }
    header + &body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_schema(_: &str, _: &Value) -> Vec<(String, String)> {
        Vec::new()
    }

    fn read_str(text: &str) -> Result<ProjectImport, ApiError> {
        read(text, &BTreeMap::new(), &no_schema)
    }

    fn pointers(error: ApiError) -> Vec<String> {
        match error {
            ApiError::Unprocessable { errors, .. } => {
                errors.into_iter().map(|e| e.pointer).collect()
            }
            other => panic!("422 expected, got {other:?}"),
        }
    }

    const PROJECT: &str = r#"
version: 1
default_environment: dev
env: {A: "1"}
include_paths: ["./more/*.yml"]
plugins:
  extractors:
  - name: tap-x
    namespace: tap_x
    settings: [{name: token, kind: password}, {name: start}]
    config: {start: "2026", token: s3cr3t}
    commands: {hello: "--about"}
  loaders:
  - name: target-y
    namespace: target_y
environments:
- name: dev
  config:
    plugins:
      extractors:
      - name: tap-x
        config: {start: "2025"}
  state_id_suffix: blue
- name: prod
jobs:
- name: load
  tasks: ["tap-x target-y", "tap-x:hello"]
schedules:
- name: daily
  job: load
  interval: "@daily"
"#;

    #[test]
    fn a_project_reads_into_resources_and_writes_back_the_same() {
        let files = BTreeMap::from([(
            "more/utils.yml".to_string(),
            "plugins:\n  utilities:\n  - name: util\n    namespace: util\n".to_string(),
        )]);
        let read_back = read(PROJECT, &files, &no_schema).unwrap();
        assert_eq!(read_back.plugins.len(), 3);
        assert_eq!(read_back.envs.len(), 2);
        assert_eq!(read_back.envs[0].1.state_id_suffix.as_deref(), Some("blue"));
        let tap = &read_back.plugins[0];
        assert_eq!(tap.env_configs["dev"]["start"], json!("2025"));
        assert_eq!(
            tap.definition["commands"]["hello"],
            json!({ "args": "--about" })
        );
        assert_eq!(read_back.schedules[0].2.as_str(), "dev");

        let export = ProjectExport {
            project_id: None,
            project: read_back.project.clone(),
            envs: read_back
                .envs
                .iter()
                .map(|(n, f)| (n.to_string(), f.clone()))
                .collect(),
            plugins: read_back
                .plugins
                .iter()
                .map(|p| ExportedPlugin {
                    name: p.name.to_string(),
                    plugin_type: p.plugin_type.clone(),
                    inherit_from: p.inherit_from.clone(),
                    definition: p.definition.clone(),
                    config: p.config.clone(),
                    env_configs: p.env_configs.clone(),
                    settings: p
                        .definition
                        .get("settings")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .filter_map(plugin::Setting::from_definition)
                        .collect(),
                })
                .collect(),
            jobs: read_back
                .jobs
                .iter()
                .map(|(n, t)| (n.to_string(), t.clone()))
                .collect(),
            schedules: read_back
                .schedules
                .iter()
                .map(|(n, f, _)| (n.to_string(), f.clone()))
                .collect(),
        };
        let written = write(&export);
        assert!(!written.contains("s3cr3t"), "{written}");
        assert!(
            written.contains("#   tap-x: token (TAP_X_TOKEN)"),
            "{written}"
        );
        let again = read_str(&written).unwrap();
        assert_eq!(again.jobs, read_back.jobs);
        assert_eq!(again.schedules, read_back.schedules);
        assert_eq!(again.envs, read_back.envs);
        assert_eq!(
            again.plugins[0].env_configs,
            read_back.plugins[0].env_configs
        );
        assert_eq!(again.plugins[0].config.get("token"), None);
    }

    #[test]
    fn bad_files_are_pointed_at() {
        assert_eq!(
            pointers(read_str("plugins: [oops").unwrap_err()),
            ["/meltano_yml"]
        );
        assert_eq!(
            pointers(read_str("plugins:\n  taps:\n  - name: x\n").unwrap_err()),
            ["/plugins/taps"]
        );
        assert_eq!(
            pointers(read_str("plugins:\n  extractors:\n  - name: 'tap:x'\n").unwrap_err()),
            ["/plugins/extractors/0/name"]
        );
        assert_eq!(
            pointers(
                read_str("plugins:\n  extractors:\n  - name: tap\njobs:\n- name: j\n  tasks: [tap nope]\n")
                    .unwrap_err()
            ),
            ["/jobs/0/tasks/0"]
        );
        assert_eq!(
            pointers(
                read_str("environments:\n- name: dev\nschedules:\n- name: s\n  job: none\n  interval: '@daily'\n")
                    .unwrap_err()
            ),
            ["/schedules/0/job"]
        );
    }

    #[test]
    fn include_path_globs_match_as_a_shell_does() {
        assert!(glob_matches("./subconfig_[0-9].yml", "subconfig_1.yml"));
        assert!(!glob_matches("./subconfig_[0-9].yml", "subconfig_a.yml"));
        assert!(glob_matches("conf/*.yml", "conf/a.yml"));
        assert!(glob_matches("a?.yml", "ab.yml"));
        assert!(!glob_matches("a?.yml", "a.yml"));
    }
}
