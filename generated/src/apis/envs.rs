use async_trait::async_trait;
use axum::extract::*;
use axum_extra::extract::CookieJar;
use bytes::Bytes;
use headers::Host;
use http::Method;
use serde::{Deserialize, Serialize};

use crate::{models, types::*};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum CreateEnvResponse {
    /// The environment was created.
    Status201_TheEnvironmentWasCreated {
        body: models::Env,
        e_tag: Option<String>,
        location: Option<String>,
    },
    /// The request is malformed (bad JSON, a value outside the schema, an unknown field, a bad page token), or its `Host` is not a name this server answers to (IP addresses, `localhost` and the `--allowed-host` names; this keeps DNS-rebinding web pages out).
    Status400_TheRequestIsMalformed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request took longer than the server allows (`--request-timeout`, 60 s by default), reading its body included; nothing was changed.
    Status408_TheRequestTookLongerThanTheServerAllows {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// No valid bearer token was given.
    Status401_NoValidBearerTokenWasGiven {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The token does not allow this request (a read-only token on a write), or another site's page sent it (an unsafe method with a foreign `Origin`, or `Sec-Fetch-Site` cross-site).
    Status403_TheTokenDoesNotAllowThisRequest {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The resource, or one of its parents, does not exist.
    Status404_TheResource {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request conflicts with the current state (a name already taken, a resource in use or in the wrong state).
    Status409_TheRequestConflictsWithTheCurrentState {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request body is larger than the server accepts (1 MiB).
    Status413_TheRequestBodyIsLargerThanTheServerAccepts {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request body is not of the media type the operation takes. Form and `text/plain` bodies (what a web page may send to another site without asking) are refused on every operation.
    Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server failed; nothing was changed.
    Status500_TheServerFailed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server cannot take this request now (its database cannot be reached, is locked past the busy wait or its disk is full, or too many log streams are open); nothing was changed. Retry after `Retry-After` seconds.
    Status503_TheServerCannotTakeThisRequestNow {
        body: models::Problem,
        x_request_id: Option<String>,
        retry_after: Option<u32>,
    },
    /// The database's disk is full; nothing was changed. Writes work again once space is made; reads go on meanwhile.
    Status507_TheDatabase {
        body: models::Problem,
        x_request_id: Option<String>,
    },
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum DeleteEnvResponse {
    /// The environment is gone.
    Status204_TheEnvironmentIsGone,
    /// The request is malformed (bad JSON, a value outside the schema, an unknown field, a bad page token), or its `Host` is not a name this server answers to (IP addresses, `localhost` and the `--allowed-host` names; this keeps DNS-rebinding web pages out).
    Status400_TheRequestIsMalformed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request took longer than the server allows (`--request-timeout`, 60 s by default), reading its body included; nothing was changed.
    Status408_TheRequestTookLongerThanTheServerAllows {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request body is not of the media type the operation takes. Form and `text/plain` bodies (what a web page may send to another site without asking) are refused on every operation.
    Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// No valid bearer token was given.
    Status401_NoValidBearerTokenWasGiven {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The token does not allow this request (a read-only token on a write), or another site's page sent it (an unsafe method with a foreign `Origin`, or `Sec-Fetch-Site` cross-site).
    Status403_TheTokenDoesNotAllowThisRequest {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The resource, or one of its parents, does not exist.
    Status404_TheResource {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request conflicts with the current state (a name already taken, a resource in use or in the wrong state).
    Status409_TheRequestConflictsWithTheCurrentState {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The `If-Match` tag does not match the resource's current `etag`.
    Status412_The {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server failed; nothing was changed.
    Status500_TheServerFailed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server cannot take this request now (its database cannot be reached, is locked past the busy wait or its disk is full, or too many log streams are open); nothing was changed. Retry after `Retry-After` seconds.
    Status503_TheServerCannotTakeThisRequestNow {
        body: models::Problem,
        x_request_id: Option<String>,
        retry_after: Option<u32>,
    },
    /// The database's disk is full; nothing was changed. Writes work again once space is made; reads go on meanwhile.
    Status507_TheDatabase {
        body: models::Problem,
        x_request_id: Option<String>,
    },
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetEnvResponse {
    /// The environment.
    Status200_TheEnvironment {
        body: models::Env,
        e_tag: Option<String>,
    },
    /// The resource has not changed since the `If-None-Match` tag.
    Status304_TheResourceHasNotChangedSinceThe {
        x_request_id: Option<String>,
        e_tag: Option<String>,
    },
    /// The request is malformed (bad JSON, a value outside the schema, an unknown field, a bad page token), or its `Host` is not a name this server answers to (IP addresses, `localhost` and the `--allowed-host` names; this keeps DNS-rebinding web pages out).
    Status400_TheRequestIsMalformed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request took longer than the server allows (`--request-timeout`, 60 s by default), reading its body included; nothing was changed.
    Status408_TheRequestTookLongerThanTheServerAllows {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// No valid bearer token was given.
    Status401_NoValidBearerTokenWasGiven {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The token does not allow this request (a read-only token on a write), or another site's page sent it (an unsafe method with a foreign `Origin`, or `Sec-Fetch-Site` cross-site).
    Status403_TheTokenDoesNotAllowThisRequest {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The resource, or one of its parents, does not exist.
    Status404_TheResource {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server failed; nothing was changed.
    Status500_TheServerFailed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server cannot take this request now (its database cannot be reached, is locked past the busy wait or its disk is full, or too many log streams are open); nothing was changed. Retry after `Retry-After` seconds.
    Status503_TheServerCannotTakeThisRequestNow {
        body: models::Problem,
        x_request_id: Option<String>,
        retry_after: Option<u32>,
    },
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum ListEnvsResponse {
    /// A page of environments, ordered by name.
    Status200_APageOfEnvironments(models::EnvList),
    /// The request is malformed (bad JSON, a value outside the schema, an unknown field, a bad page token), or its `Host` is not a name this server answers to (IP addresses, `localhost` and the `--allowed-host` names; this keeps DNS-rebinding web pages out).
    Status400_TheRequestIsMalformed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request took longer than the server allows (`--request-timeout`, 60 s by default), reading its body included; nothing was changed.
    Status408_TheRequestTookLongerThanTheServerAllows {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// No valid bearer token was given.
    Status401_NoValidBearerTokenWasGiven {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The token does not allow this request (a read-only token on a write), or another site's page sent it (an unsafe method with a foreign `Origin`, or `Sec-Fetch-Site` cross-site).
    Status403_TheTokenDoesNotAllowThisRequest {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The resource, or one of its parents, does not exist.
    Status404_TheResource {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server failed; nothing was changed.
    Status500_TheServerFailed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server cannot take this request now (its database cannot be reached, is locked past the busy wait or its disk is full, or too many log streams are open); nothing was changed. Retry after `Retry-After` seconds.
    Status503_TheServerCannotTakeThisRequestNow {
        body: models::Problem,
        x_request_id: Option<String>,
        retry_after: Option<u32>,
    },
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum PatchEnvResponse {
    /// The environment as updated.
    Status200_TheEnvironmentAsUpdated {
        body: models::Env,
        e_tag: Option<String>,
    },
    /// The request is malformed (bad JSON, a value outside the schema, an unknown field, a bad page token), or its `Host` is not a name this server answers to (IP addresses, `localhost` and the `--allowed-host` names; this keeps DNS-rebinding web pages out).
    Status400_TheRequestIsMalformed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request took longer than the server allows (`--request-timeout`, 60 s by default), reading its body included; nothing was changed.
    Status408_TheRequestTookLongerThanTheServerAllows {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// No valid bearer token was given.
    Status401_NoValidBearerTokenWasGiven {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The token does not allow this request (a read-only token on a write), or another site's page sent it (an unsafe method with a foreign `Origin`, or `Sec-Fetch-Site` cross-site).
    Status403_TheTokenDoesNotAllowThisRequest {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The resource, or one of its parents, does not exist.
    Status404_TheResource {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The `If-Match` tag does not match the resource's current `etag`.
    Status412_The {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request body is larger than the server accepts (1 MiB).
    Status413_TheRequestBodyIsLargerThanTheServerAccepts {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request body is not of the media type the operation takes. Form and `text/plain` bodies (what a web page may send to another site without asking) are refused on every operation.
    Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server failed; nothing was changed.
    Status500_TheServerFailed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server cannot take this request now (its database cannot be reached, is locked past the busy wait or its disk is full, or too many log streams are open); nothing was changed. Retry after `Retry-After` seconds.
    Status503_TheServerCannotTakeThisRequestNow {
        body: models::Problem,
        x_request_id: Option<String>,
        retry_after: Option<u32>,
    },
    /// The database's disk is full; nothing was changed. Writes work again once space is made; reads go on meanwhile.
    Status507_TheDatabase {
        body: models::Problem,
        x_request_id: Option<String>,
    },
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum ReplaceEnvResponse {
    /// The environment as replaced.
    Status200_TheEnvironmentAsReplaced {
        body: models::Env,
        e_tag: Option<String>,
    },
    /// The request is malformed (bad JSON, a value outside the schema, an unknown field, a bad page token), or its `Host` is not a name this server answers to (IP addresses, `localhost` and the `--allowed-host` names; this keeps DNS-rebinding web pages out).
    Status400_TheRequestIsMalformed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request took longer than the server allows (`--request-timeout`, 60 s by default), reading its body included; nothing was changed.
    Status408_TheRequestTookLongerThanTheServerAllows {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// No valid bearer token was given.
    Status401_NoValidBearerTokenWasGiven {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The token does not allow this request (a read-only token on a write), or another site's page sent it (an unsafe method with a foreign `Origin`, or `Sec-Fetch-Site` cross-site).
    Status403_TheTokenDoesNotAllowThisRequest {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The resource, or one of its parents, does not exist.
    Status404_TheResource {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The `If-Match` tag does not match the resource's current `etag`.
    Status412_The {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request body is larger than the server accepts (1 MiB).
    Status413_TheRequestBodyIsLargerThanTheServerAccepts {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The request body is not of the media type the operation takes. Form and `text/plain` bodies (what a web page may send to another site without asking) are refused on every operation.
    Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server failed; nothing was changed.
    Status500_TheServerFailed {
        body: models::Problem,
        x_request_id: Option<String>,
    },
    /// The server cannot take this request now (its database cannot be reached, is locked past the busy wait or its disk is full, or too many log streams are open); nothing was changed. Retry after `Retry-After` seconds.
    Status503_TheServerCannotTakeThisRequestNow {
        body: models::Problem,
        x_request_id: Option<String>,
        retry_after: Option<u32>,
    },
    /// The database's disk is full; nothing was changed. Writes work again once space is made; reads go on meanwhile.
    Status507_TheDatabase {
        body: models::Problem,
        x_request_id: Option<String>,
    },
}

/// Envs
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Envs<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    type Claims;

    /// Create an environment.
    ///
    /// CreateEnv - POST /meltano/core/v2beta/projects/{project}/envs
    async fn create_env(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::CreateEnvPathParams,
        body: &models::Env,
    ) -> Result<CreateEnvResponse, E>;

    /// Delete an environment.
    ///
    /// DeleteEnv - DELETE /meltano/core/v2beta/projects/{project}/envs/{env}
    async fn delete_env(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::DeleteEnvHeaderParams,
        path_params: &models::DeleteEnvPathParams,
    ) -> Result<DeleteEnvResponse, E>;

    /// Get an environment.
    ///
    /// GetEnv - GET /meltano/core/v2beta/projects/{project}/envs/{env}
    async fn get_env(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::GetEnvHeaderParams,
        path_params: &models::GetEnvPathParams,
    ) -> Result<GetEnvResponse, E>;

    /// List environments.
    ///
    /// ListEnvs - GET /meltano/core/v2beta/projects/{project}/envs
    async fn list_envs(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ListEnvsPathParams,
        query_params: &models::ListEnvsQueryParams,
    ) -> Result<ListEnvsResponse, E>;

    /// Update an environment.
    ///
    /// PatchEnv - PATCH /meltano/core/v2beta/projects/{project}/envs/{env}
    async fn patch_env(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::PatchEnvHeaderParams,
        path_params: &models::PatchEnvPathParams,
        body: &models::EnvPatch,
    ) -> Result<PatchEnvResponse, E>;

    /// Replace an environment.
    ///
    /// ReplaceEnv - PUT /meltano/core/v2beta/projects/{project}/envs/{env}
    async fn replace_env(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ReplaceEnvHeaderParams,
        path_params: &models::ReplaceEnvPathParams,
        body: &models::EnvReplace,
    ) -> Result<ReplaceEnvResponse, E>;
}
