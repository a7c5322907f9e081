//! Queries on `envs`. Every query first finds the project active: a deleted project hides its
//! environments.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::entities::env::{self, Column, Entity as Envs};
use super::{Limited, Store, new_uid, now};
use crate::domain::page::PageRequest;
use crate::domain::{EnvFields, Name};
use crate::error::Error;

versioned_by_project_and_name!(env, Envs, get_env);

impl env::Model {
    pub fn fields(&self) -> EnvFields {
        EnvFields {
            description: self.description.clone(),
            env: serde_json::from_str(&self.env).unwrap_or_default(),
            state_id_suffix: self.state_id_suffix.clone(),
        }
    }
}

fn not_found(project: &Name, name: &Name) -> Error {
    Error::NotFound(format!(
        "environment '{name}' does not exist in project '{project}'"
    ))
}

impl Store {
    pub async fn list_envs(
        &self,
        project: &Name,
        page: &PageRequest,
    ) -> Result<Vec<env::Model>, Error> {
        self.active_project(project).await?;
        let mut query = Envs::find()
            .filter(Column::Project.eq(project.as_str()))
            .order_by_asc(Column::Name);
        if let Some(after) = &page.after {
            query = query.filter(Column::Name.gt(after.as_str()));
        }
        Ok(query.at_most(page.fetch_limit(), &self.reads).await?)
    }

    /// Every environment of the project, by name.
    pub async fn all_envs(&self, project: &Name) -> Result<Vec<env::Model>, Error> {
        self.active_project(project).await?;
        Ok(Envs::find()
            .filter(Column::Project.eq(project.as_str()))
            .order_by_asc(Column::Name)
            .all(&self.reads)
            .await?)
    }

    /// One query when the environment is there; the project is looked into only when it is not
    /// (to say whether the project is what is missing).
    pub async fn get_env(&self, project: &Name, name: &Name) -> Result<env::Model, Error> {
        let found = Envs::find_by_id((project.to_string(), name.to_string()))
            .filter(Column::Project.in_subquery(super::projects::active(project)))
            .first(&self.reads)
            .await?;
        match found {
            Some(env) => Ok(env),
            None => {
                self.active_project(project).await?;
                Err(not_found(project, name))
            }
        }
    }

    pub async fn create_env(
        &self,
        project: &Name,
        name: &Name,
        fields: EnvFields,
    ) -> Result<env::Model, Error> {
        self.active_project(project).await?;
        let now = now();
        let model = env::ActiveModel {
            project: Set(project.to_string()),
            name: Set(name.to_string()),
            uid: Set(new_uid()),
            description: Set(fields.description),
            env: Set(serde_json::to_string(&fields.env).map_err(Error::internal)?),
            state_id_suffix: Set(fields.state_id_suffix),
            created_at: Set(now),
            updated_at: Set(now),
            revision: Set(1),
        };
        self.create_row(model, || {
            format!("environment '{name}' in project '{project}'")
        })
        .await
    }

    pub async fn update_env(
        &self,
        project: &Name,
        name: &Name,
        if_match: Option<&str>,
        change: impl Fn(&env::Model) -> Result<EnvFields, Error> + Send + Sync,
    ) -> Result<env::Model, Error> {
        let next = |current: &env::Model| {
            let fields = change(current)?;
            Ok(env::Model {
                description: fields.description,
                env: serde_json::to_string(&fields.env).map_err(Error::internal)?,
                state_id_suffix: fields.state_id_suffix,
                ..current.clone()
            })
        };
        self.write_versioned(&(project.clone(), name.clone()), if_match, next)
            .await
    }

    /// A hard delete; the environment's state and runs go with it (foreign keys cascade). Like
    /// every write it deletes only the version it checked, so a concurrent change is never lost.
    pub async fn delete_env(
        &self,
        project: &Name,
        name: &Name,
        if_match: Option<&str>,
    ) -> Result<(), Error> {
        self.delete_versioned::<env::Model>(&(project.clone(), name.clone()), if_match)
            .await
    }
}
