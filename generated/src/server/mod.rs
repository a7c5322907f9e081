use std::collections::HashMap;

use axum::{body::Body, extract::*, response::Response, routing::*};
use axum_extra::{
    TypedHeader,
    extract::{CookieJar, Query as QueryExtra},
};
use bytes::Bytes;
use headers::Host;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header::CONTENT_TYPE};
use tracing::error;
use validator::{Validate, ValidationErrors};

#[allow(unused_imports)]
use crate::{apis, models};
use crate::{header, types::*};
#[allow(unused_imports)]
use crate::{
    models::check_xss_map, models::check_xss_map_nested, models::check_xss_map_string,
    models::check_xss_string, models::check_xss_vec_string,
};

/// Setup API Server.
pub fn new<I, A, E, C>(api_impl: I) -> Router
where
    I: AsRef<A> + Clone + Send + Sync + 'static,
    A: apis::envs::Envs<E, Claims = C>
        + apis::jobs::Jobs<E, Claims = C>
        + apis::plugins::Plugins<E, Claims = C>
        + apis::projects::Projects<E, Claims = C>
        + apis::runs::Runs<E, Claims = C>
        + apis::schedules::Schedules<E, Claims = C>
        + apis::services::Services<E, Claims = C>
        + apis::state::State<E, Claims = C>
        + apis::tests::Tests<E, Claims = C>
        + apis::ApiAuthBasic<Claims = C>
        + Send
        + Sync
        + 'static,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Send + Sync + 'static,
{
    // build our application with a route
    Router::new()
        .route(
            "/meltano/core/v2beta/projects",
            get(list_projects::<I, A, E, C>).post(create_project::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}",
            delete(delete_project::<I, A, E, C>)
                .get(get_project::<I, A, E, C>)
                .patch(patch_project::<I, A, E, C>)
                .put(replace_project::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs",
            get(list_envs::<I, A, E, C>).post(create_env::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}",
            delete(delete_env::<I, A, E, C>)
                .get(get_env::<I, A, E, C>)
                .patch(patch_env::<I, A, E, C>)
                .put(replace_env::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/export-state",
            post(export_states::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/import-state",
            post(import_states::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/jobs",
            get(list_jobs::<I, A, E, C>).post(create_job::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}",
            delete(delete_job::<I, A, E, C>)
                .get(get_job::<I, A, E, C>)
                .patch(patch_job::<I, A, E, C>)
                .put(replace_job::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}/runs",
            get(list_job_runs::<I, A, E, C>).post(create_job_run::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}/runs/{run}",
            get(get_job_run::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}/state",
            get(get_job_state::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/plugins",
            get(list_plugins::<I, A, E, C>).post(create_plugin::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}",
            delete(delete_plugin::<I, A, E, C>)
                .get(get_plugin::<I, A, E, C>)
                .patch(patch_plugin::<I, A, E, C>)
                .put(replace_plugin::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/install",
            post(install_plugin::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/select",
            post(select_plugin_streams::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/streams",
            get(list_plugin_streams::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/test-config",
            post(test_plugin_config::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/runs",
            get(list_runs::<I, A, E, C>).post(create_run::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/runs/{run}",
            get(get_run::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/runs/{run}/cancel",
            post(cancel_run::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/runs/{run}/logs",
            get(list_run_logs::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/schedules",
            get(list_schedules::<I, A, E, C>).post(create_schedule::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/schedules/{schedule}",
            delete(delete_schedule::<I, A, E, C>)
                .get(get_schedule::<I, A, E, C>)
                .patch(patch_schedule::<I, A, E, C>)
                .put(replace_schedule::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/schedules/{schedule}/run",
            post(run_schedule::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/services",
            get(list_services::<I, A, E, C>).post(create_service::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/services/{service}",
            delete(delete_service::<I, A, E, C>).get(get_service::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/services/{service}/logs",
            get(list_service_logs::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/state",
            get(list_states::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}",
            delete(clear_state::<I, A, E, C>)
                .get(get_state::<I, A, E, C>)
                .put(set_state::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}/copy",
            post(copy_state::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}/merge",
            post(merge_state::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}/move",
            post(move_state::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/tests",
            get(list_tests::<I, A, E, C>).post(create_test::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/envs/{env}/tests/{test}",
            get(get_test::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/export",
            post(export_project::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/export-folder",
            post(export_project_folder::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/import",
            post(import_project::<I, A, E, C>),
        )
        .route(
            "/meltano/core/v2beta/projects/{project}/undelete",
            post(undelete_project::<I, A, E, C>),
        )
        .with_state(api_impl)
}

/// CreateEnv - POST /meltano/core/v2beta/projects/{project}/envs
#[tracing::instrument(skip_all)]
async fn create_env<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::CreateEnvPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::Env>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::envs::Envs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .create_env(&method, &host, &cookies, &claims, &path_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::envs::CreateEnvResponse::Status201_TheEnvironmentWasCreated
                                                    {
                                                        body,
                                                        e_tag,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::CreateEnvResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::CreateEnvResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::CreateEnvResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::CreateEnvResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::CreateEnvResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::CreateEnvResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::CreateEnvResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::CreateEnvResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::CreateEnvResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// DeleteEnv - DELETE /meltano/core/v2beta/projects/{project}/envs/{env}
#[tracing::instrument(skip_all)]
async fn delete_env<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::DeleteEnvPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::envs::Envs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::DeleteEnvHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .delete_env(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::envs::DeleteEnvResponse::Status204_TheEnvironmentIsGone
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(204);
                                                  response.body(Body::empty())
                                                },
                                                apis::envs::DeleteEnvResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::DeleteEnvResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::DeleteEnvResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::DeleteEnvResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::DeleteEnvResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::DeleteEnvResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::DeleteEnvResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::DeleteEnvResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::DeleteEnvResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// GetEnv - GET /meltano/core/v2beta/projects/{project}/envs/{env}
#[tracing::instrument(skip_all)]
async fn get_env<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::GetEnvPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::envs::Envs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

        let header_if_none_match = match header_if_none_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-None-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::GetEnvHeaderParams {
            if_none_match: header_if_none_match,
        }
    };

    let result = api_impl
        .as_ref()
        .get_env(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::envs::GetEnvResponse::Status200_TheEnvironment { body, e_tag } => {
                    let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::envs::GetEnvResponse::Status304_TheResourceHasNotChangedSinceThe {
                    e_tag,
                } => {
                    let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(304);
                    response.body(Body::empty())
                }
                apis::envs::GetEnvResponse::Status400_TheRequestIsMalformed(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::envs::GetEnvResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                    body,
                ) => {
                    let mut response = Response::builder();
                    let mut response = response.status(408);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::envs::GetEnvResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::envs::GetEnvResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::envs::GetEnvResponse::Status404_TheResource(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::envs::GetEnvResponse::Status500_TheServerFailed(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(500);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListEnvs - GET /meltano/core/v2beta/projects/{project}/envs
#[tracing::instrument(skip_all)]
async fn list_envs<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListEnvsPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListEnvsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::envs::Envs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_envs(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::envs::ListEnvsResponse::Status200_APageOfEnvironments(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::envs::ListEnvsResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::envs::ListEnvsResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::envs::ListEnvsResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::envs::ListEnvsResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::envs::ListEnvsResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::envs::ListEnvsResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// PatchEnv - PATCH /meltano/core/v2beta/projects/{project}/envs/{env}
#[tracing::instrument(skip_all)]
async fn patch_env<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::PatchEnvPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::EnvPatch>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::envs::Envs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::PatchEnvHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .patch_env(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::envs::PatchEnvResponse::Status200_TheEnvironmentAsUpdated
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::PatchEnvResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::PatchEnvResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::PatchEnvResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::PatchEnvResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::PatchEnvResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::PatchEnvResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::PatchEnvResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::PatchEnvResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::PatchEnvResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ReplaceEnv - PUT /meltano/core/v2beta/projects/{project}/envs/{env}
#[tracing::instrument(skip_all)]
async fn replace_env<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ReplaceEnvPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::EnvReplace>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::envs::Envs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::ReplaceEnvHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .replace_env(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::envs::ReplaceEnvResponse::Status200_TheEnvironmentAsReplaced
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::ReplaceEnvResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::ReplaceEnvResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::ReplaceEnvResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::ReplaceEnvResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::ReplaceEnvResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::ReplaceEnvResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::ReplaceEnvResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::ReplaceEnvResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::envs::ReplaceEnvResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// CreateJob - POST /meltano/core/v2beta/projects/{project}/envs/{env}/jobs
#[tracing::instrument(skip_all)]
async fn create_job<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::CreateJobPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::Job>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .create_job(&method, &host, &cookies, &claims, &path_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::jobs::CreateJobResponse::Status201_TheJobWasCreated
                                                    {
                                                        body,
                                                        e_tag,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::CreateJobResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::CreateJobResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::CreateJobResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::CreateJobResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::CreateJobResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::CreateJobResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::CreateJobResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::CreateJobResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::CreateJobResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::CreateJobResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// DeleteJob - DELETE /meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}
#[tracing::instrument(skip_all)]
async fn delete_job<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::DeleteJobPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::DeleteJobHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .delete_job(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::jobs::DeleteJobResponse::Status204_TheJobIsGone
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(204);
                                                  response.body(Body::empty())
                                                },
                                                apis::jobs::DeleteJobResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::DeleteJobResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::DeleteJobResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::DeleteJobResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::DeleteJobResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::DeleteJobResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::DeleteJobResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::DeleteJobResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::DeleteJobResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// GetJob - GET /meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}
#[tracing::instrument(skip_all)]
async fn get_job<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::GetJobPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

        let header_if_none_match = match header_if_none_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-None-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::GetJobHeaderParams {
            if_none_match: header_if_none_match,
        }
    };

    let result = api_impl
        .as_ref()
        .get_job(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => {
            match rsp {
                apis::jobs::GetJobResponse::Status200_TheJob { body, e_tag } => {
                    let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(200);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status304_TheResourceHasNotChangedSinceThe {
                    e_tag,
                } => {
                    let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                    let mut response = response.status(304);
                    response.body(Body::empty())
                }
                apis::jobs::GetJobResponse::Status400_TheRequestIsMalformed(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(400);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                    body,
                ) => {
                    let mut response = Response::builder();
                    let mut response = response.status(408);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(401);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(403);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status404_TheResource(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(404);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
                apis::jobs::GetJobResponse::Status500_TheServerFailed(body) => {
                    let mut response = Response::builder();
                    let mut response = response.status(500);
                    {
                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                    }

                    let body_content = serde_json::to_vec(&body).map_err(|e| {
                        error!(error = ?e);
                        StatusCode::INTERNAL_SERVER_ERROR
                    })?;
                    response.body(Body::from(body_content))
                }
            }
        }
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// GetJobState - GET /meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}/state
#[tracing::instrument(skip_all)]
async fn get_job_state<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::GetJobStatePathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .get_job_state(&method, &host, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::jobs::GetJobStateResponse::Status200_TheStatesTheJob(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::GetJobStateResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::GetJobStateResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::GetJobStateResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::GetJobStateResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::GetJobStateResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::GetJobStateResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListJobs - GET /meltano/core/v2beta/projects/{project}/envs/{env}/jobs
#[tracing::instrument(skip_all)]
async fn list_jobs<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListJobsPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListJobsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_jobs(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::jobs::ListJobsResponse::Status200_APageOfJobs(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::ListJobsResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::ListJobsResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::ListJobsResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::ListJobsResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::ListJobsResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::jobs::ListJobsResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// PatchJob - PATCH /meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}
#[tracing::instrument(skip_all)]
async fn patch_job<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::PatchJobPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::JobPatch>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::PatchJobHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .patch_job(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::jobs::PatchJobResponse::Status200_TheJobAsUpdated
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::PatchJobResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::PatchJobResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::PatchJobResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::PatchJobResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::PatchJobResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::PatchJobResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::PatchJobResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::PatchJobResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::PatchJobResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::PatchJobResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ReplaceJob - PUT /meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}
#[tracing::instrument(skip_all)]
async fn replace_job<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ReplaceJobPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::JobReplace>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::jobs::Jobs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::ReplaceJobHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .replace_job(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::jobs::ReplaceJobResponse::Status200_TheJobAsReplaced
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::ReplaceJobResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::ReplaceJobResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::ReplaceJobResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::ReplaceJobResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::ReplaceJobResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::ReplaceJobResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::ReplaceJobResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::ReplaceJobResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::ReplaceJobResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::jobs::ReplaceJobResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// CreatePlugin - POST /meltano/core/v2beta/projects/{project}/envs/{env}/plugins
#[tracing::instrument(skip_all)]
async fn create_plugin<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::CreatePluginPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::Plugin>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::plugins::Plugins<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .create_plugin(&method, &host, &cookies, &claims, &path_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::plugins::CreatePluginResponse::Status201_ThePluginWasAdded
                                                    {
                                                        body,
                                                        e_tag,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::CreatePluginResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::CreatePluginResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::CreatePluginResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::CreatePluginResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::CreatePluginResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::CreatePluginResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::CreatePluginResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::CreatePluginResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::CreatePluginResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::CreatePluginResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// DeletePlugin - DELETE /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}
#[tracing::instrument(skip_all)]
async fn delete_plugin<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::DeletePluginPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::plugins::Plugins<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::DeletePluginHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .delete_plugin(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::plugins::DeletePluginResponse::Status204_ThePluginIsGone
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(204);
                                                  response.body(Body::empty())
                                                },
                                                apis::plugins::DeletePluginResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::DeletePluginResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::DeletePluginResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::DeletePluginResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::DeletePluginResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::DeletePluginResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::DeletePluginResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::DeletePluginResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::DeletePluginResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// GetPlugin - GET /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}
#[tracing::instrument(skip_all)]
async fn get_plugin<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::GetPluginPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::plugins::Plugins<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

        let header_if_none_match = match header_if_none_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-None-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::GetPluginHeaderParams {
            if_none_match: header_if_none_match,
        }
    };

    let result = api_impl
        .as_ref()
        .get_plugin(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::plugins::GetPluginResponse::Status200_ThePlugin { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                .status(StatusCode::INTERNAL_SERVER_ERROR)
                                .body(Body::from(format!(
                                    "An internal server error occurred handling e_tag header - {e}"
                                )))
                                .map_err(|e| {
                                    error!(error = ?e);
                                    StatusCode::INTERNAL_SERVER_ERROR
                                });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("etag"), e_tag);
                }
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::plugins::GetPluginResponse::Status304_TheResourceHasNotChangedSinceThe {
                e_tag,
            } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                .status(StatusCode::INTERNAL_SERVER_ERROR)
                                .body(Body::from(format!(
                                    "An internal server error occurred handling e_tag header - {e}"
                                )))
                                .map_err(|e| {
                                    error!(error = ?e);
                                    StatusCode::INTERNAL_SERVER_ERROR
                                });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("etag"), e_tag);
                }
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::plugins::GetPluginResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::plugins::GetPluginResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::plugins::GetPluginResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::plugins::GetPluginResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::plugins::GetPluginResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::plugins::GetPluginResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// InstallPlugin - POST /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/install
#[tracing::instrument(skip_all)]
async fn install_plugin<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::InstallPluginPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::plugins::Plugins<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!(
                            "Invalid header Idempotency-Key - {err}"
                        )))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::InstallPluginHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let result = api_impl
        .as_ref()
        .install_plugin(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::plugins::InstallPluginResponse::Status202_TheInstallRun
                                                    {
                                                        body,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(202);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::InstallPluginResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::InstallPluginResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::InstallPluginResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::InstallPluginResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::InstallPluginResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::InstallPluginResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::InstallPluginResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::InstallPluginResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::InstallPluginResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListPluginStreams - GET /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/streams
#[tracing::instrument(skip_all)]
async fn list_plugin_streams<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListPluginStreamsPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListPluginStreamsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::plugins::Plugins<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_plugin_streams(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::plugins::ListPluginStreamsResponse::Status200_APageOfTheSelection
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginStreamsResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginStreamsResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginStreamsResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginStreamsResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginStreamsResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginStreamsResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginStreamsResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListPlugins - GET /meltano/core/v2beta/projects/{project}/envs/{env}/plugins
#[tracing::instrument(skip_all)]
async fn list_plugins<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListPluginsPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListPluginsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::plugins::Plugins<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_plugins(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::plugins::ListPluginsResponse::Status200_APageOfPlugins
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginsResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginsResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginsResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginsResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginsResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ListPluginsResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// PatchPlugin - PATCH /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}
#[tracing::instrument(skip_all)]
async fn patch_plugin<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::PatchPluginPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::PluginPatch>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::plugins::Plugins<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::PatchPluginHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .patch_plugin(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::plugins::PatchPluginResponse::Status200_ThePluginAsUpdated
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::PatchPluginResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::PatchPluginResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::PatchPluginResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::PatchPluginResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::PatchPluginResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::PatchPluginResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::PatchPluginResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::PatchPluginResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::PatchPluginResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::PatchPluginResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ReplacePlugin - PUT /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}
#[tracing::instrument(skip_all)]
async fn replace_plugin<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ReplacePluginPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::PluginReplace>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::plugins::Plugins<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::ReplacePluginHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .replace_plugin(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::plugins::ReplacePluginResponse::Status200_ThePluginAsReplaced
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ReplacePluginResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ReplacePluginResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ReplacePluginResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ReplacePluginResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ReplacePluginResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ReplacePluginResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ReplacePluginResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ReplacePluginResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ReplacePluginResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::ReplacePluginResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// SelectPluginStreams - POST /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/select
#[tracing::instrument(skip_all)]
async fn select_plugin_streams<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::SelectPluginStreamsPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::SelectChange>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::plugins::Plugins<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .select_plugin_streams(&method, &host, &cookies, &claims, &path_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::plugins::SelectPluginStreamsResponse::Status200_ThePluginWithItsNewSelectRules
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::SelectPluginStreamsResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::SelectPluginStreamsResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::SelectPluginStreamsResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::SelectPluginStreamsResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::SelectPluginStreamsResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::SelectPluginStreamsResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::SelectPluginStreamsResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::SelectPluginStreamsResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// TestPluginConfig - POST /meltano/core/v2beta/projects/{project}/envs/{env}/plugins/{plugin}/test-config
#[tracing::instrument(skip_all)]
async fn test_plugin_config<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::TestPluginConfigPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::plugins::Plugins<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!(
                            "Invalid header Idempotency-Key - {err}"
                        )))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::TestPluginConfigHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let result = api_impl
        .as_ref()
        .test_plugin_config(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::plugins::TestPluginConfigResponse::Status202_TheTestRun
                                                    {
                                                        body,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(202);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::TestPluginConfigResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::TestPluginConfigResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::TestPluginConfigResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::TestPluginConfigResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::TestPluginConfigResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::TestPluginConfigResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::TestPluginConfigResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::TestPluginConfigResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::plugins::TestPluginConfigResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// CreateProject - POST /meltano/core/v2beta/projects
#[tracing::instrument(skip_all)]
async fn create_project<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    Json(body): Json<models::Project>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::projects::Projects<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .create_project(&method, &host, &cookies, &claims, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::projects::CreateProjectResponse::Status201_TheProjectWasCreated
                                                    {
                                                        body,
                                                        e_tag,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::CreateProjectResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::CreateProjectResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::CreateProjectResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::CreateProjectResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::CreateProjectResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::CreateProjectResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::CreateProjectResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::CreateProjectResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// DeleteProject - DELETE /meltano/core/v2beta/projects/{project}
#[tracing::instrument(skip_all)]
async fn delete_project<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::DeleteProjectPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::projects::Projects<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::DeleteProjectHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .delete_project(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::projects::DeleteProjectResponse::Status200_TheProject
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::DeleteProjectResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::DeleteProjectResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::DeleteProjectResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::DeleteProjectResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::DeleteProjectResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::DeleteProjectResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::DeleteProjectResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::DeleteProjectResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ExportProject - POST /meltano/core/v2beta/projects/{project}/export
#[tracing::instrument(skip_all)]
async fn export_project<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ExportProjectPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::projects::Projects<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .export_project(&method, &host, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::projects::ExportProjectResponse::Status200_TheMeltano
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/yaml"));
                                                  }

                                                  let body_content = body;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ExportProjectFolder - POST /meltano/core/v2beta/projects/{project}/export-folder
#[tracing::instrument(skip_all)]
async fn export_project_folder<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ExportProjectFolderPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::projects::Projects<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .export_project_folder(&method, &host, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::projects::ExportProjectFolderResponse::Status200_TheProject
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectFolderResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectFolderResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectFolderResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectFolderResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectFolderResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectFolderResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ExportProjectFolderResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// GetProject - GET /meltano/core/v2beta/projects/{project}
#[tracing::instrument(skip_all)]
async fn get_project<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::GetProjectPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::projects::Projects<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

        let header_if_none_match = match header_if_none_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-None-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::GetProjectHeaderParams {
            if_none_match: header_if_none_match,
        }
    };

    let result = api_impl
        .as_ref()
        .get_project(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::projects::GetProjectResponse::Status200_TheProject
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::GetProjectResponse::Status304_TheResourceHasNotChangedSinceThe
                                                    {
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(304);
                                                  response.body(Body::empty())
                                                },
                                                apis::projects::GetProjectResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::GetProjectResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::GetProjectResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::GetProjectResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::GetProjectResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::GetProjectResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ImportProject - POST /meltano/core/v2beta/projects/{project}/import
#[tracing::instrument(skip_all)]
async fn import_project<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ImportProjectPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::MeltanoProject>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::projects::Projects<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .import_project(&method, &host, &cookies, &claims, &path_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::projects::ImportProjectResponse::Status201_TheProject
                                                    {
                                                        body,
                                                        location,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ImportProjectResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ImportProjectResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ImportProjectResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ImportProjectResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ImportProjectResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ImportProjectResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ImportProjectResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ImportProjectResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ImportProjectResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListProjects - GET /meltano/core/v2beta/projects
#[tracing::instrument(skip_all)]
async fn list_projects<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    QueryExtra(query_params): QueryExtra<models::ListProjectsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::projects::Projects<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_projects(&method, &host, &cookies, &claims, &query_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::projects::ListProjectsResponse::Status200_APageOfProjects
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ListProjectsResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ListProjectsResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ListProjectsResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ListProjectsResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ListProjectsResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// PatchProject - PATCH /meltano/core/v2beta/projects/{project}
#[tracing::instrument(skip_all)]
async fn patch_project<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::PatchProjectPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::ProjectPatch>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::projects::Projects<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::PatchProjectHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .patch_project(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::projects::PatchProjectResponse::Status200_TheProjectAsUpdated
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::PatchProjectResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::PatchProjectResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::PatchProjectResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::PatchProjectResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::PatchProjectResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::PatchProjectResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::PatchProjectResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::PatchProjectResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::PatchProjectResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ReplaceProject - PUT /meltano/core/v2beta/projects/{project}
#[tracing::instrument(skip_all)]
async fn replace_project<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ReplaceProjectPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::ProjectReplace>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::projects::Projects<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::ReplaceProjectHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .replace_project(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::projects::ReplaceProjectResponse::Status200_TheProjectAsReplaced
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ReplaceProjectResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ReplaceProjectResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ReplaceProjectResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ReplaceProjectResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ReplaceProjectResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ReplaceProjectResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ReplaceProjectResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ReplaceProjectResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::ReplaceProjectResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// UndeleteProject - POST /meltano/core/v2beta/projects/{project}/undelete
#[tracing::instrument(skip_all)]
async fn undelete_project<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::UndeleteProjectPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::projects::Projects<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::UndeleteProjectHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .undelete_project(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::projects::UndeleteProjectResponse::Status200_TheProject
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::UndeleteProjectResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::UndeleteProjectResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::UndeleteProjectResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::UndeleteProjectResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::UndeleteProjectResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::UndeleteProjectResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::UndeleteProjectResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::UndeleteProjectResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::projects::UndeleteProjectResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// CancelRun - POST /meltano/core/v2beta/projects/{project}/envs/{env}/runs/{run}/cancel
#[tracing::instrument(skip_all)]
async fn cancel_run<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::CancelRunPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::runs::Runs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .cancel_run(&method, &host, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::runs::CancelRunResponse::Status200_TheRun
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CancelRunResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CancelRunResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CancelRunResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CancelRunResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CancelRunResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CancelRunResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CancelRunResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CancelRunResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// CreateJobRun - POST /meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}/runs
#[tracing::instrument(skip_all)]
async fn create_job_run<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::CreateJobRunPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::RunOptions>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::runs::Runs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!(
                            "Invalid header Idempotency-Key - {err}"
                        )))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::CreateJobRunHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let result = api_impl
        .as_ref()
        .create_job_run(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::runs::CreateJobRunResponse::Status201_TheRunWasStarted
                                                    {
                                                        body,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateJobRunResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateJobRunResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateJobRunResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateJobRunResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateJobRunResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateJobRunResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateJobRunResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateJobRunResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateJobRunResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateJobRunResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// CreateRun - POST /meltano/core/v2beta/projects/{project}/envs/{env}/runs
#[tracing::instrument(skip_all)]
async fn create_run<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::CreateRunPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::RunRequest>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::runs::Runs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!(
                            "Invalid header Idempotency-Key - {err}"
                        )))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::CreateRunHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let result = api_impl
        .as_ref()
        .create_run(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::runs::CreateRunResponse::Status201_TheRunWasStarted
                                                    {
                                                        body,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateRunResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateRunResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateRunResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateRunResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateRunResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateRunResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateRunResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateRunResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateRunResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::runs::CreateRunResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// GetJobRun - GET /meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}/runs/{run}
#[tracing::instrument(skip_all)]
async fn get_job_run<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::GetJobRunPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::runs::Runs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .get_job_run(&method, &host, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::runs::GetJobRunResponse::Status200_TheRun(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetJobRunResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetJobRunResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetJobRunResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetJobRunResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetJobRunResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetJobRunResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// GetRun - GET /meltano/core/v2beta/projects/{project}/envs/{env}/runs/{run}
#[tracing::instrument(skip_all)]
async fn get_run<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::GetRunPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::runs::Runs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .get_run(&method, &host, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::runs::GetRunResponse::Status200_TheRun(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetRunResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetRunResponse::Status408_TheRequestTookLongerThanTheServerAllows(body) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetRunResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetRunResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetRunResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::GetRunResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListJobRuns - GET /meltano/core/v2beta/projects/{project}/envs/{env}/jobs/{job}/runs
#[tracing::instrument(skip_all)]
async fn list_job_runs<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListJobRunsPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListJobRunsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::runs::Runs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_job_runs(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::runs::ListJobRunsResponse::Status200_APageOfTheJob(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListJobRunsResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListJobRunsResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListJobRunsResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListJobRunsResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListJobRunsResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListJobRunsResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListRunLogs - GET /meltano/core/v2beta/projects/{project}/envs/{env}/runs/{run}/logs
#[tracing::instrument(skip_all)]
async fn list_run_logs<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListRunLogsPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListRunLogsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::runs::Runs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_run_logs(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::runs::ListRunLogsResponse::Status200_APageOfLogLines(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunLogsResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunLogsResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunLogsResponse::Status503_TheServerCannotTakeThisRequestNow(body) => {
                let mut response = Response::builder();
                let mut response = response.status(503);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunLogsResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunLogsResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunLogsResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunLogsResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListRuns - GET /meltano/core/v2beta/projects/{project}/envs/{env}/runs
#[tracing::instrument(skip_all)]
async fn list_runs<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListRunsPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListRunsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::runs::Runs<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_runs(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::runs::ListRunsResponse::Status200_APageOfRuns(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunsResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunsResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunsResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunsResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunsResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::runs::ListRunsResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// CreateSchedule - POST /meltano/core/v2beta/projects/{project}/envs/{env}/schedules
#[tracing::instrument(skip_all)]
async fn create_schedule<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::CreateSchedulePathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::Schedule>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::schedules::Schedules<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .create_schedule(&method, &host, &cookies, &claims, &path_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::schedules::CreateScheduleResponse::Status201_TheScheduleWasCreated
                                                    {
                                                        body,
                                                        e_tag,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::CreateScheduleResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::CreateScheduleResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::CreateScheduleResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::CreateScheduleResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::CreateScheduleResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::CreateScheduleResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::CreateScheduleResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::CreateScheduleResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::CreateScheduleResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::CreateScheduleResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// DeleteSchedule - DELETE /meltano/core/v2beta/projects/{project}/envs/{env}/schedules/{schedule}
#[tracing::instrument(skip_all)]
async fn delete_schedule<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::DeleteSchedulePathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::schedules::Schedules<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::DeleteScheduleHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .delete_schedule(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::schedules::DeleteScheduleResponse::Status204_TheScheduleIsGone
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(204);
                                                  response.body(Body::empty())
                                                },
                                                apis::schedules::DeleteScheduleResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::DeleteScheduleResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::DeleteScheduleResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::DeleteScheduleResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::DeleteScheduleResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::DeleteScheduleResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::DeleteScheduleResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::DeleteScheduleResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// GetSchedule - GET /meltano/core/v2beta/projects/{project}/envs/{env}/schedules/{schedule}
#[tracing::instrument(skip_all)]
async fn get_schedule<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::GetSchedulePathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::schedules::Schedules<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

        let header_if_none_match = match header_if_none_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-None-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::GetScheduleHeaderParams {
            if_none_match: header_if_none_match,
        }
    };

    let result = api_impl
        .as_ref()
        .get_schedule(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::schedules::GetScheduleResponse::Status200_TheSchedule
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::GetScheduleResponse::Status304_TheResourceHasNotChangedSinceThe
                                                    {
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(304);
                                                  response.body(Body::empty())
                                                },
                                                apis::schedules::GetScheduleResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::GetScheduleResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::GetScheduleResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::GetScheduleResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::GetScheduleResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::GetScheduleResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListSchedules - GET /meltano/core/v2beta/projects/{project}/envs/{env}/schedules
#[tracing::instrument(skip_all)]
async fn list_schedules<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListSchedulesPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListSchedulesQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::schedules::Schedules<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_schedules(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::schedules::ListSchedulesResponse::Status200_APageOfSchedules
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ListSchedulesResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ListSchedulesResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ListSchedulesResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ListSchedulesResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ListSchedulesResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ListSchedulesResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// PatchSchedule - PATCH /meltano/core/v2beta/projects/{project}/envs/{env}/schedules/{schedule}
#[tracing::instrument(skip_all)]
async fn patch_schedule<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::PatchSchedulePathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::SchedulePatch>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::schedules::Schedules<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::PatchScheduleHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .patch_schedule(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::schedules::PatchScheduleResponse::Status200_TheScheduleAsUpdated
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::PatchScheduleResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::PatchScheduleResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::PatchScheduleResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::PatchScheduleResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::PatchScheduleResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::PatchScheduleResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::PatchScheduleResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::PatchScheduleResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::PatchScheduleResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::PatchScheduleResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ReplaceSchedule - PUT /meltano/core/v2beta/projects/{project}/envs/{env}/schedules/{schedule}
#[tracing::instrument(skip_all)]
async fn replace_schedule<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ReplaceSchedulePathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::ScheduleReplace>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::schedules::Schedules<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::ReplaceScheduleHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .replace_schedule(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::schedules::ReplaceScheduleResponse::Status200_TheScheduleAsReplaced
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ReplaceScheduleResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ReplaceScheduleResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ReplaceScheduleResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ReplaceScheduleResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ReplaceScheduleResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ReplaceScheduleResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ReplaceScheduleResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ReplaceScheduleResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ReplaceScheduleResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::ReplaceScheduleResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// RunSchedule - POST /meltano/core/v2beta/projects/{project}/envs/{env}/schedules/{schedule}/run
#[tracing::instrument(skip_all)]
async fn run_schedule<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::RunSchedulePathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::schedules::Schedules<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!(
                            "Invalid header Idempotency-Key - {err}"
                        )))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::RunScheduleHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let result = api_impl
        .as_ref()
        .run_schedule(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::schedules::RunScheduleResponse::Status201_TheRunWasStarted
                                                    {
                                                        body,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::RunScheduleResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::RunScheduleResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::RunScheduleResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::RunScheduleResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::RunScheduleResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::RunScheduleResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::RunScheduleResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::schedules::RunScheduleResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// CreateService - POST /meltano/core/v2beta/projects/{project}/envs/{env}/services
#[tracing::instrument(skip_all)]
async fn create_service<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::CreateServicePathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::Service>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::services::Services<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .create_service(&method, &host, &cookies, &claims, &path_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::services::CreateServiceResponse::Status201_TheServiceWasStarted
                                                    {
                                                        body,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::CreateServiceResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::CreateServiceResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::CreateServiceResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::CreateServiceResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::CreateServiceResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::CreateServiceResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::CreateServiceResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::CreateServiceResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::CreateServiceResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::CreateServiceResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// DeleteService - DELETE /meltano/core/v2beta/projects/{project}/envs/{env}/services/{service}
#[tracing::instrument(skip_all)]
async fn delete_service<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::DeleteServicePathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::services::Services<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .delete_service(&method, &host, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::services::DeleteServiceResponse::Status204_TheServiceIsStoppedAndGone
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(204);
                                                  response.body(Body::empty())
                                                },
                                                apis::services::DeleteServiceResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::DeleteServiceResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::DeleteServiceResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::DeleteServiceResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::DeleteServiceResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::DeleteServiceResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::DeleteServiceResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// GetService - GET /meltano/core/v2beta/projects/{project}/envs/{env}/services/{service}
#[tracing::instrument(skip_all)]
async fn get_service<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::GetServicePathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::services::Services<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .get_service(&method, &host, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::services::GetServiceResponse::Status200_TheServiceAndItsStatus
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::GetServiceResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::GetServiceResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::GetServiceResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::GetServiceResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::GetServiceResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::GetServiceResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListServiceLogs - GET /meltano/core/v2beta/projects/{project}/envs/{env}/services/{service}/logs
#[tracing::instrument(skip_all)]
async fn list_service_logs<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListServiceLogsPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListServiceLogsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::services::Services<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_service_logs(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::services::ListServiceLogsResponse::Status200_APageOfLogLines
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServiceLogsResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServiceLogsResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServiceLogsResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServiceLogsResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServiceLogsResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServiceLogsResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListServices - GET /meltano/core/v2beta/projects/{project}/envs/{env}/services
#[tracing::instrument(skip_all)]
async fn list_services<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListServicesPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListServicesQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::services::Services<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_services(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::services::ListServicesResponse::Status200_APageOfServices
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServicesResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServicesResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServicesResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServicesResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServicesResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::services::ListServicesResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ClearState - DELETE /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}
#[tracing::instrument(skip_all)]
async fn clear_state<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ClearStatePathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::state::State<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::ClearStateHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .clear_state(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::state::ClearStateResponse::Status204_TheStateIsGone
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(204);
                                                  response.body(Body::empty())
                                                },
                                                apis::state::ClearStateResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ClearStateResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ClearStateResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ClearStateResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ClearStateResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ClearStateResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ClearStateResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ClearStateResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ClearStateResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ClearStateResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// CopyState - POST /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}/copy
#[tracing::instrument(skip_all)]
async fn copy_state<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::CopyStatePathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::StateDestination>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::state::State<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .copy_state(&method, &host, &cookies, &claims, &path_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::state::CopyStateResponse::Status200_TheDestinationState
                                                    {
                                                        body,
                                                        e_tag,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::CopyStateResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::CopyStateResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::CopyStateResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::CopyStateResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::CopyStateResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::CopyStateResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::CopyStateResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::CopyStateResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::CopyStateResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::CopyStateResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ExportStates - POST /meltano/core/v2beta/projects/{project}/envs/{env}/export-state
#[tracing::instrument(skip_all)]
async fn export_states<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ExportStatesPathParams>,
    QueryExtra(query_params): QueryExtra<models::ExportStatesQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::state::State<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .export_states(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::state::ExportStatesResponse::Status200_TheStates
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ExportStatesResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ExportStatesResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ExportStatesResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ExportStatesResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ExportStatesResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ExportStatesResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ExportStatesResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// GetState - GET /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}
#[tracing::instrument(skip_all)]
async fn get_state<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::GetStatePathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::state::State<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

        let header_if_none_match = match header_if_none_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-None-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::GetStateHeaderParams {
            if_none_match: header_if_none_match,
        }
    };

    let result = api_impl
        .as_ref()
        .get_state(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::state::GetStateResponse::Status200_TheState { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                .status(StatusCode::INTERNAL_SERVER_ERROR)
                                .body(Body::from(format!(
                                    "An internal server error occurred handling e_tag header - {e}"
                                )))
                                .map_err(|e| {
                                    error!(error = ?e);
                                    StatusCode::INTERNAL_SERVER_ERROR
                                });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("etag"), e_tag);
                }
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::GetStateResponse::Status304_TheResourceHasNotChangedSinceThe { e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            return Response::builder()
                                .status(StatusCode::INTERNAL_SERVER_ERROR)
                                .body(Body::from(format!(
                                    "An internal server error occurred handling e_tag header - {e}"
                                )))
                                .map_err(|e| {
                                    error!(error = ?e);
                                    StatusCode::INTERNAL_SERVER_ERROR
                                });
                        }
                    };

                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(HeaderName::from_static("etag"), e_tag);
                }
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::state::GetStateResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::GetStateResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::GetStateResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::GetStateResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::GetStateResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::GetStateResponse::Status422_TheRequestIsWell(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::GetStateResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ImportStates - POST /meltano/core/v2beta/projects/{project}/envs/{env}/import-state
#[tracing::instrument(skip_all)]
async fn import_states<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ImportStatesPathParams>,
    QueryExtra(query_params): QueryExtra<models::ImportStatesQueryParams>,
    State(api_impl): State<I>,
    Json(body): Json<std::collections::HashMap<String, models::StateExportEntry>>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::state::State<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .import_states(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::state::ImportStatesResponse::Status200_TheStatesAsImported
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ImportStatesResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ImportStatesResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ImportStatesResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ImportStatesResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ImportStatesResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ImportStatesResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ImportStatesResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ImportStatesResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ImportStatesResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::ImportStatesResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListStates - GET /meltano/core/v2beta/projects/{project}/envs/{env}/state
#[tracing::instrument(skip_all)]
async fn list_states<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListStatesPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListStatesQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::state::State<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_states(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::state::ListStatesResponse::Status200_APageOfStates(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::ListStatesResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::ListStatesResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::ListStatesResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::ListStatesResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::ListStatesResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::state::ListStatesResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// MergeState - POST /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}/merge
#[tracing::instrument(skip_all)]
async fn merge_state<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::MergeStatePathParams>,
    QueryExtra(query_params): QueryExtra<models::MergeStateQueryParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::StateMerge>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::state::State<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .merge_state(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::state::MergeStateResponse::Status200_TheStateAfterTheMerge
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MergeStateResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MergeStateResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MergeStateResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MergeStateResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MergeStateResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MergeStateResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MergeStateResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MergeStateResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MergeStateResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MergeStateResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// MoveState - POST /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}/move
#[tracing::instrument(skip_all)]
async fn move_state<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::MoveStatePathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::StateDestination>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::state::State<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .move_state(&method, &host, &cookies, &claims, &path_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::state::MoveStateResponse::Status200_TheDestinationState
                                                    {
                                                        body,
                                                        e_tag,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MoveStateResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MoveStateResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MoveStateResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MoveStateResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MoveStateResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MoveStateResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MoveStateResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MoveStateResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MoveStateResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::MoveStateResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// SetState - PUT /meltano/core/v2beta/projects/{project}/envs/{env}/state/{state_id}
#[tracing::instrument(skip_all)]
async fn set_state<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::SetStatePathParams>,
    QueryExtra(query_params): QueryExtra<models::SetStateQueryParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::StateSet>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::state::State<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!("Invalid header If-Match - {err}")))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::SetStateHeaderParams {
            if_match: header_if_match,
        }
    };

    let result = api_impl
        .as_ref()
        .set_state(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &query_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::state::SetStateResponse::Status200_TheStateAfterTheChange
                                                    {
                                                        body,
                                                        e_tag
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(e_tag) = e_tag {
                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling e_tag header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("etag"),
                              e_tag
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::SetStateResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::SetStateResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::SetStateResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::SetStateResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::SetStateResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::SetStateResponse::Status409_TheRequestConflictsWithTheCurrentState
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::SetStateResponse::Status412_The
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(412);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::SetStateResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::SetStateResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::SetStateResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::state::SetStateResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// CreateTest - POST /meltano/core/v2beta/projects/{project}/envs/{env}/tests
#[tracing::instrument(skip_all)]
async fn create_test<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::CreateTestPathParams>,
    State(api_impl): State<I>,
    Json(body): Json<models::TestRequest>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::tests::Tests<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .body(Body::from(format!(
                            "Invalid header Idempotency-Key - {err}"
                        )))
                        .map_err(|e| {
                            error!(error = ?e);
                            StatusCode::INTERNAL_SERVER_ERROR
                        });
                }
            },
            None => None,
        };

        models::CreateTestHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let result = api_impl
        .as_ref()
        .create_test(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::tests::CreateTestResponse::Status201_TheTestRunWasStarted
                                                    {
                                                        body,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::tests::CreateTestResponse::Status400_TheRequestIsMalformed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::tests::CreateTestResponse::Status408_TheRequestTookLongerThanTheServerAllows
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(408);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::tests::CreateTestResponse::Status401_NoValidBearerTokenWasGiven
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::tests::CreateTestResponse::Status403_TheTokenDoesNotAllowThisRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::tests::CreateTestResponse::Status404_TheResource
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::tests::CreateTestResponse::Status413_TheRequestBodyIsLargerThanTheServerAccepts
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::tests::CreateTestResponse::Status415_TheRequestBodyIsNotOfTheMediaTypeTheOperationTakes
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(415);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::tests::CreateTestResponse::Status422_TheRequestIsWell
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::tests::CreateTestResponse::Status500_TheServerFailed
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/problem+json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// GetTest - GET /meltano/core/v2beta/projects/{project}/envs/{env}/tests/{test}
#[tracing::instrument(skip_all)]
async fn get_test<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::GetTestPathParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::tests::Tests<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .get_test(&method, &host, &cookies, &claims, &path_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::tests::GetTestResponse::Status200_TheTestRunWithAResultPerTest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::GetTestResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::GetTestResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::GetTestResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::GetTestResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::GetTestResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::GetTestResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

/// ListTests - GET /meltano/core/v2beta/projects/{project}/envs/{env}/tests
#[tracing::instrument(skip_all)]
async fn list_tests<I, A, E, C>(
    method: Method,
    TypedHeader(host): TypedHeader<Host>,
    cookies: CookieJar,
    headers: HeaderMap,
    Path(path_params): Path<models::ListTestsPathParams>,
    QueryExtra(query_params): QueryExtra<models::ListTestsQueryParams>,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::tests::Tests<E, Claims = C> + apis::ApiAuthBasic<Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    // Authentication
    let claims_in_auth_header = api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await;
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return response_with_status_code_only(StatusCode::UNAUTHORIZED);
    };

    let result = api_impl
        .as_ref()
        .list_tests(
            &method,
            &host,
            &cookies,
            &claims,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::tests::ListTestsResponse::Status200_APageOfTestRuns(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::ListTestsResponse::Status400_TheRequestIsMalformed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::ListTestsResponse::Status408_TheRequestTookLongerThanTheServerAllows(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(408);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::ListTestsResponse::Status401_NoValidBearerTokenWasGiven(body) => {
                let mut response = Response::builder();
                let mut response = response.status(401);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::ListTestsResponse::Status403_TheTokenDoesNotAllowThisRequest(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::ListTestsResponse::Status404_TheResource(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
            apis::tests::ListTestsResponse::Status500_TheServerFailed(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                {
                    let mut response_headers = response.headers_mut().unwrap();
                    response_headers.insert(
                        CONTENT_TYPE,
                        HeaderValue::from_static("application/problem+json"),
                    );
                }

                let body_content = serde_json::to_vec(&body).map_err(|e| {
                    error!(error = ?e);
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    resp.map_err(|e| {
        error!(error = ?e);
        StatusCode::INTERNAL_SERVER_ERROR
    })
}

#[allow(dead_code)]
#[inline]
fn response_with_status_code_only(code: StatusCode) -> Result<Response, StatusCode> {
    Response::builder()
        .status(code)
        .body(Body::empty())
        .map_err(|_| code)
}
