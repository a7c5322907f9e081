//! Request validation against the OpenAPI document itself.
//!
//! Every request to an operation of the spec is checked before it reaches a handler: path, query
//! and header parameters and the JSON body, against the schemas in `spec/openapi.yaml` (so the
//! spec stays the single source of truth for constraints), with the media type and size of the
//! body. Failures are `400`/`413`/`415` problem documents naming each bad value by JSON Pointer,
//! never quoting it (values may be secrets). The generated router's own validator is disabled in
//! `spec/generator.yaml`; see the note there.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{Method, header};
use serde_json::Value;

use crate::http::problem::{ApiError, FieldError};
use crate::schema::{LazySchema, lazy, openapi_to_json_schema};
use crate::spec::Spec;

/// The largest request body accepted, as the spec's `PayloadTooLarge` response says.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
const MAX_REPORTED_ERRORS: usize = 20;
const MAX_DETAIL_CHARS: usize = 4000;

const HTTP_METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "patch", "head", "options", "trace",
];

pub struct RequestValidator {
    base_path: String,
    routes: matchit::Router<HashMap<Method, Arc<Operation>>>,
}

/// Path parameters as matched: name and raw (still percent-encoded) value.
type PathValues = Vec<(String, String)>;

struct Operation {
    /// Its `operationId`.
    id: Arc<str>,
    params: Vec<Param>,
    body: Option<BodySpec>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Location {
    Path,
    Query,
    Header,
}

struct Param {
    name: String,
    location: Location,
    required: bool,
    schema: LazySchema,
}

struct BodySpec {
    required: bool,
    media_types: Vec<String>,
    schema: LazySchema,
}

impl RequestValidator {
    pub fn from_spec(spec: &Spec) -> Self {
        let document = spec.document();
        let components = Arc::new(openapi_to_json_schema(&document["components"]["schemas"]));
        let mut routes = matchit::Router::new();
        for (path, item) in document["paths"].as_object().into_iter().flatten() {
            let shared_params = item["parameters"].as_array().cloned().unwrap_or_default();
            let mut operations = HashMap::new();
            for (method, operation) in item.as_object().into_iter().flatten() {
                if !HTTP_METHODS.contains(&method.as_str()) {
                    continue; // `parameters`, `summary`, extensions
                }
                let Ok(method) = method.to_uppercase().parse::<Method>() else {
                    continue;
                };
                let own_params = operation["parameters"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                let params = shared_params
                    .iter()
                    .chain(own_params.iter())
                    .filter_map(|param| parse_param(resolve(document, param), &components))
                    .collect();
                let body = parse_body(document, &operation["requestBody"], &components);
                let id = operation["operationId"].as_str().unwrap_or_default().into();
                operations.insert(method, Arc::new(Operation { id, params, body }));
            }
            routes
                .insert(path.clone(), operations)
                .expect("spec paths are distinct routes");
        }
        Self {
            base_path: spec.base_path().to_string(),
            routes,
        }
    }

    fn operation(&self, method: &Method, path: &str) -> Option<(Arc<Operation>, PathValues)> {
        let relative = path.strip_prefix(&self.base_path)?;
        let matched = self.routes.at(relative).ok()?;
        let operation = matched.value.get(method)?.clone();
        let params = matched
            .params
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Some((operation, params))
    }
}

/// The operation a valid request was matched to: put in its extensions by [`validate`].
#[derive(Debug, Clone)]
pub struct Matched {
    /// The spec's `operationId`.
    pub operation: Arc<str>,
    /// Its `project` path parameter, if it has one.
    pub project: Option<String>,
}

/// Validates a request that matches an operation, and gives it back (its body read, and put back)
/// for the router, with what it matched ([`Matched`]); others pass as they are (the router
/// answers 404/405).
pub async fn validate(
    validator: &RequestValidator,
    mut request: Request,
) -> Result<Request, ApiError> {
    let Some((operation, path_values)) =
        validator.operation(request.method(), request.uri().path())
    else {
        return Ok(request);
    };
    let project = path_values
        .iter()
        .find(|(name, _)| name == "project")
        // Decoded as the handler decodes it: `%61cme` is `acme`.
        .map(|(_, value)| {
            percent_encoding::percent_decode_str(value)
                .decode_utf8_lossy()
                .into_owned()
        });
    request.extensions_mut().insert(Matched {
        operation: operation.id.clone(),
        project,
    });
    let mut errors = Vec::new();
    check_params(&operation, &path_values, &request, &mut errors);
    let request = match &operation.body {
        Some(body) => check_body(body, request, &mut errors).await?,
        None => request,
    };
    if !errors.is_empty() {
        // The spec bounds a problem document: at most 100 errors, a detail of at most 8192 chars.
        errors.truncate(MAX_REPORTED_ERRORS);
        let detail = errors
            .iter()
            .map(|e| {
                format!(
                    "{}: {}",
                    if e.pointer.is_empty() {
                        "request body"
                    } else {
                        &e.pointer
                    },
                    e.detail
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        let detail = match detail.char_indices().nth(MAX_DETAIL_CHARS) {
            Some((cut, _)) => format!("{}…", &detail[..cut]),
            None => detail,
        };
        return Err(ApiError::BadRequest { detail, errors });
    }
    Ok(request)
}

fn check_params(
    operation: &Operation,
    path_values: &[(String, String)],
    request: &Request,
    errors: &mut Vec<FieldError>,
) {
    let query: Vec<(String, String)> = request
        .uri()
        .query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    for param in &operation.params {
        let raw: Option<String> = match param.location {
            Location::Path => path_values
                .iter()
                .find(|(k, _)| *k == param.name)
                .map(|(_, v)| {
                    percent_encoding::percent_decode_str(v)
                        .decode_utf8_lossy()
                        .into_owned()
                }),
            Location::Query => query
                .iter()
                .find(|(k, _)| *k == param.name)
                .map(|(_, v)| v.clone()),
            Location::Header => match request.headers().get(&param.name) {
                Some(value) => match value.to_str() {
                    Ok(text) => Some(text.to_string()),
                    Err(_) => {
                        errors.push(FieldError::new(param.name.clone(), "must be visible ASCII"));
                        continue;
                    }
                },
                None => None,
            },
        };
        let Some(raw) = raw else {
            if param.required {
                errors.push(FieldError::new(param.name.clone(), "is required"));
            }
            continue;
        };
        match coerce(&raw, &param.schema.schema) {
            Ok(value) => {
                for (_, detail) in param.schema.errors(&value) {
                    errors.push(FieldError::new(param.name.clone(), detail));
                }
            }
            Err(detail) => errors.push(FieldError::new(param.name.clone(), detail)),
        }
    }
}

async fn check_body(
    spec: &BodySpec,
    request: Request,
    errors: &mut Vec<FieldError>,
) -> Result<Request, ApiError> {
    let (parts, body) = request.into_parts();
    let declared = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(media_type_essence);
    if let Some(length) = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<usize>().ok())
        && length > MAX_BODY_BYTES
    {
        return Err(ApiError::PayloadTooLarge {
            limit: MAX_BODY_BYTES,
        });
    }
    let bytes: Bytes = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| ApiError::PayloadTooLarge {
            limit: MAX_BODY_BYTES,
        })?;
    if bytes.is_empty() && declared.is_none() {
        if spec.required {
            errors.push(FieldError::new("", "a request body is required"));
        }
        return Ok(Request::from_parts(parts, Body::from(bytes)));
    }
    match declared {
        Some(media) if spec.media_types.contains(&media) => {}
        _ => {
            return Err(ApiError::UnsupportedMediaType(format!(
                "the request body must be {}",
                spec.media_types.join(" or ")
            )));
        }
    }
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(value) => {
            for (pointer, detail) in spec.schema.errors(&value) {
                errors.push(FieldError::new(pointer, detail));
            }
        }
        Err(error) => {
            // serde_json's message names a line and column, never the input itself.
            errors.push(FieldError::new("", format!("is not valid JSON ({error})")));
        }
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

fn media_type_essence(value: &str) -> String {
    value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Parameters arrive as text; turn them into the JSON type their schema asks for.
fn coerce(raw: &str, schema: &Value) -> Result<Value, String> {
    match schema["type"].as_str() {
        Some("integer") => raw
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| "must be an integer".to_string()),
        Some("number") => raw
            .parse::<f64>()
            .map(Value::from)
            .map_err(|_| "must be a number".to_string()),
        Some("boolean") => match raw {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err("must be true or false".to_string()),
        },
        _ => Ok(Value::String(raw.to_string())),
    }
}

fn resolve<'a>(document: &'a Value, node: &'a Value) -> &'a Value {
    match node["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
        Some(pointer) => document.pointer(pointer).unwrap_or(node),
        None => node,
    }
}

fn parse_param(param: &Value, components: &Arc<Value>) -> Option<Param> {
    let location = match param["in"].as_str()? {
        "path" => Location::Path,
        "query" => Location::Query,
        "header" => Location::Header,
        _ => return None,
    };
    let name = param["name"].as_str()?;
    Some(Param {
        name: if location == Location::Header {
            name.to_ascii_lowercase()
        } else {
            name.to_string()
        },
        location,
        required: param["required"].as_bool().unwrap_or(false),
        schema: lazy(openapi_to_json_schema(&param["schema"]), components),
    })
}

fn parse_body(document: &Value, body: &Value, components: &Arc<Value>) -> Option<BodySpec> {
    let body = resolve(document, body);
    let content = body["content"].as_object()?;
    let schema = content
        .values()
        .next()
        .map(|media| media["schema"].clone())
        .unwrap_or(Value::Bool(true));
    Some(BodySpec {
        required: body["required"].as_bool().unwrap_or(false),
        media_types: content.keys().cloned().collect(),
        schema: lazy(openapi_to_json_schema(&schema), components),
    })
}
