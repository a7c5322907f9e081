//! Plugin settings as Meltano resolves them, and how secrets stay secret.
//!
//! A setting's value comes from, highest first: an environment variable named by the setting's
//! `env` (set in the environment's or the project's `env`), the environment's plugin config, the
//! project's plugin config, the parent plugin's resolved value (`inherit_from`), the setting's
//! default. Sensitive values (`sensitive`, or kind `password`/`oauth`) are never shown: they read
//! back as [`REDACTED`], and writing [`REDACTED`] back keeps the stored value, so a client's
//! read-modify-write round trip never overwrites a secret with the placeholder.
//!
//! One redaction rule serves every surface: a value is secret when its *path* (its keys joined
//! with `.`, whether written dotted, `{"api.key": ..}`, or nested, `{"api": {"key": ..}}`) is the
//! name of a sensitive setting, or lies under one; an environment variable is secret when it
//! feeds a sensitive setting ([`secret_env_vars`]). Sensitivity is sticky along `inherit_from`.

use std::collections::{BTreeMap, HashSet};

use serde_json::{Map, Value};

use super::plugin_env::{Identity, Vars, expand, expand_text, to_env_var};
use crate::error::FieldError;

/// What a sensitive value reads as.
pub const REDACTED: &str = "(redacted)";

/// The longest config key, in bytes (the spec's `PluginConfig` says the same).
pub const MAX_CONFIG_KEY_BYTES: usize = 256;
/// The most `.`-separated parts a config key may have (each nests one level in `--config`).
pub const MAX_CONFIG_KEY_PARTS: usize = 16;
/// How deeply a config document may nest objects and arrays.
pub const MAX_CONFIG_DEPTH: usize = 32;

/// Checks a config document against the bounds above without recursion (its depth is the
/// client's choice): keys of at most [`MAX_CONFIG_KEY_BYTES`] bytes and [`MAX_CONFIG_KEY_PARTS`]
/// parts, nesting at most [`MAX_CONFIG_DEPTH`] deep. The error points at the first offender.
pub fn check_config(config: &Map<String, Value>, pointer: &str) -> Result<(), FieldError> {
    let mut pending: Vec<(String, &Value, usize)> = config
        .iter()
        .map(|(k, v)| (key_pointer(pointer, k), v, 1))
        .collect();
    for (key, _) in config {
        check_key(key, pointer)?;
    }
    while let Some((at, value, depth)) = pending.pop() {
        let children: Vec<(String, &Value)> = match value {
            Value::Object(map) => {
                for key in map.keys() {
                    check_key(key, &at)?;
                }
                map.iter().map(|(k, v)| (key_pointer(&at, k), v)).collect()
            }
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("{at}/{i}"), v))
                .collect(),
            _ => continue,
        };
        if depth >= MAX_CONFIG_DEPTH && !children.is_empty() {
            return Err(FieldError::new(
                at,
                format!("nests deeper than {MAX_CONFIG_DEPTH} levels"),
            ));
        }
        pending.extend(children.into_iter().map(|(p, v)| (p, v, depth + 1)));
    }
    Ok(())
}

fn key_pointer(parent: &str, key: &str) -> String {
    // Pointers name keys only when they are short: a pointer must never carry a huge key around.
    let shown = if key.len() <= MAX_CONFIG_KEY_BYTES {
        key.replace('~', "~0").replace('/', "~1")
    } else {
        "(key too long)".into()
    };
    format!("{parent}/{shown}")
}

fn check_key(key: &str, parent: &str) -> Result<(), FieldError> {
    if key.len() > MAX_CONFIG_KEY_BYTES {
        return Err(FieldError::new(
            parent,
            format!("has a key longer than {MAX_CONFIG_KEY_BYTES} bytes"),
        ));
    }
    if key.split('.').count() > MAX_CONFIG_KEY_PARTS {
        return Err(FieldError::new(
            key_pointer(parent, key),
            format!("is a key of more than {MAX_CONFIG_KEY_PARTS} dot-separated parts"),
        ));
    }
    Ok(())
}

/// The fields of a plugin that are its definition (the spec's `Plugin` less its name, type,
/// parent and config), stored as one document.
pub const DEFINITION_FIELDS: [&str; 16] = [
    "variant",
    "namespace",
    "pip_url",
    "executable",
    "capabilities",
    "commands",
    "select",
    "select_filter",
    "metadata",
    "schema",
    "load_schema",
    "catalog",
    "state",
    "env",
    "mappings",
    "settings",
];

/// The extras an environment may give a plugin beside its config
/// (`environments[].config.plugins.<type>[]`), each over the plugin's own.
pub const ENV_EXTRAS: [&str; 6] = [
    "select",
    "select_filter",
    "metadata",
    "schema",
    "load_schema",
    "env",
];

/// The `mappings` of a mapper's definition, each name with its config (Meltano's: a task that
/// names one runs the mapper with that config over its own).
pub fn mappings(definition: &Map<String, Value>) -> Vec<(String, Map<String, Value>)> {
    definition
        .get("mappings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|mapping| {
            let name = mapping.get("name")?.as_str()?.to_string();
            let config = mapping
                .get("config")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            Some((name, config))
        })
        .collect()
}

/// Replaces the config of each of a definition's `mappings` with `f(mapping name, config)`:
/// they hold the mapper's settings, so its secrets are redacted, kept and stripped like its own.
pub fn map_mapping_configs(
    definition: &mut Map<String, Value>,
    mut f: impl FnMut(&str, Map<String, Value>) -> Map<String, Value>,
) {
    let Some(Value::Array(mappings)) = definition.get_mut("mappings") else {
        return;
    };
    for mapping in mappings.iter_mut().filter_map(Value::as_object_mut) {
        let name = mapping
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        if let Some(Value::Object(config)) = mapping.remove("config") {
            mapping.insert("config".into(), Value::Object(f(&name, config)));
        }
    }
}

/// The first of a mapper's `mappings` (the mapper named `mapper`) whose name is its mapper's,
/// repeats, or is `taken` (the answer says by what: `plugin 'x'`); as its index and the problem
/// in words. Meltano refuses a task whose name could be either.
pub fn mapping_clash(
    mapper: &str,
    mappings: &[(String, Map<String, Value>)],
    taken: impl Fn(&str) -> Option<String>,
) -> Option<(usize, String)> {
    let mut seen = std::collections::HashSet::new();
    mappings.iter().enumerate().find_map(|(index, (name, _))| {
        if name == mapper {
            return Some((index, format!("mapping '{name}' has its mapper's name")));
        }
        if !seen.insert(name.as_str()) {
            return Some((index, format!("mapping '{name}' is defined twice")));
        }
        taken(name).map(|holder| (index, format!("mapping '{name}' is taken by {holder}")))
    })
}

/// The part of a setting definition that resolution needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Setting {
    pub name: String,
    /// `kind` as declared (none: Meltano treats the value as a string).
    pub kind: Option<String>,
    pub sensitive: bool,
    pub env: Option<String>,
    pub default: Option<Value>,
}

impl Setting {
    /// Reads one entry of a plugin's `settings` (as the spec's `SettingDefinition`).
    pub fn from_definition(definition: &Value) -> Option<Self> {
        let name = definition["name"].as_str()?.to_string();
        let kind = definition["kind"].as_str();
        Some(Self {
            sensitive: definition["sensitive"].as_bool().unwrap_or(false)
                || matches!(kind, Some("password" | "oauth")),
            kind: kind.map(str::to_string),
            env: definition["env"].as_str().map(str::to_string),
            default: definition.get("value").filter(|v| !v.is_null()).cloned(),
            name,
        })
    }
}

/// Settings by name: the parent's first, then the plugin's own, which win (as `inherit_from`),
/// except that a setting the parent holds sensitive stays sensitive: a child can never unmask
/// its parent's secret by declaring the setting again.
pub fn merged_settings(parent: &[Setting], own: &[Setting]) -> Vec<Setting> {
    let mut merged: Vec<Setting> = parent
        .iter()
        .filter(|p| !own.iter().any(|o| o.name == p.name))
        .cloned()
        .collect();
    merged.extend(own.iter().map(|o| {
        let mut setting = o.clone();
        setting.sensitive |= parent.iter().any(|p| p.name == o.name && p.sensitive);
        setting
    }));
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
    /// What may be shown of the value: `None` when redacted; secrets nested inside an object
    /// value (`api` holding `api.key`) replaced by [`REDACTED`].
    shown: Option<Value>,
}

impl Resolved {
    pub fn new(name: String, value: Option<Value>, source: Source, secrets: &Secrets) -> Self {
        let redacted = value.is_some() && secrets.covers(&name);
        let shown = match &value {
            Some(value) if !redacted => Some(secrets.redact_value(&name, value)),
            _ => None,
        };
        Self {
            name,
            value,
            source,
            redacted,
            shown,
        }
    }

    pub fn shown(&self) -> Option<&Value> {
        self.shown.as_ref()
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
    /// The plugin's variables ([`plugin_env`](super::plugin_env)): settings are read from them
    /// and config values expanded with them.
    pub vars: &'a Vars,
    /// The variables each setting is read from (its `env`, `<PLUGIN>_<SETTING>`, ..).
    pub identity: &'a Identity,
    /// Variables whose values are secrets: a value expanded from one shows unexpanded.
    pub secret_vars: &'a HashSet<String>,
}

/// The value at a dotted setting name in a config layer: the key itself (`"api.key"`), else the
/// same path through nested objects (`{"api": {"key": ..}}`), as Meltano reads either form.
pub fn lookup<'a>(layer: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    if let Some(value) = layer.get(name) {
        return Some(value);
    }
    // Each split point: the part before it is a key of this level, the rest is looked up below.
    name.match_indices('.')
        .find_map(|(at, _)| match layer.get(&name[..at]) {
            Some(Value::Object(inner)) => lookup(inner, &name[at + 1..]),
            _ => None,
        })
}

/// Every defined setting, plus every configured key no setting defines (a custom setting).
/// Values written in the project, the environment or a default have `$VAR`s expanded.
pub fn resolve(layers: &Layers) -> Vec<Resolved> {
    let secrets = Secrets::of(layers.settings);
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
            let mut from_secret_var = false;
            let from_env = layers
                .identity
                .setting_vars(setting, &name)
                .into_iter()
                .find_map(|var| {
                    let value = layers.vars.get(&var)?;
                    from_secret_var = layers.secret_vars.contains(&var);
                    Some((Value::String(value.clone()), Source::EnvVar))
                });
            let found = from_env
                .or_else(|| {
                    lookup(layers.environment, &name).map(|v| (v.clone(), Source::Environment))
                })
                .or_else(|| lookup(layers.project, &name).map(|v| (v.clone(), Source::Project)))
                .or_else(|| lookup(layers.inherited, &name).map(|v| (v.clone(), Source::Inherited)))
                .or_else(|| {
                    setting
                        .and_then(|s| s.default.clone())
                        .map(|v| (v, Source::Default))
                });
            // As Meltano's `cast_value`: a text value of a typed setting becomes its type,
            // unless it names variables (Meltano does not cast what it expands).
            let kind = setting.and_then(|s| s.kind.as_deref());
            let found = found.map(|(value, source)| match (&value, kind) {
                (Value::String(text), Some(kind))
                    if !uses_vars(text) || source == Source::EnvVar =>
                {
                    (cast(kind, text).unwrap_or(value), source)
                }
                _ => (value, source),
            });
            match found {
                // Read from a secret variable (one of `.env`'s): a secret, whatever the setting.
                Some((value, Source::EnvVar)) if from_secret_var => Resolved {
                    name,
                    value: Some(value),
                    source: Source::EnvVar,
                    redacted: true,
                    shown: None,
                },
                Some((value, source @ (Source::EnvVar | Source::Inherited))) => {
                    Resolved::new(name, Some(value), source, &secrets)
                }
                Some((raw, source)) => {
                    let value = expand(&raw, layers.vars);
                    let mut resolved = Resolved::new(name, Some(value), source, &secrets);
                    // A value built from a secret variable shows as written, not as expanded.
                    if resolved.shown.is_some() && uses_any(&raw, layers.secret_vars) {
                        resolved.shown = Some(secrets.redact_value(&resolved.name, &raw));
                    }
                    resolved
                }
                None => Resolved::new(name, None, Source::Default, &secrets),
            }
        })
        .collect()
}

/// Meltano's truthy texts for a boolean setting.
const TRUTHY: [&str; 4] = ["true", "1", "yes", "on"];

/// A text value as a setting of `kind` holds it (Meltano's `cast_value`); `None` keeps the text
/// (a kind without a cast, or text that is not of the kind).
pub fn cast(kind: &str, text: &str) -> Option<Value> {
    match kind {
        "boolean" => Some(Value::Bool(TRUTHY.contains(&text.to_lowercase().as_str()))),
        "integer" => text.trim().parse::<i64>().ok().map(Value::from),
        "decimal" => text
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        "object" => serde_json::from_str(text).ok().filter(Value::is_object),
        "array" => serde_json::from_str(text).ok().filter(Value::is_array),
        _ => None,
    }
}

/// Whether `text` names a variable (`$VAR`, `${VAR}`), as Meltano's expansion would read it.
fn uses_vars(text: &str) -> bool {
    expand_text(text, &Vars::new()) != text
}

/// Whether any string in `value` names one of `vars` (as `$VAR` or `${VAR}`).
fn uses_any(value: &Value, vars: &HashSet<String>) -> bool {
    if vars.is_empty() {
        return false;
    }
    let marked: Vars = vars
        .iter()
        .map(|v| (v.clone(), "\u{0}".to_string()))
        .collect();
    expand(value, &marked) != expand(value, &Vars::new())
}

/// The resolved values a child inherits: all but those that came from a default.
pub fn inheritable(resolved: &[Resolved]) -> Map<String, Value> {
    resolved
        .iter()
        .filter(|r| r.source != Source::Default)
        .filter_map(|r| r.value.clone().map(|v| (r.name.clone(), v)))
        .collect()
}

/// The names of a plugin's sensitive settings: which config paths are secret.
#[derive(Debug, Clone, Default)]
pub struct Secrets {
    names: HashSet<String>,
}

impl Secrets {
    pub fn of(settings: &[Setting]) -> Self {
        Self {
            names: settings
                .iter()
                .filter(|s| s.sensitive)
                .map(|s| s.name.clone())
                .collect(),
        }
    }

    /// A value at `path` is secret: the path is a sensitive setting's name, or lies under one.
    pub fn covers(&self, path: &str) -> bool {
        self.names.contains(path)
            || path
                .match_indices('.')
                .any(|(at, _)| self.names.contains(&path[..at]))
    }

    /// `value` (found at `path`) with every secret inside it replaced by [`REDACTED`].
    fn redact_value(&self, path: &str, value: &Value) -> Value {
        if self.covers(path) && !value.is_null() {
            return Value::String(REDACTED.into());
        }
        match value {
            Value::Object(map) if self.any_under(path) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), self.redact_value(&child_path(Some(path), k), v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    /// Some secret lies strictly under `path` (so an object there must be looked into).
    fn any_under(&self, path: &str) -> bool {
        self.names.iter().any(|n| {
            n.len() > path.len() && n.starts_with(path) && n.as_bytes()[path.len()] == b'.'
        })
    }

    /// A config as shown: every secret, dotted or nested, replaced by [`REDACTED`].
    pub fn redact(&self, config: &Map<String, Value>) -> Map<String, Value> {
        config
            .iter()
            .map(|(k, v)| (k.clone(), self.redact_value(k, v)))
            .collect()
    }

    /// A config as written: a secret given as [`REDACTED`] keeps its stored value (found by its
    /// path in either form), or is left out when there is none.
    pub fn keep(
        &self,
        written: Map<String, Value>,
        stored: &Map<String, Value>,
    ) -> Map<String, Value> {
        self.keep_under(None, written, stored)
    }

    fn keep_under(
        &self,
        prefix: Option<&str>,
        written: Map<String, Value>,
        stored: &Map<String, Value>,
    ) -> Map<String, Value> {
        let mut kept = Map::new();
        for (key, value) in written {
            let path = child_path(prefix, &key);
            if self.covers(&path) && value.as_str() == Some(REDACTED) {
                if let Some(old) = lookup(stored, &path) {
                    kept.insert(key, old.clone());
                }
            } else if let Value::Object(inner) = value {
                kept.insert(
                    key,
                    Value::Object(self.keep_under(Some(&path), inner, stored)),
                );
            } else {
                kept.insert(key, value);
            }
        }
        kept
    }

    /// A config with every secret left out (for an export), and the paths left out.
    pub fn strip(&self, config: &Map<String, Value>) -> (Map<String, Value>, Vec<String>) {
        let mut left_out = Vec::new();
        let kept = self.strip_under(None, config, &mut left_out);
        (kept, left_out)
    }

    fn strip_under(
        &self,
        prefix: Option<&str>,
        config: &Map<String, Value>,
        left_out: &mut Vec<String>,
    ) -> Map<String, Value> {
        let mut kept = Map::new();
        for (key, value) in config {
            let path = child_path(prefix, key);
            if self.covers(&path) {
                left_out.push(path);
            } else if let Value::Object(inner) = value
                && self.any_under(&path)
            {
                let inner = self.strip_under(Some(&path), inner, left_out);
                if !inner.is_empty() {
                    kept.insert(key.clone(), Value::Object(inner));
                }
            } else {
                kept.insert(key.clone(), value.clone());
            }
        }
        kept
    }

    /// Every secret value of a resolved config that is text worth masking in logs.
    pub fn values(resolved: &[Resolved]) -> Vec<String> {
        let mut values = Vec::new();
        for item in resolved.iter().filter(|r| r.redacted) {
            let mut pending: Vec<&Value> = item.value.iter().collect();
            while let Some(value) = pending.pop() {
                match value {
                    Value::String(s) if s.len() >= 4 => values.push(s.clone()),
                    Value::Number(n) if n.to_string().len() >= 4 => values.push(n.to_string()),
                    Value::Array(items) => pending.extend(items),
                    Value::Object(map) => pending.extend(map.values()),
                    _ => {}
                }
            }
        }
        values.sort();
        values.dedup();
        values
    }
}

/// The path of `key` under `prefix` (`None`: the top level; an empty key is a key too).
fn child_path(prefix: Option<&str>, key: &str) -> String {
    match prefix {
        None => key.to_string(),
        Some(prefix) => format!("{prefix}.{key}"),
    }
}

/// Meltano's conventional variable for a plugin's setting: `<PLUGIN>_<SETTING>`, upper case,
/// every character that is not a letter or digit turned into `_` (`tap-x`, `api.key` ->
/// `TAP_X_API_KEY`).
pub fn conventional_env_var(plugin: &str, setting: &str) -> String {
    to_env_var(&[plugin, setting])
}

/// The environment variables that feed sensitive settings of plugins given as (name,
/// namespace, settings): each one's `env`, and the `<PLUGIN>_<SETTING>` and
/// `<NAMESPACE>_<SETTING>` Meltano reads it from. Their values are secrets wherever an `env`
/// map shows.
pub fn secret_env_vars<'a>(
    plugins: impl IntoIterator<Item = (&'a str, &'a str, &'a [Setting])>,
) -> HashSet<String> {
    let mut vars = HashSet::new();
    for (plugin, namespace, settings) in plugins {
        for setting in settings.iter().filter(|s| s.sensitive) {
            vars.insert(conventional_env_var(plugin, &setting.name));
            vars.insert(conventional_env_var(namespace, &setting.name));
            if let Some(var) = &setting.env {
                vars.insert(var.clone());
            }
        }
    }
    vars
}

/// An `env` map as shown: values of secret variables replaced by [`REDACTED`].
pub fn redact_env(
    env: &BTreeMap<String, String>,
    secret: &HashSet<String>,
) -> BTreeMap<String, String> {
    env.iter()
        .map(|(k, v)| {
            let shown = if secret.contains(k) {
                REDACTED.to_string()
            } else {
                v.clone()
            };
            (k.clone(), shown)
        })
        .collect()
}

/// An `env` map as written: a secret variable given as [`REDACTED`] keeps its stored value.
pub fn keep_env_secrets(
    written: BTreeMap<String, String>,
    stored: &BTreeMap<String, String>,
    secret: &HashSet<String>,
) -> BTreeMap<String, String> {
    written
        .into_iter()
        .filter_map(|(k, v)| {
            if secret.contains(&k) && v == REDACTED {
                stored.get(&k).map(|old| (k, old.clone()))
            } else {
                Some((k, v))
            }
        })
        .collect()
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
            kind: None,
            sensitive,
            env: env.map(str::to_string),
            default,
        }
    }

    fn tap_x() -> Identity {
        Identity {
            name: "tap-x".into(),
            plugin_type: "extractors".into(),
            namespace: "tap_x".into(),
            variant: None,
            ancestors: Vec::new(),
        }
    }

    fn map(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn settings_read_meltano_variables_and_values_expand() {
        let settings = [
            setting("user", false, None, None),
            setting(
                "schema",
                false,
                None,
                Some(json!("$MELTANO_EXTRACTOR_NAMESPACE")),
            ),
            setting("password", true, None, None),
            setting("uri", false, None, None),
        ];
        let project = map(json!({ "uri": "pg://me:${PG_PASSWORD}@${HOST}/db", "user": "x" }));
        let vars: Vars = [
            ("TAP_X_USER", "from-name"),
            ("TAP_X_PASSWORD", "s3cret"),
            ("PG_PASSWORD", "s3cret"),
            ("HOST", "db.local"),
            ("MELTANO_EXTRACTOR_NAMESPACE", "tap_x"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let secret_vars = HashSet::from(["PG_PASSWORD".to_string()]);
        let empty = Map::new();
        let resolved = resolve(&Layers {
            settings: &settings,
            inherited: &empty,
            project: &project,
            environment: &empty,
            vars: &vars,
            identity: &tap_x(),
            secret_vars: &secret_vars,
        });
        let by_name = |n: &str| resolved.iter().find(|r| r.name == n).unwrap();
        // `<PLUGIN>_<SETTING>` beats the project's value, as Meltano reads it.
        assert_eq!(by_name("user").value, Some(json!("from-name")));
        assert_eq!(by_name("user").source, Source::EnvVar);
        assert_eq!(by_name("schema").value, Some(json!("tap_x")));
        assert!(by_name("password").redacted);
        // The plugin gets the expanded value; a response shows it as written, since a secret
        // variable went into it.
        let uri = by_name("uri");
        assert_eq!(uri.value, Some(json!("pg://me:s3cret@db.local/db")));
        assert_eq!(
            uri.shown(),
            Some(&json!("pg://me:${PG_PASSWORD}@${HOST}/db"))
        );
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
                vars: env_vars,
                identity: &tap_x(),
                secret_vars: &HashSet::new(),
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

    /// Meltano's `cast_value`: typed settings get their type from text, wherever the text came
    /// from, unless it names variables.
    #[test]
    fn text_values_are_cast_by_kind_as_meltano_casts_them() {
        let typed = |name: &str, kind: &str| Setting {
            kind: Some(kind.into()),
            ..setting(name, false, None, None)
        };
        let settings = [
            typed("port", "integer"),
            typed("ratio", "decimal"),
            typed("ssl", "boolean"),
            typed("streams", "array"),
            typed("options", "object"),
            typed("timeout", "integer"),
            typed("retries", "integer"),
            setting("name", false, None, None),
        ];
        let config = map(json!({ "timeout": "30", "retries": "$RETRIES", "name": "42" }));
        let vars: Vars = [
            ("TAP_X_PORT", "5432"),
            ("TAP_X_RATIO", "0.5"),
            ("TAP_X_SSL", "Yes"),
            ("TAP_X_STREAMS", r#"["a", "b"]"#),
            ("TAP_X_OPTIONS", "not json"),
            ("RETRIES", "3"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let empty = Map::new();
        let resolved = resolve(&Layers {
            settings: &settings,
            inherited: &empty,
            project: &config,
            environment: &empty,
            vars: &vars,
            identity: &tap_x(),
            secret_vars: &HashSet::new(),
        });
        let value = |name: &str| {
            resolved
                .iter()
                .find(|r| r.name == name)
                .and_then(|r| r.value.clone())
        };
        assert_eq!(value("port"), Some(json!(5432)));
        assert_eq!(value("ratio"), Some(json!(0.5)));
        assert_eq!(value("ssl"), Some(json!(true)));
        assert_eq!(value("streams"), Some(json!(["a", "b"])));
        assert_eq!(
            value("options"),
            Some(json!("not json")),
            "kept when not of the kind"
        );
        assert_eq!(value("timeout"), Some(json!(30)), "from meltano.yml too");
        assert_eq!(
            value("retries"),
            Some(json!("3")),
            "expanded values stay text"
        );
        assert_eq!(
            value("name"),
            Some(json!("42")),
            "untyped settings stay text"
        );
    }

    proptest! {
        /// No resolved or redacted view ever holds a sensitive value.
        #[test]
        fn secrets_never_show(secret in "[a-zA-Z0-9]{8,20}", other in "[a-z]{1,8}") {
            let settings = [setting("token", true, Some("TOKEN"), None), setting("user", false, None, None)];
            let config = map(json!({ "token": secret.clone(), "user": other.clone() }));
            let env_vars = BTreeMap::new();
            let empty = Map::new();
            let resolved = resolve(&Layers { settings: &settings, inherited: &empty, project: &config, environment: &empty, vars: &env_vars, identity: &tap_x(), secret_vars: &HashSet::new() });
            let shown = format!("{resolved:?}{:?}", Secrets::of(&settings).redact(&config));
            prop_assert!(!shown.contains(&secret));
            prop_assert!(shown.contains(&other));
        }

        /// Writing back what was read keeps every secret, and changes nothing else.
        #[test]
        fn read_modify_write_keeps_secrets(secret in "[a-zA-Z0-9]{8,20}", new_user in "[a-z]{1,8}") {
            let settings = [setting("token", true, None, None), setting("user", false, None, None)];
            let secrets = Secrets::of(&settings);
            let stored = map(json!({ "token": secret.clone(), "user": "old" }));
            let mut read = secrets.redact(&stored);
            read.insert("user".into(), json!(new_user.clone()));
            let written = secrets.keep(read, &stored);
            prop_assert_eq!(written, map(json!({ "token": secret, "user": new_user })));
        }
    }

    #[test]
    fn dotted_settings_nest_in_the_config_document() {
        let none = Secrets::default();
        let value =
            |name: &str, v: Value| Resolved::new(name.into(), Some(v), Source::Project, &none);
        let document = config_document(&[
            value("a.b", json!(1)),
            value("a.c", json!("x")),
            value("top", json!(true)),
            Resolved::new("unset".into(), None, Source::Default, &none),
        ]);
        assert_eq!(
            Value::Object(document),
            json!({"a": {"b": 1, "c": "x"}, "top": true})
        );
    }

    proptest! {
        /// A dotted sensitive setting is redacted whether the config writes it dotted, nested,
        /// or half and half, in every surface that shows config; and read-modify-write keeps it.
        #[test]
        fn nested_and_dotted_secrets_never_show(
            parts in proptest::collection::vec("[a-z]{1,6}", 2..5),
            split in 0usize..4,
            secret in "[A-Za-z0-9]{8,20}",
        ) {
            let name = parts.join(".");
            let split = split.min(parts.len() - 1);
            // `a.b.c` written as {"a": {"b.c": secret}} (split 1), {"a.b": {"c": ..}} (2), ...
            let mut value = json!(secret.clone());
            let inner_key = parts[split..].join(".");
            value = json!({ inner_key: value });
            for part in parts[..split].iter().rev() {
                value = json!({ part.clone(): value });
            }
            let config = value.as_object().unwrap().clone();
            let settings = [setting(&name, true, None, None)];
            let secrets = Secrets::of(&settings);
            let env_vars = BTreeMap::new();
            let empty = Map::new();
            let resolved = resolve(&Layers { settings: &settings, inherited: &empty, project: &config, environment: &empty, vars: &env_vars, identity: &tap_x(), secret_vars: &HashSet::new() });
            let shown: Vec<Option<&Value>> = resolved.iter().map(Resolved::shown).collect();
            let everything = format!("{:?}{:?}{:?}{:?}", secrets.redact(&config), resolved, shown, secrets.strip(&config).0);
            prop_assert!(!everything.contains(&secret), "{}", everything);
            // The plugin still gets it, nested as Meltano writes it.
            let document = Value::Object(config_document(&resolved));
            prop_assert!(document.to_string().contains(&secret));
            // Writing back what was read keeps it.
            prop_assert_eq!(secrets.keep(secrets.redact(&config), &config), config);
        }
    }

    /// Found by the `config_documents` fuzz target: an empty key nested under an empty key is
    /// the path ".", not "" (the top level), so writing back what was read kept the wrong value.
    #[test]
    fn empty_keys_have_paths_of_their_own() {
        let settings = [
            setting("", true, None, None),
            setting(".", true, None, None),
        ];
        let secrets = Secrets::of(&settings);
        let stored = map(json!({ "": { "": "inner" }, "x": 1 }));
        let shown = secrets.redact(&stored);
        assert_eq!(
            Value::Object(shown.clone()),
            json!({ "": "(redacted)", "x": 1 })
        );
        assert_eq!(secrets.keep(shown, &stored), stored);
        let nested_only = map(json!({ "a": { "": "s" } }));
        let secrets = Secrets::of(&[setting("a.", true, None, None)]);
        let shown = secrets.redact(&nested_only);
        assert_eq!(
            Value::Object(shown.clone()),
            json!({ "a": { "": "(redacted)" } })
        );
        assert_eq!(secrets.keep(shown, &nested_only), nested_only);
    }

    #[test]
    fn a_child_cannot_unmask_its_parents_secret() {
        let parent = [setting("password", true, None, None)];
        let own = [setting("password", false, None, None)];
        assert!(merged_settings(&parent, &own)[0].sensitive);
    }

    #[test]
    fn variables_that_feed_secrets_are_secret_and_kept_on_write() {
        let settings = [
            setting("token", true, Some("TAP_X_TOKEN_VAR"), None),
            setting("api.key", true, None, None),
            setting("user", false, Some("TAP_X_USER"), None),
        ];
        let vars = secret_env_vars([("tap-x", "tap_x", &settings[..])]);
        for var in ["TAP_X_TOKEN_VAR", "TAP_X_TOKEN", "TAP_X_API_KEY"] {
            assert!(vars.contains(var), "{var}");
        }
        assert!(!vars.contains("TAP_X_USER"));
        let stored = BTreeMap::from([
            ("TAP_X_TOKEN_VAR".to_string(), "s3cret".to_string()),
            ("TAP_X_USER".to_string(), "me".to_string()),
        ]);
        let shown = redact_env(&stored, &vars);
        assert_eq!(shown["TAP_X_TOKEN_VAR"], REDACTED);
        assert_eq!(shown["TAP_X_USER"], "me");
        assert_eq!(keep_env_secrets(shown, &stored, &vars), stored);
    }

    #[test]
    fn config_bounds_hold_without_recursion() {
        let dots = format!("{}b", "a.".repeat(200_000));
        let config = map(json!({ dots: 1 }));
        assert!(check_config(&config, "/config").is_err());
        let long = map(json!({ "x".repeat(MAX_CONFIG_KEY_BYTES + 1): 1 }));
        assert!(check_config(&long, "/config").is_err());
        let nested = |levels: usize| {
            let mut deep = json!(1);
            for _ in 0..levels {
                deep = json!({ "k": deep });
            }
            deep.as_object().unwrap().clone()
        };
        // A value may sit MAX_CONFIG_DEPTH levels down, not one more.
        assert_eq!(check_config(&nested(MAX_CONFIG_DEPTH), "/config"), Ok(()));
        assert!(check_config(&nested(MAX_CONFIG_DEPTH + 1), "/config").is_err());
        let fine = map(
            json!({ "stream_maps": { "users": { "email": "__NULL__" } }, "a.b.c": [1, {"d": 2}] }),
        );
        assert_eq!(check_config(&fine, "/config"), Ok(()));
    }
}
