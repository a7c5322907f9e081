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
pub enum CreateServiceResponse {
    /// The service was started.
    Status201_TheServiceWasStarted {
        body: models::Service,
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
pub enum DeleteServiceResponse {
    /// The service is stopped and gone.
    Status204_TheServiceIsStoppedAndGone,
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
pub enum GetServiceResponse {
    /// The service and its status.
    Status200_TheServiceAndItsStatus(models::Service),
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
pub enum ListServiceLogsResponse {
    /// A page of log lines, oldest first.
    Status200_APageOfLogLines(models::LogLineList),
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
pub enum ListServicesResponse {
    /// A page of services, ordered by name.
    Status200_APageOfServices(models::ServiceList),
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

/// Services
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Services<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    type Claims;

    /// Start a service.
    ///
    /// CreateService - POST /meltano/core/v2beta/projects/{project}/envs/{env}/services
    async fn create_service(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::CreateServicePathParams,
        body: &models::Service,
    ) -> Result<CreateServiceResponse, E>;

    /// Stop a service.
    ///
    /// DeleteService - DELETE /meltano/core/v2beta/projects/{project}/envs/{env}/services/{service}
    async fn delete_service(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::DeleteServicePathParams,
    ) -> Result<DeleteServiceResponse, E>;

    /// Get a service.
    ///
    /// GetService - GET /meltano/core/v2beta/projects/{project}/envs/{env}/services/{service}
    async fn get_service(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::GetServicePathParams,
    ) -> Result<GetServiceResponse, E>;

    /// Read a service's log.
    ///
    /// ListServiceLogs - GET /meltano/core/v2beta/projects/{project}/envs/{env}/services/{service}/logs
    async fn list_service_logs(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ListServiceLogsPathParams,
        query_params: &models::ListServiceLogsQueryParams,
    ) -> Result<ListServiceLogsResponse, E>;

    /// List services.
    ///
    /// ListServices - GET /meltano/core/v2beta/projects/{project}/envs/{env}/services
    async fn list_services(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ListServicesPathParams,
        query_params: &models::ListServicesQueryParams,
    ) -> Result<ListServicesResponse, E>;
}
