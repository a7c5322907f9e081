//! The one error type of the API and its RFC 9457 `application/problem+json` rendering.
//!
//! Every failure, whether raised by a handler, the request validator, auth, the layers below
//! (their [`crate::error::Error`], mapped here once), or produced by axum or the generated router on
//! their own (404, 405, bad JSON), leaves the server as a problem document: handlers return
//! [`ApiError`], and [`normalize_errors`] rewrites any other error response.

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

pub const PROBLEM_JSON: &str = "application/problem+json";

use crate::error::Error;
pub use crate::error::FieldError;

impl From<FieldError> for ApiError {
    fn from(error: FieldError) -> Self {
        Self::unprocessable(error.pointer, error.detail)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{detail}")]
    BadRequest {
        detail: String,
        errors: Vec<FieldError>,
    },
    #[error("a valid bearer token is required")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    PreconditionFailed(String),
    #[error("the request body is larger than {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("{detail}")]
    Unprocessable {
        detail: String,
        errors: Vec<FieldError>,
    },
    #[error("the request took longer than {seconds} s")]
    RequestTimeout { seconds: u64 },
    #[error("{operation} is not implemented by this server yet")]
    NotImplemented { operation: &'static str },
    #[error("{0}")]
    Unavailable(String),
    #[error("{0}")]
    InsufficientStorage(String),
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

/// The HTTP layer's own shorthands: each is the lower layers' error of that kind, mapped.
impl ApiError {
    /// A `400` with no one field to name.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Error::bad_request(detail).into()
    }

    /// A `422` naming the one field that breaks a rule (`/url must ...`).
    pub fn unprocessable(pointer: impl Into<String>, detail: impl Into<String>) -> Self {
        Error::invalid(pointer, detail).into()
    }

    /// A `400` naming the one malformed field.
    pub fn invalid_field(pointer: impl Into<String>, detail: impl Into<String>) -> Self {
        Error::malformed(pointer, detail).into()
    }

    pub fn internal(error: impl Into<anyhow::Error>) -> Self {
        Error::internal(error).into()
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::BadRequest { .. } => StatusCode::BAD_REQUEST,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::PreconditionFailed(_) => StatusCode::PRECONDITION_FAILED,
            Self::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Unprocessable { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::RequestTimeout { .. } => StatusCode::REQUEST_TIMEOUT,
            Self::NotImplemented { .. } => StatusCode::NOT_IMPLEMENTED,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::InsufficientStorage(_) => StatusCode::INSUFFICIENT_STORAGE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn slug(&self) -> &'static str {
        match self {
            Self::BadRequest { .. } => "invalid-request",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::NotFound(_) => "not-found",
            Self::Conflict(_) => "conflict",
            Self::PreconditionFailed(_) => "precondition-failed",
            Self::PayloadTooLarge { .. } => "payload-too-large",
            Self::UnsupportedMediaType(_) => "unsupported-media-type",
            Self::Unprocessable { .. } => "unprocessable",
            Self::RequestTimeout { .. } => "request-timeout",
            Self::NotImplemented { .. } => "not-implemented",
            Self::Unavailable(_) => "unavailable",
            Self::InsufficientStorage(_) => "insufficient-storage",
            Self::Internal(_) => "internal",
        }
    }

    pub fn to_problem(&self) -> Problem {
        let errors = match self {
            Self::BadRequest { errors, .. } | Self::Unprocessable { errors, .. } => errors.clone(),
            _ => Vec::new(),
        };
        let detail = match self {
            // The cause is logged, never sent: it may name tables, paths or values.
            Self::Internal(_) => {
                "the server failed; nothing was changed (see the server log)".to_string()
            }
            other => other.to_string(),
        };
        // The spec bounds problem documents; whatever a message quotes, they stay within it.
        let errors = errors
            .into_iter()
            .take(MAX_ERRORS)
            .map(|e| FieldError {
                pointer: truncate(e.pointer, MAX_TEXT),
                detail: truncate(e.detail, MAX_TEXT),
            })
            .collect();
        Problem::new(
            self.status(),
            self.slug(),
            truncate(detail, MAX_DETAIL),
            errors,
        )
    }
}

const MAX_ERRORS: usize = 100;
const MAX_TEXT: usize = 1000;
const MAX_DETAIL: usize = 8000;

fn truncate(text: String, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// The one mapping of the lower layers' errors to HTTP.
impl From<Error> for ApiError {
    fn from(error: Error) -> Self {
        match error {
            Error::Malformed { detail, errors } => Self::BadRequest { detail, errors },
            Error::Invalid { detail, errors } => Self::Unprocessable { detail, errors },
            Error::NotFound(detail) => Self::NotFound(detail),
            Error::Conflict(detail) => Self::Conflict(detail),
            Error::PreconditionFailed(detail) => Self::PreconditionFailed(detail),
            Error::Unavailable(detail) => Self::Unavailable(detail),
            Error::InsufficientStorage(detail) => Self::InsufficientStorage(detail),
            Error::Internal(cause) => Self::Internal(cause),
        }
    }
}

/// What a 503 asks a client to wait before it retries, in seconds.
const RETRY_AFTER_SECONDS: &str = "1";

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let Self::Internal(cause) = &self {
            tracing::error!(error = %format!("{cause:#}"), "request failed");
        }
        let mut response = self.to_problem().into_response();
        if matches!(self, Self::Unauthorized) {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if matches!(self, Self::Unavailable(_)) {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from_static(RETRY_AFTER_SECONDS),
            );
        }
        response
    }
}

/// An RFC 9457 problem document, as `components.schemas.Problem` in the spec.
#[derive(Debug, Serialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// This occurrence: `urn:meltano-api:request:<id>`, the request's `X-Request-Id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl Problem {
    fn new(status: StatusCode, slug: &str, detail: String, errors: Vec<FieldError>) -> Self {
        Self {
            kind: format!("urn:meltano-api:problem:{slug}"),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail,
            instance: super::request_id::current()
                .map(|id| format!("urn:meltano-api:request:{id}")),
            errors,
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = Response::new(Body::from(body));
        *response.status_mut() = status;
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        response
    }
}

/// Middleware: turns every error response that is not yet problem+json (axum's 404/405, extractor
/// rejections, the generated router's plain-text answers) into one, keeping its status and headers
/// such as `Allow`. Their plain-text bodies are dropped, not echoed: they can quote request values.
pub async fn normalize_errors(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || is_problem(&response) {
        return response;
    }
    let detail = match status {
        StatusCode::NOT_FOUND => "no resource at this path".to_string(),
        StatusCode::METHOD_NOT_ALLOWED => {
            "this method is not allowed on this path; see the Allow header".to_string()
        }
        StatusCode::UNSUPPORTED_MEDIA_TYPE => {
            "the request body must be JSON (application/json)".to_string()
        }
        StatusCode::PAYLOAD_TOO_LARGE => "the request body is too large".to_string(),
        StatusCode::UNAUTHORIZED => "a valid bearer token is required".to_string(),
        s if s.is_client_error() => {
            "the request could not be read as this operation's input".to_string()
        }
        _ => "the server failed; nothing was changed (see the server log)".to_string(),
    };
    let slug = match status {
        StatusCode::NOT_FOUND => "not-found",
        StatusCode::METHOD_NOT_ALLOWED => "method-not-allowed",
        s if s.is_client_error() => "invalid-request",
        _ => "internal",
    };
    let (mut parts, _) = response.into_parts();
    let problem = Problem::new(status, slug, detail, Vec::new()).into_response();
    let (problem_parts, body) = problem.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        problem_parts.headers[header::CONTENT_TYPE].clone(),
    );
    Response::from_parts(parts, body)
}

fn is_problem(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with(PROBLEM_JSON))
}
