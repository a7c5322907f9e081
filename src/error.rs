//! The error of every layer below HTTP (domain rules, the store, the executor, imports): what went
//! wrong, in the domain's words. It knows no status code; `http::problem` maps it to one and to a
//! problem document, once (`From<Error> for ApiError`).

use serde::Serialize;

/// One bad value: where it is (a JSON Pointer into the value it came from) and what is wrong
/// with it. Never the value itself, which may be a secret.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FieldError {
    pub pointer: String,
    pub detail: String,
}

impl FieldError {
    pub fn new(pointer: impl Into<String>, detail: impl Into<String>) -> Self {
        Self {
            pointer: pointer.into(),
            detail: detail.into(),
        }
    }

    /// `/url must ...`: the pointer and what is wrong, as one sentence.
    pub fn describe(&self) -> String {
        format!("{} {}", self.pointer, self.detail)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A value is malformed: a name, a page token, a glob, a state id where one is named.
    #[error("{detail}")]
    Malformed {
        detail: String,
        errors: Vec<FieldError>,
    },
    /// A well-formed value breaks a rule: a cycle of inheritance, a cron that never fires, a
    /// meltano.yml that Meltano would refuse.
    #[error("{detail}")]
    Invalid {
        detail: String,
        errors: Vec<FieldError>,
    },
    #[error("{0}")]
    NotFound(String),
    /// The name is taken, or the resource is not in a state that allows the change.
    #[error("{0}")]
    Conflict(String),
    /// The version the client named is not the current one.
    #[error("{0}")]
    PreconditionFailed(String),
    /// The database cannot serve now (unreachable, locked): retry shortly.
    #[error("{0}")]
    Unavailable(String),
    /// The database's disk is full: writes fail until space is made.
    #[error("{0}")]
    InsufficientStorage(String),
    /// A fault of this server; its cause is logged, never answered.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl Error {
    /// A malformed value with no one field to name.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::Malformed {
            detail: detail.into(),
            errors: Vec::new(),
        }
    }

    /// The one field at `pointer` is malformed.
    pub fn malformed(pointer: impl Into<String>, detail: impl Into<String>) -> Self {
        FieldError::new(pointer, detail).malformed()
    }

    /// The one field at `pointer` breaks a rule.
    pub fn invalid(pointer: impl Into<String>, detail: impl Into<String>) -> Self {
        FieldError::new(pointer, detail).into()
    }

    pub fn internal(error: impl Into<anyhow::Error>) -> Self {
        Self::Internal(error.into())
    }
}

impl FieldError {
    /// This field as malformed (where [`Error::from`] says it breaks a rule).
    pub fn malformed(self) -> Error {
        Error::Malformed {
            detail: self.describe(),
            errors: vec![self],
        }
    }
}

impl From<FieldError> for Error {
    fn from(error: FieldError) -> Self {
        Self::Invalid {
            detail: error.describe(),
            errors: vec![error],
        }
    }
}
