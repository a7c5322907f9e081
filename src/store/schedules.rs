//! Queries on `schedules`.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::entities::schedule::{self, Column, Entity as Schedules};
use super::{Limited, Store, new_uid, now};
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::domain::schedule::{ScheduleFields, next_fire_at};
use crate::error::Error;

versioned_by_project_and_name!(schedule, Schedules, find_schedule);

impl schedule::Model {
    pub fn fields(&self) -> ScheduleFields {
        serde_json::from_str(&self.fields).unwrap_or_default()
    }

    /// What its next fire time follows: its last firing, else its creation.
    pub fn fire_base(&self) -> chrono::DateTime<chrono::Utc> {
        self.last_fire_at
            .map_or(self.created_at, |last| Ord::max(last, self.created_at))
    }
}

fn fields_text(fields: &ScheduleFields) -> Result<String, Error> {
    serde_json::to_string(fields).map_err(Error::internal)
}

impl Store {
    async fn find_schedule(&self, project: &Name, name: &Name) -> Result<schedule::Model, Error> {
        Schedules::find_by_id((project.to_string(), name.to_string()))
            .first(&self.reads)
            .await?
            .ok_or_else(|| Error::NotFound(format!("schedule '{name}' does not exist")))
    }

    pub async fn list_schedules(
        &self,
        project: &Name,
        env: &Name,
        page: &PageRequest,
    ) -> Result<Vec<schedule::Model>, Error> {
        self.get_env(project, env).await?;
        let mut query = Schedules::find()
            .filter(Column::Project.eq(project.as_str()))
            .order_by_asc(Column::Name);
        if let Some(after) = &page.after {
            query = query.filter(Column::Name.gt(after.as_str()));
        }
        Ok(query.at_most(page.fetch_limit(), &self.reads).await?)
    }

    /// Every schedule of the project (to see which use a job or a plugin).
    pub async fn all_schedules(&self, project: &Name) -> Result<Vec<schedule::Model>, Error> {
        project_schedules(&self.reads, project).await
    }

    pub async fn get_schedule(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
    ) -> Result<schedule::Model, Error> {
        self.get_env(project, env).await?;
        self.find_schedule(project, name).await
    }

    pub async fn create_schedule(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
        fields: &ScheduleFields,
    ) -> Result<schedule::Model, Error> {
        self.get_env(project, env).await?;
        let now = now();
        let model = schedule::ActiveModel {
            project: Set(project.to_string()),
            name: Set(name.to_string()),
            env: Set(env.to_string()),
            job: Set(fields.job.clone()),
            fields: Set(fields_text(fields)?),
            uid: Set(new_uid()),
            created_at: Set(now),
            updated_at: Set(now),
            revision: Set(1),
            last_fire_at: Set(None),
            last_run: Set(None),
            next_fire_at: Set(next_fire_at(fields, now)),
        };
        self.create_row(model, || format!("schedule '{name}'"))
            .await
    }

    pub async fn update_schedule(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
        if_match: Option<&str>,
        change: impl Fn(&schedule::Model) -> Result<ScheduleFields, Error> + Send + Sync,
    ) -> Result<schedule::Model, Error> {
        self.get_env(project, env).await?;
        let next = |current: &schedule::Model| {
            let fields = change(current)?;
            Ok(schedule::Model {
                job: fields.job.clone(),
                fields: fields_text(&fields)?,
                next_fire_at: next_fire_at(&fields, current.fire_base()),
                ..current.clone()
            })
        };
        self.write_versioned(&(project.clone(), name.clone()), if_match, next)
            .await
    }

    pub async fn delete_schedule(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
        if_match: Option<&str>,
    ) -> Result<(), Error> {
        self.get_env(project, env).await?;
        self.delete_versioned::<schedule::Model>(&(project.clone(), name.clone()), if_match)
            .await
    }
}

/// A project's schedules, read on `db` (inside a write's transaction, or not).
pub(super) async fn project_schedules(
    db: &impl sea_orm::ConnectionTrait,
    project: &Name,
) -> Result<Vec<schedule::Model>, Error> {
    Ok(Schedules::find()
        .filter(Column::Project.eq(project.as_str()))
        .all(db)
        .await?)
}
