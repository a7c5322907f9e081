//! Queries on `projects`.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::entities::project::{self, Column, Entity as Projects};
use super::{Limited, Store, Versioned, conflict_on_duplicate, new_uid, now};
use crate::domain::page::PageRequest;
use crate::domain::version::etag;
use crate::domain::{Name, ProjectFields};
use crate::error::Error;

#[async_trait::async_trait]
impl Versioned for project::Model {
    type Key = Name;

    async fn load(store: &Store, name: &Name) -> Result<Self, Error> {
        store.find_project(name).await
    }

    async fn save(
        self,
        txn: &sea_orm::DatabaseTransaction,
        name: &Name,
        revision: i64,
    ) -> Result<u64, Error> {
        let mut change = project::ActiveModel::from(self).reset_all();
        // Plugin writes keep it, in their own transactions: a project write never overwrites it.
        change.secret_vars = sea_orm::ActiveValue::NotSet;
        let result = Projects::update_many()
            .set(change)
            .filter(Column::Name.eq(name.as_str()))
            .filter(Column::Revision.eq(revision))
            .exec(txn)
            .await?;
        Ok(result.rows_affected)
    }

    fn etag(&self) -> String {
        etag(&self.uid, self.revision)
    }

    fn revision(&self) -> i64 {
        self.revision
    }

    fn bump(&mut self) {
        self.revision += 1;
        self.updated_at = now();
    }
}

impl project::Model {
    pub fn fields(&self) -> ProjectFields {
        ProjectFields {
            description: self.description.clone(),
            default_environment: self.default_environment.clone(),
            env: serde_json::from_str(&self.env).unwrap_or_default(),
        }
    }

    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }

    /// The variables whose values are secrets in its (and its environments' and schedules')
    /// `env` maps.
    pub fn secret_vars(&self) -> std::collections::HashSet<String> {
        serde_json::from_str(&self.secret_vars).unwrap_or_default()
    }

    /// The variables of the `.env` it was imported with.
    pub fn dotenv(&self) -> crate::domain::plugin_env::Vars {
        self.dotenv
            .as_deref()
            .and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_default()
    }

    /// The order and unknown keys of the `meltano.yml` it was imported from.
    pub fn meltano_layout(&self) -> crate::domain::meltano_yml::Layout {
        self.meltano_layout
            .as_deref()
            .and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_default()
    }
}

fn not_found(name: &Name) -> Error {
    Error::NotFound(format!("project '{name}' does not exist"))
}

fn deleted(name: &Name) -> Error {
    Error::NotFound(format!(
        "project '{name}' is deleted; POST .../projects/{name}/undelete restores it"
    ))
}

impl Store {
    pub async fn list_projects(
        &self,
        page: &PageRequest,
        show_deleted: bool,
    ) -> Result<Vec<project::Model>, Error> {
        let mut query = Projects::find().order_by_asc(Column::Name);
        if let Some(after) = &page.after {
            query = query.filter(Column::Name.gt(after.as_str()));
        }
        if !show_deleted {
            query = query.filter(Column::DeletedAt.is_null());
        }
        Ok(query.at_most(page.fetch_limit(), &self.reads).await?)
    }

    /// The project, whether deleted or not.
    pub(super) async fn find_project(&self, name: &Name) -> Result<project::Model, Error> {
        Projects::find_by_id(name.as_str())
            .first(&self.reads)
            .await?
            .ok_or_else(|| not_found(name))
    }

    /// The project if it exists and is not deleted; everything under a project goes through this.
    pub async fn active_project(&self, name: &Name) -> Result<project::Model, Error> {
        let project = self.find_project(name).await?;
        if project.is_deleted() {
            return Err(deleted(name));
        }
        Ok(project)
    }

    pub async fn create_project(
        &self,
        name: &Name,
        fields: ProjectFields,
    ) -> Result<project::Model, Error> {
        let now = now();
        let model = project::ActiveModel {
            name: Set(name.to_string()),
            uid: Set(new_uid()),
            description: Set(fields.description),
            default_environment: Set(fields.default_environment),
            env: Set(serde_json::to_string(&fields.env).map_err(Error::internal)?),
            created_at: Set(now),
            updated_at: Set(now),
            deleted_at: Set(None),
            revision: Set(1),
            secret_vars: Set("[]".into()),
            meltano_project_id: Set(None),
            meltano_layout: Set(None),
            dotenv: Set(None),
        };
        super::events::name_project(name);
        let txn = self.begin_write().await?;
        let created = Projects::insert(model)
            .exec_with_returning(&txn)
            .await
            .map_err(|e| {
                conflict_on_duplicate(e, format!("project '{name}' (possibly deleted)"))
            })?;
        self.commit(txn).await?;
        Ok(created)
    }

    /// Replaces the writable fields with what `change` makes of the current ones.
    pub async fn update_project(
        &self,
        name: &Name,
        if_match: Option<&str>,
        change: impl Fn(&project::Model) -> Result<ProjectFields, Error> + Send + Sync,
    ) -> Result<project::Model, Error> {
        self.write_project(name, if_match, |current| {
            if current.is_deleted() {
                return Err(deleted(name));
            }
            let fields = change(current)?;
            Ok(project::Model {
                description: fields.description,
                default_environment: fields.default_environment,
                env: serde_json::to_string(&fields.env).map_err(Error::internal)?,
                ..current.clone()
            })
        })
        .await
    }

    pub async fn soft_delete_project(
        &self,
        name: &Name,
        if_match: Option<&str>,
    ) -> Result<project::Model, Error> {
        self.write_project(name, if_match, |current| {
            if current.is_deleted() {
                return Err(deleted(name));
            }
            Ok(project::Model {
                deleted_at: Some(now()),
                ..current.clone()
            })
        })
        .await
    }

    pub async fn undelete_project(
        &self,
        name: &Name,
        if_match: Option<&str>,
    ) -> Result<project::Model, Error> {
        self.write_project(name, if_match, |current| {
            if !current.is_deleted() {
                return Err(Error::Conflict(format!("project '{name}' is not deleted")));
            }
            Ok(project::Model {
                deleted_at: None,
                ..current.clone()
            })
        })
        .await
    }

    async fn write_project(
        &self,
        name: &Name,
        if_match: Option<&str>,
        next: impl Fn(&project::Model) -> Result<project::Model, Error> + Send + Sync,
    ) -> Result<project::Model, Error> {
        self.write_versioned(name, if_match, next).await
    }
}

/// The name of `project` while it is not deleted: a subquery that filters rows of an active
/// project in the query that reads them.
pub(super) fn active(project: &Name) -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(Column::Name)
        .from(Projects)
        .and_where(Column::Name.eq(project.as_str()))
        .and_where(Column::DeletedAt.is_null())
        .to_owned()
}
