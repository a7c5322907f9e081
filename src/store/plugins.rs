//! Queries on `plugins` and `plugin_env_configs`. A plugin belongs to the project; seen through an
//! environment it carries that environment's config too, and one write changes both, whole.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction,
    EntityTrait, QueryFilter, QueryOrder, Statement,
};
use serde_json::{Map, Value};

use super::entities::plugin::{self, Column, Entity as Plugins};
use super::entities::plugin_about::{self, Column as AboutColumn, Entity as Abouts};
use super::entities::plugin_env_config::{self, Column as EnvColumn, Entity as EnvConfigs};
use super::entities::project::{Column as ProjectColumn, Entity as Projects};
use super::{Limited, Store, new_uid, now};
use crate::domain::Name;
use crate::domain::about::About;
use crate::domain::page::PageRequest;
use crate::domain::plugin_context::PluginContext;
use crate::domain::plugin_write::PluginWrite;
use crate::domain::version::{check_if_match, etag};
use crate::error::Error;

fn object(text: &str) -> Map<String, Value> {
    serde_json::from_str(text).unwrap_or_default()
}

fn text(map: &Map<String, Value>) -> Result<String, Error> {
    serde_json::to_string(map).map_err(Error::internal)
}

/// A plugin seen through one environment.
#[derive(Debug, Clone)]
pub struct PluginRecord {
    pub plugin: plugin::Model,
    pub env_config: Option<plugin_env_config::Model>,
}

impl PluginRecord {
    /// Changes with the plugin and with this environment's config of it.
    pub fn etag(&self) -> String {
        match &self.env_config {
            Some(c) => etag(
                &format!("{}/{}:{}", self.plugin.uid, c.uid, c.revision),
                self.plugin.revision,
            ),
            None => etag(&self.plugin.uid, self.plugin.revision),
        }
    }

    pub fn definition(&self) -> Map<String, Value> {
        object(&self.plugin.definition)
    }

    pub fn config(&self) -> Map<String, Value> {
        object(&self.plugin.config)
    }

    pub fn env_config(&self) -> Map<String, Value> {
        self.env_config
            .as_ref()
            .map(|c| object(&c.config))
            .unwrap_or_default()
    }

    pub fn env_extras(&self) -> Map<String, Value> {
        self.env_config
            .as_ref()
            .map(plugin_env_config::Model::extras)
            .unwrap_or_default()
    }

    /// `context` (read before this record was written) as it is now: the write changed this
    /// plugin alone, so a write's answer needs no second read of the project's plugins.
    pub fn written_into(&self, mut context: PluginContext) -> PluginContext {
        context.replace_plugin(
            self.plugin.project_plugin(),
            self.env_config
                .as_ref()
                .map(|c| object(&c.config))
                .unwrap_or_default(),
            self.env_extras(),
        );
        context
    }

    /// What the plugin holds in this environment, as a write would set it.
    pub fn stored(&self) -> PluginWrite {
        PluginWrite {
            plugin_type: self.plugin.plugin_type.clone(),
            inherit_from: self.plugin.inherit_from.clone(),
            definition: self.definition(),
            config: self.config(),
            env_config: self.env_config(),
            env_extras: self.env_extras(),
        }
    }
}

impl plugin_env_config::Model {
    /// The environment's extras of the plugin (`select`, `metadata`, ..., `env`).
    pub fn extras(&self) -> Map<String, Value> {
        self.extras.as_deref().map(object).unwrap_or_default()
    }
}

fn not_found(name: &Name) -> Error {
    Error::NotFound(format!("plugin '{name}' does not exist"))
}

impl Store {
    fn project_plugins(project: &Name) -> sea_orm::Select<Plugins> {
        Plugins::find().filter(Column::Project.eq(project.as_str()))
    }

    async fn env_configs_of(
        &self,
        db: &impl ConnectionTrait,
        project: &Name,
        env: &Name,
        plugins: &[String],
    ) -> Result<HashMap<String, plugin_env_config::Model>, Error> {
        let rows = EnvConfigs::find()
            .filter(EnvColumn::Project.eq(project.as_str()))
            .filter(EnvColumn::Env.eq(env.as_str()))
            .filter(EnvColumn::Plugin.is_in(plugins.iter().map(String::as_str)))
            .all(db)
            .await?;
        Ok(rows.into_iter().map(|c| (c.plugin.clone(), c)).collect())
    }

    pub async fn list_plugins(
        &self,
        project: &Name,
        env: &Name,
        page: &PageRequest,
        plugin_type: Option<&str>,
    ) -> Result<Vec<PluginRecord>, Error> {
        self.get_env(project, env).await?;
        let mut query = Self::project_plugins(project).order_by_asc(Column::Name);
        if let Some(after) = &page.after {
            query = query.filter(Column::Name.gt(after.as_str()));
        }
        if let Some(kind) = plugin_type {
            query = query.filter(Column::PluginType.eq(kind));
        }
        let plugins = query.at_most(page.fetch_limit(), &self.reads).await?;
        let names: Vec<String> = plugins.iter().map(|p| p.name.clone()).collect();
        let mut configs = self
            .env_configs_of(&self.reads, project, env, &names)
            .await?;
        Ok(plugins
            .into_iter()
            .map(|p| PluginRecord {
                env_config: configs.remove(&p.name),
                plugin: p,
            })
            .collect())
    }

    async fn find_plugin(
        &self,
        db: &impl ConnectionTrait,
        project: &Name,
        env: &Name,
        name: &Name,
    ) -> Result<PluginRecord, Error> {
        let plugin = Self::project_plugins(project)
            .filter(Column::Name.eq(name.as_str()))
            .first(db)
            .await?
            .ok_or_else(|| not_found(name))?;
        let mut configs = self
            .env_configs_of(db, project, env, &[name.to_string()])
            .await?;
        Ok(PluginRecord {
            env_config: configs.remove(name.as_str()),
            plugin,
        })
    }

    pub async fn get_plugin(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
    ) -> Result<PluginRecord, Error> {
        self.get_env(project, env).await?;
        self.find_plugin(&self.reads, project, env, name).await
    }

    /// Every plugin of the project, by name, with each environment's config of it.
    pub async fn all_plugins(
        &self,
        project: &Name,
    ) -> Result<Vec<(plugin::Model, Vec<plugin_env_config::Model>)>, Error> {
        let plugins = Self::project_plugins(project)
            .order_by_asc(Column::Name)
            .all(&self.reads)
            .await?;
        let configs = EnvConfigs::find()
            .filter(EnvColumn::Project.eq(project.as_str()))
            .all(&self.reads)
            .await?;
        Ok(plugins
            .into_iter()
            .map(|p| {
                let of_plugin = configs
                    .iter()
                    .filter(|c| c.plugin == p.name)
                    .cloned()
                    .collect();
                (p, of_plugin)
            })
            .collect())
    }

    /// Stores on the project which `env` variables are secrets (they feed sensitive settings of
    /// its plugins), from its plugins as `db` (a plugin write's transaction) has them.
    pub(super) async fn keep_secret_vars(
        &self,
        db: &impl ConnectionTrait,
        project: &Name,
    ) -> Result<(), Error> {
        let plugins = Self::project_plugins(project)
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.name.clone(), p.project_plugin()))
            .collect();
        let abouts = self.abouts(db, project).await?;
        let mut vars: Vec<String> = PluginContext::of_plugins(plugins, abouts)
            .secret_env_vars()
            .into_iter()
            .collect();
        vars.sort();
        Projects::update_many()
            .col_expr(
                ProjectColumn::SecretVars,
                sea_orm::sea_query::Expr::value(
                    serde_json::to_string(&vars).map_err(Error::internal)?,
                ),
            )
            .filter(ProjectColumn::Name.eq(project.as_str()))
            .exec(db)
            .await?;
        Ok(())
    }

    /// What the project's plugins said of themselves, by plugin.
    pub async fn plugin_abouts(&self, project: &Name) -> Result<HashMap<String, About>, Error> {
        self.abouts(&self.reads, project).await
    }

    async fn abouts(
        &self,
        db: &impl ConnectionTrait,
        project: &Name,
    ) -> Result<HashMap<String, About>, Error> {
        Ok(Abouts::find()
            .filter(AboutColumn::Project.eq(project.as_str()))
            .all(db)
            .await?
            .into_iter()
            .map(|row| {
                let document: Value = serde_json::from_str(&row.about).unwrap_or_default();
                (row.plugin, About::parse(&document))
            })
            .collect())
    }

    /// Keeps what plugin `name` answered to `--about`, in one transaction with what follows
    /// from it: the plugin's representation changes (its revision goes up) and the project's
    /// secret variables are recomputed (a learned secret makes its variables secret).
    pub async fn record_about(
        &self,
        project: &Name,
        name: &str,
        document: &Value,
    ) -> Result<(), Error> {
        let txn = self.begin_write().await?;
        Abouts::delete_many()
            .filter(AboutColumn::Project.eq(project.as_str()))
            .filter(AboutColumn::Plugin.eq(name))
            .exec(&txn)
            .await?;
        plugin_about::ActiveModel {
            project: Set(project.to_string()),
            plugin: Set(name.to_string()),
            about: Set(document.to_string()),
            learned_at: Set(now()),
        }
        .insert(&txn)
        .await?;
        let bumped = Plugins::update_many()
            .col_expr(
                Column::Revision,
                sea_orm::sea_query::ExprTrait::add(
                    sea_orm::sea_query::Expr::col(Column::Revision),
                    1,
                ),
            )
            .col_expr(Column::UpdatedAt, sea_orm::sea_query::Expr::value(now()))
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Name.eq(name))
            .exec(&txn)
            .await?;
        if bumped.rows_affected != 1 {
            return Err(Error::NotFound(format!("plugin '{name}' does not exist")));
        }
        self.keep_secret_vars(&txn, project).await?;
        self.commit(txn).await?;
        Ok(())
    }

    /// The project's plugins and this environment's configs and variables, for resolution.
    pub async fn plugin_context(&self, project: &Name, env: &Name) -> Result<PluginContext, Error> {
        Ok(self.context_rows(project, env).await?.0)
    }

    /// What a plugin's resolved view in `env` is made of, as one string that changes whenever
    /// any of it does: the project's and environment's rows and every plugin row and env config
    /// row of the project, each by `uid` (a re-created row is new) and `revision` (each write
    /// bumps it, as for ETags). Abouts change with their plugin's revision (`record_about`),
    /// `dotenv` only with the project. `None` when the project (not deleted) or env is missing.
    /// One statement, so that a cached view costs one indexed read to validate.
    pub async fn plugin_context_fingerprint(
        &self,
        project: &Name,
        env: &Name,
    ) -> Result<Option<String>, Error> {
        // `string_agg(... ORDER BY ...)` reads alike on PostgreSQL and SQLite (3.44 and later).
        const SQL: &str = "SELECT p.uid || ':' || p.revision || '/' || e.uid || ':' || e.revision \
            || '/' || COALESCE((SELECT string_agg(uid || ':' || revision, ',' ORDER BY name) \
            FROM plugins WHERE project = $1), '') \
            || '/' || COALESCE((SELECT string_agg(uid || ':' || revision, ',' ORDER BY plugin) \
            FROM plugin_env_configs WHERE project = $1 AND env = $2), '') AS fingerprint \
            FROM projects p JOIN envs e ON e.project = p.name AND e.name = $2 \
            WHERE p.name = $1 AND p.deleted_at IS NULL";
        let statement = Statement::from_sql_and_values(
            self.reads.get_database_backend(),
            SQL,
            [project.as_str().into(), env.as_str().into()],
        );
        match self.reads.query_one_raw(statement).await? {
            Some(row) => Ok(Some(row.try_get::<String>("", "fingerprint")?)),
            None => Ok(None),
        }
    }

    /// Plugin `name` as this environment sees it, and the context its config resolves in,
    /// from one read of the project's plugins.
    pub async fn plugin_in_context(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
    ) -> Result<(PluginRecord, PluginContext), Error> {
        let (context, mut env_configs, mut rows) = self.context_rows(project, env).await?;
        let plugin = rows.remove(name.as_str()).ok_or_else(|| not_found(name))?;
        let record = PluginRecord {
            env_config: env_configs.remove(name.as_str()),
            plugin,
        };
        Ok((record, context))
    }

    /// The context, and the rows of each plugin and of this environment's config of it (which
    /// records need). The five reads do not depend on each other and go to the pool together.
    async fn context_rows(
        &self,
        project: &Name,
        env: &Name,
    ) -> Result<
        (
            PluginContext,
            HashMap<String, plugin_env_config::Model>,
            HashMap<String, plugin::Model>,
        ),
        Error,
    > {
        let env_configs = async {
            let rows = EnvConfigs::find()
                .filter(EnvColumn::Project.eq(project.as_str()))
                .filter(EnvColumn::Env.eq(env.as_str()))
                .all(&self.reads)
                .await?;
            Ok::<_, Error>(
                rows.into_iter()
                    .map(|c| (c.plugin.clone(), c))
                    .collect::<HashMap<_, _>>(),
            )
        };
        let plugins = async {
            let rows = Self::project_plugins(project).all(&self.reads).await?;
            Ok::<_, Error>(
                rows.into_iter()
                    .map(|p| (p.name.clone(), p))
                    .collect::<HashMap<_, _>>(),
            )
        };
        let (project_row, env_row, plugins, env_configs, abouts) = tokio::try_join!(
            self.active_project(project),
            self.get_env(project, env),
            plugins,
            env_configs,
            self.abouts(&self.reads, project),
        )?;
        let mut context = PluginContext::of_plugins(
            plugins
                .iter()
                .map(|(name, row)| (name.clone(), row.project_plugin()))
                .collect(),
            abouts,
        );
        context.env_configs = env_configs
            .iter()
            .map(|(k, c)| (k.clone(), object(&c.config)))
            .collect();
        context.env_extras = env_configs
            .iter()
            .map(|(k, c)| (k.clone(), c.extras()))
            .collect();
        context.project_env = project_row.fields().env;
        context.environment_env = env_row.fields().env;
        context.dotenv = project_row.dotenv();
        Ok((context, env_configs, plugins))
    }

    pub async fn create_plugin(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
        write: PluginWrite,
    ) -> Result<PluginRecord, Error> {
        self.get_env(project, env).await?;
        let txn = self.begin_write().await?;
        let now = now();
        let model = plugin::ActiveModel {
            project: Set(project.to_string()),
            name: Set(name.to_string()),
            plugin_type: Set(write.plugin_type),
            inherit_from: Set(write.inherit_from),
            definition: Set(text(&write.definition)?),
            config: Set(text(&write.config)?),
            uid: Set(new_uid()),
            created_at: Set(now),
            updated_at: Set(now),
            revision: Set(1),
        };
        let plugin = model.insert(&txn).await.map_err(|e| match e.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => Error::Conflict(format!(
                "plugin '{name}' already exists in project '{project}'"
            )),
            _ => Error::from(e),
        })?;
        let env_config = self
            .save_env_config(
                &txn,
                project,
                env,
                name,
                None,
                (&write.env_config, &write.env_extras),
            )
            .await?;
        self.keep_secret_vars(&txn, project).await?;
        self.commit(txn).await?;
        Ok(PluginRecord { plugin, env_config })
    }

    /// Writes (or removes, when both are empty) this environment's config and extras of a
    /// plugin.
    async fn save_env_config(
        &self,
        txn: &DatabaseTransaction,
        project: &Name,
        env: &Name,
        name: &Name,
        current: Option<&plugin_env_config::Model>,
        (config, extras): (&Map<String, Value>, &Map<String, Value>),
    ) -> Result<Option<plugin_env_config::Model>, Error> {
        let scope = |q: sea_orm::DeleteMany<EnvConfigs>| {
            q.filter(EnvColumn::Project.eq(project.as_str()))
                .filter(EnvColumn::Env.eq(env.as_str()))
                .filter(EnvColumn::Plugin.eq(name.as_str()))
        };
        if let Some(current) = current {
            scope(EnvConfigs::delete_many())
                .filter(EnvColumn::Revision.eq(current.revision))
                .exec(txn)
                .await?;
        }
        if config.is_empty() && extras.is_empty() {
            return Ok(None);
        }
        let row = plugin_env_config::ActiveModel {
            project: Set(project.to_string()),
            plugin: Set(name.to_string()),
            env: Set(env.to_string()),
            config: Set(text(config)?),
            extras: Set((!extras.is_empty()).then(|| text(extras)).transpose()?),
            uid: Set(current.map_or_else(new_uid, |c| c.uid.clone())),
            updated_at: Set(now()),
            revision: Set(current.map_or(1, |c| c.revision + 1)),
        };
        Ok(Some(row.insert(txn).await?))
    }

    /// Replaces the plugin with what `change` makes of it, in one transaction.
    pub async fn update_plugin(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
        if_match: Option<&str>,
        change: impl FnOnce(&PluginRecord) -> Result<PluginWrite, Error>,
    ) -> Result<PluginRecord, Error> {
        self.get_env(project, env).await?;
        let txn = self.begin_write().await?;
        let current = self.find_plugin(&txn, project, env, name).await?;
        check_if_match(if_match, &current.etag())?;
        let write = change(&current)?;
        let updated = plugin::Model {
            plugin_type: write.plugin_type,
            inherit_from: write.inherit_from,
            definition: text(&write.definition)?,
            config: text(&write.config)?,
            updated_at: now(),
            revision: current.plugin.revision + 1,
            ..current.plugin.clone()
        };
        let result = Plugins::update_many()
            .set(plugin::ActiveModel::from(updated.clone()).reset_all())
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Name.eq(name.as_str()))
            .filter(Column::Revision.eq(current.plugin.revision))
            .exec(&txn)
            .await?;
        if result.rows_affected != 1 {
            return Err(Error::Conflict(format!(
                "plugin '{name}' changed meanwhile; retry"
            )));
        }
        let env_config = self
            .save_env_config(
                &txn,
                project,
                env,
                name,
                current.env_config.as_ref(),
                (&write.env_config, &write.env_extras),
            )
            .await?;
        self.keep_secret_vars(&txn, project).await?;
        self.commit(txn).await?;
        Ok(PluginRecord {
            plugin: updated,
            env_config,
        })
    }

    /// Removes a plugin from the project; `409` while another plugin inherits from it.
    pub async fn delete_plugin(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
        if_match: Option<&str>,
    ) -> Result<(), Error> {
        self.get_env(project, env).await?;
        let txn = self.begin_write().await?;
        // Still used? Checked in the delete's transaction, so that no job or schedule naming
        // the plugin commits in between (SQLite's writes take turns).
        let jobs: Vec<String> = super::jobs::project_jobs(&txn, project)
            .await?
            .into_iter()
            .filter(|job| crate::domain::job::names_plugin(&job.tasks(), name.as_str()))
            .map(|job| job.name)
            .collect();
        if !jobs.is_empty() {
            return Err(Error::Conflict(format!(
                "plugin '{name}' is used by job(s) {}",
                jobs.join(", ")
            )));
        }
        let schedules: Vec<String> = super::schedules::project_schedules(&txn, project)
            .await?
            .into_iter()
            .filter(|schedule| schedule.fields().names_plugin(name.as_str()))
            .map(|schedule| schedule.name)
            .collect();
        if !schedules.is_empty() {
            return Err(Error::Conflict(format!(
                "plugin '{name}' is used by schedule(s) {}",
                schedules.join(", ")
            )));
        }
        let current = self.find_plugin(&txn, project, env, name).await?;
        check_if_match(if_match, &current.etag())?;
        let children: Vec<String> = Self::project_plugins(project)
            .filter(Column::InheritFrom.eq(name.as_str()))
            .all(&txn)
            .await?
            .into_iter()
            .map(|p| p.name)
            .collect();
        if !children.is_empty() {
            return Err(Error::Conflict(format!(
                "plugin '{name}' is inherited by {}",
                children.join(", ")
            )));
        }
        Plugins::delete_many()
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Name.eq(name.as_str()))
            .exec(&txn)
            .await?;
        Abouts::delete_many()
            .filter(AboutColumn::Project.eq(project.as_str()))
            .filter(AboutColumn::Plugin.eq(name.as_str()))
            .exec(&txn)
            .await?;
        self.keep_secret_vars(&txn, project).await?;
        self.commit(txn).await?;
        Ok(())
    }
}
