//! Queries on `jobs`.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::Value;

use super::entities::job::{self, Column, Entity as Jobs};
use super::{Limited, Store, new_uid, now};
use crate::domain::Name;
use crate::domain::page::PageRequest;
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
        Ok(Jobs::find()
            .filter(Column::Project.eq(project.as_str()))
            .all(&self.reads)
            .await?)
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

    pub async fn delete_job(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
        if_match: Option<&str>,
    ) -> Result<(), Error> {
        self.get_env(project, env).await?;
        self.delete_versioned::<job::Model>(&(project.clone(), name.clone()), if_match)
            .await
    }
}
