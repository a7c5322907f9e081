//! Writing `meltano.yml` from the stored resources: secrets left out (named in a header comment),
//! in the imported document's order, with the keys the API does not model put back.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};
use serde_yaml_ng::Mapping;

use super::{ExportedPlugin, PLUGIN_TYPES, ProjectExport};
use crate::domain::plugin::{self, DEFINITION_FIELDS};

/// An environment's plugin overrides, by plugin type: each plugin's name and its entry.
type Overrides<'a> = BTreeMap<&'a str, Vec<(&'a str, Mapping)>>;

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
    let layout = &export.layout;
    let mut env_overrides: BTreeMap<&str, Overrides> = BTreeMap::new();
    for plugin_type in PLUGIN_TYPES {
        let mut entries = Vec::new();
        let list = format!("plugins/{plugin_type}");
        let mut of_type: Vec<&ExportedPlugin> = export
            .plugins
            .iter()
            .filter(|p| p.plugin_type == plugin_type)
            .collect();
        layout.sort(&list, &mut of_type, |p| &p.name);
        for plugin in of_type {
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
                    // The file it was read from, if it still holds what the plugin does.
                    ("catalog" | "state", _) => {
                        let at = format!("{list}/{}/{field}", plugin.name);
                        match layout.file_of(&at, value) {
                            Some(path) => put(&mut entry, field, yaml(&json!(path))),
                            None => not_written.push(format!("{}: {field}", plugin.name)),
                        }
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
                    ("mappings", _) => {
                        let mut definition = Map::new();
                        definition.insert(field.into(), value.clone());
                        let secrets = plugin::Secrets::of(&plugin.settings);
                        plugin::map_mapping_configs(&mut definition, |mapping, config| {
                            let (kept, paths) = secrets.strip(&config);
                            for path in paths {
                                secret_plugin_vars
                                    .push(format!("{}: mapping {mapping}: {path}", plugin.name));
                            }
                            kept
                        });
                        put(&mut entry, field, yaml(&definition[field]));
                    }
                    _ => put(&mut entry, field, yaml(value)),
                }
            }
            let config = without_secrets(plugin, &plugin.config);
            if !config.is_empty() {
                put(&mut entry, "config", yaml(&Value::Object(config)));
            }
            layout.restore(&format!("{list}/{}", plugin.name), &mut entry);
            entries.push(serde_yaml_ng::Value::Mapping(entry));
            for (env, _) in &export.envs {
                let config = plugin
                    .env_configs
                    .get(env)
                    .map(|config| without_secrets(plugin, config))
                    .unwrap_or_default();
                let at = format!("environments/{env}/config/{list}/{}", plugin.name);
                let extras = plugin.env_extras.get(env);
                // An entry the document had stays, if only its name (its secrets left out).
                let listed =
                    layout.lists(&format!("environments/{env}/config/{list}"), &plugin.name);
                if config.is_empty() && extras.is_none() && !layout.has_unknown(&at) && !listed {
                    continue;
                }
                let mut item = Mapping::new();
                put(&mut item, "name", yaml(&json!(plugin.name)));
                if !config.is_empty() {
                    put(&mut item, "config", yaml(&Value::Object(config)));
                }
                for (key, value) in extras.into_iter().flatten() {
                    match (key.as_str(), value) {
                        ("env", Value::Object(vars)) => {
                            let mut kept = Map::new();
                            for (var, value) in vars {
                                if secret_vars.contains(var) {
                                    secret_plugin_vars
                                        .push(format!("{} env in {env}: {var}", plugin.name));
                                } else {
                                    kept.insert(var.clone(), value.clone());
                                }
                            }
                            if !kept.is_empty() {
                                put(&mut item, key, yaml(&Value::Object(kept)));
                            }
                        }
                        _ => put(&mut item, key, yaml(value)),
                    }
                }
                layout.restore(&at, &mut item);
                env_overrides
                    .entry(env)
                    .or_default()
                    .entry(plugin_type)
                    .or_default()
                    .push((&plugin.name, item));
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
    let mut envs: Vec<_> = export.envs.iter().zip(&env_envs).collect();
    layout.sort("environments", &mut envs, |((name, _), _)| name);
    let envs: Vec<serde_yaml_ng::Value> = envs
        .into_iter()
        .map(|((name, fields), env)| {
            let mut entry = Mapping::new();
            put(&mut entry, "name", yaml(&json!(name)));
            let mut config = Mapping::new();
            if let Some(mut overrides) = env_overrides.remove(name.as_str()) {
                let mut plugins = Mapping::new();
                for plugin_type in PLUGIN_TYPES {
                    if let Some(items) = overrides.get_mut(plugin_type) {
                        let list = format!("environments/{name}/config/plugins/{plugin_type}");
                        layout.sort(&list, items, |(plugin, _)| plugin);
                        let items = items
                            .drain(..)
                            .map(|(_, item)| serde_yaml_ng::Value::Mapping(item))
                            .collect();
                        put(
                            &mut plugins,
                            plugin_type,
                            serde_yaml_ng::Value::Sequence(items),
                        );
                    }
                }
                put(
                    &mut config,
                    "plugins",
                    serde_yaml_ng::Value::Mapping(plugins),
                );
            }
            layout.restore(&format!("environments/{name}/config"), &mut config);
            if !config.is_empty() {
                put(&mut entry, "config", serde_yaml_ng::Value::Mapping(config));
            }
            if !env.is_empty() {
                put(&mut entry, "env", yaml(&json!(env)));
            }
            if let Some(suffix) = &fields.state_id_suffix {
                put(&mut entry, "state_id_suffix", yaml(&json!(suffix)));
            }
            layout.restore(&format!("environments/{name}"), &mut entry);
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
    let mut jobs: Vec<_> = export.jobs.iter().collect();
    layout.sort("jobs", &mut jobs, |(name, _)| name);
    let jobs: Vec<serde_yaml_ng::Value> = jobs
        .into_iter()
        .map(|(name, tasks)| {
            let mut entry = Mapping::new();
            put(&mut entry, "name", yaml(&json!(name)));
            put(&mut entry, "tasks", yaml(tasks));
            layout.restore(&format!("jobs/{name}"), &mut entry);
            serde_yaml_ng::Value::Mapping(entry)
        })
        .collect();
    if !jobs.is_empty() {
        put(&mut root, "jobs", serde_yaml_ng::Value::Sequence(jobs));
    }
    let mut schedules: Vec<_> = export.schedules.iter().zip(&schedule_envs).collect();
    layout.sort("schedules", &mut schedules, |((name, _), _)| name);
    let schedules: Vec<serde_yaml_ng::Value> = schedules
        .into_iter()
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
            layout.restore(&format!("schedules/{name}"), &mut entry);
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
    layout.restore("", &mut root);
    let body = serde_yaml_ng::to_string(&serde_yaml_ng::Value::Mapping(root)).unwrap_or_default();
    let mut header = String::from("# Exported by meltano-api.\n");
    if !left_out.is_empty() {
        header.push_str("# Sensitive settings are left out; set them in .env:\n");
        for line in left_out {
            header.push_str(&format!("#   {line}\n"));
        }
    }
    if !export.dotenv.is_empty() {
        header.push_str(&format!(
            "# The project's .env is kept by the server, not written: {}\n",
            export.dotenv.join(", ")
        ));
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

/// The files a Meltano project keeps beside `meltano.yml`, by path: each plugin's lock file as
/// imported (while the plugin has that name and variant), and the `catalog` and `state` files
/// `write` names (those the plugin still holds as read). Never `.env`.
pub fn files(export: &ProjectExport) -> BTreeMap<String, String> {
    let layout = &export.layout;
    let mut files = BTreeMap::new();
    for plugin in &export.plugins {
        let variant = plugin.definition.get("variant").and_then(Value::as_str);
        let lock = match variant {
            Some(variant) => format!(
                "plugins/{}/{}--{variant}.lock",
                plugin.plugin_type, plugin.name
            ),
            None => format!("plugins/{}/{}.lock", plugin.plugin_type, plugin.name),
        };
        if let Some(text) = layout.locks.get(&lock) {
            files.insert(lock, text.clone());
        }
        for field in ["catalog", "state"] {
            let Some(document) = plugin.definition.get(field) else {
                continue;
            };
            let at = format!("plugins/{}/{}/{field}", plugin.plugin_type, plugin.name);
            if let Some(path) = layout.file_of(&at, document) {
                let text = serde_json::to_string_pretty(document).unwrap_or_default();
                files.insert(path.trim_start_matches("./").to_string(), text + "\n");
            }
        }
    }
    files
}
