//! Queries on `jobs`.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::Value;

use super::entities::job::{self, Column, Entity as Jobs};
use super::{Limited, Store, Versioned, new_uid, now};
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::domain::version::check_if_match;
use crate::error::Error;

versioned_by_project_and_name!(job, Jobs, find_job);

impl job::Model {
    pub fn tasks(&self) -> Value {
        serde_json::from_str(&self.tasks).unwrap_or(Value::Null)
    }
}

impl Store {
    async fn find_job(&self, project: &Name, name: &Name) -> Result<job::Model, Error> {
        Jobs::find_by_id((project.to_string(), name.to_string()))
            .first(&self.reads)
            .await?
            .ok_or_else(|| Error::NotFound(format!("job '{name}' does not exist")))
    }

    pub async fn list_jobs(
        &self,
        project: &Name,
        env: &Name,
        page: &PageRequest,
    ) -> Result<Vec<job::Model>, Error> {
        self.get_env(project, env).await?;
        let mut query = Jobs::find()
            .filter(Column::Project.eq(project.as_str()))
            .order_by_asc(Column::Name);
        if let Some(after) = &page.after {
            query = query.filter(Column::Name.gt(after.as_str()));
        }
        Ok(query.at_most(page.fetch_limit(), &self.reads).await?)
    }

    /// Every job of the project (to see which use a plugin).
    pub async fn all_jobs(&self, project: &Name) -> Result<Vec<job::Model>, Error> {
        project_jobs(&self.reads, project).await
    }

    pub async fn get_job(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
    ) -> Result<job::Model, Error> {
        self.get_env(project, env).await?;
        self.find_job(project, name).await
    }

    pub async fn create_job(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
        tasks: &Value,
    ) -> Result<job::Model, Error> {
        self.get_env(project, env).await?;
        let now = now();
        let model = job::ActiveModel {
            project: Set(project.to_string()),
            name: Set(name.to_string()),
            tasks: Set(tasks.to_string()),
            uid: Set(new_uid()),
            created_at: Set(now),
            updated_at: Set(now),
            revision: Set(1),
        };
        self.create_row(model, || format!("job '{name}'")).await
    }

    pub async fn update_job(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
        if_match: Option<&str>,
        tasks: impl Fn(&job::Model) -> Result<Value, Error> + Send + Sync,
    ) -> Result<job::Model, Error> {
        self.get_env(project, env).await?;
        let next = |current: &job::Model| {
            Ok(job::Model {
                tasks: tasks(current)?.to_string(),
                ..current.clone()
            })
        };
        self.write_versioned(&(project.clone(), name.clone()), if_match, next)
            .await
    }

    /// Deletes the job unless a schedule runs it: checked in the delete's transaction, so that
    /// no schedule naming it commits in between (SQLite's writes take turns).
    pub async fn delete_job(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
        if_match: Option<&str>,
    ) -> Result<(), Error> {
        self.get_env(project, env).await?;
        let txn = self.begin_write().await?;
        let schedules: Vec<String> = super::schedules::project_schedules(&txn, project)
            .await?
            .into_iter()
            .filter(|s| s.job.as_deref() == Some(name.as_str()))
            .map(|s| s.name)
            .collect();
        if !schedules.is_empty() {
            return Err(Error::Conflict(format!(
                "job '{name}' is used by schedule(s) {}",
                schedules.join(", ")
            )));
        }
        let current = Jobs::find_by_id((project.to_string(), name.to_string()))
            .one(&txn)
            .await?
            .ok_or_else(|| Error::NotFound(format!("job '{name}' does not exist")))?;
        check_if_match(if_match, &current.etag())?;
        Jobs::delete_by_id((project.to_string(), name.to_string()))
            .exec(&txn)
            .await?;
        self.commit(txn).await?;
        Ok(())
    }
}

/// A project's jobs, read on `db` (inside a write's transaction, or not).
pub(super) async fn project_jobs(
    db: &impl sea_orm::ConnectionTrait,
    project: &Name,
) -> Result<Vec<job::Model>, Error> {
    Ok(Jobs::find()
        .filter(Column::Project.eq(project.as_str()))
        .all(db)
        .await?)
}
