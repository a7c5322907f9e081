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
pub enum CreateTestResponse {
    /// The test run was started.
    Status201_TheTestRunWasStarted {
        body: models::TestRun,
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
pub enum GetTestResponse {
    /// The test run with a result per test.
    Status200_TheTestRunWithAResultPerTest(models::TestRun),
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
pub enum ListTestsResponse {
    /// A page of test runs, newest first.
    Status200_APageOfTestRuns(models::TestRunList),
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

/// Tests
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Tests<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    type Claims;

    /// Run plugin tests.
    ///
    /// CreateTest - POST /meltano/core/v2beta/projects/{project}/envs/{env}/tests
    async fn create_test(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::CreateTestHeaderParams,
        path_params: &models::CreateTestPathParams,
        body: &models::TestRequest,
    ) -> Result<CreateTestResponse, E>;

    /// Get a test run.
    ///
    /// GetTest - GET /meltano/core/v2beta/projects/{project}/envs/{env}/tests/{test}
    async fn get_test(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::GetTestPathParams,
    ) -> Result<GetTestResponse, E>;

    /// List test runs.
    ///
    /// ListTests - GET /meltano/core/v2beta/projects/{project}/envs/{env}/tests
    async fn list_tests(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ListTestsPathParams,
        query_params: &models::ListTestsQueryParams,
    ) -> Result<ListTestsResponse, E>;
}
