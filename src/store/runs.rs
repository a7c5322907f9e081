//! Queries on `runs`, the run history of an environment.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::entities::run::{self, Column, Entity as Runs};
use super::{Store, now};
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::problem::ApiError;

/// Which runs a listing shows.
pub struct RunFilter<'a> {
    pub job: Option<&'a str>,
    pub status: Option<&'a str>,
}

impl run::Model {
    pub fn state_ids(&self) -> Vec<String> {
        serde_json::from_str(&self.state_ids).unwrap_or_default()
    }
}

/// Records a state edit as Meltano does (a `STATE_EDIT` run of the state id), inside the
/// transaction that makes the edit.
pub async fn record_state_edit(
    db: &impl ConnectionTrait,
    project: &Name,
    env: &Name,
    state_id: &str,
) -> Result<(), ApiError> {
    let now = now();
    run::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        project: Set(project.to_string()),
        env: Set(env.to_string()),
        kind: Set("STATE_EDIT".into()),
        status: Set("STATE_EDIT".into()),
        job: Set(None),
        schedule: Set(None),
        command: Set(None),
        trigger: Set("api".into()),
        state_ids: Set(serde_json::json!([state_id]).to_string()),
        error: Set(None),
        created_at: Set(now),
        started_at: Set(Some(now)),
        ended_at: Set(Some(now)),
    }
    .insert(db)
    .await?;
    Ok(())
}

impl Store {
    /// Newest first.
    pub async fn list_runs(
        &self,
        project: &Name,
        env: &Name,
        page: &PageRequest,
        filter: RunFilter<'_>,
    ) -> Result<Vec<run::Model>, ApiError> {
        self.get_env(project, env).await?;
        let mut query = Runs::find()
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Env.eq(env.as_str()))
            .order_by_desc(Column::Id)
            .limit(page.fetch_limit());
        if let Some(after) = &page.after {
            query = query.filter(Column::Id.lt(after.as_str()));
        }
        if let Some(job) = filter.job {
            query = query.filter(Column::Job.eq(job));
        }
        if let Some(status) = filter.status {
            query = query.filter(Column::Status.eq(status));
        }
        Ok(query.all(&self.db).await?)
    }

    pub async fn get_run(
        &self,
        project: &Name,
        env: &Name,
        id: &str,
        job: Option<&str>,
    ) -> Result<run::Model, ApiError> {
        self.get_env(project, env).await?;
        let mut query = Runs::find()
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Env.eq(env.as_str()))
            .filter(Column::Id.eq(id));
        if let Some(job) = job {
            query = query.filter(Column::Job.eq(job));
        }
        query
            .one(&self.db)
            .await?
            .ok_or_else(|| ApiError::NotFound(format!("run '{id}' does not exist")))
    }
}
