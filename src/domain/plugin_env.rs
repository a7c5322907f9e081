//! The environment Meltano gives a plugin it invokes, and `$VAR` expansion of config values, as
//! Meltano 4.4 does them (`PluginInvoker.env`, `PluginSettingsService`, `utils.expand_env_vars`,
//! `ProjectPlugin.env_prefixes`, `PluginType.verb`).
//!
//! A plugin's *variables* are what its config is expanded from and its settings are read from:
//! the run's earlier plugins' variables (the extractor's, for the loader), the project's `env`,
//! the plugin's identity (`MELTANO_EXTRACTOR_NAME`, ..), the plugin's own `env`, the environment's
//! `env`, later ones winning. The server's own environment is never among them: a config value
//! `$HOME` or `$MELTANO_API_TOKEN` expands to what the project says, or to nothing.

use std::collections::BTreeMap;

use serde_json::Value;

use super::plugin::{Resolved, Setting};

/// Variable name -> value.
pub type Vars = BTreeMap<String, String>;

/// Meltano's `to_env_var`: the parts joined by `_`, each upper-cased with every character that
/// is not an ASCII letter or digit turned into `_` (`tap-x`, `api.key` -> `TAP_X_API_KEY`).
pub fn to_env_var(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .map(|part| {
            part.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_uppercase()
                    } else {
                        '_'
                    }
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("_")
}

/// A plugin type's singular (`extractor`) and verb (`extract`), as Meltano derives them; the
/// verb is the type less its last three letters, but for three exceptions (so `orchestrators`
/// gives `orchestrat`, as in Meltano).
pub fn type_words(plugin_type: &str) -> (String, String) {
    let singular = match plugin_type {
        "utilities" => "utility".to_string(),
        other => other.strip_suffix('s').unwrap_or(other).to_string(),
    };
    let verb = match plugin_type {
        "transforms" => singular.clone(),
        "utilities" => "utilize".into(),
        "mappers" => "map".into(),
        other => other[..other.len().saturating_sub(3)].to_string(),
    };
    (singular, verb)
}

/// Who a plugin is, for its variables' names.
#[derive(Debug, Clone)]
pub struct Identity {
    pub name: String,
    pub plugin_type: String,
    /// Its `namespace`, else its name with `-` as `_` (what Meltano's Hub gives a plugin).
    pub namespace: String,
    pub variant: Option<String>,
    /// The `name` and `namespace` of each ancestor along `inherit_from`, nearest first.
    pub ancestors: Vec<(String, String)>,
}

impl Identity {
    /// `MELTANO_<TYPE>_NAME`, `_NAMESPACE`, `_VARIANT` (when it has one).
    pub fn info_vars(&self) -> Vars {
        let (singular, _) = type_words(&self.plugin_type);
        let mut vars = Vars::new();
        vars.insert(
            to_env_var(&["meltano", &singular, "name"]),
            self.name.clone(),
        );
        vars.insert(
            to_env_var(&["meltano", &singular, "namespace"]),
            self.namespace.clone(),
        );
        if let Some(variant) = &self.variant {
            vars.insert(
                to_env_var(&["meltano", &singular, "variant"]),
                variant.clone(),
            );
        }
        vars
    }

    /// The prefixes a setting is read from: the plugin's name, then its namespace.
    pub fn read_prefixes(&self) -> Vec<String> {
        unique(vec![self.name.clone(), self.namespace.clone()])
    }

    /// The prefixes a setting is exported under: name, namespace, each ancestor's, and
    /// `meltano_<verb>` (so the loader of a run sees `MELTANO_EXTRACT_<SETTING>`).
    pub fn write_prefixes(&self) -> Vec<String> {
        let (_, verb) = type_words(&self.plugin_type);
        let mut prefixes = vec![self.name.clone(), self.namespace.clone()];
        for (name, namespace) in &self.ancestors {
            prefixes.extend([name.clone(), namespace.clone()]);
        }
        prefixes.push(format!("meltano_{verb}"));
        unique(prefixes)
    }

    /// The variables a setting's value is read from: its `env`, then `<PREFIX>_<SETTING>`.
    pub fn setting_vars(&self, setting: Option<&Setting>, name: &str) -> Vec<String> {
        let custom = setting.and_then(|s| s.env.clone());
        let conventional = self
            .read_prefixes()
            .into_iter()
            .map(|prefix| to_env_var(&[&prefix, name]));
        unique(custom.into_iter().chain(conventional).collect())
    }
}

fn unique(items: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    items
        .into_iter()
        .filter(|item| seen.insert(item.clone()))
        .collect()
}

/// The extras Meltano exports with a plugin's settings, with their defaults (its
/// `SingerTap.EXTRA_SETTINGS` / `SingerTarget.EXTRA_SETTINGS`): what is set is given, the rest
/// default. `load_schema` defaults to the extractor's namespace, which is how a loader's
/// `$MELTANO_EXTRACT__LOAD_SCHEMA` default names its schema after the extractor.
pub fn extras(plugin_type: &str, set: impl Fn(&str) -> Option<Value>) -> Vec<(String, Value)> {
    let defaults: Vec<(&str, Option<Value>)> = match plugin_type {
        "extractors" => vec![
            ("catalog", None),
            ("state", None),
            (
                "load_schema",
                Some(Value::String("$MELTANO_EXTRACTOR_NAMESPACE".into())),
            ),
            ("select", Some(serde_json::json!(["*.*"]))),
            ("metadata", Some(serde_json::json!({}))),
            ("schema", Some(serde_json::json!({}))),
            ("select_filter", Some(serde_json::json!([]))),
            ("use_cached_catalog", Some(Value::Bool(true))),
        ],
        "loaders" => vec![(
            "dialect",
            Some(Value::String("$MELTANO_LOADER_NAMESPACE".into())),
        )],
        _ => Vec::new(),
    };
    defaults
        .into_iter()
        .filter_map(|(name, default)| set(name).or(default).map(|v| (format!("_{name}"), v)))
        .collect()
}

/// A value as an environment variable holds it (Meltano's `stringify_value`): text as itself;
/// for a setting of no kind, or `string`/`decimal`, Python's `str()` of it (`True`, `5`);
/// for any other kind, JSON.
pub fn stringify(value: &Value, kind: Option<&str>) -> String {
    match (value, kind) {
        (Value::String(text), _) => text.clone(),
        (Value::Bool(b), None | Some("string" | "decimal")) => {
            if *b { "True" } else { "False" }.to_string()
        }
        (Value::Null, None | Some("string" | "decimal")) => "None".into(),
        (other, _) => other.to_string(),
    }
}

/// The variables a plugin's resolved settings are exported as (Meltano's `as_env`): each set
/// setting under its `env` and under every write prefix.
pub fn config_vars(identity: &Identity, settings: &[Setting], resolved: &[Resolved]) -> Vars {
    let prefixes = identity.write_prefixes();
    let mut vars = Vars::new();
    for item in resolved {
        let Some(value) = &item.value else { continue };
        let setting = settings.iter().find(|s| s.name == item.name);
        let text = stringify(value, setting.and_then(|s| s.kind.as_deref()));
        if let Some(var) = setting.and_then(|s| s.env.as_ref()) {
            vars.insert(var.clone(), text.clone());
        }
        for prefix in &prefixes {
            vars.insert(to_env_var(&[prefix, &item.name]), text.clone());
        }
    }
    vars
}

/// `$VAR` and `${VAR}` in every string of `value` (nested in objects and arrays too) replaced
/// by the variable's value, or by nothing when it is not set; `\$VAR` stands for `$VAR` itself.
/// One pass: a value that holds `$` is not expanded again. `$VAR` is an upper-case letter then
/// upper-case letters, digits and `_`; `${VAR}` is letters, digits and `_`.
pub fn expand(value: &Value, vars: &Vars) -> Value {
    match value {
        Value::String(text) => Value::String(expand_text(text, vars)),
        Value::Array(items) => Value::Array(items.iter().map(|v| expand(v, vars)).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), expand(v, vars)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// [`expand`] of one string.
pub fn expand_text(text: &str, vars: &Vars) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0; // bytes of `text` before this are in `out`
    let mut at = 0;
    while let Some(offset) = text[at..].find('$') {
        let dollar = at + offset;
        let escaped = dollar > 0 && bytes[dollar - 1] == b'\\';
        let (name, end, curly) = match variable_at(text, dollar + 1) {
            Some(found) => found,
            None => {
                at = dollar + 1;
                continue;
            }
        };
        if escaped {
            out.push_str(&text[copied..dollar - 1]);
            if curly {
                out.push_str(&format!("${{{name}}}"));
            } else {
                out.push_str(&format!("${name}"));
            }
        } else {
            out.push_str(&text[copied..dollar]);
            out.push_str(vars.get(name).map(String::as_str).unwrap_or(""));
        }
        copied = end;
        at = end;
    }
    out.push_str(&text[copied..]);
    out
}

/// The variable named right after a `$` at `start`: its name, where it ends, whether in braces.
fn variable_at(text: &str, start: usize) -> Option<(&str, usize, bool)> {
    let rest = &text[start..];
    let word = |c: char| c.is_alphanumeric() || c == '_';
    if let Some(inner) = rest.strip_prefix('{') {
        let length = inner.find(|c: char| !word(c)).unwrap_or(inner.len());
        if length > 0 && inner[length..].starts_with('}') {
            return Some((&inner[..length], start + 1 + length + 1, true));
        }
        return None;
    }
    let mut chars = rest.char_indices();
    match chars.next() {
        Some((_, c)) if c.is_ascii_uppercase() => {}
        _ => return None,
    }
    let length = rest
        .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
        .unwrap_or(rest.len());
    Some((&rest[..length], start + length, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn vars(pairs: &[(&str, &str)]) -> Vars {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn expands_both_forms_and_leaves_the_rest() {
        let vars = vars(&[("HOST", "db"), ("port", "5432"), ("X1", "one")]);
        assert_eq!(expand_text("$HOST:${port}/x", &vars), "db:5432/x");
        assert_eq!(expand_text("${HOST}$X1-$X1", &vars), "dbone-one");
        // Unset: nothing. Lower case after `$` is no variable; nor is `$` alone.
        assert_eq!(expand_text("a$MISSING.b", &vars), "a.b");
        assert_eq!(
            expand_text("$port $ ${} ${a-b}", &vars),
            "$port $ ${} ${a-b}"
        );
        // Escaped: the variable's own text, without the backslash.
        assert_eq!(
            expand_text(r"\$HOST and \${port}", &vars),
            "$HOST and ${port}"
        );
        // One pass: a value holding `$` stays as it is.
        let vars = super::Vars::from([("A".into(), "$B".into()), ("B".into(), "b".into())]);
        assert_eq!(expand_text("$A", &vars), "$B");
    }

    #[test]
    fn expands_inside_objects_and_arrays_only_strings() {
        let vars = vars(&[("S", "public")]);
        assert_eq!(
            expand(&json!({"a": ["$S", 1, true], "b": {"c": "${S}_x"}}), &vars),
            json!({"a": ["public", 1, true], "b": {"c": "public_x"}})
        );
    }

    #[test]
    fn names_and_words_follow_meltano() {
        assert_eq!(to_env_var(&["tap-x", "api.key"]), "TAP_X_API_KEY");
        assert_eq!(
            to_env_var(&["meltano_extract", "_load_schema"]),
            "MELTANO_EXTRACT__LOAD_SCHEMA"
        );
        let words = |t: &str| type_words(t);
        assert_eq!(words("extractors"), ("extractor".into(), "extract".into()));
        assert_eq!(words("loaders"), ("loader".into(), "load".into()));
        assert_eq!(words("mappers"), ("mapper".into(), "map".into()));
        assert_eq!(words("utilities"), ("utility".into(), "utilize".into()));
        assert_eq!(
            words("transforms"),
            ("transform".into(), "transform".into())
        );
        assert_eq!(
            words("transformers"),
            ("transformer".into(), "transform".into())
        );
        assert_eq!(
            words("orchestrators"),
            ("orchestrator".into(), "orchestrat".into())
        );
    }

    #[test]
    fn identity_gives_info_and_prefixes() {
        let identity = Identity {
            name: "tap-pg-eu".into(),
            plugin_type: "extractors".into(),
            namespace: "tap_postgres".into(),
            variant: Some("meltanolabs".into()),
            ancestors: vec![("tap-postgres".into(), "tap_postgres".into())],
        };
        assert_eq!(
            identity.info_vars(),
            vars(&[
                ("MELTANO_EXTRACTOR_NAME", "tap-pg-eu"),
                ("MELTANO_EXTRACTOR_NAMESPACE", "tap_postgres"),
                ("MELTANO_EXTRACTOR_VARIANT", "meltanolabs"),
            ])
        );
        assert_eq!(
            identity.write_prefixes(),
            [
                "tap-pg-eu",
                "tap_postgres",
                "tap-postgres",
                "meltano_extract"
            ]
        );
        assert_eq!(
            identity.setting_vars(None, "password"),
            ["TAP_PG_EU_PASSWORD", "TAP_POSTGRES_PASSWORD"]
        );
    }

    #[test]
    fn stringify_as_meltano() {
        assert_eq!(stringify(&json!(true), None), "True");
        assert_eq!(stringify(&json!(true), Some("boolean")), "true");
        assert_eq!(stringify(&json!(5), Some("integer")), "5");
        assert_eq!(stringify(&json!(["a.*"]), Some("array")), r#"["a.*"]"#);
        assert_eq!(stringify(&json!("x"), Some("array")), "x");
    }

    proptest! {
        /// Text without `$` is never changed; with no variables set, expansion only ever
        /// removes text.
        #[test]
        fn expansion_without_variables_only_removes(text in "[a-zA-Z0-9_${}\\\\ .-]{0,40}") {
            let empty = Vars::new();
            let expanded = expand_text(&text, &empty);
            if !text.contains('$') {
                prop_assert_eq!(&expanded, &text);
            }
            prop_assert!(expanded.len() <= text.len());
        }
    }
}
