//! What a plugin write must be: the writable document of a request, and the rules every write
//! keeps (inheritance without cycles and within one type, mappings that name one thing each,
//! config of the right shape, secrets written back as the placeholder kept).

use std::collections::HashSet;

use serde_json::{Map, Value, json};

use super::Name;
use super::plugin::{
    DEFINITION_FIELDS, Secrets, check_config, keep_env_secrets, map_mapping_configs, mapping_clash,
    mappings, merged_settings,
};
use super::plugin_context::{PluginContext, own_settings};
use crate::error::{Error, FieldError};
use crate::schema::component_errors;

/// What a write sets (and, read back, what a plugin holds in one environment).
#[derive(Debug, Clone, PartialEq)]
pub struct PluginWrite {
    pub plugin_type: String,
    pub inherit_from: Option<String>,
    pub definition: Map<String, Value>,
    pub config: Map<String, Value>,
    pub env_config: Map<String, Value>,
    /// This environment's extras of it, over its own.
    pub env_extras: Map<String, Value>,
}

/// The writable document of a request body (a `Plugin`, `PluginReplace` or patched document).
pub fn to_write(document: &Value) -> Result<PluginWrite, Error> {
    let field = |name: &str| document.get(name).filter(|v| !v.is_null());
    let object = |name: &str| {
        field(name)
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default()
    };
    let plugin_type = field("plugin_type")
        .and_then(Value::as_str)
        .ok_or_else(|| Error::malformed("/plugin_type", "is required"))?
        .to_string();
    let inherit_from = field("inherit_from")
        .and_then(Value::as_str)
        .map(str::to_string);
    let definition = DEFINITION_FIELDS
        .iter()
        .filter_map(|f| field(f).map(|v| (f.to_string(), v.clone())))
        .collect();
    Ok(PluginWrite {
        plugin_type,
        inherit_from,
        definition,
        config: object("config"),
        env_config: object("env_config"),
        env_extras: object("env_extras"),
    })
}

/// The document a patch applies to: what the plugin holds (`stored`), secrets included (never
/// sent back).
pub fn stored_document(stored: &PluginWrite) -> Value {
    let mut document = stored.definition.clone();
    document.insert("plugin_type".into(), json!(stored.plugin_type));
    document.insert("inherit_from".into(), json!(stored.inherit_from));
    document.insert("config".into(), Value::Object(stored.config.clone()));
    document.insert(
        "env_config".into(),
        Value::Object(stored.env_config.clone()),
    );
    document.insert(
        "env_extras".into(),
        Value::Object(stored.env_extras.clone()),
    );
    Value::Object(document)
}

pub fn unprocessable(pointer: &str, detail: String) -> Error {
    Error::Invalid {
        errors: vec![FieldError::new(pointer, detail.clone())],
        detail,
    }
}

/// Rules a write must keep: `inherit_from` names another plugin of the same type, without a cycle;
/// a sensitive value written as the redaction placeholder keeps the stored one (`stored`: what
/// the plugin holds, for a write that changes it).
pub fn checked(
    name: &Name,
    mut write: PluginWrite,
    context: &PluginContext,
    stored: Option<&PluginWrite>,
) -> Result<PluginWrite, Error> {
    for (pointer, config) in [
        ("/config", &write.config),
        ("/env_config", &write.env_config),
    ] {
        check_config(config, pointer).map_err(|e| unprocessable(&e.pointer, e.detail))?;
    }
    check_mappings(name, &write, context)?;
    // A patch merges into the extras freely: what it makes must still be extras.
    if let Some((at, problem)) =
        component_errors("EnvExtras", &Value::Object(write.env_extras.clone())).pop()
    {
        return Err(unprocessable(&format!("/env_extras{at}"), problem));
    }
    if let Some(parent) = &write.inherit_from {
        let mut seen = HashSet::from([name.to_string()]);
        let mut next = Some(parent.clone());
        while let Some(current) = next {
            if !seen.insert(current.clone()) {
                return Err(unprocessable(
                    "/inherit_from",
                    format!("inheriting from '{parent}' makes a cycle"),
                ));
            }
            let Some(plugin) = context.plugins.get(&current) else {
                return Err(unprocessable(
                    "/inherit_from",
                    format!("plugin '{current}' does not exist"),
                ));
            };
            if current == *parent && plugin.plugin_type != write.plugin_type {
                return Err(unprocessable(
                    "/inherit_from",
                    format!("plugin '{parent}' is not of type {}", write.plugin_type),
                ));
            }
            next = plugin.inherit_from.clone();
        }
    }
    let mut settings = own_settings(&write.definition);
    if let Some(about) = context.abouts.get(name.as_str()) {
        settings = merged_settings(&about.settings, &settings);
    }
    if let Some(parent) = &write.inherit_from {
        settings = merged_settings(&context.resolve(parent).0, &settings);
    }
    let secrets = Secrets::of(&settings);
    let (stored_config, stored_env) = stored
        .map(|r| (r.config.clone(), r.env_config.clone()))
        .unwrap_or_default();
    write.config = secrets.keep(write.config, &stored_config);
    write.env_config = secrets.keep(write.env_config, &stored_env);
    let stored_mappings = stored.map(|r| mappings(&r.definition)).unwrap_or_default();
    map_mapping_configs(&mut write.definition, |mapping, config| {
        let stored = stored_mappings
            .iter()
            .find(|(name, _)| name == mapping)
            .map(|(_, config)| config.clone())
            .unwrap_or_default();
        secrets.keep(config, &stored)
    });
    // The plugin's own `env`: a secret variable sent back as the placeholder keeps its value.
    if let Some(Value::Object(written)) = write.definition.get("env") {
        let stored_vars = stored
            .and_then(|r| r.definition.get("env").cloned())
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        let written = serde_json::from_value(Value::Object(written.clone())).unwrap_or_default();
        let kept = keep_env_secrets(written, &stored_vars, &context.secret_env_vars());
        write.definition.insert("env".into(), json!(kept));
    }
    // This environment's `env` of it likewise.
    if let Some(Value::Object(written)) = write.env_extras.get("env") {
        let stored_vars = stored
            .and_then(|r| r.env_extras.get("env").cloned())
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        let written = serde_json::from_value(Value::Object(written.clone())).unwrap_or_default();
        let kept = keep_env_secrets(written, &stored_vars, &context.secret_env_vars());
        write.env_extras.insert("env".into(), json!(kept));
    }
    Ok(write)
}

/// A plugin's name and its mappings (a mapper's) each name one thing: no mapping takes a
/// plugin's name or another mapper's mapping, and no plugin takes a mapping's.
fn check_mappings(name: &Name, write: &PluginWrite, context: &PluginContext) -> Result<(), Error> {
    let mapper_of = |mapping: &str| {
        context
            .plugins
            .values()
            .filter(|p| p.plugin_type == "mappers" && p.name != name.as_str())
            .find(|p| mappings(&p.definition).iter().any(|(n, _)| n == mapping))
            .map(|p| p.name.clone())
    };
    if let Some(mapper) = mapper_of(name.as_str()) {
        return Err(unprocessable(
            "/name",
            format!("'{name}' is the name of a mapping of mapper '{mapper}'"),
        ));
    }
    let own = mappings(&write.definition);
    for (index, (_, config)) in own.iter().enumerate() {
        check_config(config, &format!("/mappings/{index}/config"))
            .map_err(|e| unprocessable(&e.pointer, e.detail))?;
    }
    let clash = mapping_clash(name.as_str(), &own, |mapping| {
        if context.plugins.contains_key(mapping) && mapping != name.as_str() {
            return Some(format!("plugin '{mapping}'"));
        }
        mapper_of(mapping).map(|mapper| format!("a mapping of mapper '{mapper}'"))
    });
    match clash {
        Some((index, problem)) => Err(unprocessable(&format!("/mappings/{index}/name"), problem)),
        None => Ok(()),
    }
}
