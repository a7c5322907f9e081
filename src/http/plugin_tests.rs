//! `envs/{env}/tests`: test runs (`meltano test`), each the `test*` commands of some plugins,
//! executed as a run of kind `TEST` with a result per test.

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::tests::*;
use meltano_api_stubs::models;
use serde_json::{Value, json};

use super::Api;
use super::shared::idempotency;
use super::shared::{EnvPath, nullable};
use crate::domain::page::PageRequest;
use crate::domain::plugin_context::PluginContext;
use crate::domain::run::{RunKind, Trigger};
use crate::error::Error;
use crate::http::problem::{ApiError, FieldError};
use crate::launch::launch;
use crate::store::entities::run;
use crate::store::runs::{NewRun, RunFilter};

const TEST_RUNS: [RunKind; 1] = [RunKind::Test];

fn to_model(run: &run::Model) -> Result<models::TestRun, ApiError> {
    let details = run.details();
    let status = serde_json::from_value(json!(run.status)).map_err(ApiError::internal)?;
    Ok(models::TestRun {
        id: uuid::Uuid::parse_str(&run.id).map_err(ApiError::internal)?,
        status,
        plugins: serde_json::from_value(details["plugins"].clone()).ok(),
        results: serde_json::from_value(details["results"].clone()).ok(),
        create_time: run.created_at,
        end_time: Some(nullable(run.ended_at)),
    })
}

/// The tests the request names (`plugin` for all its `test*` commands, `plugin:test` for one;
/// every plugin's when none is named), each pending; `422` naming a bad entry.
fn planned_tests(context: &PluginContext, requested: &[String]) -> Result<Vec<Value>, ApiError> {
    let tests_of = |plugin: &str| -> Vec<String> {
        let mut tests: Vec<String> = context
            .commands(plugin)
            .keys()
            .filter(|name| name.starts_with("test"))
            .cloned()
            .collect();
        tests.sort();
        tests
    };
    let mut names: Vec<String> = context.plugins.keys().cloned().collect();
    names.sort();
    let wanted: Vec<(String, Option<String>)> = if requested.is_empty() {
        names.into_iter().map(|n| (n, None)).collect()
    } else {
        requested
            .iter()
            .map(|entry| match entry.split_once(':') {
                Some((plugin, test)) => (plugin.to_string(), Some(test.to_string())),
                None => (entry.clone(), None),
            })
            .collect()
    };
    let mut results = Vec::new();
    let mut errors = Vec::new();
    for (index, (plugin, test)) in wanted.iter().enumerate() {
        let pointer = format!("/plugins/{index}");
        if !context.plugins.contains_key(plugin) {
            errors.push(FieldError::new(
                pointer,
                format!("plugin '{plugin}' does not exist"),
            ));
            continue;
        }
        let available = tests_of(plugin);
        let chosen: Vec<String> = match test {
            Some(test) if available.contains(test) => vec![test.clone()],
            Some(test) => {
                errors.push(FieldError::new(
                    pointer,
                    format!("plugin '{plugin}' has no test command '{test}'"),
                ));
                continue;
            }
            None => available,
        };
        results.extend(
            chosen
                .into_iter()
                .map(|test| json!({ "plugin": plugin, "test": test, "status": "PENDING" })),
        );
    }
    if errors.is_empty() {
        Ok(results)
    } else {
        Err(ApiError::Unprocessable {
            detail: errors
                .iter()
                .map(|e| format!("{}: {}", e.pointer, e.detail))
                .collect::<Vec<_>>()
                .join("; "),
            errors,
        })
    }
}

#[async_trait::async_trait]
impl Tests<ApiError> for Api {
    type Claims = ();

    async fn create_test(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::CreateTestHeaderParams,
        path: &models::CreateTestPathParams,
        body: &models::TestRequest,
    ) -> Result<CreateTestResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let requested = body.plugins.clone().unwrap_or_default();
        let context = self.store.plugin_context(&project, &env).await?;
        let results = planned_tests(&context, &requested)?;
        let request = serde_json::to_value(body).map_err(ApiError::internal)?;
        let new = NewRun {
            kind: RunKind::Test,
            command: Some(format!("test {}", requested.join(" ")).trim().to_string()),
            trigger: Trigger::Api,
            details: Some(json!({ "plugins": requested, "results": results })),
            idempotency: idempotency(headers.idempotency_key.as_deref(), "createTest", &request),
            ..NewRun::default()
        };
        let (run, _) = launch(&self.store, &self.runner, &project, &env, new).await?;
        Ok(CreateTestResponse::Status201_TheTestRunWasStarted {
            location: Some(self.location(&[
                "projects",
                project.as_str(),
                "envs",
                env.as_str(),
                "tests",
                &run.id,
            ])),
            body: to_model(&run)?,
        })
    }

    async fn get_test(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::GetTestPathParams,
    ) -> Result<GetTestResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let run = self
            .store
            .get_run(&project, &env, &path.test.to_string(), None, &TEST_RUNS)
            .await
            .map_err(|e| match e {
                Error::NotFound(_) => {
                    Error::NotFound(format!("test run '{}' does not exist", path.test))
                }
                other => other,
            })?;
        Ok(GetTestResponse::Status200_TheTestRunWithAResultPerTest(
            to_model(&run)?,
        ))
    }

    async fn list_tests(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListTestsPathParams,
        query: &models::ListTestsQueryParams,
    ) -> Result<ListTestsResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let listing = format!("projects/{project}/envs/{env}/tests");
        let page = PageRequest::parse(query.page_size, query.page_token.as_deref(), listing)?;
        let filter = RunFilter {
            job: None,
            status: None,
            kinds: &TEST_RUNS,
            name: None,
        };
        let rows = self.store.list_runs(&project, &env, &page, filter).await?;
        let (rows, next_page_token) = page.finish(rows, |r| r.id.clone());
        Ok(ListTestsResponse::Status200_APageOfTestRuns(
            models::TestRunList {
                tests: rows.iter().map(to_model).collect::<Result<_, _>>()?,
                next_page_token,
            },
        ))
    }
}
