//! Plugin settings as Meltano resolves them, and how secrets stay secret.
//!
//! A setting's value comes from, highest first: an environment variable named by the setting's
//! `env` (set in the environment's or the project's `env`), the environment's plugin config, the
//! project's plugin config, the parent plugin's resolved value (`inherit_from`), the setting's
//! default. Sensitive values (`sensitive`, or kind `password`/`oauth`) are never shown: they read
//! back as [`REDACTED`], and writing [`REDACTED`] back keeps the stored value, so a client's
//! read-modify-write round trip never overwrites a secret with the placeholder.

use std::collections::{BTreeMap, HashSet};

use serde_json::{Map, Value};

/// What a sensitive value reads as.
pub const REDACTED: &str = "(redacted)";

/// The fields of a plugin that are its definition (the spec's `Plugin` less its name, type,
/// parent and config), stored as one document.
pub const DEFINITION_FIELDS: [&str; 10] = [
    "variant",
    "namespace",
    "pip_url",
    "executable",
    "capabilities",
    "commands",
    "select",
    "metadata",
    "schema",
    "settings",
];

/// The part of a setting definition that resolution needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Setting {
    pub name: String,
    pub sensitive: bool,
    pub env: Option<String>,
    pub default: Option<Value>,
}

impl Setting {
    /// Reads one entry of a plugin's `settings` (as the spec's `SettingDefinition`).
    pub fn from_definition(definition: &Value) -> Option<Self> {
        let name = definition["name"].as_str()?.to_string();
        let kind = definition["kind"].as_str().unwrap_or("string");
        Some(Self {
            sensitive: definition["sensitive"].as_bool().unwrap_or(false)
                || matches!(kind, "password" | "oauth"),
            env: definition["env"].as_str().map(str::to_string),
            default: definition.get("value").filter(|v| !v.is_null()).cloned(),
            name,
        })
    }
}

/// Settings by name: the parent's first, then the plugin's own, which win (as `inherit_from`).
pub fn merged_settings(parent: &[Setting], own: &[Setting]) -> Vec<Setting> {
    let mut merged: Vec<Setting> = parent
        .iter()
        .filter(|p| !own.iter().any(|o| o.name == p.name))
        .cloned()
        .collect();
    merged.extend(own.iter().cloned());
    merged
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Default,
    Inherited,
    Project,
    Environment,
    EnvVar,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::Inherited => "inherited",
            Self::Project => "project",
            Self::Environment => "environment",
            Self::EnvVar => "env_var",
        }
    }
}

/// One setting's value in an environment. `value` is the real value, for running the plugin;
/// responses show [`Resolved::shown`].
#[derive(Clone, PartialEq)]
pub struct Resolved {
    pub name: String,
    pub value: Option<Value>,
    pub source: Source,
    /// The value is sensitive and set: it must never be shown.
    pub redacted: bool,
}

impl Resolved {
    pub fn shown(&self) -> Option<&Value> {
        if self.redacted {
            None
        } else {
            self.value.as_ref()
        }
    }
}

/// Debug never prints a secret either (it ends up in logs).
impl std::fmt::Debug for Resolved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Resolved")
            .field("name", &self.name)
            .field("value", &self.shown())
            .field("source", &self.source)
            .field("redacted", &self.redacted)
            .finish()
    }
}

/// The layers a plugin's config is resolved from.
pub struct Layers<'a> {
    pub settings: &'a [Setting],
    /// The parent's resolved values that did not come from a default.
    pub inherited: &'a Map<String, Value>,
    pub project: &'a Map<String, Value>,
    pub environment: &'a Map<String, Value>,
    /// Environment variables: the project's `env`, overridden by the environment's `env`.
    pub env_vars: &'a BTreeMap<String, String>,
}

/// Every defined setting, plus every configured key no setting defines (a custom setting).
pub fn resolve(layers: &Layers) -> Vec<Resolved> {
    let mut names: Vec<String> = layers.settings.iter().map(|s| s.name.clone()).collect();
    for key in layers
        .inherited
        .keys()
        .chain(layers.project.keys())
        .chain(layers.environment.keys())
    {
        if !names.contains(key) {
            names.push(key.clone());
        }
    }
    names
        .into_iter()
        .map(|name| {
            let setting = layers.settings.iter().find(|s| s.name == name);
            let from_env = setting
                .and_then(|s| s.env.as_ref())
                .and_then(|var| layers.env_vars.get(var))
                .map(|v| (Value::String(v.clone()), Source::EnvVar));
            let found = from_env
                .or_else(|| {
                    layers
                        .environment
                        .get(&name)
                        .map(|v| (v.clone(), Source::Environment))
                })
                .or_else(|| {
                    layers
                        .project
                        .get(&name)
                        .map(|v| (v.clone(), Source::Project))
                })
                .or_else(|| {
                    layers
                        .inherited
                        .get(&name)
                        .map(|v| (v.clone(), Source::Inherited))
                })
                .or_else(|| {
                    setting
                        .and_then(|s| s.default.clone())
                        .map(|v| (v, Source::Default))
                });
            let redacted = setting.is_some_and(|s| s.sensitive) && found.is_some();
            let (value, source) = match found {
                Some((value, source)) => (Some(value), source),
                None => (None, Source::Default),
            };
            Resolved {
                value,
                source,
                redacted,
                name,
            }
        })
        .collect()
}

/// The resolved values a child inherits: all but those that came from a default.
pub fn inheritable(resolved: &[Resolved]) -> Map<String, Value> {
    resolved
        .iter()
        .filter(|r| r.source != Source::Default)
        .filter_map(|r| r.value.clone().map(|v| (r.name.clone(), v)))
        .collect()
}

pub fn sensitive_names(settings: &[Setting]) -> HashSet<&str> {
    settings
        .iter()
        .filter(|s| s.sensitive)
        .map(|s| s.name.as_str())
        .collect()
}

/// A config as shown: sensitive values replaced by [`REDACTED`].
pub fn redact(config: &Map<String, Value>, sensitive: &HashSet<&str>) -> Map<String, Value> {
    config
        .iter()
        .map(|(k, v)| {
            let shown = if sensitive.contains(k.as_str()) && !v.is_null() {
                Value::String(REDACTED.into())
            } else {
                v.clone()
            };
            (k.clone(), shown)
        })
        .collect()
}

/// A config as written: a sensitive key given as [`REDACTED`] keeps its stored value (or is left
/// out when there is none).
pub fn keep_secrets(
    mut written: Map<String, Value>,
    stored: &Map<String, Value>,
    sensitive: &HashSet<&str>,
) -> Map<String, Value> {
    let placeholders: Vec<String> = written
        .iter()
        .filter(|(k, v)| sensitive.contains(k.as_str()) && v.as_str() == Some(REDACTED))
        .map(|(k, _)| k.clone())
        .collect();
    for key in placeholders {
        match stored.get(&key) {
            Some(value) => written.insert(key, value.clone()),
            None => written.remove(&key),
        };
    }
    written
}

/// The config a plugin is given (its `--config` file): every resolved value, a setting named
/// with dots nested inside objects (`a.b` -> `{"a": {"b": ..}}`), as Meltano writes it.
pub fn config_document(resolved: &[Resolved]) -> Map<String, Value> {
    let mut document = Map::new();
    for item in resolved {
        let Some(value) = &item.value else { continue };
        let mut parts: Vec<&str> = item.name.split('.').collect();
        let last = parts.pop().unwrap_or_default();
        let mut target = &mut document;
        for part in parts {
            let entry = target
                .entry(part.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            target = entry.as_object_mut().expect("made an object above");
        }
        target.insert(last.to_string(), value.clone());
    }
    document
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn setting(name: &str, sensitive: bool, env: Option<&str>, default: Option<Value>) -> Setting {
        Setting {
            name: name.into(),
            sensitive,
            env: env.map(str::to_string),
            default,
        }
    }

    fn map(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn precedence_is_env_var_environment_project_inherited_default() {
        let settings = [setting("a", false, Some("TAP_A"), Some(json!("default")))];
        let layer = |name: &str| map(json!({ "a": name }));
        let (inherited, project, environment) =
            (layer("inherited"), layer("project"), layer("environment"));
        let env_vars = BTreeMap::from([("TAP_A".to_string(), "env_var".to_string())]);
        let empty_vars = BTreeMap::new();
        let empty = Map::new();
        type Case<'a> = (
            &'a Map<String, Value>,
            &'a Map<String, Value>,
            &'a Map<String, Value>,
            &'a BTreeMap<String, String>,
            &'a str,
        );
        let cases: [Case; 5] = [
            (&inherited, &project, &environment, &env_vars, "env_var"),
            (
                &inherited,
                &project,
                &environment,
                &empty_vars,
                "environment",
            ),
            (&inherited, &project, &empty, &empty_vars, "project"),
            (&inherited, &empty, &empty, &empty_vars, "inherited"),
            (&empty, &empty, &empty, &empty_vars, "default"),
        ];
        for (inherited, project, environment, env_vars, expected) in cases {
            let resolved = resolve(&Layers {
                settings: &settings,
                inherited,
                project,
                environment,
                env_vars,
            });
            assert_eq!(resolved[0].value, Some(json!(expected)));
            assert_eq!(resolved[0].source.as_str(), expected);
        }
    }

    #[test]
    fn password_and_oauth_kinds_are_always_sensitive() {
        for (definition, sensitive) in [
            (json!({ "name": "p", "kind": "password" }), true),
            (json!({ "name": "o", "kind": "oauth" }), true),
            (json!({ "name": "s", "sensitive": true }), true),
            (json!({ "name": "x", "kind": "string" }), false),
        ] {
            assert_eq!(
                Setting::from_definition(&definition).unwrap().sensitive,
                sensitive,
                "{definition}"
            );
        }
    }

    #[test]
    fn children_override_parent_settings_by_name() {
        let parent = [
            setting("a", false, None, Some(json!(1))),
            setting("b", false, None, None),
        ];
        let own = [setting("a", true, None, Some(json!(2)))];
        let merged = merged_settings(&parent, &own);
        assert_eq!(
            merged.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["b", "a"]
        );
        assert!(merged[1].sensitive);
    }

    proptest! {
        /// No resolved or redacted view ever holds a sensitive value.
        #[test]
        fn secrets_never_show(secret in "[a-zA-Z0-9]{8,20}", other in "[a-z]{1,8}") {
            let settings = [setting("token", true, Some("TOKEN"), None), setting("user", false, None, None)];
            let config = map(json!({ "token": secret.clone(), "user": other.clone() }));
            let env_vars = BTreeMap::new();
            let empty = Map::new();
            let resolved = resolve(&Layers { settings: &settings, inherited: &empty, project: &config, environment: &empty, env_vars: &env_vars });
            let shown = format!("{resolved:?}{:?}", redact(&config, &sensitive_names(&settings)));
            prop_assert!(!shown.contains(&secret));
            prop_assert!(shown.contains(&other));
        }

        /// Writing back what was read keeps every secret, and changes nothing else.
        #[test]
        fn read_modify_write_keeps_secrets(secret in "[a-zA-Z0-9]{8,20}", new_user in "[a-z]{1,8}") {
            let settings = [setting("token", true, None, None), setting("user", false, None, None)];
            let sensitive = sensitive_names(&settings);
            let stored = map(json!({ "token": secret.clone(), "user": "old" }));
            let mut read = redact(&stored, &sensitive);
            read.insert("user".into(), json!(new_user.clone()));
            let written = keep_secrets(read, &stored, &sensitive);
            prop_assert_eq!(written, map(json!({ "token": secret, "user": new_user })));
        }
    }

    #[test]
    fn dotted_settings_nest_in_the_config_document() {
        let value = |name: &str, v: Value| Resolved {
            name: name.into(),
            value: Some(v),
            source: Source::Project,
            redacted: false,
        };
        let document = config_document(&[
            value("a.b", json!(1)),
            value("a.c", json!("x")),
            value("top", json!(true)),
            Resolved {
                name: "unset".into(),
                value: None,
                source: Source::Default,
                redacted: false,
            },
        ]);
        assert_eq!(
            Value::Object(document),
            json!({"a": {"b": 1, "c": "x"}, "top": true})
        );
    }
}
