//! Operations of the spec not implemented yet. Each answers `501` problem+json naming itself;
//! later issues replace these with the real thing (one module per collection, like `projects`).

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::{services, tests};
use meltano_api_stubs::models;

use super::Api;
use crate::problem::ApiError;

macro_rules! not_implemented {
    ($operation:literal) => {
        Err(ApiError::NotImplemented {
            operation: $operation,
        })
    };
}

#[async_trait::async_trait]
impl tests::Tests<ApiError> for Api {
    type Claims = ();

    async fn create_test(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _header_params: &models::CreateTestHeaderParams,
        _path_params: &models::CreateTestPathParams,
        _body: &models::TestRequest,
    ) -> Result<tests::CreateTestResponse, ApiError> {
        not_implemented!("createTest")
    }

    async fn get_test(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _path_params: &models::GetTestPathParams,
    ) -> Result<tests::GetTestResponse, ApiError> {
        not_implemented!("getTest")
    }

    async fn list_tests(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _path_params: &models::ListTestsPathParams,
        _query_params: &models::ListTestsQueryParams,
    ) -> Result<tests::ListTestsResponse, ApiError> {
        not_implemented!("listTests")
    }
}

#[async_trait::async_trait]
impl services::Services<ApiError> for Api {
    type Claims = ();

    async fn create_service(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _path_params: &models::CreateServicePathParams,
        _body: &models::Service,
    ) -> Result<services::CreateServiceResponse, ApiError> {
        not_implemented!("createService")
    }

    async fn delete_service(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _path_params: &models::DeleteServicePathParams,
    ) -> Result<services::DeleteServiceResponse, ApiError> {
        not_implemented!("deleteService")
    }

    async fn get_service(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _path_params: &models::GetServicePathParams,
    ) -> Result<services::GetServiceResponse, ApiError> {
        not_implemented!("getService")
    }

    async fn list_service_logs(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _path_params: &models::ListServiceLogsPathParams,
        _query_params: &models::ListServiceLogsQueryParams,
    ) -> Result<services::ListServiceLogsResponse, ApiError> {
        not_implemented!("listServiceLogs")
    }

    async fn list_services(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        _path_params: &models::ListServicesPathParams,
        _query_params: &models::ListServicesQueryParams,
    ) -> Result<services::ListServicesResponse, ApiError> {
        not_implemented!("listServices")
    }
}
