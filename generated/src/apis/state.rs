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
pub enum ClearStateResponse {
    /// The state is gone.
    Status204_TheStateIsGone,
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
    /// The request is well-formed but breaks a domain rule (e.g. a job naming an unknown plugin); `errors` points at the bad values.
    Status422_TheRequestIsWell {
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
pub enum CopyStateResponse {
    /// The destination state.
    Status200_TheDestinationState {
        body: models::State,
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
    /// The request is well-formed but breaks a domain rule (e.g. a job naming an unknown plugin); `errors` points at the bad values.
    Status422_TheRequestIsWell {
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
pub enum ExportStatesResponse {
    /// The states, keyed by state id.
    Status200_TheStates(std::collections::HashMap<String, models::StateExportEntry>),
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
pub enum GetStateResponse {
    /// The state.
    Status200_TheState {
        body: models::State,
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
    /// The request is well-formed but breaks a domain rule (e.g. a job naming an unknown plugin); `errors` points at the bad values.
    Status422_TheRequestIsWell {
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
pub enum ImportStatesResponse {
    /// The states as imported, keyed by state id.
    Status200_TheStatesAsImported(std::collections::HashMap<String, models::StateExportEntry>),
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
    /// The request is well-formed but breaks a domain rule (e.g. a job naming an unknown plugin); `errors` points at the bad values.
    Status422_TheRequestIsWell {
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
pub enum ListStatesResponse {
    /// A page of states, ordered by state id.
    Status200_APageOfStates(models::StateList),
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
pub enum MergeStateResponse {
    /// The state after the merge.
    Status200_TheStateAfterTheMerge {
        body: models::State,
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
    /// The request is well-formed but breaks a domain rule (e.g. a job naming an unknown plugin); `errors` points at the bad values.
    Status422_TheRequestIsWell {
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
pub enum MoveStateResponse {
    /// The destination state.
    Status200_TheDestinationState {
        body: models::State,
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
    /// The request is well-formed but breaks a domain rule (e.g. a job naming an unknown plugin); `errors` points at the bad values.
    Status422_TheRequestIsWell {
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
pub enum SetStateResponse {
    /// The state after the change.
    Status200_TheStateAfterTheChange {
        body: models::State,
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
    /// The request is well-formed but breaks a domain rule (e.g. a job naming an unknown plugin); `errors` points at the bad values.
    Status422_TheRequestIsWell {
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

/// State
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait State<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    type Claims;

    /// Clear a state.
    ///
    /// ClearState - DELETE /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}
    async fn clear_state(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ClearStateHeaderParams,
        path_params: &models::ClearStatePathParams,
    ) -> Result<ClearStateResponse, E>;

    /// Copy a state.
    ///
    /// CopyState - POST /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}/copy
    async fn copy_state(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::CopyStatePathParams,
        body: &models::StateDestination,
    ) -> Result<CopyStateResponse, E>;

    /// Export states.
    ///
    /// ExportStates - POST /meltano/core/v2beta/projects/{project}/envs/{env}/export-state
    async fn export_states(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ExportStatesPathParams,
        query_params: &models::ExportStatesQueryParams,
    ) -> Result<ExportStatesResponse, E>;

    /// Get a state.
    ///
    /// GetState - GET /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}
    async fn get_state(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::GetStateHeaderParams,
        path_params: &models::GetStatePathParams,
    ) -> Result<GetStateResponse, E>;

    /// Import states.
    ///
    /// ImportStates - POST /meltano/core/v2beta/projects/{project}/envs/{env}/import-state
    async fn import_states(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ImportStatesPathParams,
        query_params: &models::ImportStatesQueryParams,
        body: &std::collections::HashMap<String, models::StateExportEntry>,
    ) -> Result<ImportStatesResponse, E>;

    /// List states.
    ///
    /// ListStates - GET /meltano/core/v2beta/projects/{project}/envs/{env}/state
    async fn list_states(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ListStatesPathParams,
        query_params: &models::ListStatesQueryParams,
    ) -> Result<ListStatesResponse, E>;

    /// Merge into a state.
    ///
    /// MergeState - POST /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}/merge
    async fn merge_state(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::MergeStatePathParams,
        query_params: &models::MergeStateQueryParams,
        body: &models::StateMerge,
    ) -> Result<MergeStateResponse, E>;

    /// Move a state.
    ///
    /// MoveState - POST /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}/move
    async fn move_state(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::MoveStatePathParams,
        body: &models::StateDestination,
    ) -> Result<MoveStateResponse, E>;

    /// Set a state.
    ///
    /// SetState - PUT /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}
    async fn set_state(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::SetStateHeaderParams,
        path_params: &models::SetStatePathParams,
        query_params: &models::SetStateQueryParams,
        body: &models::StateSet,
    ) -> Result<SetStateResponse, E>;
}
