//! The OpenAPI document this server implements, embedded at build time from `spec/openapi.yaml`.

use std::sync::{Arc, OnceLock};

use serde_json::Value;

pub const SPEC_YAML: &str = include_str!("../spec/openapi.yaml");

/// The parsed document, shared by the `/openapi.*` routes and the request validator.
#[derive(Clone)]
pub struct Spec {
    document: Arc<Value>,
    json: Arc<OnceLock<String>>,
}

impl Spec {
    /// Parses the embedded document. It is checked in CI, so a failure here is a build defect.
    pub fn load() -> Self {
        let document: Value =
            serde_yaml_ng::from_str(SPEC_YAML).expect("spec/openapi.yaml is valid YAML");
        Self {
            document: Arc::new(document),
            json: Arc::new(OnceLock::new()),
        }
    }

    pub fn document(&self) -> &Value {
        &self.document
    }

    /// The document as JSON text, made on first use.
    pub fn json(&self) -> &str {
        self.json.get_or_init(|| {
            serde_json::to_string_pretty(&*self.document).expect("JSON from a parsed document")
        })
    }

    /// The path prefix of every operation, from `servers[0].url`.
    pub fn base_path(&self) -> &str {
        self.document["servers"][0]["url"].as_str().unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plugin::{MAX_CONFIG_DEPTH, MAX_CONFIG_KEY_BYTES, MAX_CONFIG_KEY_PARTS};

    /// OpenAPI 3.0 cannot bound map keys: the spec states the config bounds as extensions, the
    /// domain enforces them, and this keeps the two the same wherever the spec states them.
    #[test]
    fn the_spec_states_the_config_bounds_the_domain_enforces() {
        let spec = Spec::load();
        let schemas = &spec.document()["components"]["schemas"];
        let mut stated = vec![&schemas["PluginConfig"]];
        for field in ["config", "env_config"] {
            stated.push(&schemas["PluginPatch"]["properties"][field]);
        }
        for schema in stated {
            assert_eq!(
                schema["x-meltano-max-key-bytes"], MAX_CONFIG_KEY_BYTES,
                "{schema}"
            );
            assert_eq!(
                schema["x-meltano-max-key-parts"], MAX_CONFIG_KEY_PARTS,
                "{schema}"
            );
            assert_eq!(schema["x-meltano-max-depth"], MAX_CONFIG_DEPTH, "{schema}");
        }
    }
}
