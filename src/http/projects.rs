//! `projects`: List, Get, Create, Replace, Patch, soft Delete and `undelete`.

use std::collections::HashSet;

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::projects::*;
use meltano_api_stubs::models;
use meltano_api_stubs::types::Nullable;

use super::Api;
use super::shared::{nullable, optional};
use crate::domain::page::PageRequest;
use crate::domain::plugin::{keep_env_secrets, redact_env};
use crate::domain::resources::Fields;
use crate::domain::version::is_not_modified;
use crate::domain::{Name, ProjectFields};
use crate::http::problem::ApiError;
use crate::http::request_id;
use crate::store::Versioned;
use crate::store::entities::project;

fn to_model(project: &project::Model, secret_vars: &HashSet<String>) -> models::Project {
    let fields = project.fields();
    models::Project {
        name: project.name.clone(),
        description: fields.description,
        default_environment: Some(nullable(fields.default_environment)),
        env: Some(redact_env(&fields.env, secret_vars).into_iter().collect()),
        project_id: uuid::Uuid::parse_str(&project.uid).ok(),
        state: Some(if project.is_deleted() {
            models::LifecycleState::Deleted
        } else {
            models::LifecycleState::Active
        }),
        create_time: Some(project.created_at),
        update_time: Some(project.updated_at),
        delete_time: Some(nullable(project.deleted_at)),
        etag: Some(project.etag()),
    }
}

fn fields(
    description: &Option<String>,
    default_environment: &Option<Nullable<String>>,
    env: &Option<std::collections::HashMap<String, String>>,
) -> Result<ProjectFields, ApiError> {
    Ok(ProjectFields {
        description: description.clone(),
        default_environment: optional(default_environment),
        env: env.clone().unwrap_or_default().into_iter().collect(),
    }
    .check()?)
}

#[async_trait::async_trait]
impl Projects<ApiError> for Api {
    async fn import_project(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ImportProjectPathParams,
        body: &models::MeltanoProject,
    ) -> Result<ImportProjectResponse, ApiError> {
        let name = Name::parse(&path.project, "project")?;
        let files = body.files.clone().unwrap_or_default().into_iter().collect();
        let (project, _) =
            crate::meltano::import(&self.store, &name, &body.meltano_yml, &files, Vec::new())
                .await?;
        Ok(ImportProjectResponse::Status201_TheProject {
            location: Some(self.location(&["projects", name.as_str()])),
            e_tag: Some(project.etag()),
            body: to_model(&project, &project.secret_vars()),
        })
    }

    async fn export_project(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ExportProjectPathParams,
    ) -> Result<ExportProjectResponse, ApiError> {
        let name = Name::parse(&path.project, "project")?;
        let yaml = crate::meltano::export(&self.store, &name).await?;
        Ok(ExportProjectResponse::Status200_TheMeltano(yaml))
    }

    async fn export_project_folder(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ExportProjectFolderPathParams,
    ) -> Result<ExportProjectFolderResponse, ApiError> {
        let name = Name::parse(&path.project, "project")?;
        let (meltano_yml, files) = crate::meltano::export_folder(&self.store, &name).await?;
        Ok(ExportProjectFolderResponse::Status200_TheProject(
            models::MeltanoProject {
                meltano_yml,
                files: Some(files.into_iter().collect()),
            },
        ))
    }
    type Claims = ();

    async fn list_projects(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        query: &models::ListProjectsQueryParams,
    ) -> Result<ListProjectsResponse, ApiError> {
        let show_deleted = query.show_deleted.unwrap_or(false);
        let page = PageRequest::parse(
            query.page_size,
            query.page_token.as_deref(),
            format!("projects?{show_deleted}"),
        )?;
        let rows = self.store.list_projects(&page, show_deleted).await?;
        let (rows, next_page_token) = page.finish(rows, |p| p.name.clone());
        let mut projects = Vec::with_capacity(rows.len());
        for row in &rows {
            projects.push(to_model(row, &row.secret_vars()));
        }
        Ok(ListProjectsResponse::Status200_APageOfProjects(
            models::ProjectList {
                projects,
                next_page_token,
            },
        ))
    }

    async fn get_project(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::GetProjectHeaderParams,
        path: &models::GetProjectPathParams,
    ) -> Result<GetProjectResponse, ApiError> {
        let project = self
            .store
            .active_project(&Name::parse(&path.project, "project")?)
            .await?;
        let e_tag = Some(project.etag());
        if is_not_modified(headers.if_none_match.as_deref(), &project.etag()) {
            return Ok(
                GetProjectResponse::Status304_TheResourceHasNotChangedSinceThe {
                    e_tag,
                    x_request_id: request_id::header(),
                },
            );
        }
        Ok(GetProjectResponse::Status200_TheProject {
            body: to_model(&project, &project.secret_vars()),
            e_tag,
        })
    }

    async fn create_project(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        body: &models::Project,
    ) -> Result<CreateProjectResponse, ApiError> {
        let name = Name::parse(&body.name, "/name")?;
        let fields = fields(&body.description, &body.default_environment, &body.env)?;
        let project = self.store.create_project(&name, fields).await?;
        Ok(CreateProjectResponse::Status201_TheProjectWasCreated {
            e_tag: Some(project.etag()),
            location: Some(self.location(&["projects", name.as_str()])),
            body: to_model(&project, &project.secret_vars()),
        })
    }

    async fn replace_project(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::ReplaceProjectHeaderParams,
        path: &models::ReplaceProjectPathParams,
        body: &models::ProjectReplace,
    ) -> Result<ReplaceProjectResponse, ApiError> {
        let name = Name::parse(&path.project, "project")?;
        let replacement = fields(&body.description, &body.default_environment, &body.env)?;
        let project = self
            .store
            .update_project(&name, headers.if_match.as_deref(), |current| {
                let mut fields = replacement.clone();
                let secret_vars = current.secret_vars();
                fields.env = keep_env_secrets(fields.env, &current.fields().env, &secret_vars);
                Ok(fields)
            })
            .await?;
        Ok(ReplaceProjectResponse::Status200_TheProjectAsReplaced {
            e_tag: Some(project.etag()),
            body: to_model(&project, &project.secret_vars()),
        })
    }

    async fn patch_project(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::PatchProjectHeaderParams,
        path: &models::PatchProjectPathParams,
        body: &models::ProjectPatch,
    ) -> Result<PatchProjectResponse, ApiError> {
        let name = Name::parse(&path.project, "project")?;
        let patch = serde_json::to_value(body).map_err(ApiError::internal)?;
        let project = self
            .store
            .update_project(&name, headers.if_match.as_deref(), |current| {
                let secret_vars = current.secret_vars();
                let stored = current.fields();
                let mut fields = stored.merge_patch(&patch)?;
                fields.env = keep_env_secrets(fields.env, &stored.env, &secret_vars);
                Ok(fields)
            })
            .await?;
        Ok(PatchProjectResponse::Status200_TheProjectAsUpdated {
            e_tag: Some(project.etag()),
            body: to_model(&project, &project.secret_vars()),
        })
    }

    async fn delete_project(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::DeleteProjectHeaderParams,
        path: &models::DeleteProjectPathParams,
    ) -> Result<DeleteProjectResponse, ApiError> {
        let name = Name::parse(&path.project, "project")?;
        let project = self
            .store
            .soft_delete_project(&name, headers.if_match.as_deref())
            .await?;
        Ok(DeleteProjectResponse::Status200_TheProject {
            e_tag: Some(project.etag()),
            body: to_model(&project, &project.secret_vars()),
        })
    }

    async fn undelete_project(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::UndeleteProjectHeaderParams,
        path: &models::UndeleteProjectPathParams,
    ) -> Result<UndeleteProjectResponse, ApiError> {
        let name = Name::parse(&path.project, "project")?;
        let project = self
            .store
            .undelete_project(&name, headers.if_match.as_deref())
            .await?;
        Ok(UndeleteProjectResponse::Status200_TheProject {
            e_tag: Some(project.etag()),
            body: to_model(&project, &project.secret_vars()),
        })
    }
}
