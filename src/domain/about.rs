//! What a plugin says of itself: `--about --format json`, which every singer-sdk plugin answers.
//! Meltano learns a plugin's settings from its Hub (the lock file); the server learns them from
//! the plugin. A setting the plugin marks `secret` (or `writeOnly`) is sensitive, exactly like
//! a declared one.

use serde_json::{Map, Value};

use super::plugin::Setting;

/// The most settings learned from one plugin, and how deep its settings schema is read.
const MAX_SETTINGS: usize = 500;
const MAX_DEPTH: usize = 8;

/// The part of a plugin's `--about` the server keeps using.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct About {
    pub settings: Vec<Setting>,
    pub capabilities: Vec<String>,
}

impl About {
    /// Reads an `--about --format json` document: `settings` as a JSON Schema (singer-sdk:
    /// each property a setting, nested objects' properties as dotted names) or as a list of
    /// Meltano setting definitions; `capabilities` as a list of names.
    pub fn parse(document: &Value) -> Self {
        let mut settings = Vec::new();
        match &document["settings"] {
            Value::Array(definitions) => settings.extend(
                definitions
                    .iter()
                    .filter_map(Setting::from_definition)
                    .take(MAX_SETTINGS),
            ),
            schema @ Value::Object(_) => flatten(schema, None, 0, &mut settings),
            _ => {}
        }
        let capabilities = document["capabilities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|c| !c.is_empty() && c.len() <= 63)
            .map(str::to_string)
            .take(50)
            .collect();
        Self {
            settings,
            capabilities,
        }
    }
}

fn flatten(schema: &Value, prefix: Option<&str>, depth: usize, out: &mut Vec<Setting>) {
    let Some(properties) = schema["properties"].as_object() else {
        return;
    };
    for (key, property) in properties {
        if out.len() >= MAX_SETTINGS {
            return;
        }
        let name = match prefix {
            Some(prefix) => format!("{prefix}.{key}"),
            None => key.clone(),
        };
        let nested = property["properties"].is_object() && depth + 1 < MAX_DEPTH;
        if nested && !is_secret(property) {
            flatten(property, Some(&name), depth + 1, out);
            continue;
        }
        out.push(Setting {
            name,
            kind: kind_of(property),
            sensitive: is_secret(property),
            env: None,
            default: property.get("default").filter(|v| !v.is_null()).cloned(),
        });
    }
}

fn is_secret(property: &Value) -> bool {
    property["secret"] == Value::Bool(true) || property["writeOnly"] == Value::Bool(true)
}

/// Meltano's setting kind for a JSON Schema type (the first that is not `null`).
fn kind_of(property: &Value) -> Option<String> {
    let types: Vec<&str> = match &property["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let kind = match types.into_iter().find(|t| *t != "null")? {
        "string" if property["format"] == "date-time" => "date_iso8601",
        "string" => "string",
        "integer" => "integer",
        "number" => "decimal",
        "boolean" => "boolean",
        "array" => "array",
        "object" => "object",
        _ => return None,
    };
    Some(kind.to_string())
}

/// A learned setting as the spec's `SettingDefinition` shows it.
pub fn definition_of(setting: &Setting) -> Value {
    let mut definition = Map::new();
    definition.insert("name".into(), Value::String(setting.name.clone()));
    if let Some(kind) = &setting.kind {
        definition.insert("kind".into(), Value::String(kind.clone()));
    }
    if setting.sensitive {
        definition.insert("sensitive".into(), Value::Bool(true));
    }
    Value::Object(definition)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_singer_sdk_about_gives_settings_kinds_secrets_and_capabilities() {
        let about = About::parse(&json!({
            "name": "tap-postgres",
            "capabilities": ["catalog", "state", "discover", "about"],
            "settings": { "type": "object", "properties": {
                "host": { "type": ["string", "null"], "description": "Hostname" },
                "port": { "type": "integer", "default": 5432 },
                "password": { "type": "string", "secret": true, "writeOnly": true },
                "start_date": { "type": "string", "format": "date-time" },
                "ssh_tunnel": { "type": "object", "properties": {
                    "enable": { "type": "boolean" },
                    "private_key": { "type": "string", "secret": true } } },
                "token": { "type": "object", "writeOnly": true, "properties": { "a": {} } }
            } }
        }));
        let by_name = |n: &str| about.settings.iter().find(|s| s.name == n).unwrap().clone();
        assert_eq!(by_name("host").kind.as_deref(), Some("string"));
        assert_eq!(by_name("port").default, Some(json!(5432)));
        assert!(by_name("password").sensitive);
        assert!(!by_name("host").sensitive);
        assert_eq!(by_name("start_date").kind.as_deref(), Some("date_iso8601"));
        assert!(by_name("ssh_tunnel.private_key").sensitive);
        assert_eq!(
            by_name("ssh_tunnel.enable").kind.as_deref(),
            Some("boolean")
        );
        // A secret object is one sensitive setting: everything under it is secret.
        assert!(by_name("token").sensitive);
        assert_eq!(
            about.capabilities,
            ["catalog", "state", "discover", "about"]
        );
    }

    #[test]
    fn meltano_style_lists_and_junk_are_read_or_ignored() {
        let about = About::parse(&json!({ "settings": [{ "name": "t", "kind": "password" }, 3] }));
        assert_eq!(about.settings.len(), 1);
        assert!(about.settings[0].sensitive);
        assert_eq!(About::parse(&json!("nonsense")), About::default());
    }
}
