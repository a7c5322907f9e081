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
pub enum CreatePluginResponse {
    /// The plugin was added.
    Status201_ThePluginWasAdded {
        body: models::Plugin,
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
pub enum DeletePluginResponse {
    /// The plugin is gone.
    Status204_ThePluginIsGone,
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
pub enum GetPluginResponse {
    /// The plugin, with config resolved for the environment.
    Status200_ThePlugin {
        body: models::Plugin,
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
pub enum InstallPluginResponse {
    /// The install run, started.
    Status202_TheInstallRun {
        body: models::Run,
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
pub enum ListPluginStreamsResponse {
    /// A page of the selection.
    Status200_APageOfTheSelection(models::PluginStreamList),
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
pub enum ListPluginsResponse {
    /// A page of plugins, ordered by name, with config resolved for the environment.
    Status200_APageOfPlugins(models::PluginList),
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
pub enum PatchPluginResponse {
    /// The plugin as updated.
    Status200_ThePluginAsUpdated {
        body: models::Plugin,
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
pub enum ReplacePluginResponse {
    /// The plugin as replaced.
    Status200_ThePluginAsReplaced {
        body: models::Plugin,
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
pub enum SelectPluginStreamsResponse {
    /// The plugin with its new select rules.
    Status200_ThePluginWithItsNewSelectRules {
        body: models::Plugin,
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
pub enum TestPluginConfigResponse {
    /// The test run, started.
    Status202_TheTestRun {
        body: models::Run,
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

/// Plugins
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Plugins<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    type Claims;

    /// Add a plugin.
    ///
    /// CreatePlugin - POST /meltano/core/v2beta/projects/{project}/envs/{env}/plugins
    async fn create_plugin(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::CreatePluginPathParams,
        body: &models::Plugin,
    ) -> Result<CreatePluginResponse, E>;

    /// Remove a plugin.
    ///
    /// DeletePlugin - DELETE /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}
    async fn delete_plugin(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::DeletePluginHeaderParams,
        path_params: &models::DeletePluginPathParams,
    ) -> Result<DeletePluginResponse, E>;

    /// Get a plugin.
    ///
    /// GetPlugin - GET /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}
    async fn get_plugin(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::GetPluginHeaderParams,
        path_params: &models::GetPluginPathParams,
    ) -> Result<GetPluginResponse, E>;

    /// Install a plugin.
    ///
    /// InstallPlugin - POST /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/install
    async fn install_plugin(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::InstallPluginHeaderParams,
        path_params: &models::InstallPluginPathParams,
    ) -> Result<InstallPluginResponse, E>;

    /// List an extractor's streams and properties, each with its selection.
    ///
    /// ListPluginStreams - GET /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/streams
    async fn list_plugin_streams(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ListPluginStreamsPathParams,
        query_params: &models::ListPluginStreamsQueryParams,
    ) -> Result<ListPluginStreamsResponse, E>;

    /// List plugins.
    ///
    /// ListPlugins - GET /meltano/core/v2beta/projects/{project}/envs/{env}/plugins
    async fn list_plugins(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ListPluginsPathParams,
        query_params: &models::ListPluginsQueryParams,
    ) -> Result<ListPluginsResponse, E>;

    /// Update a plugin.
    ///
    /// PatchPlugin - PATCH /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}
    async fn patch_plugin(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::PatchPluginHeaderParams,
        path_params: &models::PatchPluginPathParams,
        body: &models::PluginPatch,
    ) -> Result<PatchPluginResponse, E>;

    /// Replace a plugin.
    ///
    /// ReplacePlugin - PUT /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}
    async fn replace_plugin(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ReplacePluginHeaderParams,
        path_params: &models::ReplacePluginPathParams,
        body: &models::PluginReplace,
    ) -> Result<ReplacePluginResponse, E>;

    /// Add or remove select rules.
    ///
    /// SelectPluginStreams - POST /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/select
    async fn select_plugin_streams(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::SelectPluginStreamsPathParams,
        body: &models::SelectChange,
    ) -> Result<SelectPluginStreamsResponse, E>;

    /// Test an extractor's config.
    ///
    /// TestPluginConfig - POST /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/test-config
    async fn test_plugin_config(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::TestPluginConfigHeaderParams,
        path_params: &models::TestPluginConfigPathParams,
    ) -> Result<TestPluginConfigResponse, E>;
}
