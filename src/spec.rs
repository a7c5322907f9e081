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
