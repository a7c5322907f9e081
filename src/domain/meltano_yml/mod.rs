//! A Meltano project's `meltano.yml`, read into this API's resources (`read`) and written back
//! (`write`), with the layout of an imported one (`layout`) kept so that its export is the same
//! document.

mod layout;
mod read;
mod write;

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::Name;
use super::plugin;
use super::resources::{EnvFields, ProjectFields};
use super::schedule::ScheduleFields;
pub use layout::Layout;
pub use read::{SchemaCheck, read};
pub use write::{files, write};

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
    /// Each environment's extras of it (`select`, `metadata`, ..., `env`).
    pub env_extras: BTreeMap<String, Map<String, Value>>,
    /// Its lock file (`plugins/<type>/<name>--<variant>.lock`: the definition Meltano keeps,
    /// with settings, kinds and sensitivity), as read.
    pub lock: Option<Value>,
}

/// A project as read from its files, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectImport {
    /// The document's order and the keys the API does not model.
    pub layout: Layout,
    /// The project's `.env` (every value a secret).
    pub dotenv: BTreeMap<String, String>,
    /// Meltano's `project_id` of the project, kept for its export.
    pub project_id: Option<String>,
    pub project: ProjectFields,
    pub envs: Vec<(Name, EnvFields)>,
    pub plugins: Vec<ImportedPlugin>,
    pub jobs: Vec<(Name, Value)>,
    /// Each schedule with the environment it fires in.
    pub schedules: Vec<(Name, ScheduleFields, Name)>,
}

/// An `include_paths` glob against a file's path, both without a leading `./`.
pub fn glob_matches(pattern: &str, text: &str) -> bool {
    super::glob::matches(
        pattern.trim_start_matches("./"),
        text.trim_start_matches("./"),
    )
}

/// A stored plugin, as `meltano.yml` is written from.
pub struct ExportedPlugin {
    pub name: String,
    pub plugin_type: String,
    pub inherit_from: Option<String>,
    pub definition: Map<String, Value>,
    pub config: Map<String, Value>,
    pub env_configs: BTreeMap<String, Map<String, Value>>,
    /// Each environment's extras of it.
    pub env_extras: BTreeMap<String, Map<String, Value>>,
    /// Its settings, the parent's included (to know which values are secrets).
    pub settings: Vec<plugin::Setting>,
}

/// What `meltano.yml` is written from.
pub struct ProjectExport {
    /// The imported document's order and the keys the API does not model.
    pub layout: Layout,
    /// The names of the variables of the project's `.env` (whose values are never written).
    pub dotenv: Vec<String>,
    pub project_id: Option<String>,
    pub project: ProjectFields,
    pub envs: Vec<(String, EnvFields)>,
    pub plugins: Vec<ExportedPlugin>,
    pub jobs: Vec<(String, Value)>,
    pub schedules: Vec<(String, ScheduleFields)>,
}

impl ProjectImport {
    /// What `write` writes this project back from, as the store holds it once imported;
    /// `settings` gives a plugin's settings (its parent's included: they say which values are
    /// secrets).
    pub fn to_export(
        &self,
        project_id: Option<String>,
        settings: impl Fn(&ImportedPlugin) -> Vec<plugin::Setting>,
    ) -> ProjectExport {
        ProjectExport {
            layout: self.layout.clone(),
            dotenv: self.dotenv.keys().cloned().collect(),
            project_id,
            project: self.project.clone(),
            envs: self
                .envs
                .iter()
                .map(|(name, fields)| (name.to_string(), fields.clone()))
                .collect(),
            plugins: self
                .plugins
                .iter()
                .map(|p| ExportedPlugin {
                    name: p.name.to_string(),
                    plugin_type: p.plugin_type.clone(),
                    inherit_from: p.inherit_from.clone(),
                    definition: p.definition.clone(),
                    config: p.config.clone(),
                    env_configs: p.env_configs.clone(),
                    env_extras: p.env_extras.clone(),
                    settings: settings(p),
                })
                .collect(),
            jobs: self
                .jobs
                .iter()
                .map(|(name, tasks)| (name.to_string(), tasks.clone()))
                .collect(),
            schedules: self
                .schedules
                .iter()
                .map(|(name, fields, _)| (name.to_string(), fields.clone()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use serde_json::json;

    fn no_schema(_: &str, _: &Value) -> Vec<(String, String)> {
        Vec::new()
    }

    fn read_str(text: &str) -> Result<ProjectImport, Error> {
        read(text, &BTreeMap::new(), &no_schema)
    }

    fn pointers(error: Error) -> Vec<String> {
        match error {
            Error::Invalid { errors, .. } => errors.into_iter().map(|e| e.pointer).collect(),
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

    /// An environment's entry for a plugin that holds only secrets is written as its name: the
    /// document keeps it, and reading the export gives the same layout (a fuzzer's find).
    #[test]
    fn an_override_of_secrets_only_keeps_its_entry() {
        let text = "plugins:\n  extractors:\n  - name: tap-x\n    settings: [{name: token, kind: password}]\n\
                    environments:\n- name: dev\n  config:\n    plugins:\n      extractors:\n      - name: tap-x\n        config: {token: s3cr3t}\n";
        let import = read_str(text).unwrap();
        let settings = |p: &ImportedPlugin| {
            p.definition["settings"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(plugin::Setting::from_definition)
                .collect()
        };
        let written = write(&import.to_export(None, settings));
        assert!(!written.contains("s3cr3t"), "{written}");
        assert_eq!(
            read_str(&written).unwrap().layout,
            import.layout,
            "{written}"
        );
    }

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

        let export = read_back.to_export(None, |p| {
            p.definition
                .get("settings")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(plugin::Setting::from_definition)
                .collect()
        });
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
