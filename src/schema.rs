//! Values checked against the spec's own schemas (draft 4, OpenAPI's `nullable` spelled the JSON
//! Schema way), compiled on first use: by request validation (`http::validation`) and by checks
//! outside requests (a meltano.yml's plugins, a patched plugin's extras).

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::{Value, json};

use crate::spec::Spec;

/// A schema compiled on first use, so that start-up does not pay for operations never called.
pub struct LazySchema {
    /// The schema as JSON Schema (its `$ref`s into the components).
    pub schema: Value,
    components: Arc<Value>,
    compiled: OnceLock<jsonschema::Validator>,
}

impl LazySchema {
    fn validator(&self) -> &jsonschema::Validator {
        self.compiled.get_or_init(|| {
            // `$ref`s point into `#/components/schemas`, so the components travel with each schema.
            let root =
                json!({ "allOf": [self.schema], "components": { "schemas": &*self.components } });
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft4)
                .should_validate_formats(true)
                // OpenAPI formats draft 4 does not know, checked because the handlers' types parse them.
                .with_format("uuid", |s| uuid::Uuid::parse_str(s).is_ok())
                .with_format("int32", |_| true)
                .with_format("int64", |_| true)
                .build(&root)
                .expect("spec schemas compile (checked by tests)")
        })
    }

    pub fn errors(&self, instance: &Value) -> Vec<(String, String)> {
        self.validator()
            .iter_errors(instance)
            .map(|error| (error.instance_path().to_string(), describe(error.kind())))
            .collect()
    }
}

/// Where a value breaks a component schema of the spec (`PluginReplace`, ...): JSON Pointers
/// into the value, with what is wrong. For checks outside requests (a meltano.yml's plugins).
pub fn component_errors(schema: &str, instance: &Value) -> Vec<(String, String)> {
    static COMPONENTS: OnceLock<Arc<Value>> = OnceLock::new();
    static CHECKS: OnceLock<std::sync::Mutex<HashMap<String, Arc<LazySchema>>>> = OnceLock::new();
    let components = COMPONENTS.get_or_init(|| {
        Arc::new(openapi_to_json_schema(
            &Spec::load().document()["components"]["schemas"],
        ))
    });
    let check = CHECKS
        .get_or_init(Default::default)
        .lock()
        .expect("not poisoned")
        .entry(schema.to_string())
        .or_insert_with(|| {
            Arc::new(lazy(
                json!({ "$ref": format!("#/components/schemas/{schema}") }),
                components,
            ))
        })
        .clone();
    check.errors(instance)
}

pub fn lazy(schema: Value, components: &Arc<Value>) -> LazySchema {
    LazySchema {
        schema,
        components: components.clone(),
        compiled: OnceLock::new(),
    }
}

/// OpenAPI 3.0 schemas are JSON Schema draft 4 plus `nullable`; spell `nullable` the JSON Schema way.
pub fn openapi_to_json_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out: serde_json::Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), openapi_to_json_schema(v)))
                .collect();
            if out.remove("nullable") == Some(Value::Bool(true)) {
                if let Some(Value::String(kind)) = out.get("type").cloned() {
                    out.insert("type".into(), json!([kind, "null"]));
                }
                if let Some(Value::Array(options)) = out.get_mut("enum")
                    && !options.contains(&Value::Null)
                {
                    options.push(Value::Null);
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(openapi_to_json_schema).collect()),
        other => other.clone(),
    }
}

/// What is wrong, in words that never quote the offending value.
fn describe(kind: &ValidationErrorKind) -> String {
    use ValidationErrorKind as K;
    match kind {
        K::AdditionalProperties { unexpected } => {
            format!("unknown field(s): {}", unexpected.join(", "))
        }
        K::Required { property } => format!("missing required field {property}"),
        K::Type { kind } => match kind {
            TypeKind::Single(t) => format!("must be of type {t}"),
            TypeKind::Multiple(ts) => format!(
                "must be of type {}",
                ts.iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
        },
        K::Pattern { pattern } => format!("must match the pattern {pattern}"),
        K::MaxLength { limit } => format!("must be at most {limit} characters long"),
        K::MinLength { limit } => format!("must be at least {limit} characters long"),
        K::Maximum { limit } => format!("must be at most {limit}"),
        K::Minimum { limit } => format!("must be at least {limit}"),
        K::MaxItems { limit } => format!("must have at most {limit} items"),
        K::MinItems { limit } => format!("must have at least {limit} items"),
        K::MaxProperties { limit } => format!("must have at most {limit} entries"),
        K::MinProperties { limit } => format!("must have at least {limit} entries"),
        K::Enum { options } => format!("must be one of {options}"),
        K::Format { format } => format!("must be a valid {format}"),
        K::OneOfNotValid { .. } | K::AnyOf { .. } => {
            "does not match any of the allowed shapes".to_string()
        }
        K::OneOfMultipleValid { .. } => "matches more than one of the allowed shapes".to_string(),
        K::UniqueItems => "must not repeat items".to_string(),
        _ => "is not valid here".to_string(),
    }
}
