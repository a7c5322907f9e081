//! The log of writes (`audit_events`): which token changed what, and when.
//!
//! The HTTP gate wraps every write request in a [`WriteEvent`] (a task-local, as the request id
//! is). [`Store::commit`], which every write's transaction ends with, inserts it as a row of that
//! transaction the first time the request commits a change: the change and its event are
//! committed together or not at all. A write that commits nothing in the database (an export, a
//! run's create replayed under its `Idempotency-Key`) is recorded by the gate after its answer
//! ([`Store::record_write`]). Work outside a request (the executor, the scheduler) has no
//! `WriteEvent` and is not recorded: its runs are listed as runs.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use super::entities::audit_event::{self, Column, Entity as AuditEvents};
use super::{Limited, Store, now};
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::error::Error;

tokio::task_local! {
    /// The write the current task serves, if it serves one.
    static CURRENT: Arc<WriteEvent>;
}

/// The longest path kept (the spec's `maxLength`); a longer one is cut.
const MAX_PATH: usize = 2048;

/// A write request being served: who makes it and how. Never its body (it may hold secrets).
#[derive(Debug)]
pub struct WriteEvent {
    /// The token's name; `None` when the server asks for no token.
    pub token: Option<Arc<str>>,
    pub method: String,
    /// The spec's operationId.
    pub operation: String,
    pub path: String,
    pub request_id: String,
    /// The project the write is in: from its path, or named by the store (a project's create
    /// has none in its path).
    project: Mutex<Option<String>>,
    /// Whether its event has been committed.
    recorded: AtomicBool,
}

impl WriteEvent {
    pub fn new(
        token: Option<Arc<str>>,
        method: &str,
        operation: &str,
        path: &str,
        project: Option<&str>,
        request_id: &str,
    ) -> Self {
        let mut path = path.to_string();
        if path.len() > MAX_PATH {
            let mut end = MAX_PATH;
            while !path.is_char_boundary(end) {
                end -= 1;
            }
            path.truncate(end);
        }
        Self {
            token,
            method: method.to_string(),
            operation: operation.to_string(),
            path,
            request_id: request_id.to_string(),
            project: Mutex::new(project.map(str::to_string)),
            recorded: AtomicBool::new(false),
        }
    }

    /// Runs `work` (the request's handling) as this write.
    pub async fn scope<F: Future>(self: Arc<Self>, work: F) -> F::Output {
        CURRENT.scope(self, work).await
    }

    /// Whether a commit of the write already holds its event.
    pub fn recorded(&self) -> bool {
        self.recorded.load(Ordering::Acquire)
    }

    fn project(&self) -> Option<String> {
        self.project
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn row(&self, project: String) -> audit_event::ActiveModel {
        audit_event::ActiveModel {
            id: Set(uuid::Uuid::now_v7().to_string()),
            project: Set(project),
            token: Set(self.token.as_deref().map(str::to_string)),
            method: Set(self.method.clone()),
            operation: Set(self.operation.clone()),
            path: Set(self.path.clone()),
            request_id: Set(self.request_id.clone()),
            created_at: Set(now()),
        }
    }
}

/// Names the project of the write being served, where its path names none (a project's create).
pub(super) fn name_project(project: &Name) {
    let _ = CURRENT.try_with(|event| {
        event
            .project
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_or_insert_with(|| project.to_string());
    });
}

impl Store {
    /// Commits a write's transaction, with the event of the request it serves when this is the
    /// request's first change (see the module's doc).
    pub(crate) async fn commit(&self, txn: DatabaseTransaction) -> Result<(), DbErr> {
        let event = CURRENT
            .try_with(Arc::clone)
            .ok()
            .filter(|event| !event.recorded());
        let Some(event) = event else {
            return txn.commit().await;
        };
        let Some(project) = event.project() else {
            tracing::warn!(
                operation = event.operation,
                "a write with no project to log it in"
            );
            return txn.commit().await;
        };
        AuditEvents::insert(event.row(project)).exec(&txn).await?;
        txn.commit().await?;
        event.recorded.store(true, Ordering::Release);
        Ok(())
    }

    /// Records a write that committed nothing in the database, once it has been answered.
    pub async fn record_write(&self, event: &WriteEvent) -> Result<(), Error> {
        let Some(project) = event.project() else {
            return Ok(());
        };
        AuditEvents::insert(event.row(project))
            .exec(&self.db)
            .await?;
        event.recorded.store(true, Ordering::Release);
        Ok(())
    }

    /// A project's events, newest first, of one token or operation when given. The project may
    /// be soft-deleted: its log outlives it.
    pub async fn list_events(
        &self,
        project: &Name,
        page: &PageRequest,
        token: Option<&str>,
        operation: Option<&str>,
    ) -> Result<Vec<audit_event::Model>, Error> {
        self.find_project(project).await?;
        let mut query = AuditEvents::find()
            .filter(Column::Project.eq(project.as_str()))
            .order_by_desc(Column::Id);
        if let Some(after) = &page.after {
            query = query.filter(Column::Id.lt(after.as_str()));
        }
        if let Some(token) = token {
            query = query.filter(Column::Token.eq(token));
        }
        if let Some(operation) = operation {
            query = query.filter(Column::Operation.eq(operation));
        }
        Ok(query.at_most(page.fetch_limit(), &self.reads).await?)
    }

    /// Deletes the events made before `cutoff`.
    pub async fn delete_old_events(&self, cutoff: DateTime<Utc>) -> Result<u64, Error> {
        let deleted = AuditEvents::delete_many()
            .filter(Column::CreatedAt.lt(cutoff))
            .exec(&self.db)
            .await?;
        Ok(deleted.rows_affected)
    }
}
