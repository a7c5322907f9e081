//! `projects/{project}/webhooks`: List, Get, Create, Replace, Patch and Delete, and each
//! webhook's deliveries. The secret is written, never answered.

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::webhooks::*;
use meltano_api_stubs::models;
use meltano_api_stubs::types::Nullable;
use serde_json::json;

use super::Api;
use super::shared::{nullable, optional};
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::domain::version::is_not_modified;
use crate::domain::webhook::{WebhookFields, default_events, signing_key};
use crate::error::Error;
use crate::http::problem::ApiError;
use crate::http::request_id;
use crate::store::Versioned;
use crate::store::entities::{webhook, webhook_delivery};
use crate::store::webhooks::WebhookWrite;

/// A stored value of one of the spec's enums (`RunEventType`, `RunStatus`, ...) as its model.
fn spec_enum<T: serde::de::DeserializeOwned>(value: &str) -> Result<T, ApiError> {
    serde_json::from_value(json!(value)).map_err(ApiError::internal)
}

fn to_model(row: &webhook::Model) -> Result<models::Webhook, ApiError> {
    let fields = row.fields();
    Ok(models::Webhook {
        name: row.name.clone(),
        url: fields.url,
        events: fields
            .events
            .iter()
            .map(|e| spec_enum(e))
            .collect::<Result<_, _>>()?,
        statuses: Some(
            fields
                .statuses
                .iter()
                .map(|s| spec_enum(s))
                .collect::<Result<_, _>>()?,
        ),
        env: Some(nullable(fields.env)),
        job: Some(nullable(fields.job)),
        schedule: Some(nullable(fields.schedule)),
        paused: Some(fields.paused),
        create_time: Some(row.created_at),
        update_time: Some(row.updated_at),
        etag: Some(row.etag()),
    })
}

fn delivery_model(row: &webhook_delivery::Model) -> Result<models::WebhookDelivery, ApiError> {
    Ok(models::WebhookDelivery {
        id: uuid::Uuid::parse_str(&row.id).map_err(ApiError::internal)?,
        event: spec_enum(&row.event)?,
        run: uuid::Uuid::parse_str(&row.run_id).map_err(ApiError::internal)?,
        run_status: Some(spec_enum(&row.run_status)?),
        status: spec_enum(&row.status)?,
        attempts: row.attempts.max(0) as u32,
        create_time: row.created_at,
        last_attempt_time: Some(nullable(row.last_attempt_at)),
        next_attempt_time: Some(nullable(row.next_attempt_at)),
        delivered_time: Some(nullable(row.delivered_at)),
        response_status: Some(nullable(row.response_status.map(|s| s.max(0) as u32))),
        last_error: Some(nullable(row.last_error.clone())),
    })
}

/// The fields of a request body, checked; `secret` checked too when one is written.
#[allow(clippy::too_many_arguments)]
fn checked(
    url: &str,
    events: &Option<Vec<models::RunEventType>>,
    statuses: &Option<Vec<models::RunStatus>>,
    env: &Option<Nullable<String>>,
    job: &Option<Nullable<String>>,
    schedule: &Option<Nullable<String>>,
    paused: Option<bool>,
    secret: Option<&str>,
) -> Result<WebhookWrite, ApiError> {
    let fields = WebhookFields {
        url: url.to_string(),
        events: events.as_ref().map_or_else(default_events, |events| {
            events.iter().map(ToString::to_string).collect()
        }),
        statuses: statuses.iter().flatten().map(ToString::to_string).collect(),
        env: optional(env),
        job: optional(job),
        schedule: optional(schedule),
        paused: paused.unwrap_or(false),
    };
    fields.check()?;
    if let Some(secret) = secret {
        signing_key(secret, "/secret")?;
    }
    Ok(WebhookWrite {
        fields,
        secret: secret.map(str::to_string),
    })
}

fn names(project: &str, webhook: &str) -> Result<(Name, Name), ApiError> {
    Ok((
        Name::parse(project, "project")?,
        Name::parse(webhook, "webhook")?,
    ))
}

#[async_trait::async_trait]
impl Webhooks<ApiError> for Api {
    type Claims = ();

    async fn list_webhooks(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListWebhooksPathParams,
        query: &models::ListWebhooksQueryParams,
    ) -> Result<ListWebhooksResponse, ApiError> {
        let project = Name::parse(&path.project, "project")?;
        let page = PageRequest::parse(
            query.page_size,
            query.page_token.as_deref(),
            format!("projects/{project}/webhooks"),
        )?;
        let rows = self.store.list_webhooks(&project, &page).await?;
        let (rows, next_page_token) = page.finish(rows, |w| w.name.clone());
        Ok(ListWebhooksResponse::Status200_APageOfWebhooks(
            models::WebhookList {
                webhooks: rows.iter().map(to_model).collect::<Result<_, _>>()?,
                next_page_token,
            },
        ))
    }

    async fn get_webhook(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::GetWebhookHeaderParams,
        path: &models::GetWebhookPathParams,
    ) -> Result<GetWebhookResponse, ApiError> {
        let (project, name) = names(&path.project, &path.webhook)?;
        let row = self.store.get_webhook(&project, &name).await?;
        let e_tag = Some(row.etag());
        if is_not_modified(headers.if_none_match.as_deref(), &row.etag()) {
            return Ok(
                GetWebhookResponse::Status304_TheResourceHasNotChangedSinceThe {
                    e_tag,
                    x_request_id: request_id::header(),
                },
            );
        }
        Ok(GetWebhookResponse::Status200_TheWebhook {
            body: to_model(&row)?,
            e_tag,
        })
    }

    async fn create_webhook(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::CreateWebhookPathParams,
        body: &models::WebhookCreate,
    ) -> Result<CreateWebhookResponse, ApiError> {
        let (project, name) = names(&path.project, &body.name)?;
        let write = checked(
            &body.url,
            &body.events,
            &body.statuses,
            &body.env,
            &body.job,
            &body.schedule,
            body.paused,
            Some(&body.secret),
        )?;
        let row = self
            .store
            .create_webhook(&project, &name, &write.fields, &body.secret)
            .await?;
        Ok(CreateWebhookResponse::Status201_TheWebhookWasCreated {
            e_tag: Some(row.etag()),
            location: Some(self.location(&[
                "projects",
                project.as_str(),
                "webhooks",
                name.as_str(),
            ])),
            body: to_model(&row)?,
        })
    }

    async fn replace_webhook(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::ReplaceWebhookHeaderParams,
        path: &models::ReplaceWebhookPathParams,
        body: &models::WebhookReplace,
    ) -> Result<ReplaceWebhookResponse, ApiError> {
        let (project, name) = names(&path.project, &path.webhook)?;
        let write = checked(
            &body.url,
            &body.events,
            &body.statuses,
            &body.env,
            &body.job,
            &body.schedule,
            body.paused,
            body.secret.as_deref(),
        )?;
        let row = self
            .store
            .update_webhook(&project, &name, headers.if_match.as_deref(), |_| {
                Ok(WebhookWrite {
                    fields: write.fields.clone(),
                    secret: write.secret.clone(),
                })
            })
            .await?;
        Ok(ReplaceWebhookResponse::Status200_TheWebhookAsReplaced {
            e_tag: Some(row.etag()),
            body: to_model(&row)?,
        })
    }

    async fn patch_webhook(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::PatchWebhookHeaderParams,
        path: &models::PatchWebhookPathParams,
        body: &models::WebhookPatch,
    ) -> Result<PatchWebhookResponse, ApiError> {
        let (project, name) = names(&path.project, &path.webhook)?;
        if let Some(secret) = &body.secret {
            signing_key(secret, "/secret")?;
        }
        let mut patch = serde_json::to_value(body).map_err(ApiError::internal)?;
        if let Some(patch) = patch.as_object_mut() {
            patch.remove("secret");
        }
        let row = self
            .store
            .update_webhook(&project, &name, headers.if_match.as_deref(), |current| {
                let mut document = json!(current.fields());
                json_patch::merge(&mut document, &patch);
                let fields: WebhookFields = serde_json::from_value(document).map_err(|_| {
                    Error::bad_request("the merge patch does not fit a webhook's fields")
                })?;
                fields.check()?;
                Ok(WebhookWrite {
                    fields,
                    secret: body.secret.clone(),
                })
            })
            .await?;
        Ok(PatchWebhookResponse::Status200_TheWebhookAsUpdated {
            e_tag: Some(row.etag()),
            body: to_model(&row)?,
        })
    }

    async fn delete_webhook(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::DeleteWebhookHeaderParams,
        path: &models::DeleteWebhookPathParams,
    ) -> Result<DeleteWebhookResponse, ApiError> {
        let (project, name) = names(&path.project, &path.webhook)?;
        self.store
            .delete_webhook(&project, &name, headers.if_match.as_deref())
            .await?;
        Ok(DeleteWebhookResponse::Status204_TheWebhookIsGone)
    }

    async fn list_webhook_deliveries(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListWebhookDeliveriesPathParams,
        query: &models::ListWebhookDeliveriesQueryParams,
    ) -> Result<ListWebhookDeliveriesResponse, ApiError> {
        let (project, name) = names(&path.project, &path.webhook)?;
        let status = query.status.map(|s| s.to_string());
        let page = PageRequest::parse(
            query.page_size,
            query.page_token.as_deref(),
            format!(
                "projects/{project}/webhooks/{name}/deliveries?{}",
                status.as_deref().unwrap_or("")
            ),
        )?;
        let rows = self
            .store
            .list_deliveries(&project, &name, &page, status.as_deref())
            .await?;
        let (rows, next_page_token) = page.finish(rows, |d| d.id.clone());
        Ok(ListWebhookDeliveriesResponse::Status200_APageOfDeliveries(
            models::WebhookDeliveryList {
                deliveries: rows.iter().map(delivery_model).collect::<Result<_, _>>()?,
                next_page_token,
            },
        ))
    }
}

/// The body of a delivery (`RunEvent`): the run as it was at the event, in its API form.
pub fn event_body(row: &webhook_delivery::Model) -> Result<Vec<u8>, ApiError> {
    let run = row.run()?;
    let event = models::RunEvent {
        id: uuid::Uuid::parse_str(&row.id).map_err(ApiError::internal)?,
        r_type: spec_enum(&row.event)?,
        time: row.created_at,
        project: row.project.clone(),
        env: Some(run.env.clone()),
        webhook: row.webhook.clone(),
        run: super::shared::run_model(&run)?,
    };
    serde_json::to_vec(&event).map_err(ApiError::internal)
}
