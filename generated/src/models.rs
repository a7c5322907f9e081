#![allow(unused_qualifications)]

use http::HeaderValue;
use validator::Validate;

#[cfg(feature = "server")]
use crate::header;
use crate::{models, types::*};

#[allow(dead_code)]
pub type SSE = std::pin::Pin<
    std::boxed::Box<
        dyn futures_util::Stream<
                Item = std::result::Result<axum::response::sse::Event, std::convert::Infallible>,
            > + std::marker::Send
            + std::marker::Sync,
    >,
>;

#[allow(dead_code)]
fn from_validation_error(e: validator::ValidationError) -> validator::ValidationErrors {
    let mut errs = validator::ValidationErrors::new();
    errs.add("na", e);
    errs
}

#[allow(dead_code)]
pub fn check_xss_string(v: &str) -> std::result::Result<(), validator::ValidationError> {
    if ammonia::is_html(v) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[allow(dead_code)]
pub fn check_xss_vec_string(v: &[String]) -> std::result::Result<(), validator::ValidationError> {
    if v.iter().any(|i| ammonia::is_html(i)) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[allow(dead_code)]
pub fn check_xss_map_string(
    v: &std::collections::HashMap<String, String>,
) -> std::result::Result<(), validator::ValidationError> {
    if v.keys().any(|k| ammonia::is_html(k)) || v.values().any(|v| ammonia::is_html(v)) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[allow(dead_code)]
pub fn check_xss_map_nested<T>(
    v: &std::collections::HashMap<String, T>,
) -> std::result::Result<(), validator::ValidationError>
where
    T: validator::Validate,
{
    if v.keys().any(|k| ammonia::is_html(k)) || v.values().any(|v| v.validate().is_err()) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[allow(dead_code)]
pub fn check_xss_map<T>(
    v: &std::collections::HashMap<String, T>,
) -> std::result::Result<(), validator::ValidationError> {
    if v.keys().any(|k| ammonia::is_html(k)) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateEnvPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATEENVPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATEENVPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteEnvHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteEnvPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETEENVPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETEENVPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_DELETEENVPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_DELETEENVPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetEnvHeaderParams {
    #[validate(length(max = 1024))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetEnvPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETENVPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETENVPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_GETENVPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETENVPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListEnvsPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTENVSPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTENVSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListEnvsQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTENVSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_LISTENVSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchEnvHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchEnvPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHENVPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHENVPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_PATCHENVPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PATCHENVPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplaceEnvHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplaceEnvPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACEENVPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACEENVPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_REPLACEENVPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_REPLACEENVPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListEventsPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTEVENTSPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTEVENTSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListEventsQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTEVENTSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
    /// Only events made with the token of this name (their `actor`).
    #[serde(rename = "actor")]
    #[validate(
                        length(min = 1, max = 64),
                          regex(path = *RE_LISTEVENTSQUERYPARAMS_ACTOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// Only events of this operation (its `operationId` in this document, e.g. `setState`).
    #[serde(rename = "operation")]
    #[validate(
                        length(min = 1, max = 64),
                          regex(path = *RE_LISTEVENTSQUERYPARAMS_OPERATION),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_LISTEVENTSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTEVENTSQUERYPARAMS_ACTOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9._@:-]{1,64}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTEVENTSQUERYPARAMS_OPERATION: regex::Regex = regex::Regex::new("^[a-zA-Z][a-zA-Z0-9]{0,63}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateJobPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATEJOBPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATEJOBPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATEJOBPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_CREATEJOBPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteJobHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteJobPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETEJOBPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETEJOBPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The job's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETEJOBPATHPARAMS_JOB),
            )]
    pub job: String,
}

lazy_static::lazy_static! {
    static ref RE_DELETEJOBPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_DELETEJOBPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_DELETEJOBPATHPARAMS_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetJobHeaderParams {
    #[validate(length(max = 1024))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetJobPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETJOBPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETJOBPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The job's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETJOBPATHPARAMS_JOB),
            )]
    pub job: String,
}

lazy_static::lazy_static! {
    static ref RE_GETJOBPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETJOBPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETJOBPATHPARAMS_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetJobStatePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETJOBSTATEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETJOBSTATEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The job's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETJOBSTATEPATHPARAMS_JOB),
            )]
    pub job: String,
}

lazy_static::lazy_static! {
    static ref RE_GETJOBSTATEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETJOBSTATEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETJOBSTATEPATHPARAMS_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListJobsPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTJOBSPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTJOBSPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTJOBSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTJOBSPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListJobsQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTJOBSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_LISTJOBSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchJobHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchJobPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHJOBPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHJOBPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The job's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHJOBPATHPARAMS_JOB),
            )]
    pub job: String,
}

lazy_static::lazy_static! {
    static ref RE_PATCHJOBPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PATCHJOBPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PATCHJOBPATHPARAMS_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplaceJobHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplaceJobPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACEJOBPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACEJOBPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The job's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACEJOBPATHPARAMS_JOB),
            )]
    pub job: String,
}

lazy_static::lazy_static! {
    static ref RE_REPLACEJOBPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_REPLACEJOBPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_REPLACEJOBPATHPARAMS_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreatePluginPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATEPLUGINPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATEPLUGINPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATEPLUGINPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_CREATEPLUGINPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeletePluginHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeletePluginPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETEPLUGINPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETEPLUGINPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The plugin's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETEPLUGINPATHPARAMS_PLUGIN),
            )]
    pub plugin: String,
}

lazy_static::lazy_static! {
    static ref RE_DELETEPLUGINPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_DELETEPLUGINPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_DELETEPLUGINPATHPARAMS_PLUGIN: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetPluginHeaderParams {
    #[validate(length(max = 1024))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetPluginPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETPLUGINPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETPLUGINPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The plugin's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETPLUGINPATHPARAMS_PLUGIN),
            )]
    pub plugin: String,
}

lazy_static::lazy_static! {
    static ref RE_GETPLUGINPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETPLUGINPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETPLUGINPATHPARAMS_PLUGIN: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct InstallPluginHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_INSTALLPLUGINHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_INSTALLPLUGINHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct InstallPluginPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_INSTALLPLUGINPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_INSTALLPLUGINPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The plugin's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_INSTALLPLUGINPATHPARAMS_PLUGIN),
            )]
    pub plugin: String,
}

lazy_static::lazy_static! {
    static ref RE_INSTALLPLUGINPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_INSTALLPLUGINPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_INSTALLPLUGINPATHPARAMS_PLUGIN: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListPluginStreamsPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTPLUGINSTREAMSPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTPLUGINSTREAMSPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The plugin's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTPLUGINSTREAMSPATHPARAMS_PLUGIN),
            )]
    pub plugin: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTPLUGINSTREAMSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTPLUGINSTREAMSPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTPLUGINSTREAMSPATHPARAMS_PLUGIN: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListPluginStreamsQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTPLUGINSTREAMSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
    /// Also list what is excluded or unsupported (`--all`).
    #[serde(rename = "all")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all: Option<bool>,
    /// Discover again even when the kept catalog is current.
    #[serde(rename = "refresh")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh: Option<bool>,
}

lazy_static::lazy_static! {
    static ref RE_LISTPLUGINSTREAMSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListPluginsPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTPLUGINSPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTPLUGINSPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTPLUGINSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTPLUGINSPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListPluginsQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTPLUGINSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
    /// Only plugins of this type.
    #[serde(rename = "plugin_type")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plugin_type: Option<models::PluginType>,
}

lazy_static::lazy_static! {
    static ref RE_LISTPLUGINSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchPluginHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchPluginPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHPLUGINPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHPLUGINPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The plugin's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHPLUGINPATHPARAMS_PLUGIN),
            )]
    pub plugin: String,
}

lazy_static::lazy_static! {
    static ref RE_PATCHPLUGINPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PATCHPLUGINPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PATCHPLUGINPATHPARAMS_PLUGIN: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplacePluginHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplacePluginPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACEPLUGINPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACEPLUGINPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The plugin's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACEPLUGINPATHPARAMS_PLUGIN),
            )]
    pub plugin: String,
}

lazy_static::lazy_static! {
    static ref RE_REPLACEPLUGINPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_REPLACEPLUGINPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_REPLACEPLUGINPATHPARAMS_PLUGIN: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SelectPluginStreamsPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_SELECTPLUGINSTREAMSPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_SELECTPLUGINSTREAMSPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The plugin's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_SELECTPLUGINSTREAMSPATHPARAMS_PLUGIN),
            )]
    pub plugin: String,
}

lazy_static::lazy_static! {
    static ref RE_SELECTPLUGINSTREAMSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SELECTPLUGINSTREAMSPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SELECTPLUGINSTREAMSPATHPARAMS_PLUGIN: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct TestPluginConfigHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_TESTPLUGINCONFIGHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_TESTPLUGINCONFIGHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct TestPluginConfigPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_TESTPLUGINCONFIGPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_TESTPLUGINCONFIGPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The plugin's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_TESTPLUGINCONFIGPATHPARAMS_PLUGIN),
            )]
    pub plugin: String,
}

lazy_static::lazy_static! {
    static ref RE_TESTPLUGINCONFIGPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_TESTPLUGINCONFIGPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_TESTPLUGINCONFIGPATHPARAMS_PLUGIN: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteProjectHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteProjectPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETEPROJECTPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_DELETEPROJECTPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ExportProjectPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_EXPORTPROJECTPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_EXPORTPROJECTPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ExportProjectFolderPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_EXPORTPROJECTFOLDERPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_EXPORTPROJECTFOLDERPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetProjectHeaderParams {
    #[validate(length(max = 1024))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetProjectPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETPROJECTPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_GETPROJECTPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ImportProjectPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_IMPORTPROJECTPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_IMPORTPROJECTPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListProjectsQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTPROJECTSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
    /// Also list soft-deleted items.
    #[serde(rename = "show_deleted")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_deleted: Option<bool>,
}

lazy_static::lazy_static! {
    static ref RE_LISTPROJECTSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchProjectHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchProjectPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHPROJECTPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_PATCHPROJECTPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplaceProjectHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplaceProjectPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACEPROJECTPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_REPLACEPROJECTPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UndeleteProjectHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UndeleteProjectPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_UNDELETEPROJECTPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_UNDELETEPROJECTPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CancelRunPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CANCELRUNPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CANCELRUNPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The run's id.
    pub run: uuid::Uuid,
}

lazy_static::lazy_static! {
    static ref RE_CANCELRUNPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_CANCELRUNPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateJobRunHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATEJOBRUNHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATEJOBRUNHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateJobRunPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATEJOBRUNPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATEJOBRUNPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The job's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATEJOBRUNPATHPARAMS_JOB),
            )]
    pub job: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATEJOBRUNPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_CREATEJOBRUNPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_CREATEJOBRUNPATHPARAMS_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateRunHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATERUNHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATERUNHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateRunPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATERUNPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATERUNPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATERUNPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_CREATERUNPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetJobRunPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETJOBRUNPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETJOBRUNPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The job's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETJOBRUNPATHPARAMS_JOB),
            )]
    pub job: String,
    /// The run's id.
    pub run: uuid::Uuid,
}

lazy_static::lazy_static! {
    static ref RE_GETJOBRUNPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETJOBRUNPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETJOBRUNPATHPARAMS_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetRunPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETRUNPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETRUNPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The run's id.
    pub run: uuid::Uuid,
}

lazy_static::lazy_static! {
    static ref RE_GETRUNPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETRUNPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetRunQueryParams {
    /// Wait up to this many seconds for the run's status to move on before answering.
    #[serde(rename = "wait_seconds")]
    #[validate(range(min = 1u32, max = 50u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_seconds: Option<u32>,
    /// With `wait_seconds`, wait while the run has this status (say `QUEUED`, to be told when it starts); without it, while the run is `QUEUED` or `RUNNING` (until it ends).
    #[serde(rename = "wait_while_status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_while_status: Option<models::RunStatus>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListJobRunsPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTJOBRUNSPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTJOBRUNSPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The job's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTJOBRUNSPATHPARAMS_JOB),
            )]
    pub job: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTJOBRUNSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTJOBRUNSPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTJOBRUNSPATHPARAMS_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListJobRunsQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTJOBRUNSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_LISTJOBRUNSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListRunLogsPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTRUNLOGSPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTRUNLOGSPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The run's id.
    pub run: uuid::Uuid,
}

lazy_static::lazy_static! {
    static ref RE_LISTRUNLOGSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTRUNLOGSPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListRunLogsQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTRUNLOGSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
    /// Stream the log as NDJSON until the run ends, instead of answering one page.
    #[serde(rename = "follow")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow: Option<bool>,
}

lazy_static::lazy_static! {
    static ref RE_LISTRUNLOGSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListRunsPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTRUNSPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTRUNSPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTRUNSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTRUNSPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListRunsQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTRUNSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
    /// Only runs with this status.
    #[serde(rename = "status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::RunStatus>,
}

lazy_static::lazy_static! {
    static ref RE_LISTRUNSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateSchedulePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATESCHEDULEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATESCHEDULEPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATESCHEDULEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_CREATESCHEDULEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteScheduleHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteSchedulePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETESCHEDULEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETESCHEDULEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The schedule's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETESCHEDULEPATHPARAMS_SCHEDULE),
            )]
    pub schedule: String,
}

lazy_static::lazy_static! {
    static ref RE_DELETESCHEDULEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_DELETESCHEDULEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_DELETESCHEDULEPATHPARAMS_SCHEDULE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetScheduleHeaderParams {
    #[validate(length(max = 1024))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetSchedulePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETSCHEDULEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETSCHEDULEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The schedule's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETSCHEDULEPATHPARAMS_SCHEDULE),
            )]
    pub schedule: String,
}

lazy_static::lazy_static! {
    static ref RE_GETSCHEDULEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETSCHEDULEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETSCHEDULEPATHPARAMS_SCHEDULE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListSchedulesPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTSCHEDULESPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTSCHEDULESPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTSCHEDULESPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTSCHEDULESPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListSchedulesQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTSCHEDULESQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_LISTSCHEDULESQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchScheduleHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchSchedulePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHSCHEDULEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHSCHEDULEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The schedule's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHSCHEDULEPATHPARAMS_SCHEDULE),
            )]
    pub schedule: String,
}

lazy_static::lazy_static! {
    static ref RE_PATCHSCHEDULEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PATCHSCHEDULEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PATCHSCHEDULEPATHPARAMS_SCHEDULE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplaceScheduleHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplaceSchedulePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACESCHEDULEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACESCHEDULEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The schedule's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACESCHEDULEPATHPARAMS_SCHEDULE),
            )]
    pub schedule: String,
}

lazy_static::lazy_static! {
    static ref RE_REPLACESCHEDULEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_REPLACESCHEDULEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_REPLACESCHEDULEPATHPARAMS_SCHEDULE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RunScheduleHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_RUNSCHEDULEHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_RUNSCHEDULEHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RunSchedulePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_RUNSCHEDULEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_RUNSCHEDULEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The schedule's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_RUNSCHEDULEPATHPARAMS_SCHEDULE),
            )]
    pub schedule: String,
}

lazy_static::lazy_static! {
    static ref RE_RUNSCHEDULEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_RUNSCHEDULEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_RUNSCHEDULEPATHPARAMS_SCHEDULE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateServicePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATESERVICEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATESERVICEPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATESERVICEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_CREATESERVICEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteServicePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETESERVICEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETESERVICEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The service's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETESERVICEPATHPARAMS_SERVICE),
            )]
    pub service: String,
}

lazy_static::lazy_static! {
    static ref RE_DELETESERVICEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_DELETESERVICEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_DELETESERVICEPATHPARAMS_SERVICE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetServicePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETSERVICEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETSERVICEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The service's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETSERVICEPATHPARAMS_SERVICE),
            )]
    pub service: String,
}

lazy_static::lazy_static! {
    static ref RE_GETSERVICEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETSERVICEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETSERVICEPATHPARAMS_SERVICE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListServiceLogsPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTSERVICELOGSPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTSERVICELOGSPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The service's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTSERVICELOGSPATHPARAMS_SERVICE),
            )]
    pub service: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTSERVICELOGSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTSERVICELOGSPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTSERVICELOGSPATHPARAMS_SERVICE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListServiceLogsQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTSERVICELOGSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_LISTSERVICELOGSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListServicesPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTSERVICESPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTSERVICESPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTSERVICESPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTSERVICESPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListServicesQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTSERVICESQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_LISTSERVICESQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ClearStateHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ClearStatePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CLEARSTATEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CLEARSTATEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The state id. One of Meltano's form `{env}:{extractor}-to-{loader}[:suffix]` must have the path's env as its env part; any other (as `meltano el --state-id` accepts) lives in whichever environment it is written to.
    #[validate(
                        length(min = 1, max = 900),
                          regex(path = *RE_CLEARSTATEPATHPARAMS_STATE_ID),
            )]
    pub state_id: String,
}

lazy_static::lazy_static! {
    static ref RE_CLEARSTATEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_CLEARSTATEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_CLEARSTATEPATHPARAMS_STATE_ID: regex::Regex = regex::Regex::new("^[A-Za-z0-9_][!-.0-~]{0,899}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CopyStatePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_COPYSTATEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_COPYSTATEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The state id. One of Meltano's form `{env}:{extractor}-to-{loader}[:suffix]` must have the path's env as its env part; any other (as `meltano el --state-id` accepts) lives in whichever environment it is written to.
    #[validate(
                        length(min = 1, max = 900),
                          regex(path = *RE_COPYSTATEPATHPARAMS_STATE_ID),
            )]
    pub state_id: String,
}

lazy_static::lazy_static! {
    static ref RE_COPYSTATEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_COPYSTATEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_COPYSTATEPATHPARAMS_STATE_ID: regex::Regex = regex::Regex::new("^[A-Za-z0-9_][!-.0-~]{0,899}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ExportStatesPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_EXPORTSTATESPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_EXPORTSTATESPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_EXPORTSTATESPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_EXPORTSTATESPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ExportStatesQueryParams {
    /// A glob pattern (`*` and `?`) that state ids must match.
    #[serde(rename = "filter")]
    #[validate(length(max = 255))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetStateHeaderParams {
    #[validate(length(max = 1024))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetStatePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETSTATEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETSTATEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The state id. One of Meltano's form `{env}:{extractor}-to-{loader}[:suffix]` must have the path's env as its env part; any other (as `meltano el --state-id` accepts) lives in whichever environment it is written to.
    #[validate(
                        length(min = 1, max = 900),
                          regex(path = *RE_GETSTATEPATHPARAMS_STATE_ID),
            )]
    pub state_id: String,
}

lazy_static::lazy_static! {
    static ref RE_GETSTATEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETSTATEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETSTATEPATHPARAMS_STATE_ID: regex::Regex = regex::Regex::new("^[A-Za-z0-9_][!-.0-~]{0,899}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ImportStatesPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_IMPORTSTATESPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_IMPORTSTATESPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_IMPORTSTATESPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_IMPORTSTATESPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ImportStatesQueryParams {
    /// Require the state value to carry a `singer_state` object, as Meltano does. `false` opts out.
    #[serde(rename = "validate")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validate: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListStatesPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTSTATESPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTSTATESPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTSTATESPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTSTATESPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListStatesQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTSTATESQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
    /// A glob pattern (`*` and `?`) that state ids must match, as `meltano state list --pattern`.
    #[serde(rename = "filter")]
    #[validate(length(max = 255))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_LISTSTATESQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MergeStatePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_MERGESTATEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_MERGESTATEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The state id. One of Meltano's form `{env}:{extractor}-to-{loader}[:suffix]` must have the path's env as its env part; any other (as `meltano el --state-id` accepts) lives in whichever environment it is written to.
    #[validate(
                        length(min = 1, max = 900),
                          regex(path = *RE_MERGESTATEPATHPARAMS_STATE_ID),
            )]
    pub state_id: String,
}

lazy_static::lazy_static! {
    static ref RE_MERGESTATEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_MERGESTATEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_MERGESTATEPATHPARAMS_STATE_ID: regex::Regex = regex::Regex::new("^[A-Za-z0-9_][!-.0-~]{0,899}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MergeStateQueryParams {
    /// Require the state value to carry a `singer_state` object, as Meltano does. `false` opts out.
    #[serde(rename = "validate")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validate: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MoveStatePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_MOVESTATEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_MOVESTATEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The state id. One of Meltano's form `{env}:{extractor}-to-{loader}[:suffix]` must have the path's env as its env part; any other (as `meltano el --state-id` accepts) lives in whichever environment it is written to.
    #[validate(
                        length(min = 1, max = 900),
                          regex(path = *RE_MOVESTATEPATHPARAMS_STATE_ID),
            )]
    pub state_id: String,
}

lazy_static::lazy_static! {
    static ref RE_MOVESTATEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_MOVESTATEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_MOVESTATEPATHPARAMS_STATE_ID: regex::Regex = regex::Regex::new("^[A-Za-z0-9_][!-.0-~]{0,899}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SetStateHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SetStatePathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_SETSTATEPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_SETSTATEPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The state id. One of Meltano's form `{env}:{extractor}-to-{loader}[:suffix]` must have the path's env as its env part; any other (as `meltano el --state-id` accepts) lives in whichever environment it is written to.
    #[validate(
                        length(min = 1, max = 900),
                          regex(path = *RE_SETSTATEPATHPARAMS_STATE_ID),
            )]
    pub state_id: String,
}

lazy_static::lazy_static! {
    static ref RE_SETSTATEPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SETSTATEPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SETSTATEPATHPARAMS_STATE_ID: regex::Regex = regex::Regex::new("^[A-Za-z0-9_][!-.0-~]{0,899}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SetStateQueryParams {
    /// Require the state value to carry a `singer_state` object, as Meltano does. `false` opts out.
    #[serde(rename = "validate")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validate: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateTestHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATETESTHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATETESTHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateTestPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATETESTPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATETESTPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATETESTPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_CREATETESTPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetTestPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETTESTPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETTESTPATHPARAMS_ENV),
            )]
    pub env: String,
    /// The test run's id.
    pub test: uuid::Uuid,
}

lazy_static::lazy_static! {
    static ref RE_GETTESTPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETTESTPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListTestsPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTTESTSPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The environment's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTTESTSPATHPARAMS_ENV),
            )]
    pub env: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTTESTSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTTESTSPATHPARAMS_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListTestsQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTTESTSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_LISTTESTSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateWebhookPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_CREATEWEBHOOKPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATEWEBHOOKPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteWebhookHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteWebhookPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETEWEBHOOKPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The webhook's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_DELETEWEBHOOKPATHPARAMS_WEBHOOK),
            )]
    pub webhook: String,
}

lazy_static::lazy_static! {
    static ref RE_DELETEWEBHOOKPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_DELETEWEBHOOKPATHPARAMS_WEBHOOK: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetWebhookHeaderParams {
    #[validate(length(max = 1024))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetWebhookPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETWEBHOOKPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The webhook's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_GETWEBHOOKPATHPARAMS_WEBHOOK),
            )]
    pub webhook: String,
}

lazy_static::lazy_static! {
    static ref RE_GETWEBHOOKPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_GETWEBHOOKPATHPARAMS_WEBHOOK: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWebhookDeliveriesPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTWEBHOOKDELIVERIESPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The webhook's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTWEBHOOKDELIVERIESPATHPARAMS_WEBHOOK),
            )]
    pub webhook: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTWEBHOOKDELIVERIESPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTWEBHOOKDELIVERIESPATHPARAMS_WEBHOOK: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWebhookDeliveriesQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTWEBHOOKDELIVERIESQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
    /// Only deliveries in this status.
    #[serde(rename = "status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::DeliveryStatus>,
}

lazy_static::lazy_static! {
    static ref RE_LISTWEBHOOKDELIVERIESQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWebhooksPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_LISTWEBHOOKSPATHPARAMS_PROJECT),
            )]
    pub project: String,
}

lazy_static::lazy_static! {
    static ref RE_LISTWEBHOOKSPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWebhooksQueryParams {
    /// The most items to answer with. Default 50, maximum 1000.
    #[serde(rename = "page_size")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// The `next_page_token` of the previous page. Opaque; a token that was not issued by this server is a `400`.
    #[serde(rename = "page_token")]
    #[validate(
                        length(max = 512),
                          regex(path = *RE_LISTWEBHOOKSQUERYPARAMS_PAGE_TOKEN),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_LISTWEBHOOKSQUERYPARAMS_PAGE_TOKEN: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]*$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchWebhookHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PatchWebhookPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHWEBHOOKPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The webhook's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_PATCHWEBHOOKPATHPARAMS_WEBHOOK),
            )]
    pub webhook: String,
}

lazy_static::lazy_static! {
    static ref RE_PATCHWEBHOOKPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PATCHWEBHOOKPATHPARAMS_WEBHOOK: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplaceWebhookHeaderParams {
    #[validate(length(max = 1024))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplaceWebhookPathParams {
    /// The project's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACEWEBHOOKPATHPARAMS_PROJECT),
            )]
    pub project: String,
    /// The webhook's name.
    #[validate(
                        length(min = 1, max = 63),
                          regex(path = *RE_REPLACEWEBHOOKPATHPARAMS_WEBHOOK),
            )]
    pub webhook: String,
}

lazy_static::lazy_static! {
    static ref RE_REPLACEWEBHOOKPATHPARAMS_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_REPLACEWEBHOOKPATHPARAMS_WEBHOOK: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

/// One write accepted by the API.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuditEvent {
    /// A UUIDv7; later events sort after earlier ones.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "time")]
    pub time: chrono::DateTime<chrono::Utc>,

    /// The name of the token that made the write; `null` when the server asks for no token (loopback only, its default).
    #[serde(rename = "actor")]
    #[validate(
            length(min = 1, max = 64),
            regex(path = *RE_AUDITEVENT_ACTOR),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<Nullable<String>>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "method")]
    #[validate(custom(function = "check_xss_string"))]
    pub method: String,

    /// An operation's `operationId` in this document.
    #[serde(rename = "operation")]
    #[validate(
            length(min = 1, max = 64),
            regex(path = *RE_AUDITEVENT_OPERATION),
          custom(function = "check_xss_string"),
    )]
    pub operation: String,

    /// The request's path, without its query.
    #[serde(rename = "path")]
    #[validate(length(max = 2048), custom(function = "check_xss_string"))]
    pub path: String,

    /// The request's `X-Request-Id`.
    #[serde(rename = "request_id")]
    #[validate(length(max = 128), custom(function = "check_xss_string"))]
    pub request_id: String,
}

lazy_static::lazy_static! {
    static ref RE_AUDITEVENT_ACTOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9._@:-]{1,64}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_AUDITEVENT_OPERATION: regex::Regex = regex::Regex::new("^[a-zA-Z][a-zA-Z0-9]{0,63}$").unwrap();
}

impl AuditEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        time: chrono::DateTime<chrono::Utc>,
        method: String,
        operation: String,
        path: String,
        request_id: String,
    ) -> AuditEvent {
        AuditEvent {
            id,
            time,
            actor: None,
            method,
            operation,
            path,
            request_id,
        }
    }
}

/// Converts the AuditEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for AuditEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping time in query parameter serialization
            self.actor.as_ref().map(|actor| {
                [
                    "actor".to_string(),
                    actor.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("method".to_string()),
            Some(self.method.to_string()),
            Some("operation".to_string()),
            Some(self.operation.to_string()),
            Some("path".to_string()),
            Some(self.path.to_string()),
            Some("request_id".to_string()),
            Some(self.request_id.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AuditEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AuditEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub time: Vec<chrono::DateTime<chrono::Utc>>,
            pub actor: Vec<String>,
            pub method: Vec<String>,
            pub operation: Vec<String>,
            pub path: Vec<String>,
            pub request_id: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AuditEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "time" => intermediate_rep.time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "actor" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in AuditEvent"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "operation" => intermediate_rep.operation.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "path" => intermediate_rep.path.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "request_id" => intermediate_rep.request_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing AuditEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AuditEvent {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in AuditEvent".to_string())?,
            time: intermediate_rep
                .time
                .into_iter()
                .next()
                .ok_or_else(|| "time missing in AuditEvent".to_string())?,
            actor: std::result::Result::Err(
                "Nullable types not supported in AuditEvent".to_string(),
            )?,
            method: intermediate_rep
                .method
                .into_iter()
                .next()
                .ok_or_else(|| "method missing in AuditEvent".to_string())?,
            operation: intermediate_rep
                .operation
                .into_iter()
                .next()
                .ok_or_else(|| "operation missing in AuditEvent".to_string())?,
            path: intermediate_rep
                .path
                .into_iter()
                .next()
                .ok_or_else(|| "path missing in AuditEvent".to_string())?,
            request_id: intermediate_rep
                .request_id
                .into_iter()
                .next()
                .ok_or_else(|| "request_id missing in AuditEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AuditEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<AuditEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AuditEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for AuditEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<AuditEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AuditEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into AuditEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuditEventList {
    #[serde(rename = "events")]
    #[validate(length(max = 1000), nested)]
    pub events: Vec<models::AuditEvent>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl AuditEventList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(events: Vec<models::AuditEvent>) -> AuditEventList {
        AuditEventList {
            events,
            next_page_token: None,
        }
    }
}

/// Converts the AuditEventList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for AuditEventList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping events in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AuditEventList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AuditEventList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub events: Vec<Vec<models::AuditEvent>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AuditEventList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "events" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in AuditEventList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing AuditEventList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AuditEventList {
            events: intermediate_rep
                .events
                .into_iter()
                .next()
                .ok_or_else(|| "events missing in AuditEventList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AuditEventList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<AuditEventList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AuditEventList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for AuditEventList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<AuditEventList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AuditEventList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into AuditEventList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A setting's value resolved for the environment, and where it came from.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ConfigValue {
    #[serde(rename = "name")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    pub name: String,

    /// The value (any JSON value), absent when `redacted`.
    #[serde(rename = "value")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<crate::types::Object>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "source")]
    #[validate(custom(function = "check_xss_string"))]
    pub source: String,

    /// The value is sensitive and not shown.
    #[serde(rename = "redacted")]
    pub redacted: bool,
}

impl ConfigValue {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, source: String, redacted: bool) -> ConfigValue {
        ConfigValue {
            name,
            value: None,
            source,
            redacted,
        }
    }
}

/// Converts the ConfigValue value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ConfigValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            // Skipping value in query parameter serialization
            Some("source".to_string()),
            Some(self.source.to_string()),
            Some("redacted".to_string()),
            Some(self.redacted.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ConfigValue value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ConfigValue {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub value: Vec<crate::types::Object>,
            pub source: Vec<String>,
            pub redacted: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ConfigValue".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "value" => intermediate_rep.value.push(
                        <crate::types::Object as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "source" => intermediate_rep.source.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "redacted" => intermediate_rep.redacted.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ConfigValue".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ConfigValue {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in ConfigValue".to_string())?,
            value: intermediate_rep.value.into_iter().next(),
            source: intermediate_rep
                .source
                .into_iter()
                .next()
                .ok_or_else(|| "source missing in ConfigValue".to_string())?,
            redacted: intermediate_rep
                .redacted
                .into_iter()
                .next()
                .ok_or_else(|| "redacted missing in ConfigValue".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ConfigValue> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ConfigValue>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ConfigValue>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ConfigValue - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ConfigValue> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ConfigValue as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ConfigValue - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `PENDING`: not yet answered `2xx` and still to be attempted; `DELIVERED`: answered `2xx`; `FAILED`: every attempt failed.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum DeliveryStatus {
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "DELIVERED")]
    Delivered,
    #[serde(rename = "FAILED")]
    Failed,
}

impl validator::Validate for DeliveryStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for DeliveryStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            DeliveryStatus::Pending => write!(f, "PENDING"),
            DeliveryStatus::Delivered => write!(f, "DELIVERED"),
            DeliveryStatus::Failed => write!(f, "FAILED"),
        }
    }
}

impl std::str::FromStr for DeliveryStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "PENDING" => std::result::Result::Ok(DeliveryStatus::Pending),
            "DELIVERED" => std::result::Result::Ok(DeliveryStatus::Delivered),
            "FAILED" => std::result::Result::Ok(DeliveryStatus::Failed),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// Free text for people (any characters but NUL).
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Description(pub String);

impl validator::Validate for Description {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for Description {
    fn from(x: String) -> Self {
        Description(x)
    }
}

impl std::fmt::Display for Description {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for Description {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(Description(x.to_string()))
    }
}

impl std::convert::From<Description> for String {
    fn from(x: Description) -> Self {
        x.0
    }
}

impl std::ops::Deref for Description {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for Description {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

/// The entity tag of this version of the resource.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ETag(pub String);

impl validator::Validate for ETag {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for ETag {
    fn from(x: String) -> Self {
        ETag(x)
    }
}

impl std::fmt::Display for ETag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for ETag {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(ETag(x.to_string()))
    }
}

impl std::convert::From<ETag> for String {
    fn from(x: ETag) -> Self {
        x.0
    }
}

impl std::ops::Deref for ETag {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for ETag {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

/// An environment of a project, as `environments[]` in `meltano.yml`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Env {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_ENV_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,

    /// Free text for people (any characters but NUL).
    #[serde(rename = "description")]
    #[validate(
            length(max = 2000),
            regex(path = *RE_ENV_DESCRIPTION),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    /// Environment variables passed to plugins, as in `meltano.yml`'s `env`.
    #[serde(rename = "env")]
    #[validate(length(max = 500), custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<std::collections::HashMap<String, String>>,

    /// Appended to the state ids of runs in this environment, as `state_id_suffix` in `meltano.yml`.
    #[serde(rename = "state_id_suffix")]
    #[validate(
            length(max = 63),
            regex(path = *RE_ENV_STATE_ID_SUFFIX),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_id_suffix: Option<Nullable<String>>,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_ENV_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_ENV_DESCRIPTION: regex::Regex = regex::Regex::new("^[^\\x00]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_ENV_STATE_ID_SUFFIX: regex::Regex = regex::Regex::new("^[A-Za-z0-9_.-]{1,63}$").unwrap();
}

impl Env {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String) -> Env {
        Env {
            name,
            description: None,
            env: None,
            state_id_suffix: None,
            create_time: None,
            update_time: None,
            etag: None,
        }
    }
}

/// Converts the Env value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
            // Skipping env in query parameter serialization
            self.state_id_suffix.as_ref().map(|state_id_suffix| {
                [
                    "state_id_suffix".to_string(),
                    state_id_suffix
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Env value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Env {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub description: Vec<String>,
            pub env: Vec<std::collections::HashMap<String, String>>,
            pub state_id_suffix: Vec<String>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err("Missing value while parsing Env".to_string());
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Env".to_string(),
                        );
                    }
                    "state_id_suffix" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Env"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Env".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Env {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Env".to_string())?,
            description: intermediate_rep.description.into_iter().next(),
            env: intermediate_rep.env.into_iter().next(),
            state_id_suffix: std::result::Result::Err(
                "Nullable types not supported in Env".to_string(),
            )?,
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Env> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Env>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Env>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Env - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Env> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Env as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Env - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// This environment's extras of the plugin, each over the plugin's own, as `environments[].config.plugins.<type>[]` in `meltano.yml` holds them beside `config`; `env` is over every other variable the plugin gets.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct EnvExtras {
    #[serde(rename = "select")]
    #[validate(length(max = 1000), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub select: Option<Vec<String>>,

    #[serde(rename = "select_filter")]
    #[validate(length(max = 1000), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub select_filter: Option<Vec<String>>,

    /// A JSON object of any shape.
    #[serde(rename = "metadata")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// A JSON object of any shape.
    #[serde(rename = "schema")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<std::collections::HashMap<String, crate::types::Object>>,

    #[serde(rename = "load_schema")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub load_schema: Option<String>,

    /// Environment variables passed to plugins, as in `meltano.yml`'s `env`.
    #[serde(rename = "env")]
    #[validate(length(max = 500), custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<std::collections::HashMap<String, String>>,
}

impl EnvExtras {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> EnvExtras {
        EnvExtras {
            select: None,
            select_filter: None,
            metadata: None,
            schema: None,
            load_schema: None,
            env: None,
        }
    }
}

/// Converts the EnvExtras value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for EnvExtras {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.select.as_ref().map(|select| {
                [
                    "select".to_string(),
                    select
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.select_filter.as_ref().map(|select_filter| {
                [
                    "select_filter".to_string(),
                    select_filter
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping metadata in query parameter serialization
            // Skipping metadata in query parameter serialization

            // Skipping schema in query parameter serialization
            // Skipping schema in query parameter serialization
            self.load_schema
                .as_ref()
                .map(|load_schema| ["load_schema".to_string(), load_schema.to_string()].join(",")),
            // Skipping env in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EnvExtras value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EnvExtras {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub select: Vec<Vec<String>>,
            pub select_filter: Vec<Vec<String>>,
            pub metadata: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub schema: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub load_schema: Vec<String>,
            pub env: Vec<std::collections::HashMap<String, String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing EnvExtras".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "select" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in EnvExtras"
                                .to_string(),
                        );
                    }
                    "select_filter" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in EnvExtras"
                                .to_string(),
                        );
                    }
                    "metadata" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in EnvExtras"
                                .to_string(),
                        );
                    }
                    "schema" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in EnvExtras"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "load_schema" => intermediate_rep.load_schema.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in EnvExtras"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing EnvExtras".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EnvExtras {
            select: intermediate_rep.select.into_iter().next(),
            select_filter: intermediate_rep.select_filter.into_iter().next(),
            metadata: intermediate_rep.metadata.into_iter().next(),
            schema: intermediate_rep.schema.into_iter().next(),
            load_schema: intermediate_rep.load_schema.into_iter().next(),
            env: intermediate_rep.env.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EnvExtras> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<EnvExtras>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EnvExtras>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for EnvExtras - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<EnvExtras> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EnvExtras as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into EnvExtras - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct EnvList {
    #[serde(rename = "envs")]
    #[validate(length(max = 1000), nested)]
    pub envs: Vec<models::Env>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl EnvList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(envs: Vec<models::Env>) -> EnvList {
        EnvList {
            envs,
            next_page_token: None,
        }
    }
}

/// Converts the EnvList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for EnvList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping envs in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EnvList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EnvList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub envs: Vec<Vec<models::Env>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing EnvList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "envs" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in EnvList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing EnvList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EnvList {
            envs: intermediate_rep
                .envs
                .into_iter()
                .next()
                .ok_or_else(|| "envs missing in EnvList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EnvList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<EnvList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EnvList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for EnvList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<EnvList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EnvList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into EnvList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A JSON Merge Patch of an environment's writable fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct EnvPatch {
    #[serde(rename = "description")]
    #[validate(
            length(max = 2000),
            regex(path = *RE_ENVPATCH_DESCRIPTION),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Nullable<String>>,

    /// Variables to set (merged into the current ones); `null` removes them all. To remove one variable, Replace the resource.
    #[serde(rename = "env")]
    #[validate(length(max = 500))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<Nullable<std::collections::HashMap<String, String>>>,

    #[serde(rename = "state_id_suffix")]
    #[validate(
            length(max = 63),
            regex(path = *RE_ENVPATCH_STATE_ID_SUFFIX),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_id_suffix: Option<Nullable<String>>,
}

lazy_static::lazy_static! {
    static ref RE_ENVPATCH_DESCRIPTION: regex::Regex = regex::Regex::new("^[^\\x00]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_ENVPATCH_STATE_ID_SUFFIX: regex::Regex = regex::Regex::new("^[A-Za-z0-9_.-]{1,63}$").unwrap();
}

impl EnvPatch {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> EnvPatch {
        EnvPatch {
            description: None,
            env: None,
            state_id_suffix: None,
        }
    }
}

/// Converts the EnvPatch value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for EnvPatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping env in query parameter serialization
            self.state_id_suffix.as_ref().map(|state_id_suffix| {
                [
                    "state_id_suffix".to_string(),
                    state_id_suffix
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EnvPatch value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EnvPatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub description: Vec<String>,
            pub env: Vec<std::collections::HashMap<String, String>>,
            pub state_id_suffix: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing EnvPatch".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "description" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in EnvPatch"
                                .to_string(),
                        );
                    }
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in EnvPatch"
                                .to_string(),
                        );
                    }
                    "state_id_suffix" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in EnvPatch"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing EnvPatch".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EnvPatch {
            description: std::result::Result::Err(
                "Nullable types not supported in EnvPatch".to_string(),
            )?,
            env: std::result::Result::Err("Nullable types not supported in EnvPatch".to_string())?,
            state_id_suffix: std::result::Result::Err(
                "Nullable types not supported in EnvPatch".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EnvPatch> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<EnvPatch>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EnvPatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for EnvPatch - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<EnvPatch> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EnvPatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into EnvPatch - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// An environment as sent to Replace; `name` is output-only here (the path names the resource; renames are not supported).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct EnvReplace {
    /// Output-only here: the path names the resource.
    #[serde(rename = "name")]
    #[validate(
            length(max = 63),
            regex(path = *RE_ENVREPLACE_NAME),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Free text for people (any characters but NUL).
    #[serde(rename = "description")]
    #[validate(
            length(max = 2000),
            regex(path = *RE_ENVREPLACE_DESCRIPTION),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    /// Environment variables passed to plugins, as in `meltano.yml`'s `env`.
    #[serde(rename = "env")]
    #[validate(length(max = 500), custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<std::collections::HashMap<String, String>>,

    #[serde(rename = "state_id_suffix")]
    #[validate(
            length(max = 63),
            regex(path = *RE_ENVREPLACE_STATE_ID_SUFFIX),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_id_suffix: Option<Nullable<String>>,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_ENVREPLACE_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_ENVREPLACE_DESCRIPTION: regex::Regex = regex::Regex::new("^[^\\x00]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_ENVREPLACE_STATE_ID_SUFFIX: regex::Regex = regex::Regex::new("^[A-Za-z0-9_.-]{1,63}$").unwrap();
}

impl EnvReplace {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> EnvReplace {
        EnvReplace {
            name: None,
            description: None,
            env: None,
            state_id_suffix: None,
            create_time: None,
            update_time: None,
            etag: None,
        }
    }
}

/// Converts the EnvReplace value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for EnvReplace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
            // Skipping env in query parameter serialization
            self.state_id_suffix.as_ref().map(|state_id_suffix| {
                [
                    "state_id_suffix".to_string(),
                    state_id_suffix
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EnvReplace value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EnvReplace {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub description: Vec<String>,
            pub env: Vec<std::collections::HashMap<String, String>>,
            pub state_id_suffix: Vec<String>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing EnvReplace".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in EnvReplace"
                                .to_string(),
                        );
                    }
                    "state_id_suffix" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in EnvReplace"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing EnvReplace".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EnvReplace {
            name: intermediate_rep.name.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            env: intermediate_rep.env.into_iter().next(),
            state_id_suffix: std::result::Result::Err(
                "Nullable types not supported in EnvReplace".to_string(),
            )?,
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EnvReplace> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<EnvReplace>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EnvReplace>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for EnvReplace - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<EnvReplace> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EnvReplace as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into EnvReplace - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A named list of tasks, as `jobs[]` in `meltano.yml`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Job {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_JOB_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,

    #[serde(rename = "tasks")]
    #[validate(nested)]
    pub tasks: models::Tasks,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_JOB_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl Job {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, tasks: models::Tasks) -> Job {
        Job {
            name,
            tasks,
            create_time: None,
            update_time: None,
            etag: None,
        }
    }
}

/// Converts the Job value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            // Skipping tasks in query parameter serialization

            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Job value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Job {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub tasks: Vec<models::Tasks>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err("Missing value while parsing Job".to_string());
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "tasks" => intermediate_rep.tasks.push(
                        <models::Tasks as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Job".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Job {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Job".to_string())?,
            tasks: intermediate_rep
                .tasks
                .into_iter()
                .next()
                .ok_or_else(|| "tasks missing in Job".to_string())?,
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Job> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Job>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Job>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Job - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Job> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Job as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Job - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct JobList {
    #[serde(rename = "jobs")]
    #[validate(length(max = 1000), nested)]
    pub jobs: Vec<models::Job>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl JobList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(jobs: Vec<models::Job>) -> JobList {
        JobList {
            jobs,
            next_page_token: None,
        }
    }
}

/// Converts the JobList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping jobs in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub jobs: Vec<Vec<models::Job>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "jobs" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in JobList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobList {
            jobs: intermediate_rep
                .jobs
                .into_iter()
                .next()
                .ok_or_else(|| "jobs missing in JobList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct JobPatch {
    #[serde(rename = "tasks")]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tasks: Option<models::Tasks>,
}

impl JobPatch {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> JobPatch {
        JobPatch { tasks: None }
    }
}

/// Converts the JobPatch value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobPatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping tasks in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobPatch value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobPatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub tasks: Vec<models::Tasks>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobPatch".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "tasks" => intermediate_rep.tasks.push(
                        <models::Tasks as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobPatch".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobPatch {
            tasks: intermediate_rep.tasks.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobPatch> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobPatch>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobPatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobPatch - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobPatch> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobPatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobPatch - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct JobReplace {
    /// Output-only here: the path names the resource.
    #[serde(rename = "name")]
    #[validate(
            length(max = 63),
            regex(path = *RE_JOBREPLACE_NAME),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    #[serde(rename = "tasks")]
    #[validate(nested)]
    pub tasks: models::Tasks,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_JOBREPLACE_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl JobReplace {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(tasks: models::Tasks) -> JobReplace {
        JobReplace {
            name: None,
            tasks,
            create_time: None,
            update_time: None,
            etag: None,
        }
    }
}

/// Converts the JobReplace value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobReplace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            // Skipping tasks in query parameter serialization

            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobReplace value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobReplace {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub tasks: Vec<models::Tasks>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobReplace".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "tasks" => intermediate_rep.tasks.push(
                        <models::Tasks as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobReplace".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobReplace {
            name: intermediate_rep.name.into_iter().next(),
            tasks: intermediate_rep
                .tasks
                .into_iter()
                .next()
                .ok_or_else(|| "tasks missing in JobReplace".to_string())?,
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobReplace> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobReplace>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobReplace>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobReplace - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobReplace> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobReplace as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobReplace - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct JobState {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "job")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_JOBSTATE_JOB),
          custom(function = "check_xss_string"),
    )]
    pub job: String,

    #[serde(rename = "states")]
    #[validate(length(max = 100), nested)]
    pub states: Vec<models::State>,
}

lazy_static::lazy_static! {
    static ref RE_JOBSTATE_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl JobState {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(job: String, states: Vec<models::State>) -> JobState {
        JobState { job, states }
    }
}

/// Converts the JobState value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("job".to_string()),
            Some(self.job.to_string()),
            // Skipping states in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobState value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobState {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub job: Vec<String>,
            pub states: Vec<Vec<models::State>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobState".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "job" => intermediate_rep.job.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "states" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in JobState"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobState".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobState {
            job: intermediate_rep
                .job
                .into_iter()
                .next()
                .ok_or_else(|| "job missing in JobState".to_string())?,
            states: intermediate_rep
                .states
                .into_iter()
                .next()
                .ok_or_else(|| "states missing in JobState".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobState> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobState>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobState>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobState - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobState> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobState as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobState - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `DELETED` for a soft-deleted resource.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum LifecycleState {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DELETED")]
    Deleted,
}

impl validator::Validate for LifecycleState {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for LifecycleState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            LifecycleState::Active => write!(f, "ACTIVE"),
            LifecycleState::Deleted => write!(f, "DELETED"),
        }
    }
}

impl std::str::FromStr for LifecycleState {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "ACTIVE" => std::result::Result::Ok(LifecycleState::Active),
            "DELETED" => std::result::Result::Ok(LifecycleState::Deleted),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LogLine {
    #[serde(rename = "seq")]
    #[validate(range(min = 0u64, max = 9007199254740991u64))]
    pub seq: u64,

    #[serde(rename = "time")]
    pub time: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "block")]
    #[validate(length(max = 4096), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block: Option<String>,

    #[serde(rename = "plugin")]
    #[validate(length(max = 63), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plugin: Option<String>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "stream")]
    #[validate(custom(function = "check_xss_string"))]
    pub stream: String,

    #[serde(rename = "text")]
    #[validate(length(max = 65536), custom(function = "check_xss_string"))]
    pub text: String,
}

impl LogLine {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        seq: u64,
        time: chrono::DateTime<chrono::Utc>,
        stream: String,
        text: String,
    ) -> LogLine {
        LogLine {
            seq,
            time,
            block: None,
            plugin: None,
            stream,
            text,
        }
    }
}

/// Converts the LogLine value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for LogLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("seq".to_string()),
            Some(self.seq.to_string()),
            // Skipping time in query parameter serialization
            self.block
                .as_ref()
                .map(|block| ["block".to_string(), block.to_string()].join(",")),
            self.plugin
                .as_ref()
                .map(|plugin| ["plugin".to_string(), plugin.to_string()].join(",")),
            Some("stream".to_string()),
            Some(self.stream.to_string()),
            Some("text".to_string()),
            Some(self.text.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LogLine value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LogLine {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub seq: Vec<u64>,
            pub time: Vec<chrono::DateTime<chrono::Utc>>,
            pub block: Vec<String>,
            pub plugin: Vec<String>,
            pub stream: Vec<String>,
            pub text: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing LogLine".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "seq" => intermediate_rep.seq.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "time" => intermediate_rep.time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "block" => intermediate_rep.block.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "plugin" => intermediate_rep.plugin.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "stream" => intermediate_rep.stream.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "text" => intermediate_rep.text.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing LogLine".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LogLine {
            seq: intermediate_rep
                .seq
                .into_iter()
                .next()
                .ok_or_else(|| "seq missing in LogLine".to_string())?,
            time: intermediate_rep
                .time
                .into_iter()
                .next()
                .ok_or_else(|| "time missing in LogLine".to_string())?,
            block: intermediate_rep.block.into_iter().next(),
            plugin: intermediate_rep.plugin.into_iter().next(),
            stream: intermediate_rep
                .stream
                .into_iter()
                .next()
                .ok_or_else(|| "stream missing in LogLine".to_string())?,
            text: intermediate_rep
                .text
                .into_iter()
                .next()
                .ok_or_else(|| "text missing in LogLine".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LogLine> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<LogLine>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<LogLine>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for LogLine - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<LogLine> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <LogLine as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into LogLine - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LogLineList {
    #[serde(rename = "lines")]
    #[validate(length(max = 1000), nested)]
    pub lines: Vec<models::LogLine>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl LogLineList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(lines: Vec<models::LogLine>) -> LogLineList {
        LogLineList {
            lines,
            next_page_token: None,
        }
    }
}

/// Converts the LogLineList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for LogLineList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping lines in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LogLineList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LogLineList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub lines: Vec<Vec<models::LogLine>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing LogLineList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "lines" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in LogLineList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing LogLineList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LogLineList {
            lines: intermediate_rep
                .lines
                .into_iter()
                .next()
                .ok_or_else(|| "lines missing in LogLineList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LogLineList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<LogLineList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<LogLineList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for LogLineList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<LogLineList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <LogLineList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into LogLineList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// One mapping of a mapper.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Mapping {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_MAPPING_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,

    /// A plugin's settings by name. A name with dots (`api.key`) is nested in the config the plugin is given (`{\"api\": {\"key\": ...}}`), and either form may be written. Bounds, checked with `422` pointing at the offending key: a key is at most 256 bytes and 16 dot-separated parts, and values nest at most 32 levels deep (`x-meltano-max-key-bytes`, `x-meltano-max-key-parts`, `x-meltano-max-depth`). A sensitive setting's value reads back as `(redacted)`, whichever form holds it; writing `(redacted)` back keeps the stored value.
    #[serde(rename = "config")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<std::collections::HashMap<String, crate::types::Object>>,
}

lazy_static::lazy_static! {
    static ref RE_MAPPING_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl Mapping {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String) -> Mapping {
        Mapping { name, config: None }
    }
}

/// Converts the Mapping value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Mapping {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            // Skipping config in query parameter serialization
            // Skipping config in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Mapping value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Mapping {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub config: Vec<std::collections::HashMap<String, crate::types::Object>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Mapping".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "config" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Mapping"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Mapping".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Mapping {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Mapping".to_string())?,
            config: intermediate_rep.config.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Mapping> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Mapping>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Mapping>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Mapping - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Mapping> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Mapping as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Mapping - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The files of a Meltano project, as text.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MeltanoProject {
    /// The content of `meltano.yml`.
    #[serde(rename = "meltano_yml")]
    #[validate(length(min = 1, max = 1048576), custom(function = "check_xss_string"))]
    pub meltano_yml: String,

    /// The project's other files, by their path relative to the project folder: those `include_paths` names, the plugins' lock files (`plugins/<type>/<name>--<variant>.lock`), the `catalog` and `state` files plugins name, and `.env` (read on import, its values secrets; never exported).
    #[serde(rename = "files")]
    #[validate(length(max = 1000), custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<std::collections::HashMap<String, String>>,
}

impl MeltanoProject {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(meltano_yml: String) -> MeltanoProject {
        MeltanoProject {
            meltano_yml,
            files: None,
        }
    }
}

/// Converts the MeltanoProject value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for MeltanoProject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("meltano_yml".to_string()),
            Some(self.meltano_yml.to_string()),
            // Skipping files in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MeltanoProject value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MeltanoProject {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub meltano_yml: Vec<String>,
            pub files: Vec<std::collections::HashMap<String, String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing MeltanoProject".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "meltano_yml" => intermediate_rep.meltano_yml.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "files" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in MeltanoProject"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing MeltanoProject".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MeltanoProject {
            meltano_yml: intermediate_rep
                .meltano_yml
                .into_iter()
                .next()
                .ok_or_else(|| "meltano_yml missing in MeltanoProject".to_string())?,
            files: intermediate_rep.files.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MeltanoProject> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<MeltanoProject>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<MeltanoProject>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for MeltanoProject - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<MeltanoProject> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <MeltanoProject as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into MeltanoProject - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A `meltano.yml` as Meltano reads it. Keys the API does not know, at any level, are carried through from the imported project untouched.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MeltanoYml {
    /// Meltano's id of the project.
    #[serde(rename = "project_id")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,

    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "default_environment")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_MELTANOYML_DEFAULT_ENVIRONMENT),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_environment: Option<String>,

    /// The project's environment variables (secrets left out).
    #[serde(rename = "env")]
    #[validate(length(max = 500), custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<std::collections::HashMap<String, String>>,

    /// The plugins by type, each list in the project's order.
    #[serde(rename = "plugins")]
    #[validate(length(max = 8), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plugins:
        Option<std::collections::HashMap<String, Vec<models::MeltanoYmlPluginsValueInner>>>,

    #[serde(rename = "environments")]
    #[validate(length(max = 1000), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environments: Option<Vec<models::MeltanoYmlPluginsValueInner>>,

    #[serde(rename = "jobs")]
    #[validate(length(max = 10000), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jobs: Option<Vec<models::MeltanoYmlJobsInner>>,

    #[serde(rename = "schedules")]
    #[validate(length(max = 10000), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedules: Option<Vec<models::MeltanoYmlSchedulesInner>>,
}

lazy_static::lazy_static! {
    static ref RE_MELTANOYML_DEFAULT_ENVIRONMENT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl MeltanoYml {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> MeltanoYml {
        MeltanoYml {
            project_id: None,
            default_environment: None,
            env: None,
            plugins: None,
            environments: None,
            jobs: None,
            schedules: None,
        }
    }
}

/// Converts the MeltanoYml value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for MeltanoYml {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.project_id
                .as_ref()
                .map(|project_id| ["project_id".to_string(), project_id.to_string()].join(",")),
            self.default_environment
                .as_ref()
                .map(|default_environment| {
                    [
                        "default_environment".to_string(),
                        default_environment.to_string(),
                    ]
                    .join(",")
                }),
            // Skipping env in query parameter serialization

            // Skipping plugins in query parameter serialization
            // Skipping plugins in query parameter serialization

            // Skipping environments in query parameter serialization

            // Skipping jobs in query parameter serialization

            // Skipping schedules in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MeltanoYml value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MeltanoYml {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub project_id: Vec<String>,
            pub default_environment: Vec<String>,
            pub env: Vec<std::collections::HashMap<String, String>>,
            pub plugins:
                Vec<std::collections::HashMap<String, Vec<models::MeltanoYmlPluginsValueInner>>>,
            pub environments: Vec<Vec<models::MeltanoYmlPluginsValueInner>>,
            pub jobs: Vec<Vec<models::MeltanoYmlJobsInner>>,
            pub schedules: Vec<Vec<models::MeltanoYmlSchedulesInner>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing MeltanoYml".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "project_id" => intermediate_rep.project_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "default_environment" => intermediate_rep.default_environment.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in MeltanoYml"
                                .to_string(),
                        );
                    }
                    "plugins" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in MeltanoYml"
                                .to_string(),
                        );
                    }
                    "environments" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in MeltanoYml"
                                .to_string(),
                        );
                    }
                    "jobs" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in MeltanoYml"
                                .to_string(),
                        );
                    }
                    "schedules" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in MeltanoYml"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing MeltanoYml".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MeltanoYml {
            project_id: intermediate_rep.project_id.into_iter().next(),
            default_environment: intermediate_rep.default_environment.into_iter().next(),
            env: intermediate_rep.env.into_iter().next(),
            plugins: intermediate_rep.plugins.into_iter().next(),
            environments: intermediate_rep.environments.into_iter().next(),
            jobs: intermediate_rep.jobs.into_iter().next(),
            schedules: intermediate_rep.schedules.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MeltanoYml> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<MeltanoYml>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<MeltanoYml>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for MeltanoYml - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<MeltanoYml> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <MeltanoYml as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into MeltanoYml - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MeltanoYmlJobsInner {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_MELTANOYMLJOBSINNER_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,
}

lazy_static::lazy_static! {
    static ref RE_MELTANOYMLJOBSINNER_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl MeltanoYmlJobsInner {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String) -> MeltanoYmlJobsInner {
        MeltanoYmlJobsInner { name }
    }
}

/// Converts the MeltanoYmlJobsInner value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for MeltanoYmlJobsInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> =
            vec![Some("name".to_string()), Some(self.name.to_string())];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MeltanoYmlJobsInner value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MeltanoYmlJobsInner {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing MeltanoYmlJobsInner".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing MeltanoYmlJobsInner".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MeltanoYmlJobsInner {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in MeltanoYmlJobsInner".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MeltanoYmlJobsInner> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<MeltanoYmlJobsInner>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<MeltanoYmlJobsInner>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for MeltanoYmlJobsInner - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<MeltanoYmlJobsInner> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <MeltanoYmlJobsInner as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into MeltanoYmlJobsInner - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MeltanoYmlPluginsValueInner {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_MELTANOYMLPLUGINSVALUEINNER_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,
}

lazy_static::lazy_static! {
    static ref RE_MELTANOYMLPLUGINSVALUEINNER_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl MeltanoYmlPluginsValueInner {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String) -> MeltanoYmlPluginsValueInner {
        MeltanoYmlPluginsValueInner { name }
    }
}

/// Converts the MeltanoYmlPluginsValueInner value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for MeltanoYmlPluginsValueInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> =
            vec![Some("name".to_string()), Some(self.name.to_string())];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MeltanoYmlPluginsValueInner value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MeltanoYmlPluginsValueInner {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing MeltanoYmlPluginsValueInner".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing MeltanoYmlPluginsValueInner".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MeltanoYmlPluginsValueInner {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in MeltanoYmlPluginsValueInner".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MeltanoYmlPluginsValueInner> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<MeltanoYmlPluginsValueInner>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<MeltanoYmlPluginsValueInner>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for MeltanoYmlPluginsValueInner - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<MeltanoYmlPluginsValueInner> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <MeltanoYmlPluginsValueInner as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into MeltanoYmlPluginsValueInner - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MeltanoYmlSchedulesInner {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_MELTANOYMLSCHEDULESINNER_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,
}

lazy_static::lazy_static! {
    static ref RE_MELTANOYMLSCHEDULESINNER_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl MeltanoYmlSchedulesInner {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String) -> MeltanoYmlSchedulesInner {
        MeltanoYmlSchedulesInner { name }
    }
}

/// Converts the MeltanoYmlSchedulesInner value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for MeltanoYmlSchedulesInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> =
            vec![Some("name".to_string()), Some(self.name.to_string())];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MeltanoYmlSchedulesInner value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MeltanoYmlSchedulesInner {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing MeltanoYmlSchedulesInner".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing MeltanoYmlSchedulesInner".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MeltanoYmlSchedulesInner {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in MeltanoYmlSchedulesInner".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MeltanoYmlSchedulesInner> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<MeltanoYmlSchedulesInner>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<MeltanoYmlSchedulesInner>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for MeltanoYmlSchedulesInner - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<MeltanoYmlSchedulesInner> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <MeltanoYmlSchedulesInner as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into MeltanoYmlSchedulesInner - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Name(pub String);

impl validator::Validate for Name {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for Name {
    fn from(x: String) -> Self {
        Name(x)
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for Name {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(Name(x.to_string()))
    }
}

impl std::convert::From<Name> for String {
    fn from(x: Name) -> Self {
        x.0
    }
}

impl std::ops::Deref for Name {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for Name {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

/// Pass as `page_token` for the next page; absent on the last page.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct NextPageToken(pub String);

impl validator::Validate for NextPageToken {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for NextPageToken {
    fn from(x: String) -> Self {
        NextPageToken(x)
    }
}

impl std::fmt::Display for NextPageToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for NextPageToken {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(NextPageToken(x.to_string()))
    }
}

impl std::convert::From<NextPageToken> for String {
    fn from(x: NextPageToken) -> Self {
        x.0
    }
}

impl std::ops::Deref for NextPageToken {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for NextPageToken {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

/// An operation's `operationId` in this document.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OperationId(pub String);

impl validator::Validate for OperationId {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for OperationId {
    fn from(x: String) -> Self {
        OperationId(x)
    }
}

impl std::fmt::Display for OperationId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for OperationId {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(OperationId(x.to_string()))
    }
}

impl std::convert::From<OperationId> for String {
    fn from(x: OperationId) -> Self {
        x.0
    }
}

impl std::ops::Deref for OperationId {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for OperationId {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

/// A plugin of the project, seen through an environment. As Meltano runs it: config values expand `$VAR` and `${VAR}` from the project's `env`, the plugin's identity (`MELTANO_EXTRACTOR_NAME`, `_NAMESPACE`, `_VARIANT`), the plugin's `env`, the environment's `env` and, in a run, the earlier plugins' exported settings (never from the server's own environment); a setting is also read from `<PLUGIN>_<SETTING>` and `<NAMESPACE>_<SETTING>` there; and the plugin is started with its settings and extras exported as `<PLUGIN>_<SETTING>`, `<NAMESPACE>_<SETTING>` and `MELTANO_<VERB>_<SETTING>` (`MELTANO_EXTRACT__LOAD_SCHEMA`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Plugin {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_PLUGIN_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,

    #[serde(rename = "plugin_type")]
    #[validate(nested)]
    pub plugin_type: models::PluginType,

    #[serde(rename = "variant")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,

    #[serde(rename = "namespace")]
    #[validate(
            length(max = 255),
            regex(path = *RE_PLUGIN_NAMESPACE),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,

    #[serde(rename = "pip_url")]
    #[validate(length(max = 4096), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pip_url: Option<String>,

    #[serde(rename = "executable")]
    #[validate(length(max = 1024), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub executable: Option<String>,

    /// The plugin this one inherits its definition and config from.
    #[serde(rename = "inherit_from")]
    #[validate(
            length(max = 63),
            regex(path = *RE_PLUGIN_INHERIT_FROM),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherit_from: Option<Nullable<String>>,

    #[serde(rename = "capabilities")]
    #[validate(length(max = 50), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Vec<String>>,

    #[serde(rename = "commands")]
    #[validate(length(max = 100), custom(function = "check_xss_map_nested"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commands: Option<std::collections::HashMap<String, models::PluginCommand>>,

    /// Select rules, as `meltano select`.
    #[serde(rename = "select")]
    #[validate(length(max = 1000), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub select: Option<Vec<String>>,

    /// Streams to keep (`stream`) or drop (`!stream`) on top of `select`, as the `select_filter` extra; it only deselects.
    #[serde(rename = "select_filter")]
    #[validate(length(max = 1000), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub select_filter: Option<Vec<String>>,

    /// A JSON object of any shape.
    #[serde(rename = "metadata")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// A JSON object of any shape.
    #[serde(rename = "schema")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// Where loaders put this extractor's streams (the `load_schema` extra; default the extractor's namespace), given to the run as `MELTANO_EXTRACT__LOAD_SCHEMA`.
    #[serde(rename = "load_schema")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub load_schema: Option<String>,

    /// A catalog given instead of discovery (the `catalog` extra's file, as its JSON), taken as it is: as Meltano, only `select_filter` applies to it, not `select`, `metadata` or `schema`.
    #[serde(rename = "catalog")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalog: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// A Singer state given to every run instead of the stored one (the `state` extra's file, as its JSON).
    #[serde(rename = "state")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// Environment variables passed to plugins, as in `meltano.yml`'s `env`.
    #[serde(rename = "env")]
    #[validate(length(max = 500), custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<std::collections::HashMap<String, String>>,

    /// A mapper's mappings, as `mappings` in `meltano.yml`: a task names one (`tap-gitlab mask-emails target-jsonl`) to run the mapper with that mapping's config over its own. A mapping's name is unique among the project's plugins and mappings.
    #[serde(rename = "mappings")]
    #[validate(length(max = 100), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mappings: Option<Vec<models::Mapping>>,

    #[serde(rename = "settings")]
    #[validate(length(max = 500), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<models::SettingDefinition>>,

    /// A plugin's settings by name. A name with dots (`api.key`) is nested in the config the plugin is given (`{\"api\": {\"key\": ...}}`), and either form may be written. Bounds, checked with `422` pointing at the offending key: a key is at most 256 bytes and 16 dot-separated parts, and values nest at most 32 levels deep (`x-meltano-max-key-bytes`, `x-meltano-max-key-parts`, `x-meltano-max-depth`). A sensitive setting's value reads back as `(redacted)`, whichever form holds it; writing `(redacted)` back keeps the stored value.
    #[serde(rename = "config")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// A plugin's settings by name. A name with dots (`api.key`) is nested in the config the plugin is given (`{\"api\": {\"key\": ...}}`), and either form may be written. Bounds, checked with `422` pointing at the offending key: a key is at most 256 bytes and 16 dot-separated parts, and values nest at most 32 levels deep (`x-meltano-max-key-bytes`, `x-meltano-max-key-parts`, `x-meltano-max-depth`). A sensitive setting's value reads back as `(redacted)`, whichever form holds it; writing `(redacted)` back keeps the stored value.
    #[serde(rename = "env_config")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env_config: Option<std::collections::HashMap<String, crate::types::Object>>,

    #[serde(rename = "env_extras")]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env_extras: Option<models::EnvExtras>,

    /// Every setting resolved for this environment (environment over project over inherited over default); sensitive values are redacted.
    #[serde(rename = "resolved_config")]
    #[validate(length(max = 1000), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved_config: Option<Vec<models::ConfigValue>>,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_PLUGIN_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PLUGIN_NAMESPACE: regex::Regex = regex::Regex::new("^[A-Za-z_][A-Za-z0-9_]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PLUGIN_INHERIT_FROM: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl Plugin {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, plugin_type: models::PluginType) -> Plugin {
        Plugin {
            name,
            plugin_type,
            variant: None,
            namespace: None,
            pip_url: None,
            executable: None,
            inherit_from: None,
            capabilities: None,
            commands: None,
            select: None,
            select_filter: None,
            metadata: None,
            schema: None,
            load_schema: None,
            catalog: None,
            state: None,
            env: None,
            mappings: None,
            settings: None,
            config: None,
            env_config: None,
            env_extras: None,
            resolved_config: None,
            create_time: None,
            update_time: None,
            etag: None,
        }
    }
}

/// Converts the Plugin value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Plugin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            // Skipping plugin_type in query parameter serialization
            self.variant
                .as_ref()
                .map(|variant| ["variant".to_string(), variant.to_string()].join(",")),
            self.namespace
                .as_ref()
                .map(|namespace| ["namespace".to_string(), namespace.to_string()].join(",")),
            self.pip_url
                .as_ref()
                .map(|pip_url| ["pip_url".to_string(), pip_url.to_string()].join(",")),
            self.executable
                .as_ref()
                .map(|executable| ["executable".to_string(), executable.to_string()].join(",")),
            self.inherit_from.as_ref().map(|inherit_from| {
                [
                    "inherit_from".to_string(),
                    inherit_from
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.capabilities.as_ref().map(|capabilities| {
                [
                    "capabilities".to_string(),
                    capabilities
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping commands in query parameter serialization
            // Skipping commands in query parameter serialization
            self.select.as_ref().map(|select| {
                [
                    "select".to_string(),
                    select
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.select_filter.as_ref().map(|select_filter| {
                [
                    "select_filter".to_string(),
                    select_filter
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping metadata in query parameter serialization
            // Skipping metadata in query parameter serialization

            // Skipping schema in query parameter serialization
            // Skipping schema in query parameter serialization
            self.load_schema
                .as_ref()
                .map(|load_schema| ["load_schema".to_string(), load_schema.to_string()].join(",")),
            // Skipping catalog in query parameter serialization
            // Skipping catalog in query parameter serialization

            // Skipping state in query parameter serialization
            // Skipping state in query parameter serialization

            // Skipping env in query parameter serialization

            // Skipping mappings in query parameter serialization

            // Skipping settings in query parameter serialization

            // Skipping config in query parameter serialization
            // Skipping config in query parameter serialization

            // Skipping env_config in query parameter serialization
            // Skipping env_config in query parameter serialization

            // Skipping env_extras in query parameter serialization

            // Skipping resolved_config in query parameter serialization

            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Plugin value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Plugin {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub plugin_type: Vec<models::PluginType>,
            pub variant: Vec<String>,
            pub namespace: Vec<String>,
            pub pip_url: Vec<String>,
            pub executable: Vec<String>,
            pub inherit_from: Vec<String>,
            pub capabilities: Vec<Vec<String>>,
            pub commands: Vec<std::collections::HashMap<String, models::PluginCommand>>,
            pub select: Vec<Vec<String>>,
            pub select_filter: Vec<Vec<String>>,
            pub metadata: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub schema: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub load_schema: Vec<String>,
            pub catalog: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub state: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub env: Vec<std::collections::HashMap<String, String>>,
            pub mappings: Vec<Vec<models::Mapping>>,
            pub settings: Vec<Vec<models::SettingDefinition>>,
            pub config: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub env_config: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub env_extras: Vec<models::EnvExtras>,
            pub resolved_config: Vec<Vec<models::ConfigValue>>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Plugin".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "plugin_type" => intermediate_rep.plugin_type.push(
                        <models::PluginType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "variant" => intermediate_rep.variant.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "namespace" => intermediate_rep.namespace.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "pip_url" => intermediate_rep.pip_url.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "executable" => intermediate_rep.executable.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "inherit_from" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "capabilities" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "commands" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "select" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "select_filter" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "metadata" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "schema" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "load_schema" => intermediate_rep.load_schema.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "catalog" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "state" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "mappings" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "settings" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "config" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    "env_config" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "env_extras" => intermediate_rep.env_extras.push(
                        <models::EnvExtras as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "resolved_config" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Plugin"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Plugin".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Plugin {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Plugin".to_string())?,
            plugin_type: intermediate_rep
                .plugin_type
                .into_iter()
                .next()
                .ok_or_else(|| "plugin_type missing in Plugin".to_string())?,
            variant: intermediate_rep.variant.into_iter().next(),
            namespace: intermediate_rep.namespace.into_iter().next(),
            pip_url: intermediate_rep.pip_url.into_iter().next(),
            executable: intermediate_rep.executable.into_iter().next(),
            inherit_from: std::result::Result::Err(
                "Nullable types not supported in Plugin".to_string(),
            )?,
            capabilities: intermediate_rep.capabilities.into_iter().next(),
            commands: intermediate_rep.commands.into_iter().next(),
            select: intermediate_rep.select.into_iter().next(),
            select_filter: intermediate_rep.select_filter.into_iter().next(),
            metadata: intermediate_rep.metadata.into_iter().next(),
            schema: intermediate_rep.schema.into_iter().next(),
            load_schema: intermediate_rep.load_schema.into_iter().next(),
            catalog: intermediate_rep.catalog.into_iter().next(),
            state: intermediate_rep.state.into_iter().next(),
            env: intermediate_rep.env.into_iter().next(),
            mappings: intermediate_rep.mappings.into_iter().next(),
            settings: intermediate_rep.settings.into_iter().next(),
            config: intermediate_rep.config.into_iter().next(),
            env_config: intermediate_rep.env_config.into_iter().next(),
            env_extras: intermediate_rep.env_extras.into_iter().next(),
            resolved_config: intermediate_rep.resolved_config.into_iter().next(),
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Plugin> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Plugin>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Plugin>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Plugin - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Plugin> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Plugin as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Plugin - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A named command of the plugin, run as `plugin:command`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PluginCommand {
    #[serde(rename = "args")]
    #[validate(length(max = 4096), custom(function = "check_xss_string"))]
    pub args: String,

    /// Free text for people (any characters but NUL).
    #[serde(rename = "description")]
    #[validate(
            length(max = 2000),
            regex(path = *RE_PLUGINCOMMAND_DESCRIPTION),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    #[serde(rename = "executable")]
    #[validate(length(max = 1024), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub executable: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_PLUGINCOMMAND_DESCRIPTION: regex::Regex = regex::Regex::new("^[^\\x00]*$").unwrap();
}

impl PluginCommand {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(args: String) -> PluginCommand {
        PluginCommand {
            args,
            description: None,
            executable: None,
        }
    }
}

/// Converts the PluginCommand value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PluginCommand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("args".to_string()),
            Some(self.args.to_string()),
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
            self.executable
                .as_ref()
                .map(|executable| ["executable".to_string(), executable.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PluginCommand value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PluginCommand {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub args: Vec<String>,
            pub description: Vec<String>,
            pub executable: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PluginCommand".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "args" => intermediate_rep.args.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "executable" => intermediate_rep.executable.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PluginCommand".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PluginCommand {
            args: intermediate_rep
                .args
                .into_iter()
                .next()
                .ok_or_else(|| "args missing in PluginCommand".to_string())?,
            description: intermediate_rep.description.into_iter().next(),
            executable: intermediate_rep.executable.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PluginCommand> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PluginCommand>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PluginCommand>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PluginCommand - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PluginCommand> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PluginCommand as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PluginCommand - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PluginList {
    #[serde(rename = "plugins")]
    #[validate(length(max = 1000), nested)]
    pub plugins: Vec<models::Plugin>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl PluginList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(plugins: Vec<models::Plugin>) -> PluginList {
        PluginList {
            plugins,
            next_page_token: None,
        }
    }
}

/// Converts the PluginList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PluginList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping plugins in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PluginList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PluginList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub plugins: Vec<Vec<models::Plugin>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PluginList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "plugins" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PluginList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PluginList {
            plugins: intermediate_rep
                .plugins
                .into_iter()
                .next()
                .ok_or_else(|| "plugins missing in PluginList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PluginList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PluginList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PluginList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PluginList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PluginList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PluginList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PluginList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A JSON Merge Patch of a plugin's writable fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PluginPatch {
    #[serde(rename = "variant")]
    #[validate(length(max = 255))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<Nullable<String>>,

    #[serde(rename = "namespace")]
    #[validate(
            length(max = 255),
            regex(path = *RE_PLUGINPATCH_NAMESPACE),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<Nullable<String>>,

    #[serde(rename = "pip_url")]
    #[validate(length(max = 4096))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pip_url: Option<Nullable<String>>,

    #[serde(rename = "executable")]
    #[validate(length(max = 1024))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub executable: Option<Nullable<String>>,

    #[serde(rename = "inherit_from")]
    #[validate(
            length(max = 63),
            regex(path = *RE_PLUGINPATCH_INHERIT_FROM),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherit_from: Option<Nullable<String>>,

    #[serde(rename = "capabilities")]
    #[validate(length(max = 50))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Nullable<Vec<String>>>,

    #[serde(rename = "commands")]
    #[validate(length(max = 100))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commands: Option<Nullable<std::collections::HashMap<String, models::PluginCommand>>>,

    #[serde(rename = "select")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub select: Option<Nullable<Vec<String>>>,

    #[serde(rename = "select_filter")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub select_filter: Option<Nullable<Vec<String>>>,

    #[serde(rename = "metadata")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,

    #[serde(rename = "schema")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,

    #[serde(rename = "load_schema")]
    #[validate(length(max = 255))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub load_schema: Option<Nullable<String>>,

    #[serde(rename = "catalog")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalog: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,

    #[serde(rename = "state")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,

    #[serde(rename = "env")]
    #[validate(length(max = 500))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<Nullable<std::collections::HashMap<String, String>>>,

    #[serde(rename = "mappings")]
    #[validate(length(max = 100))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mappings: Option<Nullable<Vec<models::Mapping>>>,

    #[serde(rename = "settings")]
    #[validate(length(max = 500))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Nullable<Vec<models::SettingDefinition>>>,

    /// Merged into the plugin's config (bounds as in `PluginConfig`).
    #[serde(rename = "config")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,

    /// Merged into this environment's config of the plugin (bounds as in `PluginConfig`).
    #[serde(rename = "env_config")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env_config: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,

    /// Merged into this environment's extras of the plugin (the keys of `EnvExtras`).
    #[serde(rename = "env_extras")]
    #[validate(length(max = 6))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env_extras: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,
}

lazy_static::lazy_static! {
    static ref RE_PLUGINPATCH_NAMESPACE: regex::Regex = regex::Regex::new("^[A-Za-z_][A-Za-z0-9_]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PLUGINPATCH_INHERIT_FROM: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl PluginPatch {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> PluginPatch {
        PluginPatch {
            variant: None,
            namespace: None,
            pip_url: None,
            executable: None,
            inherit_from: None,
            capabilities: None,
            commands: None,
            select: None,
            select_filter: None,
            metadata: None,
            schema: None,
            load_schema: None,
            catalog: None,
            state: None,
            env: None,
            mappings: None,
            settings: None,
            config: None,
            env_config: None,
            env_extras: None,
        }
    }
}

/// Converts the PluginPatch value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PluginPatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.variant.as_ref().map(|variant| {
                [
                    "variant".to_string(),
                    variant
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.namespace.as_ref().map(|namespace| {
                [
                    "namespace".to_string(),
                    namespace
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.pip_url.as_ref().map(|pip_url| {
                [
                    "pip_url".to_string(),
                    pip_url
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.executable.as_ref().map(|executable| {
                [
                    "executable".to_string(),
                    executable
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.inherit_from.as_ref().map(|inherit_from| {
                [
                    "inherit_from".to_string(),
                    inherit_from
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.capabilities.as_ref().map(|capabilities| {
                [
                    "capabilities".to_string(),
                    capabilities.as_ref().map_or("null".to_string(), |x| {
                        x.iter()
                            .map(|x| x.to_string())
                            .collect::<Vec<_>>()
                            .join(",")
                    }),
                ]
                .join(",")
            }),
            // Skipping commands in query parameter serialization
            // Skipping commands in query parameter serialization
            self.select.as_ref().map(|select| {
                [
                    "select".to_string(),
                    select.as_ref().map_or("null".to_string(), |x| {
                        x.iter()
                            .map(|x| x.to_string())
                            .collect::<Vec<_>>()
                            .join(",")
                    }),
                ]
                .join(",")
            }),
            self.select_filter.as_ref().map(|select_filter| {
                [
                    "select_filter".to_string(),
                    select_filter.as_ref().map_or("null".to_string(), |x| {
                        x.iter()
                            .map(|x| x.to_string())
                            .collect::<Vec<_>>()
                            .join(",")
                    }),
                ]
                .join(",")
            }),
            // Skipping metadata in query parameter serialization
            // Skipping metadata in query parameter serialization

            // Skipping schema in query parameter serialization
            // Skipping schema in query parameter serialization
            self.load_schema.as_ref().map(|load_schema| {
                [
                    "load_schema".to_string(),
                    load_schema
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping catalog in query parameter serialization
            // Skipping catalog in query parameter serialization

            // Skipping state in query parameter serialization
            // Skipping state in query parameter serialization

            // Skipping env in query parameter serialization

            // Skipping mappings in query parameter serialization

            // Skipping settings in query parameter serialization

            // Skipping config in query parameter serialization
            // Skipping config in query parameter serialization

            // Skipping env_config in query parameter serialization
            // Skipping env_config in query parameter serialization

            // Skipping env_extras in query parameter serialization
            // Skipping env_extras in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PluginPatch value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PluginPatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub variant: Vec<String>,
            pub namespace: Vec<String>,
            pub pip_url: Vec<String>,
            pub executable: Vec<String>,
            pub inherit_from: Vec<String>,
            pub capabilities: Vec<Vec<String>>,
            pub commands: Vec<std::collections::HashMap<String, models::PluginCommand>>,
            pub select: Vec<Vec<String>>,
            pub select_filter: Vec<Vec<String>>,
            pub metadata: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub schema: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub load_schema: Vec<String>,
            pub catalog: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub state: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub env: Vec<std::collections::HashMap<String, String>>,
            pub mappings: Vec<Vec<models::Mapping>>,
            pub settings: Vec<Vec<models::SettingDefinition>>,
            pub config: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub env_config: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub env_extras: Vec<std::collections::HashMap<String, crate::types::Object>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PluginPatch".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "variant" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "namespace" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "pip_url" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "executable" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "inherit_from" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "capabilities" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "commands" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "select" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "select_filter" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "metadata" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "schema" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "load_schema" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "catalog" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "state" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "mappings" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "settings" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "config" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "env_config" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    "env_extras" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginPatch"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PluginPatch".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PluginPatch {
            variant: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            namespace: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            pip_url: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            executable: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            inherit_from: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            capabilities: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            commands: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            select: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            select_filter: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            metadata: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            schema: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            load_schema: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            catalog: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            state: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            env: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            mappings: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            settings: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            config: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            env_config: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
            env_extras: std::result::Result::Err(
                "Nullable types not supported in PluginPatch".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PluginPatch> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PluginPatch>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PluginPatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PluginPatch - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PluginPatch> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PluginPatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PluginPatch - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A plugin as sent to Replace; `name` is output-only here (the path names the resource; renames are not supported).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PluginReplace {
    /// Output-only here: the path names the resource.
    #[serde(rename = "name")]
    #[validate(
            length(max = 63),
            regex(path = *RE_PLUGINREPLACE_NAME),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    #[serde(rename = "plugin_type")]
    #[validate(nested)]
    pub plugin_type: models::PluginType,

    #[serde(rename = "variant")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,

    #[serde(rename = "namespace")]
    #[validate(
            length(max = 255),
            regex(path = *RE_PLUGINREPLACE_NAMESPACE),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,

    #[serde(rename = "pip_url")]
    #[validate(length(max = 4096), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pip_url: Option<String>,

    #[serde(rename = "executable")]
    #[validate(length(max = 1024), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub executable: Option<String>,

    #[serde(rename = "inherit_from")]
    #[validate(
            length(max = 63),
            regex(path = *RE_PLUGINREPLACE_INHERIT_FROM),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherit_from: Option<Nullable<String>>,

    #[serde(rename = "capabilities")]
    #[validate(length(max = 50), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Vec<String>>,

    #[serde(rename = "commands")]
    #[validate(length(max = 100), custom(function = "check_xss_map_nested"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commands: Option<std::collections::HashMap<String, models::PluginCommand>>,

    #[serde(rename = "select")]
    #[validate(length(max = 1000), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub select: Option<Vec<String>>,

    #[serde(rename = "select_filter")]
    #[validate(length(max = 1000), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub select_filter: Option<Vec<String>>,

    /// A JSON object of any shape.
    #[serde(rename = "metadata")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// A JSON object of any shape.
    #[serde(rename = "schema")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// Where loaders put this extractor's streams (the `load_schema` extra; default the extractor's namespace), given to the run as `MELTANO_EXTRACT__LOAD_SCHEMA`.
    #[serde(rename = "load_schema")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub load_schema: Option<String>,

    /// A catalog given instead of discovery (the `catalog` extra's file, as its JSON), taken as it is: as Meltano, only `select_filter` applies to it, not `select`, `metadata` or `schema`.
    #[serde(rename = "catalog")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalog: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// A Singer state given to every run instead of the stored one (the `state` extra's file, as its JSON).
    #[serde(rename = "state")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// Environment variables passed to plugins, as in `meltano.yml`'s `env`.
    #[serde(rename = "env")]
    #[validate(length(max = 500), custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<std::collections::HashMap<String, String>>,

    /// A mapper's mappings, as `mappings` in `meltano.yml`: a task names one (`tap-gitlab mask-emails target-jsonl`) to run the mapper with that mapping's config over its own. A mapping's name is unique among the project's plugins and mappings.
    #[serde(rename = "mappings")]
    #[validate(length(max = 100), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mappings: Option<Vec<models::Mapping>>,

    #[serde(rename = "settings")]
    #[validate(length(max = 500), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<models::SettingDefinition>>,

    /// A plugin's settings by name. A name with dots (`api.key`) is nested in the config the plugin is given (`{\"api\": {\"key\": ...}}`), and either form may be written. Bounds, checked with `422` pointing at the offending key: a key is at most 256 bytes and 16 dot-separated parts, and values nest at most 32 levels deep (`x-meltano-max-key-bytes`, `x-meltano-max-key-parts`, `x-meltano-max-depth`). A sensitive setting's value reads back as `(redacted)`, whichever form holds it; writing `(redacted)` back keeps the stored value.
    #[serde(rename = "config")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// A plugin's settings by name. A name with dots (`api.key`) is nested in the config the plugin is given (`{\"api\": {\"key\": ...}}`), and either form may be written. Bounds, checked with `422` pointing at the offending key: a key is at most 256 bytes and 16 dot-separated parts, and values nest at most 32 levels deep (`x-meltano-max-key-bytes`, `x-meltano-max-key-parts`, `x-meltano-max-depth`). A sensitive setting's value reads back as `(redacted)`, whichever form holds it; writing `(redacted)` back keeps the stored value.
    #[serde(rename = "env_config")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env_config: Option<std::collections::HashMap<String, crate::types::Object>>,

    #[serde(rename = "env_extras")]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env_extras: Option<models::EnvExtras>,

    #[serde(rename = "resolved_config")]
    #[validate(length(max = 1000), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved_config: Option<Vec<models::ConfigValue>>,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_PLUGINREPLACE_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PLUGINREPLACE_NAMESPACE: regex::Regex = regex::Regex::new("^[A-Za-z_][A-Za-z0-9_]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PLUGINREPLACE_INHERIT_FROM: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl PluginReplace {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(plugin_type: models::PluginType) -> PluginReplace {
        PluginReplace {
            name: None,
            plugin_type,
            variant: None,
            namespace: None,
            pip_url: None,
            executable: None,
            inherit_from: None,
            capabilities: None,
            commands: None,
            select: None,
            select_filter: None,
            metadata: None,
            schema: None,
            load_schema: None,
            catalog: None,
            state: None,
            env: None,
            mappings: None,
            settings: None,
            config: None,
            env_config: None,
            env_extras: None,
            resolved_config: None,
            create_time: None,
            update_time: None,
            etag: None,
        }
    }
}

/// Converts the PluginReplace value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PluginReplace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            // Skipping plugin_type in query parameter serialization
            self.variant
                .as_ref()
                .map(|variant| ["variant".to_string(), variant.to_string()].join(",")),
            self.namespace
                .as_ref()
                .map(|namespace| ["namespace".to_string(), namespace.to_string()].join(",")),
            self.pip_url
                .as_ref()
                .map(|pip_url| ["pip_url".to_string(), pip_url.to_string()].join(",")),
            self.executable
                .as_ref()
                .map(|executable| ["executable".to_string(), executable.to_string()].join(",")),
            self.inherit_from.as_ref().map(|inherit_from| {
                [
                    "inherit_from".to_string(),
                    inherit_from
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.capabilities.as_ref().map(|capabilities| {
                [
                    "capabilities".to_string(),
                    capabilities
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping commands in query parameter serialization
            // Skipping commands in query parameter serialization
            self.select.as_ref().map(|select| {
                [
                    "select".to_string(),
                    select
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.select_filter.as_ref().map(|select_filter| {
                [
                    "select_filter".to_string(),
                    select_filter
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping metadata in query parameter serialization
            // Skipping metadata in query parameter serialization

            // Skipping schema in query parameter serialization
            // Skipping schema in query parameter serialization
            self.load_schema
                .as_ref()
                .map(|load_schema| ["load_schema".to_string(), load_schema.to_string()].join(",")),
            // Skipping catalog in query parameter serialization
            // Skipping catalog in query parameter serialization

            // Skipping state in query parameter serialization
            // Skipping state in query parameter serialization

            // Skipping env in query parameter serialization

            // Skipping mappings in query parameter serialization

            // Skipping settings in query parameter serialization

            // Skipping config in query parameter serialization
            // Skipping config in query parameter serialization

            // Skipping env_config in query parameter serialization
            // Skipping env_config in query parameter serialization

            // Skipping env_extras in query parameter serialization

            // Skipping resolved_config in query parameter serialization

            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PluginReplace value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PluginReplace {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub plugin_type: Vec<models::PluginType>,
            pub variant: Vec<String>,
            pub namespace: Vec<String>,
            pub pip_url: Vec<String>,
            pub executable: Vec<String>,
            pub inherit_from: Vec<String>,
            pub capabilities: Vec<Vec<String>>,
            pub commands: Vec<std::collections::HashMap<String, models::PluginCommand>>,
            pub select: Vec<Vec<String>>,
            pub select_filter: Vec<Vec<String>>,
            pub metadata: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub schema: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub load_schema: Vec<String>,
            pub catalog: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub state: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub env: Vec<std::collections::HashMap<String, String>>,
            pub mappings: Vec<Vec<models::Mapping>>,
            pub settings: Vec<Vec<models::SettingDefinition>>,
            pub config: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub env_config: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub env_extras: Vec<models::EnvExtras>,
            pub resolved_config: Vec<Vec<models::ConfigValue>>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PluginReplace".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "plugin_type" => intermediate_rep.plugin_type.push(
                        <models::PluginType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "variant" => intermediate_rep.variant.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "namespace" => intermediate_rep.namespace.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "pip_url" => intermediate_rep.pip_url.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "executable" => intermediate_rep.executable.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "inherit_from" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in PluginReplace"
                            .to_string(),
                    ),
                    "capabilities" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    "commands" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    "select" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    "select_filter" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    "metadata" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    "schema" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "load_schema" => intermediate_rep.load_schema.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "catalog" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    "state" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    "mappings" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    "settings" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    "config" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    "env_config" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "env_extras" => intermediate_rep.env_extras.push(
                        <models::EnvExtras as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "resolved_config" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PluginReplace"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PluginReplace".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PluginReplace {
            name: intermediate_rep.name.into_iter().next(),
            plugin_type: intermediate_rep
                .plugin_type
                .into_iter()
                .next()
                .ok_or_else(|| "plugin_type missing in PluginReplace".to_string())?,
            variant: intermediate_rep.variant.into_iter().next(),
            namespace: intermediate_rep.namespace.into_iter().next(),
            pip_url: intermediate_rep.pip_url.into_iter().next(),
            executable: intermediate_rep.executable.into_iter().next(),
            inherit_from: std::result::Result::Err(
                "Nullable types not supported in PluginReplace".to_string(),
            )?,
            capabilities: intermediate_rep.capabilities.into_iter().next(),
            commands: intermediate_rep.commands.into_iter().next(),
            select: intermediate_rep.select.into_iter().next(),
            select_filter: intermediate_rep.select_filter.into_iter().next(),
            metadata: intermediate_rep.metadata.into_iter().next(),
            schema: intermediate_rep.schema.into_iter().next(),
            load_schema: intermediate_rep.load_schema.into_iter().next(),
            catalog: intermediate_rep.catalog.into_iter().next(),
            state: intermediate_rep.state.into_iter().next(),
            env: intermediate_rep.env.into_iter().next(),
            mappings: intermediate_rep.mappings.into_iter().next(),
            settings: intermediate_rep.settings.into_iter().next(),
            config: intermediate_rep.config.into_iter().next(),
            env_config: intermediate_rep.env_config.into_iter().next(),
            env_extras: intermediate_rep.env_extras.into_iter().next(),
            resolved_config: intermediate_rep.resolved_config.into_iter().next(),
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PluginReplace> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PluginReplace>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PluginReplace>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PluginReplace - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PluginReplace> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PluginReplace as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PluginReplace - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PluginStatistics {
    #[serde(rename = "plugin")]
    #[validate(length(max = 63), custom(function = "check_xss_string"))]
    pub plugin: String,

    /// Records the plugin counted (`record_count`), read by an extractor or written by a loader.
    #[serde(rename = "records")]
    #[validate(range(min = 0u64, max = 9007199254740991u64))]
    pub records: u64,

    /// The time its streams took to sync (`sync_duration`), added up.
    #[serde(rename = "sync_seconds")]
    #[validate(range(min = 0f64))]
    pub sync_seconds: f64,

    /// HTTP requests it timed (`http_request_duration`).
    #[serde(rename = "http_requests")]
    #[validate(range(min = 0u64, max = 9007199254740991u64))]
    pub http_requests: u64,

    /// Per stream, by name (at most 1,000; further streams count in the plugin's totals only).
    #[serde(rename = "streams")]
    #[validate(length(max = 1000), nested)]
    pub streams: Vec<models::StreamStatistics>,
}

impl PluginStatistics {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        plugin: String,
        records: u64,
        sync_seconds: f64,
        http_requests: u64,
        streams: Vec<models::StreamStatistics>,
    ) -> PluginStatistics {
        PluginStatistics {
            plugin,
            records,
            sync_seconds,
            http_requests,
            streams,
        }
    }
}

/// Converts the PluginStatistics value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PluginStatistics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("plugin".to_string()),
            Some(self.plugin.to_string()),
            Some("records".to_string()),
            Some(self.records.to_string()),
            Some("sync_seconds".to_string()),
            Some(self.sync_seconds.to_string()),
            Some("http_requests".to_string()),
            Some(self.http_requests.to_string()),
            // Skipping streams in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PluginStatistics value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PluginStatistics {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub plugin: Vec<String>,
            pub records: Vec<u64>,
            pub sync_seconds: Vec<f64>,
            pub http_requests: Vec<u64>,
            pub streams: Vec<Vec<models::StreamStatistics>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PluginStatistics".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "plugin" => intermediate_rep.plugin.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "records" => intermediate_rep.records.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "sync_seconds" => intermediate_rep.sync_seconds.push(
                        <f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "http_requests" => intermediate_rep.http_requests.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "streams" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in PluginStatistics"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PluginStatistics".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PluginStatistics {
            plugin: intermediate_rep
                .plugin
                .into_iter()
                .next()
                .ok_or_else(|| "plugin missing in PluginStatistics".to_string())?,
            records: intermediate_rep
                .records
                .into_iter()
                .next()
                .ok_or_else(|| "records missing in PluginStatistics".to_string())?,
            sync_seconds: intermediate_rep
                .sync_seconds
                .into_iter()
                .next()
                .ok_or_else(|| "sync_seconds missing in PluginStatistics".to_string())?,
            http_requests: intermediate_rep
                .http_requests
                .into_iter()
                .next()
                .ok_or_else(|| "http_requests missing in PluginStatistics".to_string())?,
            streams: intermediate_rep
                .streams
                .into_iter()
                .next()
                .ok_or_else(|| "streams missing in PluginStatistics".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PluginStatistics> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PluginStatistics>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PluginStatistics>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PluginStatistics - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PluginStatistics> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PluginStatistics as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PluginStatistics - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// An extractor's streams and properties with their selection, as `meltano select --json` prints them, a page at a time.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PluginStreamList {
    /// The select rules in force (`*.*` when the plugin has none).
    #[serde(rename = "enabled_patterns")]
    #[validate(length(max = 1000), custom(function = "check_xss_vec_string"))]
    pub enabled_patterns: Vec<String>,

    /// One entry per property, sorted by stream then property.
    #[serde(rename = "streams")]
    #[validate(length(max = 1000), nested)]
    pub streams: Vec<models::StreamProperty>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl PluginStreamList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        enabled_patterns: Vec<String>,
        streams: Vec<models::StreamProperty>,
    ) -> PluginStreamList {
        PluginStreamList {
            enabled_patterns,
            streams,
            next_page_token: None,
        }
    }
}

/// Converts the PluginStreamList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PluginStreamList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("enabled_patterns".to_string()),
            Some(
                self.enabled_patterns
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            // Skipping streams in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PluginStreamList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PluginStreamList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub enabled_patterns: Vec<Vec<String>>,
            pub streams: Vec<Vec<models::StreamProperty>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PluginStreamList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "enabled_patterns" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in PluginStreamList"
                            .to_string(),
                    ),
                    "streams" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in PluginStreamList"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PluginStreamList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PluginStreamList {
            enabled_patterns: intermediate_rep
                .enabled_patterns
                .into_iter()
                .next()
                .ok_or_else(|| "enabled_patterns missing in PluginStreamList".to_string())?,
            streams: intermediate_rep
                .streams
                .into_iter()
                .next()
                .ok_or_else(|| "streams missing in PluginStreamList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PluginStreamList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PluginStreamList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PluginStreamList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PluginStreamList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PluginStreamList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PluginStreamList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PluginStreamList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The plugin types of Meltano.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum PluginType {
    #[serde(rename = "extractors")]
    Extractors,
    #[serde(rename = "loaders")]
    Loaders,
    #[serde(rename = "mappers")]
    Mappers,
    #[serde(rename = "transformers")]
    Transformers,
    #[serde(rename = "transforms")]
    Transforms,
    #[serde(rename = "utilities")]
    Utilities,
    #[serde(rename = "orchestrators")]
    Orchestrators,
    #[serde(rename = "files")]
    Files,
}

impl validator::Validate for PluginType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for PluginType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            PluginType::Extractors => write!(f, "extractors"),
            PluginType::Loaders => write!(f, "loaders"),
            PluginType::Mappers => write!(f, "mappers"),
            PluginType::Transformers => write!(f, "transformers"),
            PluginType::Transforms => write!(f, "transforms"),
            PluginType::Utilities => write!(f, "utilities"),
            PluginType::Orchestrators => write!(f, "orchestrators"),
            PluginType::Files => write!(f, "files"),
        }
    }
}

impl std::str::FromStr for PluginType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "extractors" => std::result::Result::Ok(PluginType::Extractors),
            "loaders" => std::result::Result::Ok(PluginType::Loaders),
            "mappers" => std::result::Result::Ok(PluginType::Mappers),
            "transformers" => std::result::Result::Ok(PluginType::Transformers),
            "transforms" => std::result::Result::Ok(PluginType::Transforms),
            "utilities" => std::result::Result::Ok(PluginType::Utilities),
            "orchestrators" => std::result::Result::Ok(PluginType::Orchestrators),
            "files" => std::result::Result::Ok(PluginType::Files),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Problem {
    /// A URI reference naming the kind of problem.
    #[serde(rename = "type")]
    #[validate(length(max = 1024), custom(function = "check_xss_string"))]
    pub r_type: String,

    /// A short summary of the kind of problem.
    #[serde(rename = "title")]
    #[validate(length(max = 1024), custom(function = "check_xss_string"))]
    pub title: String,

    #[serde(rename = "status")]
    #[validate(range(min = 100u32, max = 599u32))]
    pub status: u32,

    /// What went wrong with this request.
    #[serde(rename = "detail")]
    #[validate(length(max = 8192), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,

    /// This occurrence, `urn:meltano-api:request:<id>` with the request's `X-Request-Id`, as the server's log names it.
    #[serde(rename = "instance")]
    #[validate(length(max = 2048), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,

    /// For invalid input, one entry per bad value.
    #[serde(rename = "errors")]
    #[validate(length(max = 100), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r_errors: Option<Vec<models::ProblemError>>,
}

impl Problem {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(r_type: String, title: String, status: u32) -> Problem {
        Problem {
            r_type,
            title,
            status,
            detail: None,
            instance: None,
            r_errors: None,
        }
    }
}

/// Converts the Problem value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            Some("title".to_string()),
            Some(self.title.to_string()),
            Some("status".to_string()),
            Some(self.status.to_string()),
            self.detail
                .as_ref()
                .map(|detail| ["detail".to_string(), detail.to_string()].join(",")),
            self.instance
                .as_ref()
                .map(|instance| ["instance".to_string(), instance.to_string()].join(",")),
            // Skipping errors in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Problem value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Problem {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub title: Vec<String>,
            pub status: Vec<u32>,
            pub detail: Vec<String>,
            pub instance: Vec<String>,
            pub r_errors: Vec<Vec<models::ProblemError>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Problem".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "detail" => intermediate_rep.detail.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "instance" => intermediate_rep.instance.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "errors" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Problem"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Problem".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Problem {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in Problem".to_string())?,
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in Problem".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Problem".to_string())?,
            detail: intermediate_rep.detail.into_iter().next(),
            instance: intermediate_rep.instance.into_iter().next(),
            r_errors: intermediate_rep.r_errors.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Problem> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Problem>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Problem>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Problem - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Problem> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Problem as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Problem - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ProblemError {
    /// A JSON Pointer (RFC 6901) into the request body, or the name of the bad parameter.
    #[serde(rename = "pointer")]
    #[validate(length(max = 1024), custom(function = "check_xss_string"))]
    pub pointer: String,

    #[serde(rename = "detail")]
    #[validate(length(max = 1024), custom(function = "check_xss_string"))]
    pub detail: String,
}

impl ProblemError {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(pointer: String, detail: String) -> ProblemError {
        ProblemError { pointer, detail }
    }
}

/// Converts the ProblemError value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ProblemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("pointer".to_string()),
            Some(self.pointer.to_string()),
            Some("detail".to_string()),
            Some(self.detail.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ProblemError value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ProblemError {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub pointer: Vec<String>,
            pub detail: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ProblemError".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "pointer" => intermediate_rep.pointer.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "detail" => intermediate_rep.detail.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ProblemError".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ProblemError {
            pointer: intermediate_rep
                .pointer
                .into_iter()
                .next()
                .ok_or_else(|| "pointer missing in ProblemError".to_string())?,
            detail: intermediate_rep
                .detail
                .into_iter()
                .next()
                .ok_or_else(|| "detail missing in ProblemError".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ProblemError> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ProblemError>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ProblemError>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ProblemError - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ProblemError> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ProblemError as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ProblemError - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A Meltano project.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Project {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_PROJECT_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,

    /// Free text for people (any characters but NUL).
    #[serde(rename = "description")]
    #[validate(
            length(max = 2000),
            regex(path = *RE_PROJECT_DESCRIPTION),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    /// The environment used when none is named, as `default_environment` in `meltano.yml`.
    #[serde(rename = "default_environment")]
    #[validate(
            length(max = 63),
            regex(path = *RE_PROJECT_DEFAULT_ENVIRONMENT),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_environment: Option<Nullable<String>>,

    /// Environment variables passed to plugins, as in `meltano.yml`'s `env`.
    #[serde(rename = "env")]
    #[validate(length(max = 500), custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<std::collections::HashMap<String, String>>,

    /// A unique id given at creation, as `project_id` in `meltano.yml`.
    #[serde(rename = "project_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<uuid::Uuid>,

    #[serde(rename = "state")]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<models::LifecycleState>,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "delete_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_PROJECT_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PROJECT_DESCRIPTION: regex::Regex = regex::Regex::new("^[^\\x00]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PROJECT_DEFAULT_ENVIRONMENT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl Project {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String) -> Project {
        Project {
            name,
            description: None,
            default_environment: None,
            env: None,
            project_id: None,
            state: None,
            create_time: None,
            update_time: None,
            delete_time: None,
            etag: None,
        }
    }
}

/// Converts the Project value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Project {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
            self.default_environment
                .as_ref()
                .map(|default_environment| {
                    [
                        "default_environment".to_string(),
                        default_environment
                            .as_ref()
                            .map_or("null".to_string(), |x| x.to_string()),
                    ]
                    .join(",")
                }),
            // Skipping env in query parameter serialization

            // Skipping project_id in query parameter serialization

            // Skipping state in query parameter serialization

            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization

            // Skipping delete_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Project value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Project {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub description: Vec<String>,
            pub default_environment: Vec<String>,
            pub env: Vec<std::collections::HashMap<String, String>>,
            pub project_id: Vec<uuid::Uuid>,
            pub state: Vec<models::LifecycleState>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub delete_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Project".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "default_environment" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Project"
                                .to_string(),
                        );
                    }
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Project"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "project_id" => intermediate_rep.project_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "state" => intermediate_rep.state.push(
                        <models::LifecycleState as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "delete_time" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Project"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Project".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Project {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Project".to_string())?,
            description: intermediate_rep.description.into_iter().next(),
            default_environment: std::result::Result::Err(
                "Nullable types not supported in Project".to_string(),
            )?,
            env: intermediate_rep.env.into_iter().next(),
            project_id: intermediate_rep.project_id.into_iter().next(),
            state: intermediate_rep.state.into_iter().next(),
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            delete_time: std::result::Result::Err(
                "Nullable types not supported in Project".to_string(),
            )?,
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Project> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Project>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Project>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Project - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Project> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Project as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Project - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ProjectList {
    #[serde(rename = "projects")]
    #[validate(length(max = 1000), nested)]
    pub projects: Vec<models::Project>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl ProjectList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(projects: Vec<models::Project>) -> ProjectList {
        ProjectList {
            projects,
            next_page_token: None,
        }
    }
}

/// Converts the ProjectList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ProjectList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping projects in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ProjectList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ProjectList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub projects: Vec<Vec<models::Project>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ProjectList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "projects" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ProjectList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ProjectList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ProjectList {
            projects: intermediate_rep
                .projects
                .into_iter()
                .next()
                .ok_or_else(|| "projects missing in ProjectList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ProjectList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ProjectList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ProjectList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ProjectList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ProjectList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ProjectList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ProjectList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A JSON Merge Patch of a project's writable fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ProjectPatch {
    #[serde(rename = "description")]
    #[validate(
            length(max = 2000),
            regex(path = *RE_PROJECTPATCH_DESCRIPTION),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Nullable<String>>,

    #[serde(rename = "default_environment")]
    #[validate(
            length(max = 63),
            regex(path = *RE_PROJECTPATCH_DEFAULT_ENVIRONMENT),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_environment: Option<Nullable<String>>,

    /// Variables to set (merged into the current ones); `null` removes them all. To remove one variable, Replace the resource.
    #[serde(rename = "env")]
    #[validate(length(max = 500))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<Nullable<std::collections::HashMap<String, String>>>,
}

lazy_static::lazy_static! {
    static ref RE_PROJECTPATCH_DESCRIPTION: regex::Regex = regex::Regex::new("^[^\\x00]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PROJECTPATCH_DEFAULT_ENVIRONMENT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl ProjectPatch {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> ProjectPatch {
        ProjectPatch {
            description: None,
            default_environment: None,
            env: None,
        }
    }
}

/// Converts the ProjectPatch value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ProjectPatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.default_environment
                .as_ref()
                .map(|default_environment| {
                    [
                        "default_environment".to_string(),
                        default_environment
                            .as_ref()
                            .map_or("null".to_string(), |x| x.to_string()),
                    ]
                    .join(",")
                }),
            // Skipping env in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ProjectPatch value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ProjectPatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub description: Vec<String>,
            pub default_environment: Vec<String>,
            pub env: Vec<std::collections::HashMap<String, String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ProjectPatch".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "description" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ProjectPatch"
                            .to_string(),
                    ),
                    "default_environment" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ProjectPatch"
                            .to_string(),
                    ),
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ProjectPatch"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ProjectPatch".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ProjectPatch {
            description: std::result::Result::Err(
                "Nullable types not supported in ProjectPatch".to_string(),
            )?,
            default_environment: std::result::Result::Err(
                "Nullable types not supported in ProjectPatch".to_string(),
            )?,
            env: std::result::Result::Err(
                "Nullable types not supported in ProjectPatch".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ProjectPatch> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ProjectPatch>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ProjectPatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ProjectPatch - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ProjectPatch> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ProjectPatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ProjectPatch - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A project as sent to Replace; `name` is output-only here (the path names the resource; renames are not supported).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ProjectReplace {
    /// Output-only here: the path names the resource.
    #[serde(rename = "name")]
    #[validate(
            length(max = 63),
            regex(path = *RE_PROJECTREPLACE_NAME),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Free text for people (any characters but NUL).
    #[serde(rename = "description")]
    #[validate(
            length(max = 2000),
            regex(path = *RE_PROJECTREPLACE_DESCRIPTION),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    #[serde(rename = "default_environment")]
    #[validate(
            length(max = 63),
            regex(path = *RE_PROJECTREPLACE_DEFAULT_ENVIRONMENT),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_environment: Option<Nullable<String>>,

    /// Environment variables passed to plugins, as in `meltano.yml`'s `env`.
    #[serde(rename = "env")]
    #[validate(length(max = 500), custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<std::collections::HashMap<String, String>>,

    #[serde(rename = "project_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<uuid::Uuid>,

    #[serde(rename = "state")]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<models::LifecycleState>,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "delete_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_PROJECTREPLACE_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PROJECTREPLACE_DESCRIPTION: regex::Regex = regex::Regex::new("^[^\\x00]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PROJECTREPLACE_DEFAULT_ENVIRONMENT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl ProjectReplace {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> ProjectReplace {
        ProjectReplace {
            name: None,
            description: None,
            default_environment: None,
            env: None,
            project_id: None,
            state: None,
            create_time: None,
            update_time: None,
            delete_time: None,
            etag: None,
        }
    }
}

/// Converts the ProjectReplace value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ProjectReplace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
            self.default_environment
                .as_ref()
                .map(|default_environment| {
                    [
                        "default_environment".to_string(),
                        default_environment
                            .as_ref()
                            .map_or("null".to_string(), |x| x.to_string()),
                    ]
                    .join(",")
                }),
            // Skipping env in query parameter serialization

            // Skipping project_id in query parameter serialization

            // Skipping state in query parameter serialization

            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization

            // Skipping delete_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ProjectReplace value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ProjectReplace {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub description: Vec<String>,
            pub default_environment: Vec<String>,
            pub env: Vec<std::collections::HashMap<String, String>>,
            pub project_id: Vec<uuid::Uuid>,
            pub state: Vec<models::LifecycleState>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub delete_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ProjectReplace".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "default_environment" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ProjectReplace"
                            .to_string(),
                    ),
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ProjectReplace"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "project_id" => intermediate_rep.project_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "state" => intermediate_rep.state.push(
                        <models::LifecycleState as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "delete_time" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ProjectReplace"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ProjectReplace".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ProjectReplace {
            name: intermediate_rep.name.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            default_environment: std::result::Result::Err(
                "Nullable types not supported in ProjectReplace".to_string(),
            )?,
            env: intermediate_rep.env.into_iter().next(),
            project_id: intermediate_rep.project_id.into_iter().next(),
            state: intermediate_rep.state.into_iter().next(),
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            delete_time: std::result::Result::Err(
                "Nullable types not supported in ProjectReplace".to_string(),
            )?,
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ProjectReplace> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ProjectReplace>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ProjectReplace>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ProjectReplace - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ProjectReplace> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ProjectReplace as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ProjectReplace - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// One execution, as a row of Meltano's run history.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Run {
    /// A server-assigned id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// `RUN` executes blocks, `INSTALL` installs a plugin, `CONFIG_TEST` tests an extractor's config, `STATE_EDIT` records a state change.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "kind")]
    #[validate(custom(function = "check_xss_string"))]
    pub kind: String,

    /// The plugin an `INSTALL` run installs or a `CONFIG_TEST` run tests.
    #[serde(rename = "plugin")]
    #[validate(
            length(max = 63),
            regex(path = *RE_RUN_PLUGIN),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plugin: Option<Nullable<String>>,

    #[serde(rename = "job")]
    #[validate(
            length(max = 63),
            regex(path = *RE_RUN_JOB),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<Nullable<String>>,

    #[serde(rename = "schedule")]
    #[validate(
            length(max = 63),
            regex(path = *RE_RUN_SCHEDULE),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Nullable<String>>,

    #[serde(rename = "command")]
    #[validate(length(max = 4096), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,

    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::RunStatus,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "trigger")]
    #[validate(custom(function = "check_xss_string"))]
    pub trigger: String,

    #[serde(rename = "options")]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<models::RunOptions>,

    /// The state ids the run reads and writes.
    #[serde(rename = "state_ids")]
    #[validate(length(max = 100), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_ids: Option<Vec<models::StateId>>,

    /// Why the run failed or was cancelled.
    #[serde(rename = "error")]
    #[validate(length(max = 8192))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<Nullable<String>>,

    #[serde(rename = "create_time")]
    pub create_time: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "start_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "end_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "heartbeat_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heartbeat_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "statistics")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statistics: Option<Nullable<models::RunStatistics>>,
}

lazy_static::lazy_static! {
    static ref RE_RUN_PLUGIN: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_RUN_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_RUN_SCHEDULE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl Run {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        kind: String,
        status: models::RunStatus,
        trigger: String,
        create_time: chrono::DateTime<chrono::Utc>,
    ) -> Run {
        Run {
            id,
            kind,
            plugin: None,
            job: None,
            schedule: None,
            command: None,
            status,
            trigger,
            options: None,
            state_ids: None,
            error: None,
            create_time,
            start_time: None,
            end_time: None,
            heartbeat_time: None,
            statistics: None,
        }
    }
}

/// Converts the Run value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("kind".to_string()),
            Some(self.kind.to_string()),
            self.plugin.as_ref().map(|plugin| {
                [
                    "plugin".to_string(),
                    plugin
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.job.as_ref().map(|job| {
                [
                    "job".to_string(),
                    job.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.schedule.as_ref().map(|schedule| {
                [
                    "schedule".to_string(),
                    schedule
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.command
                .as_ref()
                .map(|command| ["command".to_string(), command.to_string()].join(",")),
            // Skipping status in query parameter serialization
            Some("trigger".to_string()),
            Some(self.trigger.to_string()),
            // Skipping options in query parameter serialization
            self.state_ids.as_ref().map(|state_ids| {
                [
                    "state_ids".to_string(),
                    state_ids
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.error.as_ref().map(|error| {
                [
                    "error".to_string(),
                    error.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping create_time in query parameter serialization

            // Skipping start_time in query parameter serialization

            // Skipping end_time in query parameter serialization

            // Skipping heartbeat_time in query parameter serialization

            // Skipping statistics in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Run value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Run {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub kind: Vec<String>,
            pub plugin: Vec<String>,
            pub job: Vec<String>,
            pub schedule: Vec<String>,
            pub command: Vec<String>,
            pub status: Vec<models::RunStatus>,
            pub trigger: Vec<String>,
            pub options: Vec<models::RunOptions>,
            pub state_ids: Vec<Vec<models::StateId>>,
            pub error: Vec<String>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub start_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub end_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub heartbeat_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub statistics: Vec<models::RunStatistics>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err("Missing value while parsing Run".to_string());
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "plugin" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Run"
                                .to_string(),
                        );
                    }
                    "job" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Run"
                                .to_string(),
                        );
                    }
                    "schedule" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Run"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "command" => intermediate_rep.command.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::RunStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "trigger" => intermediate_rep.trigger.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "options" => intermediate_rep.options.push(
                        <models::RunOptions as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "state_ids" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Run".to_string(),
                        );
                    }
                    "error" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Run"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "start_time" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Run"
                                .to_string(),
                        );
                    }
                    "end_time" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Run"
                                .to_string(),
                        );
                    }
                    "heartbeat_time" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Run"
                                .to_string(),
                        );
                    }
                    "statistics" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Run"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Run".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Run {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Run".to_string())?,
            kind: intermediate_rep
                .kind
                .into_iter()
                .next()
                .ok_or_else(|| "kind missing in Run".to_string())?,
            plugin: std::result::Result::Err("Nullable types not supported in Run".to_string())?,
            job: std::result::Result::Err("Nullable types not supported in Run".to_string())?,
            schedule: std::result::Result::Err("Nullable types not supported in Run".to_string())?,
            command: intermediate_rep.command.into_iter().next(),
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Run".to_string())?,
            trigger: intermediate_rep
                .trigger
                .into_iter()
                .next()
                .ok_or_else(|| "trigger missing in Run".to_string())?,
            options: intermediate_rep.options.into_iter().next(),
            state_ids: intermediate_rep.state_ids.into_iter().next(),
            error: std::result::Result::Err("Nullable types not supported in Run".to_string())?,
            create_time: intermediate_rep
                .create_time
                .into_iter()
                .next()
                .ok_or_else(|| "create_time missing in Run".to_string())?,
            start_time: std::result::Result::Err(
                "Nullable types not supported in Run".to_string(),
            )?,
            end_time: std::result::Result::Err("Nullable types not supported in Run".to_string())?,
            heartbeat_time: std::result::Result::Err(
                "Nullable types not supported in Run".to_string(),
            )?,
            statistics: std::result::Result::Err(
                "Nullable types not supported in Run".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Run> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Run>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Run>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Run - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Run> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Run as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Run - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a delivery.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RunEvent {
    /// The delivery's id (also its `webhook-id` header)
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "type")]
    #[validate(nested)]
    pub r_type: models::RunEventType,

    /// When the event happened.
    #[serde(rename = "time")]
    pub time: chrono::DateTime<chrono::Utc>,

    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "project")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_RUNEVENT_PROJECT),
          custom(function = "check_xss_string"),
    )]
    pub project: String,

    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "env")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_RUNEVENT_ENV),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<String>,

    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "webhook")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_RUNEVENT_WEBHOOK),
          custom(function = "check_xss_string"),
    )]
    pub webhook: String,

    #[serde(rename = "run")]
    #[validate(nested)]
    pub run: models::Run,
}

lazy_static::lazy_static! {
    static ref RE_RUNEVENT_PROJECT: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_RUNEVENT_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_RUNEVENT_WEBHOOK: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl RunEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        r_type: models::RunEventType,
        time: chrono::DateTime<chrono::Utc>,
        project: String,
        webhook: String,
        run: models::Run,
    ) -> RunEvent {
        RunEvent {
            id,
            r_type,
            time,
            project,
            env: None,
            webhook,
            run,
        }
    }
}

/// Converts the RunEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for RunEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping type in query parameter serialization

            // Skipping time in query parameter serialization
            Some("project".to_string()),
            Some(self.project.to_string()),
            self.env
                .as_ref()
                .map(|env| ["env".to_string(), env.to_string()].join(",")),
            Some("webhook".to_string()),
            Some(self.webhook.to_string()),
            // Skipping run in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RunEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RunEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub r_type: Vec<models::RunEventType>,
            pub time: Vec<chrono::DateTime<chrono::Utc>>,
            pub project: Vec<String>,
            pub env: Vec<String>,
            pub webhook: Vec<String>,
            pub run: Vec<models::Run>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing RunEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <models::RunEventType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "time" => intermediate_rep.time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "project" => intermediate_rep.project.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "env" => intermediate_rep.env.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "webhook" => intermediate_rep.webhook.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "run" => intermediate_rep.run.push(
                        <models::Run as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing RunEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RunEvent {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in RunEvent".to_string())?,
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in RunEvent".to_string())?,
            time: intermediate_rep
                .time
                .into_iter()
                .next()
                .ok_or_else(|| "time missing in RunEvent".to_string())?,
            project: intermediate_rep
                .project
                .into_iter()
                .next()
                .ok_or_else(|| "project missing in RunEvent".to_string())?,
            env: intermediate_rep.env.into_iter().next(),
            webhook: intermediate_rep
                .webhook
                .into_iter()
                .next()
                .ok_or_else(|| "webhook missing in RunEvent".to_string())?,
            run: intermediate_rep
                .run
                .into_iter()
                .next()
                .ok_or_else(|| "run missing in RunEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RunEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<RunEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<RunEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for RunEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<RunEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <RunEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into RunEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `run.queued`: a run was created; `run.started`: a server took it; `run.ended`: it ended (any status).
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum RunEventType {
    #[serde(rename = "run.queued")]
    RunQueued,
    #[serde(rename = "run.started")]
    RunStarted,
    #[serde(rename = "run.ended")]
    RunEnded,
}

impl validator::Validate for RunEventType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for RunEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            RunEventType::RunQueued => write!(f, "run.queued"),
            RunEventType::RunStarted => write!(f, "run.started"),
            RunEventType::RunEnded => write!(f, "run.ended"),
        }
    }
}

impl std::str::FromStr for RunEventType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "run.queued" => std::result::Result::Ok(RunEventType::RunQueued),
            "run.started" => std::result::Result::Ok(RunEventType::RunStarted),
            "run.ended" => std::result::Result::Ok(RunEventType::RunEnded),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// A server-assigned id.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RunId(pub uuid::Uuid);

impl validator::Validate for RunId {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::convert::From<uuid::Uuid> for RunId {
    fn from(x: uuid::Uuid) -> Self {
        RunId(x)
    }
}

impl std::convert::From<RunId> for uuid::Uuid {
    fn from(x: RunId) -> Self {
        x.0
    }
}

impl std::ops::Deref for RunId {
    type Target = uuid::Uuid;
    fn deref(&self) -> &uuid::Uuid {
        &self.0
    }
}

impl std::ops::DerefMut for RunId {
    fn deref_mut(&mut self) -> &mut uuid::Uuid {
        &mut self.0
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RunList {
    #[serde(rename = "runs")]
    #[validate(length(max = 1000), nested)]
    pub runs: Vec<models::Run>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl RunList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(runs: Vec<models::Run>) -> RunList {
        RunList {
            runs,
            next_page_token: None,
        }
    }
}

/// Converts the RunList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for RunList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping runs in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RunList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RunList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub runs: Vec<Vec<models::Run>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing RunList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "runs" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in RunList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing RunList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RunList {
            runs: intermediate_rep
                .runs
                .into_iter()
                .next()
                .ok_or_else(|| "runs missing in RunList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RunList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<RunList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<RunList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for RunList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<RunList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <RunList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into RunList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Options of `meltano run`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RunOptions {
    /// Ignore existing state and write a fresh one.
    #[serde(rename = "full_refresh")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_refresh: Option<bool>,

    /// Do not write state.
    #[serde(rename = "no_state_update")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_state_update: Option<bool>,

    /// Run even if a run of the same state id is in progress.
    #[serde(rename = "force")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,

    /// Overrides the environment's suffix.
    #[serde(rename = "state_id_suffix")]
    #[validate(
            length(max = 63),
            regex(path = *RE_RUNOPTIONS_STATE_ID_SUFFIX),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_id_suffix: Option<String>,

    #[serde(rename = "state_strategy")]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_strategy: Option<models::StateStrategy>,

    /// Resolve and check the blocks without running them.
    #[serde(rename = "dry_run")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,

    /// Cancel the run after this long.
    #[serde(rename = "timeout_seconds")]
    #[validate(range(min = 1u32, max = 604800u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_RUNOPTIONS_STATE_ID_SUFFIX: regex::Regex = regex::Regex::new("^[A-Za-z0-9_.-]{1,63}$").unwrap();
}

impl RunOptions {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> RunOptions {
        RunOptions {
            full_refresh: Some(false),
            no_state_update: Some(false),
            force: Some(false),
            state_id_suffix: None,
            state_strategy: None,
            dry_run: Some(false),
            timeout_seconds: None,
        }
    }
}

/// Converts the RunOptions value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for RunOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.full_refresh.as_ref().map(|full_refresh| {
                ["full_refresh".to_string(), full_refresh.to_string()].join(",")
            }),
            self.no_state_update.as_ref().map(|no_state_update| {
                ["no_state_update".to_string(), no_state_update.to_string()].join(",")
            }),
            self.force
                .as_ref()
                .map(|force| ["force".to_string(), force.to_string()].join(",")),
            self.state_id_suffix.as_ref().map(|state_id_suffix| {
                ["state_id_suffix".to_string(), state_id_suffix.to_string()].join(",")
            }),
            // Skipping state_strategy in query parameter serialization
            self.dry_run
                .as_ref()
                .map(|dry_run| ["dry_run".to_string(), dry_run.to_string()].join(",")),
            self.timeout_seconds.as_ref().map(|timeout_seconds| {
                ["timeout_seconds".to_string(), timeout_seconds.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RunOptions value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RunOptions {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub full_refresh: Vec<bool>,
            pub no_state_update: Vec<bool>,
            pub force: Vec<bool>,
            pub state_id_suffix: Vec<String>,
            pub state_strategy: Vec<models::StateStrategy>,
            pub dry_run: Vec<bool>,
            pub timeout_seconds: Vec<u32>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing RunOptions".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "full_refresh" => intermediate_rep.full_refresh.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "no_state_update" => intermediate_rep.no_state_update.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "force" => intermediate_rep.force.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "state_id_suffix" => intermediate_rep.state_id_suffix.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "state_strategy" => intermediate_rep.state_strategy.push(
                        <models::StateStrategy as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "dry_run" => intermediate_rep.dry_run.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timeout_seconds" => intermediate_rep.timeout_seconds.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing RunOptions".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RunOptions {
            full_refresh: intermediate_rep.full_refresh.into_iter().next(),
            no_state_update: intermediate_rep.no_state_update.into_iter().next(),
            force: intermediate_rep.force.into_iter().next(),
            state_id_suffix: intermediate_rep.state_id_suffix.into_iter().next(),
            state_strategy: intermediate_rep.state_strategy.into_iter().next(),
            dry_run: intermediate_rep.dry_run.into_iter().next(),
            timeout_seconds: intermediate_rep.timeout_seconds.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RunOptions> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<RunOptions>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<RunOptions>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for RunOptions - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<RunOptions> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <RunOptions as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into RunOptions - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// An ad hoc run, `command` as the arguments of `meltano run`, with its options.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RunRequest {
    #[serde(rename = "command")]
    #[validate(length(min = 1, max = 4096), custom(function = "check_xss_string"))]
    pub command: String,

    #[serde(rename = "full_refresh")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_refresh: Option<bool>,

    #[serde(rename = "no_state_update")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_state_update: Option<bool>,

    #[serde(rename = "force")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,

    #[serde(rename = "state_id_suffix")]
    #[validate(
            length(max = 63),
            regex(path = *RE_RUNREQUEST_STATE_ID_SUFFIX),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_id_suffix: Option<String>,

    #[serde(rename = "state_strategy")]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_strategy: Option<models::StateStrategy>,

    #[serde(rename = "dry_run")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,

    #[serde(rename = "timeout_seconds")]
    #[validate(range(min = 1u32, max = 604800u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_RUNREQUEST_STATE_ID_SUFFIX: regex::Regex = regex::Regex::new("^[A-Za-z0-9_.-]{1,63}$").unwrap();
}

impl RunRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(command: String) -> RunRequest {
        RunRequest {
            command,
            full_refresh: Some(false),
            no_state_update: Some(false),
            force: Some(false),
            state_id_suffix: None,
            state_strategy: None,
            dry_run: Some(false),
            timeout_seconds: None,
        }
    }
}

/// Converts the RunRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for RunRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("command".to_string()),
            Some(self.command.to_string()),
            self.full_refresh.as_ref().map(|full_refresh| {
                ["full_refresh".to_string(), full_refresh.to_string()].join(",")
            }),
            self.no_state_update.as_ref().map(|no_state_update| {
                ["no_state_update".to_string(), no_state_update.to_string()].join(",")
            }),
            self.force
                .as_ref()
                .map(|force| ["force".to_string(), force.to_string()].join(",")),
            self.state_id_suffix.as_ref().map(|state_id_suffix| {
                ["state_id_suffix".to_string(), state_id_suffix.to_string()].join(",")
            }),
            // Skipping state_strategy in query parameter serialization
            self.dry_run
                .as_ref()
                .map(|dry_run| ["dry_run".to_string(), dry_run.to_string()].join(",")),
            self.timeout_seconds.as_ref().map(|timeout_seconds| {
                ["timeout_seconds".to_string(), timeout_seconds.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RunRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RunRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub command: Vec<String>,
            pub full_refresh: Vec<bool>,
            pub no_state_update: Vec<bool>,
            pub force: Vec<bool>,
            pub state_id_suffix: Vec<String>,
            pub state_strategy: Vec<models::StateStrategy>,
            pub dry_run: Vec<bool>,
            pub timeout_seconds: Vec<u32>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing RunRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "command" => intermediate_rep.command.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "full_refresh" => intermediate_rep.full_refresh.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "no_state_update" => intermediate_rep.no_state_update.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "force" => intermediate_rep.force.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "state_id_suffix" => intermediate_rep.state_id_suffix.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "state_strategy" => intermediate_rep.state_strategy.push(
                        <models::StateStrategy as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "dry_run" => intermediate_rep.dry_run.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timeout_seconds" => intermediate_rep.timeout_seconds.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing RunRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RunRequest {
            command: intermediate_rep
                .command
                .into_iter()
                .next()
                .ok_or_else(|| "command missing in RunRequest".to_string())?,
            full_refresh: intermediate_rep.full_refresh.into_iter().next(),
            no_state_update: intermediate_rep.no_state_update.into_iter().next(),
            force: intermediate_rep.force.into_iter().next(),
            state_id_suffix: intermediate_rep.state_id_suffix.into_iter().next(),
            state_strategy: intermediate_rep.state_strategy.into_iter().next(),
            dry_run: intermediate_rep.dry_run.into_iter().next(),
            timeout_seconds: intermediate_rep.timeout_seconds.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RunRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<RunRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<RunRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for RunRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<RunRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <RunRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into RunRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// What the run's plugins said they did, from the `METRIC:` lines singer-sdk plugins log (`record_count` counters, `sync_duration` and `http_request_duration` timers, by stream), added up while the run runs and final once it ended. `null` until a plugin logs a metric (plugins that log none, such as most non-SDK ones, leave it `null`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RunStatistics {
    #[serde(rename = "plugins")]
    #[validate(length(max = 100), nested)]
    pub plugins: Vec<models::PluginStatistics>,
}

impl RunStatistics {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(plugins: Vec<models::PluginStatistics>) -> RunStatistics {
        RunStatistics { plugins }
    }
}

/// Converts the RunStatistics value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for RunStatistics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping plugins in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RunStatistics value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RunStatistics {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub plugins: Vec<Vec<models::PluginStatistics>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing RunStatistics".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "plugins" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in RunStatistics"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing RunStatistics".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RunStatistics {
            plugins: intermediate_rep
                .plugins
                .into_iter()
                .next()
                .ok_or_else(|| "plugins missing in RunStatistics".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RunStatistics> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<RunStatistics>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<RunStatistics>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for RunStatistics - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<RunStatistics> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <RunStatistics as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into RunStatistics - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// As Meltano's run states, plus `QUEUED` (not yet claimed by a server) and `CANCELLED`.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum RunStatus {
    #[serde(rename = "QUEUED")]
    Queued,
    #[serde(rename = "RUNNING")]
    Running,
    #[serde(rename = "SUCCESS")]
    Success,
    #[serde(rename = "FAIL")]
    Fail,
    #[serde(rename = "DEAD")]
    Dead,
    #[serde(rename = "CANCELLED")]
    Cancelled,
    #[serde(rename = "STATE_EDIT")]
    StateEdit,
}

impl validator::Validate for RunStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for RunStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            RunStatus::Queued => write!(f, "QUEUED"),
            RunStatus::Running => write!(f, "RUNNING"),
            RunStatus::Success => write!(f, "SUCCESS"),
            RunStatus::Fail => write!(f, "FAIL"),
            RunStatus::Dead => write!(f, "DEAD"),
            RunStatus::Cancelled => write!(f, "CANCELLED"),
            RunStatus::StateEdit => write!(f, "STATE_EDIT"),
        }
    }
}

impl std::str::FromStr for RunStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "QUEUED" => std::result::Result::Ok(RunStatus::Queued),
            "RUNNING" => std::result::Result::Ok(RunStatus::Running),
            "SUCCESS" => std::result::Result::Ok(RunStatus::Success),
            "FAIL" => std::result::Result::Ok(RunStatus::Fail),
            "DEAD" => std::result::Result::Ok(RunStatus::Dead),
            "CANCELLED" => std::result::Result::Ok(RunStatus::Cancelled),
            "STATE_EDIT" => std::result::Result::Ok(RunStatus::StateEdit),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// A schedule, as `schedules[]` in `meltano.yml`; either `job`, or Meltano's older `extractor` + `loader` + `transform` form.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Schedule {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_SCHEDULE_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,

    #[serde(rename = "job")]
    #[validate(
            length(max = 63),
            regex(path = *RE_SCHEDULE_JOB),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<Nullable<String>>,

    #[serde(rename = "extractor")]
    #[validate(
            length(max = 63),
            regex(path = *RE_SCHEDULE_EXTRACTOR),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extractor: Option<Nullable<String>>,

    #[serde(rename = "loader")]
    #[validate(
            length(max = 63),
            regex(path = *RE_SCHEDULE_LOADER),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loader: Option<Nullable<String>>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "transform")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transform: Option<Nullable<String>>,

    /// A 5-field cron expression or one of `@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`, `@once`, `@manual`.
    #[serde(rename = "interval")]
    #[validate(length(min = 1, max = 255), custom(function = "check_xss_string"))]
    pub interval: String,

    /// The interval as a cron expression (`null` for `@once` and `@manual`).
    #[serde(rename = "cron_interval")]
    #[validate(length(max = 255))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cron_interval: Option<Nullable<String>>,

    #[serde(rename = "next_fire_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_fire_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// When the scheduler last fired it (whichever replica did).
    #[serde(rename = "last_fire_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_fire_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// The run its last firing (or `run`) made.
    #[serde(rename = "last_run")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_run: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "paused")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,

    /// Environment variables passed to plugins, as in `meltano.yml`'s `env`.
    #[serde(rename = "env")]
    #[validate(length(max = 500), custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<std::collections::HashMap<String, String>>,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_SCHEDULE_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SCHEDULE_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SCHEDULE_EXTRACTOR: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SCHEDULE_LOADER: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl Schedule {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, interval: String) -> Schedule {
        Schedule {
            name,
            job: None,
            extractor: None,
            loader: None,
            transform: None,
            interval,
            cron_interval: None,
            next_fire_time: None,
            last_fire_time: None,
            last_run: None,
            paused: Some(false),
            env: None,
            create_time: None,
            update_time: None,
            etag: None,
        }
    }
}

/// Converts the Schedule value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Schedule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.job.as_ref().map(|job| {
                [
                    "job".to_string(),
                    job.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.extractor.as_ref().map(|extractor| {
                [
                    "extractor".to_string(),
                    extractor
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.loader.as_ref().map(|loader| {
                [
                    "loader".to_string(),
                    loader
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.transform.as_ref().map(|transform| {
                [
                    "transform".to_string(),
                    transform
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("interval".to_string()),
            Some(self.interval.to_string()),
            self.cron_interval.as_ref().map(|cron_interval| {
                [
                    "cron_interval".to_string(),
                    cron_interval
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping next_fire_time in query parameter serialization

            // Skipping last_fire_time in query parameter serialization

            // Skipping last_run in query parameter serialization
            self.paused
                .as_ref()
                .map(|paused| ["paused".to_string(), paused.to_string()].join(",")),
            // Skipping env in query parameter serialization

            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Schedule value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Schedule {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub job: Vec<String>,
            pub extractor: Vec<String>,
            pub loader: Vec<String>,
            pub transform: Vec<String>,
            pub interval: Vec<String>,
            pub cron_interval: Vec<String>,
            pub next_fire_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub last_fire_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub last_run: Vec<uuid::Uuid>,
            pub paused: Vec<bool>,
            pub env: Vec<std::collections::HashMap<String, String>>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Schedule".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "job" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Schedule"
                                .to_string(),
                        );
                    }
                    "extractor" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Schedule"
                                .to_string(),
                        );
                    }
                    "loader" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Schedule"
                                .to_string(),
                        );
                    }
                    "transform" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Schedule"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "interval" => intermediate_rep.interval.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "cron_interval" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Schedule"
                                .to_string(),
                        );
                    }
                    "next_fire_time" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Schedule"
                                .to_string(),
                        );
                    }
                    "last_fire_time" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Schedule"
                                .to_string(),
                        );
                    }
                    "last_run" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Schedule"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "paused" => intermediate_rep.paused.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Schedule"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Schedule".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Schedule {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Schedule".to_string())?,
            job: std::result::Result::Err("Nullable types not supported in Schedule".to_string())?,
            extractor: std::result::Result::Err(
                "Nullable types not supported in Schedule".to_string(),
            )?,
            loader: std::result::Result::Err(
                "Nullable types not supported in Schedule".to_string(),
            )?,
            transform: std::result::Result::Err(
                "Nullable types not supported in Schedule".to_string(),
            )?,
            interval: intermediate_rep
                .interval
                .into_iter()
                .next()
                .ok_or_else(|| "interval missing in Schedule".to_string())?,
            cron_interval: std::result::Result::Err(
                "Nullable types not supported in Schedule".to_string(),
            )?,
            next_fire_time: std::result::Result::Err(
                "Nullable types not supported in Schedule".to_string(),
            )?,
            last_fire_time: std::result::Result::Err(
                "Nullable types not supported in Schedule".to_string(),
            )?,
            last_run: std::result::Result::Err(
                "Nullable types not supported in Schedule".to_string(),
            )?,
            paused: intermediate_rep.paused.into_iter().next(),
            env: intermediate_rep.env.into_iter().next(),
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Schedule> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Schedule>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Schedule>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Schedule - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Schedule> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Schedule as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Schedule - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ScheduleList {
    #[serde(rename = "schedules")]
    #[validate(length(max = 1000), nested)]
    pub schedules: Vec<models::Schedule>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl ScheduleList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(schedules: Vec<models::Schedule>) -> ScheduleList {
        ScheduleList {
            schedules,
            next_page_token: None,
        }
    }
}

/// Converts the ScheduleList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ScheduleList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping schedules in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ScheduleList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ScheduleList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub schedules: Vec<Vec<models::Schedule>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ScheduleList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "schedules" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ScheduleList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ScheduleList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ScheduleList {
            schedules: intermediate_rep
                .schedules
                .into_iter()
                .next()
                .ok_or_else(|| "schedules missing in ScheduleList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ScheduleList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ScheduleList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ScheduleList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ScheduleList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ScheduleList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ScheduleList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ScheduleList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SchedulePatch {
    #[serde(rename = "job")]
    #[validate(
            length(max = 63),
            regex(path = *RE_SCHEDULEPATCH_JOB),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<Nullable<String>>,

    #[serde(rename = "extractor")]
    #[validate(
            length(max = 63),
            regex(path = *RE_SCHEDULEPATCH_EXTRACTOR),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extractor: Option<Nullable<String>>,

    #[serde(rename = "loader")]
    #[validate(
            length(max = 63),
            regex(path = *RE_SCHEDULEPATCH_LOADER),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loader: Option<Nullable<String>>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "transform")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transform: Option<Nullable<String>>,

    #[serde(rename = "interval")]
    #[validate(length(min = 1, max = 255), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,

    #[serde(rename = "paused")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,

    /// Variables to set (merged into the current ones); `null` removes them all. To remove one variable, Replace the resource.
    #[serde(rename = "env")]
    #[validate(length(max = 500))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<Nullable<std::collections::HashMap<String, String>>>,
}

lazy_static::lazy_static! {
    static ref RE_SCHEDULEPATCH_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SCHEDULEPATCH_EXTRACTOR: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SCHEDULEPATCH_LOADER: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl SchedulePatch {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> SchedulePatch {
        SchedulePatch {
            job: None,
            extractor: None,
            loader: None,
            transform: None,
            interval: None,
            paused: None,
            env: None,
        }
    }
}

/// Converts the SchedulePatch value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SchedulePatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.job.as_ref().map(|job| {
                [
                    "job".to_string(),
                    job.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.extractor.as_ref().map(|extractor| {
                [
                    "extractor".to_string(),
                    extractor
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.loader.as_ref().map(|loader| {
                [
                    "loader".to_string(),
                    loader
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.transform.as_ref().map(|transform| {
                [
                    "transform".to_string(),
                    transform
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.interval
                .as_ref()
                .map(|interval| ["interval".to_string(), interval.to_string()].join(",")),
            self.paused
                .as_ref()
                .map(|paused| ["paused".to_string(), paused.to_string()].join(",")),
            // Skipping env in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SchedulePatch value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SchedulePatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub job: Vec<String>,
            pub extractor: Vec<String>,
            pub loader: Vec<String>,
            pub transform: Vec<String>,
            pub interval: Vec<String>,
            pub paused: Vec<bool>,
            pub env: Vec<std::collections::HashMap<String, String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SchedulePatch".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "job" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in SchedulePatch"
                            .to_string(),
                    ),
                    "extractor" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in SchedulePatch"
                            .to_string(),
                    ),
                    "loader" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in SchedulePatch"
                            .to_string(),
                    ),
                    "transform" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in SchedulePatch"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "interval" => intermediate_rep.interval.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "paused" => intermediate_rep.paused.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in SchedulePatch"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing SchedulePatch".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SchedulePatch {
            job: std::result::Result::Err(
                "Nullable types not supported in SchedulePatch".to_string(),
            )?,
            extractor: std::result::Result::Err(
                "Nullable types not supported in SchedulePatch".to_string(),
            )?,
            loader: std::result::Result::Err(
                "Nullable types not supported in SchedulePatch".to_string(),
            )?,
            transform: std::result::Result::Err(
                "Nullable types not supported in SchedulePatch".to_string(),
            )?,
            interval: intermediate_rep.interval.into_iter().next(),
            paused: intermediate_rep.paused.into_iter().next(),
            env: std::result::Result::Err(
                "Nullable types not supported in SchedulePatch".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SchedulePatch> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SchedulePatch>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SchedulePatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SchedulePatch - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SchedulePatch> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SchedulePatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SchedulePatch - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ScheduleReplace {
    /// Output-only here: the path names the resource.
    #[serde(rename = "name")]
    #[validate(
            length(max = 63),
            regex(path = *RE_SCHEDULEREPLACE_NAME),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    #[serde(rename = "job")]
    #[validate(
            length(max = 63),
            regex(path = *RE_SCHEDULEREPLACE_JOB),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<Nullable<String>>,

    #[serde(rename = "extractor")]
    #[validate(
            length(max = 63),
            regex(path = *RE_SCHEDULEREPLACE_EXTRACTOR),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extractor: Option<Nullable<String>>,

    #[serde(rename = "loader")]
    #[validate(
            length(max = 63),
            regex(path = *RE_SCHEDULEREPLACE_LOADER),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loader: Option<Nullable<String>>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "transform")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transform: Option<Nullable<String>>,

    #[serde(rename = "interval")]
    #[validate(length(min = 1, max = 255), custom(function = "check_xss_string"))]
    pub interval: String,

    #[serde(rename = "cron_interval")]
    #[validate(length(max = 255))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cron_interval: Option<Nullable<String>>,

    #[serde(rename = "next_fire_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_fire_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "last_fire_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_fire_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "last_run")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_run: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "paused")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,

    /// Environment variables passed to plugins, as in `meltano.yml`'s `env`.
    #[serde(rename = "env")]
    #[validate(length(max = 500), custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<std::collections::HashMap<String, String>>,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_SCHEDULEREPLACE_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SCHEDULEREPLACE_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SCHEDULEREPLACE_EXTRACTOR: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SCHEDULEREPLACE_LOADER: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl ScheduleReplace {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(interval: String) -> ScheduleReplace {
        ScheduleReplace {
            name: None,
            job: None,
            extractor: None,
            loader: None,
            transform: None,
            interval,
            cron_interval: None,
            next_fire_time: None,
            last_fire_time: None,
            last_run: None,
            paused: Some(false),
            env: None,
            create_time: None,
            update_time: None,
            etag: None,
        }
    }
}

/// Converts the ScheduleReplace value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ScheduleReplace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            self.job.as_ref().map(|job| {
                [
                    "job".to_string(),
                    job.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.extractor.as_ref().map(|extractor| {
                [
                    "extractor".to_string(),
                    extractor
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.loader.as_ref().map(|loader| {
                [
                    "loader".to_string(),
                    loader
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.transform.as_ref().map(|transform| {
                [
                    "transform".to_string(),
                    transform
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("interval".to_string()),
            Some(self.interval.to_string()),
            self.cron_interval.as_ref().map(|cron_interval| {
                [
                    "cron_interval".to_string(),
                    cron_interval
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping next_fire_time in query parameter serialization

            // Skipping last_fire_time in query parameter serialization

            // Skipping last_run in query parameter serialization
            self.paused
                .as_ref()
                .map(|paused| ["paused".to_string(), paused.to_string()].join(",")),
            // Skipping env in query parameter serialization

            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ScheduleReplace value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ScheduleReplace {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub job: Vec<String>,
            pub extractor: Vec<String>,
            pub loader: Vec<String>,
            pub transform: Vec<String>,
            pub interval: Vec<String>,
            pub cron_interval: Vec<String>,
            pub next_fire_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub last_fire_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub last_run: Vec<uuid::Uuid>,
            pub paused: Vec<bool>,
            pub env: Vec<std::collections::HashMap<String, String>>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ScheduleReplace".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "job" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ScheduleReplace"
                            .to_string(),
                    ),
                    "extractor" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ScheduleReplace"
                            .to_string(),
                    ),
                    "loader" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ScheduleReplace"
                            .to_string(),
                    ),
                    "transform" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ScheduleReplace"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "interval" => intermediate_rep.interval.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "cron_interval" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ScheduleReplace"
                            .to_string(),
                    ),
                    "next_fire_time" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ScheduleReplace"
                            .to_string(),
                    ),
                    "last_fire_time" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ScheduleReplace"
                            .to_string(),
                    ),
                    "last_run" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ScheduleReplace"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "paused" => intermediate_rep.paused.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ScheduleReplace"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ScheduleReplace".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ScheduleReplace {
            name: intermediate_rep.name.into_iter().next(),
            job: std::result::Result::Err(
                "Nullable types not supported in ScheduleReplace".to_string(),
            )?,
            extractor: std::result::Result::Err(
                "Nullable types not supported in ScheduleReplace".to_string(),
            )?,
            loader: std::result::Result::Err(
                "Nullable types not supported in ScheduleReplace".to_string(),
            )?,
            transform: std::result::Result::Err(
                "Nullable types not supported in ScheduleReplace".to_string(),
            )?,
            interval: intermediate_rep
                .interval
                .into_iter()
                .next()
                .ok_or_else(|| "interval missing in ScheduleReplace".to_string())?,
            cron_interval: std::result::Result::Err(
                "Nullable types not supported in ScheduleReplace".to_string(),
            )?,
            next_fire_time: std::result::Result::Err(
                "Nullable types not supported in ScheduleReplace".to_string(),
            )?,
            last_fire_time: std::result::Result::Err(
                "Nullable types not supported in ScheduleReplace".to_string(),
            )?,
            last_run: std::result::Result::Err(
                "Nullable types not supported in ScheduleReplace".to_string(),
            )?,
            paused: intermediate_rep.paused.into_iter().next(),
            env: intermediate_rep.env.into_iter().next(),
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ScheduleReplace> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ScheduleReplace>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ScheduleReplace>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ScheduleReplace - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ScheduleReplace> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ScheduleReplace as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ScheduleReplace - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SelectChange {
    #[serde(rename = "add")]
    #[validate(length(max = 1000), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<String>>,

    #[serde(rename = "remove")]
    #[validate(length(max = 1000), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove: Option<Vec<String>>,
}

impl SelectChange {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> SelectChange {
        SelectChange {
            add: None,
            remove: None,
        }
    }
}

/// Converts the SelectChange value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SelectChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.add.as_ref().map(|add| {
                [
                    "add".to_string(),
                    add.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.remove.as_ref().map(|remove| {
                [
                    "remove".to_string(),
                    remove
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SelectChange value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SelectChange {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub add: Vec<Vec<String>>,
            pub remove: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SelectChange".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "add" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in SelectChange"
                                .to_string(),
                        );
                    }
                    "remove" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in SelectChange"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing SelectChange".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SelectChange {
            add: intermediate_rep.add.into_iter().next(),
            remove: intermediate_rep.remove.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SelectChange> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SelectChange>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SelectChange>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SelectChange - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SelectChange> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SelectChange as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SelectChange - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A long-running plugin command.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Service {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_SERVICE_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,

    /// `plugin` or `plugin:command`.
    #[serde(rename = "plugin")]
    #[validate(
            length(min = 1, max = 255),
            regex(path = *RE_SERVICE_PLUGIN),
          custom(function = "check_xss_string"),
    )]
    pub plugin: String,

    #[serde(rename = "args")]
    #[validate(length(max = 100), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub args: Option<Vec<String>>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "status")]
    #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,

    #[serde(rename = "exit_code")]
    #[validate(
            range(min = -255i32, max = 255i32),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<Nullable<i32>>,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "end_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,
}

lazy_static::lazy_static! {
    static ref RE_SERVICE_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SERVICE_PLUGIN: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}(:[A-Za-z0-9_.-]{1,63})?$").unwrap();
}

impl Service {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, plugin: String) -> Service {
        Service {
            name,
            plugin,
            args: None,
            status: None,
            exit_code: None,
            create_time: None,
            end_time: None,
        }
    }
}

/// Converts the Service value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("plugin".to_string()),
            Some(self.plugin.to_string()),
            self.args.as_ref().map(|args| {
                [
                    "args".to_string(),
                    args.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.status
                .as_ref()
                .map(|status| ["status".to_string(), status.to_string()].join(",")),
            self.exit_code.as_ref().map(|exit_code| {
                [
                    "exit_code".to_string(),
                    exit_code
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping create_time in query parameter serialization

            // Skipping end_time in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Service value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Service {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub plugin: Vec<String>,
            pub args: Vec<Vec<String>>,
            pub status: Vec<String>,
            pub exit_code: Vec<i32>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub end_time: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Service".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "plugin" => intermediate_rep.plugin.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "args" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Service"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "exit_code" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Service"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "end_time" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Service"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Service".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Service {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Service".to_string())?,
            plugin: intermediate_rep
                .plugin
                .into_iter()
                .next()
                .ok_or_else(|| "plugin missing in Service".to_string())?,
            args: intermediate_rep.args.into_iter().next(),
            status: intermediate_rep.status.into_iter().next(),
            exit_code: std::result::Result::Err(
                "Nullable types not supported in Service".to_string(),
            )?,
            create_time: intermediate_rep.create_time.into_iter().next(),
            end_time: std::result::Result::Err(
                "Nullable types not supported in Service".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Service> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Service>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Service>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Service - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Service> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Service as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Service - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ServiceList {
    #[serde(rename = "services")]
    #[validate(length(max = 1000), nested)]
    pub services: Vec<models::Service>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl ServiceList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(services: Vec<models::Service>) -> ServiceList {
        ServiceList {
            services,
            next_page_token: None,
        }
    }
}

/// Converts the ServiceList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ServiceList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping services in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ServiceList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ServiceList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub services: Vec<Vec<models::Service>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ServiceList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "services" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ServiceList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ServiceList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ServiceList {
            services: intermediate_rep
                .services
                .into_iter()
                .next()
                .ok_or_else(|| "services missing in ServiceList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ServiceList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ServiceList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ServiceList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ServiceList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ServiceList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ServiceList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ServiceList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A setting the plugin understands, as `settings[]` in `meltano.yml` (and in a lock file), with every key Meltano's setting definitions have.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SettingDefinition {
    /// The setting's name; dots nest it inside the config object.
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 255),
            regex(path = *RE_SETTINGDEFINITION_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,

    #[serde(rename = "kind")]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<models::SettingKind>,

    #[serde(rename = "label")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,

    /// Free text for people (any characters but NUL).
    #[serde(rename = "description")]
    #[validate(
            length(max = 2000),
            regex(path = *RE_SETTINGDEFINITION_DESCRIPTION),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    /// The value is a secret; it is never returned, logged or echoed. Kinds `password` and `oauth` are always sensitive.
    #[serde(rename = "sensitive")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensitive: Option<bool>,

    /// The environment variable that sets this setting.
    #[serde(rename = "env")]
    #[validate(
            length(max = 255),
            regex(path = *RE_SETTINGDEFINITION_ENV),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<String>,

    /// The default value (any JSON value).
    #[serde(rename = "value")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<crate::types::Object>,

    #[serde(rename = "options")]
    #[validate(length(max = 500), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<models::SettingOption>>,

    /// Other names the setting is read under.
    #[serde(rename = "aliases")]
    #[validate(length(max = 50), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,

    /// Other environment variables that set it.
    #[serde(rename = "env_aliases")]
    #[validate(length(max = 50), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env_aliases: Option<Vec<String>>,

    #[serde(rename = "documentation")]
    #[validate(length(max = 2048), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documentation: Option<String>,

    #[serde(rename = "tooltip")]
    #[validate(length(max = 4096), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tooltip: Option<String>,

    #[serde(rename = "placeholder")]
    #[validate(length(max = 1024), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,

    #[serde(rename = "hidden")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,

    #[serde(rename = "env_specific")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env_specific: Option<bool>,

    #[serde(rename = "custom")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom: Option<bool>,

    #[serde(rename = "oauth")]
    #[validate(length(max = 50), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth: Option<std::collections::HashMap<String, crate::types::Object>>,

    #[serde(rename = "value_processor")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_processor: Option<String>,

    #[serde(rename = "value_post_processor")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_post_processor: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_SETTINGDEFINITION_NAME: regex::Regex = regex::Regex::new("^[A-Za-z0-9_][A-Za-z0-9_.-]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SETTINGDEFINITION_DESCRIPTION: regex::Regex = regex::Regex::new("^[^\\x00]*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SETTINGDEFINITION_ENV: regex::Regex = regex::Regex::new("^[A-Za-z_][A-Za-z0-9_]*$").unwrap();
}

impl SettingDefinition {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String) -> SettingDefinition {
        SettingDefinition {
            name,
            kind: None,
            label: None,
            description: None,
            sensitive: None,
            env: None,
            value: None,
            options: None,
            aliases: None,
            env_aliases: None,
            documentation: None,
            tooltip: None,
            placeholder: None,
            hidden: None,
            env_specific: None,
            custom: None,
            oauth: None,
            value_processor: None,
            value_post_processor: None,
        }
    }
}

/// Converts the SettingDefinition value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SettingDefinition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            // Skipping kind in query parameter serialization
            self.label
                .as_ref()
                .map(|label| ["label".to_string(), label.to_string()].join(",")),
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
            self.sensitive
                .as_ref()
                .map(|sensitive| ["sensitive".to_string(), sensitive.to_string()].join(",")),
            self.env
                .as_ref()
                .map(|env| ["env".to_string(), env.to_string()].join(",")),
            // Skipping value in query parameter serialization

            // Skipping options in query parameter serialization
            self.aliases.as_ref().map(|aliases| {
                [
                    "aliases".to_string(),
                    aliases
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.env_aliases.as_ref().map(|env_aliases| {
                [
                    "env_aliases".to_string(),
                    env_aliases
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.documentation.as_ref().map(|documentation| {
                ["documentation".to_string(), documentation.to_string()].join(",")
            }),
            self.tooltip
                .as_ref()
                .map(|tooltip| ["tooltip".to_string(), tooltip.to_string()].join(",")),
            self.placeholder
                .as_ref()
                .map(|placeholder| ["placeholder".to_string(), placeholder.to_string()].join(",")),
            self.hidden
                .as_ref()
                .map(|hidden| ["hidden".to_string(), hidden.to_string()].join(",")),
            self.env_specific.as_ref().map(|env_specific| {
                ["env_specific".to_string(), env_specific.to_string()].join(",")
            }),
            self.custom
                .as_ref()
                .map(|custom| ["custom".to_string(), custom.to_string()].join(",")),
            // Skipping oauth in query parameter serialization
            // Skipping oauth in query parameter serialization
            self.value_processor.as_ref().map(|value_processor| {
                ["value_processor".to_string(), value_processor.to_string()].join(",")
            }),
            self.value_post_processor
                .as_ref()
                .map(|value_post_processor| {
                    [
                        "value_post_processor".to_string(),
                        value_post_processor.to_string(),
                    ]
                    .join(",")
                }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SettingDefinition value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SettingDefinition {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub kind: Vec<models::SettingKind>,
            pub label: Vec<String>,
            pub description: Vec<String>,
            pub sensitive: Vec<bool>,
            pub env: Vec<String>,
            pub value: Vec<crate::types::Object>,
            pub options: Vec<Vec<models::SettingOption>>,
            pub aliases: Vec<Vec<String>>,
            pub env_aliases: Vec<Vec<String>>,
            pub documentation: Vec<String>,
            pub tooltip: Vec<String>,
            pub placeholder: Vec<String>,
            pub hidden: Vec<bool>,
            pub env_specific: Vec<bool>,
            pub custom: Vec<bool>,
            pub oauth: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub value_processor: Vec<String>,
            pub value_post_processor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SettingDefinition".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(
                        <models::SettingKind as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "label" => intermediate_rep.label.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "sensitive" => intermediate_rep.sensitive.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "env" => intermediate_rep.env.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "value" => intermediate_rep.value.push(
                        <crate::types::Object as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "options" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in SettingDefinition"
                            .to_string(),
                    ),
                    "aliases" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in SettingDefinition"
                            .to_string(),
                    ),
                    "env_aliases" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in SettingDefinition"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "documentation" => intermediate_rep.documentation.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "tooltip" => intermediate_rep.tooltip.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "placeholder" => intermediate_rep.placeholder.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "hidden" => intermediate_rep.hidden.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "env_specific" => intermediate_rep.env_specific.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "custom" => intermediate_rep.custom.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "oauth" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in SettingDefinition"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "value_processor" => intermediate_rep.value_processor.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "value_post_processor" => intermediate_rep.value_post_processor.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing SettingDefinition".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SettingDefinition {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in SettingDefinition".to_string())?,
            kind: intermediate_rep.kind.into_iter().next(),
            label: intermediate_rep.label.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            sensitive: intermediate_rep.sensitive.into_iter().next(),
            env: intermediate_rep.env.into_iter().next(),
            value: intermediate_rep.value.into_iter().next(),
            options: intermediate_rep.options.into_iter().next(),
            aliases: intermediate_rep.aliases.into_iter().next(),
            env_aliases: intermediate_rep.env_aliases.into_iter().next(),
            documentation: intermediate_rep.documentation.into_iter().next(),
            tooltip: intermediate_rep.tooltip.into_iter().next(),
            placeholder: intermediate_rep.placeholder.into_iter().next(),
            hidden: intermediate_rep.hidden.into_iter().next(),
            env_specific: intermediate_rep.env_specific.into_iter().next(),
            custom: intermediate_rep.custom.into_iter().next(),
            oauth: intermediate_rep.oauth.into_iter().next(),
            value_processor: intermediate_rep.value_processor.into_iter().next(),
            value_post_processor: intermediate_rep.value_post_processor.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SettingDefinition> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SettingDefinition>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SettingDefinition>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SettingDefinition - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SettingDefinition> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SettingDefinition as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SettingDefinition - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum SettingKind {
    #[serde(rename = "string")]
    String,
    #[serde(rename = "integer")]
    Integer,
    #[serde(rename = "decimal")]
    Decimal,
    #[serde(rename = "boolean")]
    Boolean,
    #[serde(rename = "date_iso8601")]
    DateIso8601,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "password")]
    Password,
    #[serde(rename = "oauth")]
    Oauth,
    #[serde(rename = "options")]
    Options,
    #[serde(rename = "file")]
    File,
    #[serde(rename = "array")]
    Array,
    #[serde(rename = "object")]
    Object,
    #[serde(rename = "hidden")]
    Hidden,
}

impl validator::Validate for SettingKind {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for SettingKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            SettingKind::String => write!(f, "string"),
            SettingKind::Integer => write!(f, "integer"),
            SettingKind::Decimal => write!(f, "decimal"),
            SettingKind::Boolean => write!(f, "boolean"),
            SettingKind::DateIso8601 => write!(f, "date_iso8601"),
            SettingKind::Email => write!(f, "email"),
            SettingKind::Password => write!(f, "password"),
            SettingKind::Oauth => write!(f, "oauth"),
            SettingKind::Options => write!(f, "options"),
            SettingKind::File => write!(f, "file"),
            SettingKind::Array => write!(f, "array"),
            SettingKind::Object => write!(f, "object"),
            SettingKind::Hidden => write!(f, "hidden"),
        }
    }
}

impl std::str::FromStr for SettingKind {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "string" => std::result::Result::Ok(SettingKind::String),
            "integer" => std::result::Result::Ok(SettingKind::Integer),
            "decimal" => std::result::Result::Ok(SettingKind::Decimal),
            "boolean" => std::result::Result::Ok(SettingKind::Boolean),
            "date_iso8601" => std::result::Result::Ok(SettingKind::DateIso8601),
            "email" => std::result::Result::Ok(SettingKind::Email),
            "password" => std::result::Result::Ok(SettingKind::Password),
            "oauth" => std::result::Result::Ok(SettingKind::Oauth),
            "options" => std::result::Result::Ok(SettingKind::Options),
            "file" => std::result::Result::Ok(SettingKind::File),
            "array" => std::result::Result::Ok(SettingKind::Array),
            "object" => std::result::Result::Ok(SettingKind::Object),
            "hidden" => std::result::Result::Ok(SettingKind::Hidden),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SettingOption {
    #[serde(rename = "label")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,

    #[serde(rename = "value")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    pub value: String,
}

impl SettingOption {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(value: String) -> SettingOption {
        SettingOption { label: None, value }
    }
}

/// Converts the SettingOption value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SettingOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.label
                .as_ref()
                .map(|label| ["label".to_string(), label.to_string()].join(",")),
            Some("value".to_string()),
            Some(self.value.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SettingOption value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SettingOption {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub label: Vec<String>,
            pub value: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SettingOption".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "label" => intermediate_rep.label.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "value" => intermediate_rep.value.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing SettingOption".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SettingOption {
            label: intermediate_rep.label.into_iter().next(),
            value: intermediate_rep
                .value
                .into_iter()
                .next()
                .ok_or_else(|| "value missing in SettingOption".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SettingOption> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SettingOption>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SettingOption>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SettingOption - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SettingOption> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SettingOption as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SettingOption - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The state of one state id, as Meltano keeps it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct State {
    /// A state id as Meltano accepts one: printable text without spaces or `/`, up to Meltano's 900 characters. Meltano forms them `{env}:{extractor}-to-{loader}` with an optional `:{suffix}`; an id of that form lives in the environment it names.
    #[serde(rename = "state_id")]
    #[validate(
            length(min = 1, max = 900),
            regex(path = *RE_STATE_STATE_ID),
          custom(function = "check_xss_string"),
    )]
    pub state_id: String,

    /// The state of the last successful run, or as set.
    #[serde(rename = "completed")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,

    /// State captured by runs that did not complete, or merged in.
    #[serde(rename = "partial")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,

    /// What a run reads, the partial state deep-merged over the completed state.
    #[serde(rename = "effective")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_STATE_STATE_ID: regex::Regex = regex::Regex::new("^[A-Za-z0-9_][!-.0-~]{0,899}$").unwrap();
}

impl State {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(state_id: String) -> State {
        State {
            state_id,
            completed: None,
            partial: None,
            effective: None,
            update_time: None,
            etag: None,
        }
    }
}

/// Converts the State value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("state_id".to_string()),
            Some(self.state_id.to_string()),
            // Skipping completed in query parameter serialization
            // Skipping completed in query parameter serialization

            // Skipping partial in query parameter serialization
            // Skipping partial in query parameter serialization

            // Skipping effective in query parameter serialization
            // Skipping effective in query parameter serialization

            // Skipping update_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a State value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for State {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub state_id: Vec<String>,
            pub completed: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub partial: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub effective: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing State".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "state_id" => intermediate_rep.state_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "completed" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in State"
                                .to_string(),
                        );
                    }
                    "partial" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in State"
                                .to_string(),
                        );
                    }
                    "effective" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in State"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing State".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(State {
            state_id: intermediate_rep
                .state_id
                .into_iter()
                .next()
                .ok_or_else(|| "state_id missing in State".to_string())?,
            completed: std::result::Result::Err(
                "Nullable types not supported in State".to_string(),
            )?,
            partial: std::result::Result::Err("Nullable types not supported in State".to_string())?,
            effective: std::result::Result::Err(
                "Nullable types not supported in State".to_string(),
            )?,
            update_time: intermediate_rep.update_time.into_iter().next(),
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<State> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<State>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<State>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for State - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<State> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <State as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into State - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StateDestination {
    /// A state id as Meltano accepts one: printable text without spaces or `/`, up to Meltano's 900 characters. Meltano forms them `{env}:{extractor}-to-{loader}` with an optional `:{suffix}`; an id of that form lives in the environment it names.
    #[serde(rename = "destination")]
    #[validate(
            length(min = 1, max = 900),
            regex(path = *RE_STATEDESTINATION_DESTINATION),
          custom(function = "check_xss_string"),
    )]
    pub destination: String,
}

lazy_static::lazy_static! {
    static ref RE_STATEDESTINATION_DESTINATION: regex::Regex = regex::Regex::new("^[A-Za-z0-9_][!-.0-~]{0,899}$").unwrap();
}

impl StateDestination {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(destination: String) -> StateDestination {
        StateDestination { destination }
    }
}

/// Converts the StateDestination value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for StateDestination {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("destination".to_string()),
            Some(self.destination.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StateDestination value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StateDestination {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub destination: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StateDestination".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "destination" => intermediate_rep.destination.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StateDestination".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StateDestination {
            destination: intermediate_rep
                .destination
                .into_iter()
                .next()
                .ok_or_else(|| "destination missing in StateDestination".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StateDestination> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<StateDestination>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StateDestination>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for StateDestination - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<StateDestination> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StateDestination as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into StateDestination - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// One state in the shape of `meltano state export`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StateExportEntry {
    #[serde(rename = "completed")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,

    #[serde(rename = "partial")]
    #[validate(length(max = 1000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial: Option<Nullable<std::collections::HashMap<String, crate::types::Object>>>,
}

impl StateExportEntry {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> StateExportEntry {
        StateExportEntry {
            completed: None,
            partial: None,
        }
    }
}

/// Converts the StateExportEntry value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for StateExportEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping completed in query parameter serialization
            // Skipping completed in query parameter serialization

            // Skipping partial in query parameter serialization
            // Skipping partial in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StateExportEntry value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StateExportEntry {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub completed: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub partial: Vec<std::collections::HashMap<String, crate::types::Object>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StateExportEntry".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "completed" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in StateExportEntry"
                            .to_string(),
                    ),
                    "partial" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in StateExportEntry"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StateExportEntry".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StateExportEntry {
            completed: std::result::Result::Err(
                "Nullable types not supported in StateExportEntry".to_string(),
            )?,
            partial: std::result::Result::Err(
                "Nullable types not supported in StateExportEntry".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StateExportEntry> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<StateExportEntry>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StateExportEntry>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for StateExportEntry - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<StateExportEntry> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StateExportEntry as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into StateExportEntry - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A state id as Meltano accepts one: printable text without spaces or `/`, up to Meltano's 900 characters. Meltano forms them `{env}:{extractor}-to-{loader}` with an optional `:{suffix}`; an id of that form lives in the environment it names.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StateId(pub String);

impl validator::Validate for StateId {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for StateId {
    fn from(x: String) -> Self {
        StateId(x)
    }
}

impl std::fmt::Display for StateId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for StateId {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(StateId(x.to_string()))
    }
}

impl std::convert::From<StateId> for String {
    fn from(x: StateId) -> Self {
        x.0
    }
}

impl std::ops::Deref for StateId {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for StateId {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StateList {
    #[serde(rename = "states")]
    #[validate(length(max = 1000), nested)]
    pub states: Vec<models::State>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl StateList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(states: Vec<models::State>) -> StateList {
        StateList {
            states,
            next_page_token: None,
        }
    }
}

/// Converts the StateList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for StateList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping states in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StateList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StateList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub states: Vec<Vec<models::State>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StateList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "states" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in StateList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StateList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StateList {
            states: intermediate_rep
                .states
                .into_iter()
                .next()
                .ok_or_else(|| "states missing in StateList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StateList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<StateList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StateList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for StateList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<StateList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StateList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into StateList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// What to merge into the partial state; exactly one of `partial` and `from_state_id`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StateMerge {
    #[serde(rename = "partial")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial: Option<std::collections::HashMap<String, crate::types::Object>>,

    /// A state id as Meltano accepts one: printable text without spaces or `/`, up to Meltano's 900 characters. Meltano forms them `{env}:{extractor}-to-{loader}` with an optional `:{suffix}`; an id of that form lives in the environment it names.
    #[serde(rename = "from_state_id")]
    #[validate(
            length(min = 1, max = 900),
            regex(path = *RE_STATEMERGE_FROM_STATE_ID),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_state_id: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_STATEMERGE_FROM_STATE_ID: regex::Regex = regex::Regex::new("^[A-Za-z0-9_][!-.0-~]{0,899}$").unwrap();
}

impl StateMerge {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> StateMerge {
        StateMerge {
            partial: None,
            from_state_id: None,
        }
    }
}

/// Converts the StateMerge value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for StateMerge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping partial in query parameter serialization
            // Skipping partial in query parameter serialization
            self.from_state_id.as_ref().map(|from_state_id| {
                ["from_state_id".to_string(), from_state_id.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StateMerge value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StateMerge {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub partial: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub from_state_id: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StateMerge".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "partial" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in StateMerge"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "from_state_id" => intermediate_rep.from_state_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StateMerge".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StateMerge {
            partial: intermediate_rep.partial.into_iter().next(),
            from_state_id: intermediate_rep.from_state_id.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StateMerge> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<StateMerge>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StateMerge>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for StateMerge - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<StateMerge> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StateMerge as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into StateMerge - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The new completed state.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StateSet {
    #[serde(rename = "completed")]
    #[validate(length(max = 1000), custom(function = "check_xss_map"))]
    pub completed: std::collections::HashMap<String, crate::types::Object>,
}

impl StateSet {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(completed: std::collections::HashMap<String, crate::types::Object>) -> StateSet {
        StateSet { completed }
    }
}

/// Converts the StateSet value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for StateSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping completed in query parameter serialization
            // Skipping completed in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StateSet value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StateSet {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub completed: Vec<std::collections::HashMap<String, crate::types::Object>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StateSet".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "completed" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in StateSet"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StateSet".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StateSet {
            completed: intermediate_rep
                .completed
                .into_iter()
                .next()
                .ok_or_else(|| "completed missing in StateSet".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StateSet> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<StateSet>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StateSet>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for StateSet - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<StateSet> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StateSet as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into StateSet - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// How captured state is written, as `meltano run --state-strategy`.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum StateStrategy {
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "merge")]
    Merge,
    #[serde(rename = "overwrite")]
    Overwrite,
}

impl validator::Validate for StateStrategy {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for StateStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            StateStrategy::Auto => write!(f, "auto"),
            StateStrategy::Merge => write!(f, "merge"),
            StateStrategy::Overwrite => write!(f, "overwrite"),
        }
    }
}

impl std::str::FromStr for StateStrategy {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "auto" => std::result::Result::Ok(StateStrategy::Auto),
            "merge" => std::result::Result::Ok(StateStrategy::Merge),
            "overwrite" => std::result::Result::Ok(StateStrategy::Overwrite),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// One property of one stream, with its selection.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StreamProperty {
    #[serde(rename = "stream")]
    #[validate(length(max = 1024), custom(function = "check_xss_string"))]
    pub stream: String,

    /// The property's path (`address.city` for a nested one).
    #[serde(rename = "property")]
    #[validate(length(max = 4096), custom(function = "check_xss_string"))]
    pub property: String,

    /// The stream's and the property's selection combined (excluded over automatic over unsupported over selected).
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "selection")]
    #[validate(custom(function = "check_xss_string"))]
    pub selection: String,
}

impl StreamProperty {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(stream: String, property: String, selection: String) -> StreamProperty {
        StreamProperty {
            stream,
            property,
            selection,
        }
    }
}

/// Converts the StreamProperty value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for StreamProperty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("stream".to_string()),
            Some(self.stream.to_string()),
            Some("property".to_string()),
            Some(self.property.to_string()),
            Some("selection".to_string()),
            Some(self.selection.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StreamProperty value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StreamProperty {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub stream: Vec<String>,
            pub property: Vec<String>,
            pub selection: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StreamProperty".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "stream" => intermediate_rep.stream.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "property" => intermediate_rep.property.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "selection" => intermediate_rep.selection.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StreamProperty".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StreamProperty {
            stream: intermediate_rep
                .stream
                .into_iter()
                .next()
                .ok_or_else(|| "stream missing in StreamProperty".to_string())?,
            property: intermediate_rep
                .property
                .into_iter()
                .next()
                .ok_or_else(|| "property missing in StreamProperty".to_string())?,
            selection: intermediate_rep
                .selection
                .into_iter()
                .next()
                .ok_or_else(|| "selection missing in StreamProperty".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StreamProperty> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<StreamProperty>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StreamProperty>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for StreamProperty - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<StreamProperty> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StreamProperty as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into StreamProperty - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StreamStatistics {
    #[serde(rename = "stream")]
    #[validate(length(max = 1024), custom(function = "check_xss_string"))]
    pub stream: String,

    #[serde(rename = "records")]
    #[validate(range(min = 0u64, max = 9007199254740991u64))]
    pub records: u64,

    #[serde(rename = "sync_seconds")]
    #[validate(range(min = 0f64))]
    pub sync_seconds: f64,

    #[serde(rename = "http_requests")]
    #[validate(range(min = 0u64, max = 9007199254740991u64))]
    pub http_requests: u64,
}

impl StreamStatistics {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        stream: String,
        records: u64,
        sync_seconds: f64,
        http_requests: u64,
    ) -> StreamStatistics {
        StreamStatistics {
            stream,
            records,
            sync_seconds,
            http_requests,
        }
    }
}

/// Converts the StreamStatistics value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for StreamStatistics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("stream".to_string()),
            Some(self.stream.to_string()),
            Some("records".to_string()),
            Some(self.records.to_string()),
            Some("sync_seconds".to_string()),
            Some(self.sync_seconds.to_string()),
            Some("http_requests".to_string()),
            Some(self.http_requests.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StreamStatistics value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StreamStatistics {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub stream: Vec<String>,
            pub records: Vec<u64>,
            pub sync_seconds: Vec<f64>,
            pub http_requests: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StreamStatistics".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "stream" => intermediate_rep.stream.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "records" => intermediate_rep.records.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "sync_seconds" => intermediate_rep.sync_seconds.push(
                        <f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "http_requests" => intermediate_rep.http_requests.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StreamStatistics".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StreamStatistics {
            stream: intermediate_rep
                .stream
                .into_iter()
                .next()
                .ok_or_else(|| "stream missing in StreamStatistics".to_string())?,
            records: intermediate_rep
                .records
                .into_iter()
                .next()
                .ok_or_else(|| "records missing in StreamStatistics".to_string())?,
            sync_seconds: intermediate_rep
                .sync_seconds
                .into_iter()
                .next()
                .ok_or_else(|| "sync_seconds missing in StreamStatistics".to_string())?,
            http_requests: intermediate_rep
                .http_requests
                .into_iter()
                .next()
                .ok_or_else(|| "http_requests missing in StreamStatistics".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StreamStatistics> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<StreamStatistics>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StreamStatistics>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for StreamStatistics - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<StreamStatistics> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StreamStatistics as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into StreamStatistics - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// One task, `tap mapper target` or `dbt:run`, or a list of plugin names run as one block.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(non_camel_case_types, clippy::large_enum_variant)]
pub enum TaskBlock {
    String(String),
    VecOfString(Vec<String>),
}

impl validator::Validate for TaskBlock {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        match self {
            Self::String(_) => std::result::Result::Ok(()),
            Self::VecOfString(_) => std::result::Result::Ok(()),
        }
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a TaskBlock value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for TaskBlock {
    type Err = serde_json::Error;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        serde_json::from_str(s)
    }
}

impl From<String> for TaskBlock {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<Vec<String>> for TaskBlock {
    fn from(value: Vec<String>) -> Self {
        Self::VecOfString(value)
    }
}

/// A job's tasks, as `meltano job add --tasks`; a string, or a list of tasks.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(non_camel_case_types, clippy::large_enum_variant)]
pub enum Tasks {
    String(String),
    VecOfTaskBlock(Vec<models::TaskBlock>),
}

impl validator::Validate for Tasks {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        match self {
            Self::String(_) => std::result::Result::Ok(()),
            Self::VecOfTaskBlock(_) => std::result::Result::Ok(()),
        }
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Tasks value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Tasks {
    type Err = serde_json::Error;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        serde_json::from_str(s)
    }
}

impl From<String> for Tasks {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<Vec<models::TaskBlock>> for Tasks {
    fn from(value: Vec<models::TaskBlock>) -> Self {
        Self::VecOfTaskBlock(value)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct TestRequest {
    /// The plugins whose tests to run, each `plugin` or `plugin:test-name`; all plugins when empty.
    #[serde(rename = "plugins")]
    #[validate(length(max = 100), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plugins: Option<Vec<String>>,
}

impl TestRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> TestRequest {
        TestRequest { plugins: None }
    }
}

/// Converts the TestRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for TestRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![self.plugins.as_ref().map(|plugins| {
            [
                "plugins".to_string(),
                plugins
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ]
            .join(",")
        })];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a TestRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for TestRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub plugins: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing TestRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "plugins" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in TestRequest"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing TestRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(TestRequest {
            plugins: intermediate_rep.plugins.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<TestRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<TestRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<TestRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for TestRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<TestRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <TestRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into TestRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct TestResult {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "plugin")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_TESTRESULT_PLUGIN),
          custom(function = "check_xss_string"),
    )]
    pub plugin: String,

    #[serde(rename = "test")]
    #[validate(length(max = 255), custom(function = "check_xss_string"))]
    pub test: String,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "status")]
    #[validate(custom(function = "check_xss_string"))]
    pub status: String,

    #[serde(rename = "duration_ms")]
    #[validate(range(min = 0u64, max = 9007199254740991u64))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<u64>,
}

lazy_static::lazy_static! {
    static ref RE_TESTRESULT_PLUGIN: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl TestResult {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(plugin: String, test: String, status: String) -> TestResult {
        TestResult {
            plugin,
            test,
            status,
            duration_ms: None,
        }
    }
}

/// Converts the TestResult value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for TestResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("plugin".to_string()),
            Some(self.plugin.to_string()),
            Some("test".to_string()),
            Some(self.test.to_string()),
            Some("status".to_string()),
            Some(self.status.to_string()),
            self.duration_ms
                .as_ref()
                .map(|duration_ms| ["duration_ms".to_string(), duration_ms.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a TestResult value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for TestResult {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub plugin: Vec<String>,
            pub test: Vec<String>,
            pub status: Vec<String>,
            pub duration_ms: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing TestResult".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "plugin" => intermediate_rep.plugin.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "test" => intermediate_rep.test.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "duration_ms" => intermediate_rep.duration_ms.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing TestResult".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(TestResult {
            plugin: intermediate_rep
                .plugin
                .into_iter()
                .next()
                .ok_or_else(|| "plugin missing in TestResult".to_string())?,
            test: intermediate_rep
                .test
                .into_iter()
                .next()
                .ok_or_else(|| "test missing in TestResult".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in TestResult".to_string())?,
            duration_ms: intermediate_rep.duration_ms.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<TestResult> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<TestResult>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<TestResult>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for TestResult - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<TestResult> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <TestResult as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into TestResult - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct TestRun {
    /// A server-assigned id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::RunStatus,

    #[serde(rename = "plugins")]
    #[validate(length(max = 100), custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plugins: Option<Vec<String>>,

    #[serde(rename = "results")]
    #[validate(length(max = 1000), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<models::TestResult>>,

    #[serde(rename = "create_time")]
    pub create_time: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "end_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,
}

impl TestRun {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        status: models::RunStatus,
        create_time: chrono::DateTime<chrono::Utc>,
    ) -> TestRun {
        TestRun {
            id,
            status,
            plugins: None,
            results: None,
            create_time,
            end_time: None,
        }
    }
}

/// Converts the TestRun value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for TestRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping status in query parameter serialization
            self.plugins.as_ref().map(|plugins| {
                [
                    "plugins".to_string(),
                    plugins
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping results in query parameter serialization

            // Skipping create_time in query parameter serialization

            // Skipping end_time in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a TestRun value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for TestRun {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub status: Vec<models::RunStatus>,
            pub plugins: Vec<Vec<String>>,
            pub results: Vec<Vec<models::TestResult>>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub end_time: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing TestRun".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::RunStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "plugins" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in TestRun"
                                .to_string(),
                        );
                    }
                    "results" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in TestRun"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "end_time" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in TestRun"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing TestRun".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(TestRun {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in TestRun".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in TestRun".to_string())?,
            plugins: intermediate_rep.plugins.into_iter().next(),
            results: intermediate_rep.results.into_iter().next(),
            create_time: intermediate_rep
                .create_time
                .into_iter()
                .next()
                .ok_or_else(|| "create_time missing in TestRun".to_string())?,
            end_time: std::result::Result::Err(
                "Nullable types not supported in TestRun".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<TestRun> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<TestRun>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<TestRun>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for TestRun - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<TestRun> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <TestRun as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into TestRun - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct TestRunList {
    #[serde(rename = "tests")]
    #[validate(length(max = 1000), nested)]
    pub tests: Vec<models::TestRun>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl TestRunList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(tests: Vec<models::TestRun>) -> TestRunList {
        TestRunList {
            tests,
            next_page_token: None,
        }
    }
}

/// Converts the TestRunList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for TestRunList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping tests in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a TestRunList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for TestRunList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub tests: Vec<Vec<models::TestRun>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing TestRunList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "tests" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in TestRunList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing TestRunList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(TestRunList {
            tests: intermediate_rep
                .tests
                .into_iter()
                .next()
                .ok_or_else(|| "tests missing in TestRunList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<TestRunList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<TestRunList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<TestRunList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for TestRunList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<TestRunList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <TestRunList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into TestRunList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Timestamp(pub chrono::DateTime<chrono::Utc>);

impl validator::Validate for Timestamp {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::convert::From<chrono::DateTime<chrono::Utc>> for Timestamp {
    fn from(x: chrono::DateTime<chrono::Utc>) -> Self {
        Timestamp(x)
    }
}

impl std::convert::From<Timestamp> for chrono::DateTime<chrono::Utc> {
    fn from(x: Timestamp) -> Self {
        x.0
    }
}

impl std::ops::Deref for Timestamp {
    type Target = chrono::DateTime<chrono::Utc>;
    fn deref(&self) -> &chrono::DateTime<chrono::Utc> {
        &self.0
    }
}

impl std::ops::DerefMut for Timestamp {
    fn deref_mut(&mut self) -> &mut chrono::DateTime<chrono::Utc> {
        &mut self.0
    }
}

/// A token's name: the third field of its line in the token file (`read-write sha256:<hex> ci-deployer`), or, for a token given without a name, `sha256:` and the first 12 hex digits of its digest (which `hash-token` prints).
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct TokenName(pub String);

impl validator::Validate for TokenName {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for TokenName {
    fn from(x: String) -> Self {
        TokenName(x)
    }
}

impl std::fmt::Display for TokenName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for TokenName {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(TokenName(x.to_string()))
    }
}

impl std::convert::From<TokenName> for String {
    fn from(x: TokenName) -> Self {
        x.0
    }
}

impl std::ops::Deref for TokenName {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for TokenName {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

/// Where a project's run events are sent. Each event it wants makes one delivery (one `webhook-id`), whichever replica makes the change; it is posted until answered `2xx`, so a receiver may see it again (after a timeout, or a server that stopped mid-attempt) and dedupes by `webhook-id`. Events of one run may arrive out of order (their `time` orders them).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Webhook {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_WEBHOOK_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,

    /// Where deliveries are sent, `http` or `https`, of a host and without user or password (redirects are not followed). One that does not parse as such a URL is a `422`.
    #[serde(rename = "url")]
    #[validate(
            length(min = 8, max = 2048),
            regex(path = *RE_WEBHOOK_URL),
          custom(function = "check_xss_string"),
    )]
    pub url: String,

    /// The run events it wants.
    #[serde(rename = "events")]
    #[validate(length(min = 1, max = 3), nested)]
    pub events: Vec<models::RunEventType>,

    /// Only events of runs in these statuses (the status at the event); all when empty.
    #[serde(rename = "statuses")]
    #[validate(length(max = 7), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statuses: Option<Vec<models::RunStatus>>,

    /// Only runs of this environment.
    #[serde(rename = "env")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOK_ENV),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<Nullable<String>>,

    /// Only runs of this job.
    #[serde(rename = "job")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOK_JOB),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<Nullable<String>>,

    /// Only runs this schedule made.
    #[serde(rename = "schedule")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOK_SCHEDULE),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Nullable<String>>,

    /// While `true`, events make no deliveries.
    #[serde(rename = "paused")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_WEBHOOK_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOK_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+([/?#][^\\s]*)?$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOK_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOK_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOK_SCHEDULE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl Webhook {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, url: String, events: Vec<models::RunEventType>) -> Webhook {
        Webhook {
            name,
            url,
            events,
            statuses: None,
            env: None,
            job: None,
            schedule: None,
            paused: None,
            create_time: None,
            update_time: None,
            etag: None,
        }
    }
}

/// Converts the Webhook value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Webhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("url".to_string()),
            Some(self.url.to_string()),
            // Skipping events in query parameter serialization

            // Skipping statuses in query parameter serialization
            self.env.as_ref().map(|env| {
                [
                    "env".to_string(),
                    env.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.job.as_ref().map(|job| {
                [
                    "job".to_string(),
                    job.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.schedule.as_ref().map(|schedule| {
                [
                    "schedule".to_string(),
                    schedule
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.paused
                .as_ref()
                .map(|paused| ["paused".to_string(), paused.to_string()].join(",")),
            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Webhook value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Webhook {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub url: Vec<String>,
            pub events: Vec<Vec<models::RunEventType>>,
            pub statuses: Vec<Vec<models::RunStatus>>,
            pub env: Vec<String>,
            pub job: Vec<String>,
            pub schedule: Vec<String>,
            pub paused: Vec<bool>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Webhook".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "events" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Webhook"
                                .to_string(),
                        );
                    }
                    "statuses" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Webhook"
                                .to_string(),
                        );
                    }
                    "env" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Webhook"
                                .to_string(),
                        );
                    }
                    "job" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Webhook"
                                .to_string(),
                        );
                    }
                    "schedule" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Webhook"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "paused" => intermediate_rep.paused.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Webhook".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Webhook {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Webhook".to_string())?,
            url: intermediate_rep
                .url
                .into_iter()
                .next()
                .ok_or_else(|| "url missing in Webhook".to_string())?,
            events: intermediate_rep
                .events
                .into_iter()
                .next()
                .ok_or_else(|| "events missing in Webhook".to_string())?,
            statuses: intermediate_rep.statuses.into_iter().next(),
            env: std::result::Result::Err("Nullable types not supported in Webhook".to_string())?,
            job: std::result::Result::Err("Nullable types not supported in Webhook".to_string())?,
            schedule: std::result::Result::Err(
                "Nullable types not supported in Webhook".to_string(),
            )?,
            paused: intermediate_rep.paused.into_iter().next(),
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Webhook> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Webhook>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Webhook>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Webhook - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Webhook> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Webhook as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Webhook - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookCreate {
    /// A resource name; lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters. `:` is never allowed (Meltano uses it in state ids and `plugin:command`).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 63),
            regex(path = *RE_WEBHOOKCREATE_NAME),
          custom(function = "check_xss_string"),
    )]
    pub name: String,

    /// Where deliveries are sent, `http` or `https`, of a host and without user or password (redirects are not followed). One that does not parse as such a URL is a `422`.
    #[serde(rename = "url")]
    #[validate(
            length(min = 8, max = 2048),
            regex(path = *RE_WEBHOOKCREATE_URL),
          custom(function = "check_xss_string"),
    )]
    pub url: String,

    /// The key that signs deliveries: `whsec_` and the base64 of 24 to 64 random bytes (the Standard Webhooks form, whose libraries verify it as is), or any other text of 24 or more characters, used as its UTF-8 bytes (a `whsec_` one that is not such base64 is a `422`). Write-only: never answered, logged or exported.
    #[serde(rename = "secret")]
    #[validate(
            length(min = 24, max = 256),
            regex(path = *RE_WEBHOOKCREATE_SECRET),
          custom(function = "check_xss_string"),
    )]
    pub secret: String,

    /// The run events it wants; default `[run.ended]`.
    #[serde(rename = "events")]
    #[validate(length(min = 1, max = 3), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<models::RunEventType>>,

    #[serde(rename = "statuses")]
    #[validate(length(max = 7), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statuses: Option<Vec<models::RunStatus>>,

    #[serde(rename = "env")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOKCREATE_ENV),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<Nullable<String>>,

    #[serde(rename = "job")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOKCREATE_JOB),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<Nullable<String>>,

    #[serde(rename = "schedule")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOKCREATE_SCHEDULE),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Nullable<String>>,

    #[serde(rename = "paused")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,
}

lazy_static::lazy_static! {
    static ref RE_WEBHOOKCREATE_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKCREATE_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+([/?#][^\\s]*)?$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKCREATE_SECRET: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKCREATE_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKCREATE_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKCREATE_SCHEDULE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl WebhookCreate {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, url: String, secret: String) -> WebhookCreate {
        WebhookCreate {
            name,
            url,
            secret,
            events: None,
            statuses: None,
            env: None,
            job: None,
            schedule: None,
            paused: Some(false),
        }
    }
}

/// Converts the WebhookCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("url".to_string()),
            Some(self.url.to_string()),
            Some("secret".to_string()),
            Some(self.secret.to_string()),
            // Skipping events in query parameter serialization

            // Skipping statuses in query parameter serialization
            self.env.as_ref().map(|env| {
                [
                    "env".to_string(),
                    env.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.job.as_ref().map(|job| {
                [
                    "job".to_string(),
                    job.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.schedule.as_ref().map(|schedule| {
                [
                    "schedule".to_string(),
                    schedule
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.paused
                .as_ref()
                .map(|paused| ["paused".to_string(), paused.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookCreate value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub url: Vec<String>,
            pub secret: Vec<String>,
            pub events: Vec<Vec<models::RunEventType>>,
            pub statuses: Vec<Vec<models::RunStatus>>,
            pub env: Vec<String>,
            pub job: Vec<String>,
            pub schedule: Vec<String>,
            pub paused: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookCreate".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "secret" => intermediate_rep.secret.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "events" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in WebhookCreate"
                                .to_string(),
                        );
                    }
                    "statuses" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in WebhookCreate"
                                .to_string(),
                        );
                    }
                    "env" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookCreate"
                            .to_string(),
                    ),
                    "job" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookCreate"
                            .to_string(),
                    ),
                    "schedule" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookCreate"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "paused" => intermediate_rep.paused.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookCreate".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookCreate {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in WebhookCreate".to_string())?,
            url: intermediate_rep
                .url
                .into_iter()
                .next()
                .ok_or_else(|| "url missing in WebhookCreate".to_string())?,
            secret: intermediate_rep
                .secret
                .into_iter()
                .next()
                .ok_or_else(|| "secret missing in WebhookCreate".to_string())?,
            events: intermediate_rep.events.into_iter().next(),
            statuses: intermediate_rep.statuses.into_iter().next(),
            env: std::result::Result::Err(
                "Nullable types not supported in WebhookCreate".to_string(),
            )?,
            job: std::result::Result::Err(
                "Nullable types not supported in WebhookCreate".to_string(),
            )?,
            schedule: std::result::Result::Err(
                "Nullable types not supported in WebhookCreate".to_string(),
            )?,
            paused: intermediate_rep.paused.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookCreate> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookCreate>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookCreate - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookCreate> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookCreate - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookDelivery {
    /// Its `webhook-id`.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "event")]
    #[validate(nested)]
    pub event: models::RunEventType,

    /// A server-assigned id.
    #[serde(rename = "run")]
    pub run: uuid::Uuid,

    #[serde(rename = "run_status")]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_status: Option<models::RunStatus>,

    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::DeliveryStatus,

    #[serde(rename = "attempts")]
    #[validate(range(min = 0u32, max = 100u32))]
    pub attempts: u32,

    #[serde(rename = "create_time")]
    pub create_time: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "last_attempt_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_attempt_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// When it is attempted again (`null` once delivered or failed).
    #[serde(rename = "next_attempt_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_attempt_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "delivered_time")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivered_time: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// The HTTP status of the last answer.
    #[serde(rename = "response_status")]
    #[validate(range(min = 100u32, max = 599u32))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_status: Option<Nullable<u32>>,

    /// Why the last attempt failed (the answer's status, a timeout, a refused connection).
    #[serde(rename = "last_error")]
    #[validate(length(max = 1024))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<Nullable<String>>,
}

impl WebhookDelivery {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        event: models::RunEventType,
        run: uuid::Uuid,
        status: models::DeliveryStatus,
        attempts: u32,
        create_time: chrono::DateTime<chrono::Utc>,
    ) -> WebhookDelivery {
        WebhookDelivery {
            id,
            event,
            run,
            run_status: None,
            status,
            attempts,
            create_time,
            last_attempt_time: None,
            next_attempt_time: None,
            delivered_time: None,
            response_status: None,
            last_error: None,
        }
    }
}

/// Converts the WebhookDelivery value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping event in query parameter serialization

            // Skipping run in query parameter serialization

            // Skipping run_status in query parameter serialization

            // Skipping status in query parameter serialization
            Some("attempts".to_string()),
            Some(self.attempts.to_string()),
            // Skipping create_time in query parameter serialization

            // Skipping last_attempt_time in query parameter serialization

            // Skipping next_attempt_time in query parameter serialization

            // Skipping delivered_time in query parameter serialization
            self.response_status.as_ref().map(|response_status| {
                [
                    "response_status".to_string(),
                    response_status
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.last_error.as_ref().map(|last_error| {
                [
                    "last_error".to_string(),
                    last_error
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookDelivery value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookDelivery {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub event: Vec<models::RunEventType>,
            pub run: Vec<uuid::Uuid>,
            pub run_status: Vec<models::RunStatus>,
            pub status: Vec<models::DeliveryStatus>,
            pub attempts: Vec<u32>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub last_attempt_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub next_attempt_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub delivered_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub response_status: Vec<u32>,
            pub last_error: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookDelivery".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "event" => intermediate_rep.event.push(
                        <models::RunEventType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "run" => intermediate_rep.run.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "run_status" => intermediate_rep.run_status.push(
                        <models::RunStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::DeliveryStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "attempts" => intermediate_rep.attempts.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "last_attempt_time" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "next_attempt_time" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "delivered_time" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "response_status" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "last_error" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookDelivery".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookDelivery {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in WebhookDelivery".to_string())?,
            event: intermediate_rep
                .event
                .into_iter()
                .next()
                .ok_or_else(|| "event missing in WebhookDelivery".to_string())?,
            run: intermediate_rep
                .run
                .into_iter()
                .next()
                .ok_or_else(|| "run missing in WebhookDelivery".to_string())?,
            run_status: intermediate_rep.run_status.into_iter().next(),
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in WebhookDelivery".to_string())?,
            attempts: intermediate_rep
                .attempts
                .into_iter()
                .next()
                .ok_or_else(|| "attempts missing in WebhookDelivery".to_string())?,
            create_time: intermediate_rep
                .create_time
                .into_iter()
                .next()
                .ok_or_else(|| "create_time missing in WebhookDelivery".to_string())?,
            last_attempt_time: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            next_attempt_time: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            delivered_time: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            response_status: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            last_error: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookDelivery> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookDelivery>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookDelivery>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookDelivery - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookDelivery> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookDelivery as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookDelivery - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookDeliveryList {
    #[serde(rename = "deliveries")]
    #[validate(length(max = 1000), nested)]
    pub deliveries: Vec<models::WebhookDelivery>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl WebhookDeliveryList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(deliveries: Vec<models::WebhookDelivery>) -> WebhookDeliveryList {
        WebhookDeliveryList {
            deliveries,
            next_page_token: None,
        }
    }
}

/// Converts the WebhookDeliveryList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookDeliveryList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping deliveries in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookDeliveryList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookDeliveryList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub deliveries: Vec<Vec<models::WebhookDelivery>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookDeliveryList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "deliveries" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in WebhookDeliveryList"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookDeliveryList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookDeliveryList {
            deliveries: intermediate_rep
                .deliveries
                .into_iter()
                .next()
                .ok_or_else(|| "deliveries missing in WebhookDeliveryList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookDeliveryList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookDeliveryList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookDeliveryList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookDeliveryList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookDeliveryList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookDeliveryList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookDeliveryList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookList {
    #[serde(rename = "webhooks")]
    #[validate(length(max = 1000), nested)]
    pub webhooks: Vec<models::Webhook>,

    /// Pass as `page_token` for the next page; absent on the last page.
    #[serde(rename = "next_page_token")]
    #[validate(length(max = 512), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

impl WebhookList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(webhooks: Vec<models::Webhook>) -> WebhookList {
        WebhookList {
            webhooks,
            next_page_token: None,
        }
    }
}

/// Converts the WebhookList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping webhooks in query parameter serialization
            self.next_page_token.as_ref().map(|next_page_token| {
                ["next_page_token".to_string(), next_page_token.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub webhooks: Vec<Vec<models::Webhook>>,
            pub next_page_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "webhooks" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in WebhookList"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_page_token" => intermediate_rep.next_page_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookList {
            webhooks: intermediate_rep
                .webhooks
                .into_iter()
                .next()
                .ok_or_else(|| "webhooks missing in WebhookList".to_string())?,
            next_page_token: intermediate_rep.next_page_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookPatch {
    /// Where deliveries are sent, `http` or `https`, of a host and without user or password (redirects are not followed). One that does not parse as such a URL is a `422`.
    #[serde(rename = "url")]
    #[validate(
            length(min = 8, max = 2048),
            regex(path = *RE_WEBHOOKPATCH_URL),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,

    /// The key that signs deliveries: `whsec_` and the base64 of 24 to 64 random bytes (the Standard Webhooks form, whose libraries verify it as is), or any other text of 24 or more characters, used as its UTF-8 bytes (a `whsec_` one that is not such base64 is a `422`). Write-only: never answered, logged or exported.
    #[serde(rename = "secret")]
    #[validate(
            length(min = 24, max = 256),
            regex(path = *RE_WEBHOOKPATCH_SECRET),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,

    #[serde(rename = "events")]
    #[validate(length(min = 1, max = 3), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<models::RunEventType>>,

    #[serde(rename = "statuses")]
    #[validate(length(max = 7), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statuses: Option<Vec<models::RunStatus>>,

    #[serde(rename = "env")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOKPATCH_ENV),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<Nullable<String>>,

    #[serde(rename = "job")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOKPATCH_JOB),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<Nullable<String>>,

    #[serde(rename = "schedule")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOKPATCH_SCHEDULE),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Nullable<String>>,

    #[serde(rename = "paused")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,
}

lazy_static::lazy_static! {
    static ref RE_WEBHOOKPATCH_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+([/?#][^\\s]*)?$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKPATCH_SECRET: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKPATCH_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKPATCH_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKPATCH_SCHEDULE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl WebhookPatch {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> WebhookPatch {
        WebhookPatch {
            url: None,
            secret: None,
            events: None,
            statuses: None,
            env: None,
            job: None,
            schedule: None,
            paused: None,
        }
    }
}

/// Converts the WebhookPatch value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookPatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.url
                .as_ref()
                .map(|url| ["url".to_string(), url.to_string()].join(",")),
            self.secret
                .as_ref()
                .map(|secret| ["secret".to_string(), secret.to_string()].join(",")),
            // Skipping events in query parameter serialization

            // Skipping statuses in query parameter serialization
            self.env.as_ref().map(|env| {
                [
                    "env".to_string(),
                    env.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.job.as_ref().map(|job| {
                [
                    "job".to_string(),
                    job.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.schedule.as_ref().map(|schedule| {
                [
                    "schedule".to_string(),
                    schedule
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.paused
                .as_ref()
                .map(|paused| ["paused".to_string(), paused.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookPatch value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookPatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub secret: Vec<String>,
            pub events: Vec<Vec<models::RunEventType>>,
            pub statuses: Vec<Vec<models::RunStatus>>,
            pub env: Vec<String>,
            pub job: Vec<String>,
            pub schedule: Vec<String>,
            pub paused: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookPatch".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "secret" => intermediate_rep.secret.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "events" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in WebhookPatch"
                                .to_string(),
                        );
                    }
                    "statuses" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in WebhookPatch"
                                .to_string(),
                        );
                    }
                    "env" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookPatch"
                            .to_string(),
                    ),
                    "job" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookPatch"
                            .to_string(),
                    ),
                    "schedule" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookPatch"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "paused" => intermediate_rep.paused.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookPatch".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookPatch {
            url: intermediate_rep.url.into_iter().next(),
            secret: intermediate_rep.secret.into_iter().next(),
            events: intermediate_rep.events.into_iter().next(),
            statuses: intermediate_rep.statuses.into_iter().next(),
            env: std::result::Result::Err(
                "Nullable types not supported in WebhookPatch".to_string(),
            )?,
            job: std::result::Result::Err(
                "Nullable types not supported in WebhookPatch".to_string(),
            )?,
            schedule: std::result::Result::Err(
                "Nullable types not supported in WebhookPatch".to_string(),
            )?,
            paused: intermediate_rep.paused.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookPatch> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookPatch>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookPatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookPatch - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookPatch> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookPatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookPatch - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookReplace {
    /// Output-only here: the path names the resource.
    #[serde(rename = "name")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOKREPLACE_NAME),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Where deliveries are sent, `http` or `https`, of a host and without user or password (redirects are not followed). One that does not parse as such a URL is a `422`.
    #[serde(rename = "url")]
    #[validate(
            length(min = 8, max = 2048),
            regex(path = *RE_WEBHOOKREPLACE_URL),
          custom(function = "check_xss_string"),
    )]
    pub url: String,

    /// The key that signs deliveries: `whsec_` and the base64 of 24 to 64 random bytes (the Standard Webhooks form, whose libraries verify it as is), or any other text of 24 or more characters, used as its UTF-8 bytes (a `whsec_` one that is not such base64 is a `422`). Write-only: never answered, logged or exported.
    #[serde(rename = "secret")]
    #[validate(
            length(min = 24, max = 256),
            regex(path = *RE_WEBHOOKREPLACE_SECRET),
          custom(function = "check_xss_string"),
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,

    #[serde(rename = "events")]
    #[validate(length(min = 1, max = 3), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<models::RunEventType>>,

    #[serde(rename = "statuses")]
    #[validate(length(max = 7), nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statuses: Option<Vec<models::RunStatus>>,

    #[serde(rename = "env")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOKREPLACE_ENV),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<Nullable<String>>,

    #[serde(rename = "job")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOKREPLACE_JOB),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<Nullable<String>>,

    #[serde(rename = "schedule")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WEBHOOKREPLACE_SCHEDULE),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Nullable<String>>,

    #[serde(rename = "paused")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,

    #[serde(rename = "create_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "update_time")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<chrono::DateTime<chrono::Utc>>,

    /// The entity tag of this version of the resource.
    #[serde(rename = "etag")]
    #[validate(length(max = 64), custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_WEBHOOKREPLACE_NAME: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKREPLACE_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+([/?#][^\\s]*)?$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKREPLACE_SECRET: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKREPLACE_ENV: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKREPLACE_JOB: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_WEBHOOKREPLACE_SCHEDULE: regex::Regex = regex::Regex::new("^[a-z0-9][a-z0-9_-]{0,62}$").unwrap();
}

impl WebhookReplace {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(url: String) -> WebhookReplace {
        WebhookReplace {
            name: None,
            url,
            secret: None,
            events: None,
            statuses: None,
            env: None,
            job: None,
            schedule: None,
            paused: Some(false),
            create_time: None,
            update_time: None,
            etag: None,
        }
    }
}

/// Converts the WebhookReplace value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookReplace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            Some("url".to_string()),
            Some(self.url.to_string()),
            self.secret
                .as_ref()
                .map(|secret| ["secret".to_string(), secret.to_string()].join(",")),
            // Skipping events in query parameter serialization

            // Skipping statuses in query parameter serialization
            self.env.as_ref().map(|env| {
                [
                    "env".to_string(),
                    env.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.job.as_ref().map(|job| {
                [
                    "job".to_string(),
                    job.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.schedule.as_ref().map(|schedule| {
                [
                    "schedule".to_string(),
                    schedule
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.paused
                .as_ref()
                .map(|paused| ["paused".to_string(), paused.to_string()].join(",")),
            // Skipping create_time in query parameter serialization

            // Skipping update_time in query parameter serialization
            self.etag
                .as_ref()
                .map(|etag| ["etag".to_string(), etag.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookReplace value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookReplace {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub url: Vec<String>,
            pub secret: Vec<String>,
            pub events: Vec<Vec<models::RunEventType>>,
            pub statuses: Vec<Vec<models::RunStatus>>,
            pub env: Vec<String>,
            pub job: Vec<String>,
            pub schedule: Vec<String>,
            pub paused: Vec<bool>,
            pub create_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub update_time: Vec<chrono::DateTime<chrono::Utc>>,
            pub etag: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookReplace".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "secret" => intermediate_rep.secret.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "events" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in WebhookReplace"
                                .to_string(),
                        );
                    }
                    "statuses" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in WebhookReplace"
                                .to_string(),
                        );
                    }
                    "env" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookReplace"
                            .to_string(),
                    ),
                    "job" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookReplace"
                            .to_string(),
                    ),
                    "schedule" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookReplace"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "paused" => intermediate_rep.paused.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "create_time" => intermediate_rep.create_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "update_time" => intermediate_rep.update_time.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookReplace".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookReplace {
            name: intermediate_rep.name.into_iter().next(),
            url: intermediate_rep
                .url
                .into_iter()
                .next()
                .ok_or_else(|| "url missing in WebhookReplace".to_string())?,
            secret: intermediate_rep.secret.into_iter().next(),
            events: intermediate_rep.events.into_iter().next(),
            statuses: intermediate_rep.statuses.into_iter().next(),
            env: std::result::Result::Err(
                "Nullable types not supported in WebhookReplace".to_string(),
            )?,
            job: std::result::Result::Err(
                "Nullable types not supported in WebhookReplace".to_string(),
            )?,
            schedule: std::result::Result::Err(
                "Nullable types not supported in WebhookReplace".to_string(),
            )?,
            paused: intermediate_rep.paused.into_iter().next(),
            create_time: intermediate_rep.create_time.into_iter().next(),
            update_time: intermediate_rep.update_time.into_iter().next(),
            etag: intermediate_rep.etag.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookReplace> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookReplace>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookReplace>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookReplace - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookReplace> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookReplace as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookReplace - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The key that signs deliveries: `whsec_` and the base64 of 24 to 64 random bytes (the Standard Webhooks form, whose libraries verify it as is), or any other text of 24 or more characters, used as its UTF-8 bytes (a `whsec_` one that is not such base64 is a `422`). Write-only: never answered, logged or exported.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookSecret(pub String);

impl validator::Validate for WebhookSecret {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for WebhookSecret {
    fn from(x: String) -> Self {
        WebhookSecret(x)
    }
}

impl std::fmt::Display for WebhookSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for WebhookSecret {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(WebhookSecret(x.to_string()))
    }
}

impl std::convert::From<WebhookSecret> for String {
    fn from(x: WebhookSecret) -> Self {
        x.0
    }
}

impl std::ops::Deref for WebhookSecret {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for WebhookSecret {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

/// Where deliveries are sent, `http` or `https`, of a host and without user or password (redirects are not followed). One that does not parse as such a URL is a `422`.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookUrl(pub String);

impl validator::Validate for WebhookUrl {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for WebhookUrl {
    fn from(x: String) -> Self {
        WebhookUrl(x)
    }
}

impl std::fmt::Display for WebhookUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for WebhookUrl {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(WebhookUrl(x.to_string()))
    }
}

impl std::convert::From<WebhookUrl> for String {
    fn from(x: WebhookUrl) -> Self {
        x.0
    }
}

impl std::ops::Deref for WebhookUrl {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for WebhookUrl {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}
