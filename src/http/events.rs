//! `projects/{project}/events`: the log of writes, newest first (written by the store, see
//! `store::events`).

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::events::*;
use meltano_api_stubs::models;
use meltano_api_stubs::types::Nullable;

use super::Api;
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::http::problem::ApiError;
use crate::store::entities::audit_event;

fn to_model(row: &audit_event::Model) -> Result<models::AuditEvent, ApiError> {
    Ok(models::AuditEvent {
        id: uuid::Uuid::parse_str(&row.id).map_err(ApiError::internal)?,
        time: row.created_at,
        actor: Some(match &row.token {
            Some(name) => Nullable::Present(name.clone()),
            None => Nullable::Null,
        }),
        method: row.method.clone(),
        operation: row.operation.clone(),
        path: row.path.clone(),
        request_id: row.request_id.clone(),
    })
}

#[async_trait::async_trait]
impl Events<ApiError> for Api {
    type Claims = ();

    async fn list_events(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListEventsPathParams,
        query: &models::ListEventsQueryParams,
    ) -> Result<ListEventsResponse, ApiError> {
        let project = Name::parse(&path.project, "project")?;
        let (token, operation) = (query.actor.as_deref(), query.operation.as_deref());
        let page = PageRequest::parse(
            query.page_size,
            query.page_token.as_deref(),
            format!(
                "projects/{project}/events?actor={}&operation={}",
                token.unwrap_or(""),
                operation.unwrap_or("")
            ),
        )?;
        let rows = self
            .store
            .list_events(&project, &page, token, operation)
            .await?;
        let (rows, next_page_token) = page.finish(rows, |event| event.id.clone());
        Ok(ListEventsResponse::Status200_APageOfEvents(
            models::AuditEventList {
                events: rows.iter().map(to_model).collect::<Result<_, _>>()?,
                next_page_token,
            },
        ))
    }
}
