//! Queries on `plugins` and `plugin_env_configs`. A plugin belongs to the project; seen through an
//! environment it carries that environment's config too, and one write changes both, whole.

use std::collections::{BTreeMap, HashMap, HashSet};

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::{Map, Value};

use super::entities::plugin::{self, Column, Entity as Plugins};
use super::entities::plugin_env_config::{self, Column as EnvColumn, Entity as EnvConfigs};
use super::entities::project::{Column as ProjectColumn, Entity as Projects};
use super::{Store, new_uid, now};
use crate::domain::Name;
use crate::domain::job::PluginInfo;
use crate::domain::page::PageRequest;
use crate::domain::plugin::{
    Layers, Resolved, Setting, inheritable, merged_settings, resolve, secret_env_vars,
};
use crate::domain::version::{check_if_match, etag};
use crate::problem::ApiError;

fn object(text: &str) -> Map<String, Value> {
    serde_json::from_str(text).unwrap_or_default()
}

fn text(map: &Map<String, Value>) -> Result<String, ApiError> {
    serde_json::to_string(map).map_err(ApiError::internal)
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
}

/// What a write sets.
#[derive(Debug, Clone)]
pub struct PluginWrite {
    pub plugin_type: String,
    pub inherit_from: Option<String>,
    pub definition: Map<String, Value>,
    pub config: Map<String, Value>,
    pub env_config: Map<String, Value>,
}

/// Everything needed to resolve the config of a project's plugins in one environment.
pub struct PluginContext {
    pub plugins: HashMap<String, plugin::Model>,
    pub env_configs: HashMap<String, Map<String, Value>>,
    /// The project's `env`, overridden by the environment's.
    pub env_vars: BTreeMap<String, String>,
}

/// How deep `inherit_from` chains may go (cycles are refused on write; this bounds reads anyway).
const MAX_INHERITANCE: usize = 16;

/// The settings a definition declares itself.
pub fn own_settings(definition: &Map<String, Value>) -> Vec<Setting> {
    definition
        .get("settings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Setting::from_definition)
        .collect()
}

impl PluginContext {
    /// A plugin's settings (parent's merged in) and its config resolved in this environment.
    pub fn resolve(&self, name: &str) -> (Vec<Setting>, Vec<Resolved>) {
        self.resolve_at(name, 0)
    }

    fn resolve_at(&self, name: &str, depth: usize) -> (Vec<Setting>, Vec<Resolved>) {
        let Some(plugin) = self.plugins.get(name).filter(|_| depth < MAX_INHERITANCE) else {
            return (Vec::new(), Vec::new());
        };
        let definition = object(&plugin.definition);
        let (parent_settings, parent_resolved) = match &plugin.inherit_from {
            Some(parent) => self.resolve_at(parent, depth + 1),
            None => (Vec::new(), Vec::new()),
        };
        let settings = merged_settings(&parent_settings, &own_settings(&definition));
        let project = object(&plugin.config);
        let empty = Map::new();
        let resolved = resolve(&Layers {
            settings: &settings,
            inherited: &inheritable(&parent_resolved),
            project: &project,
            environment: self.env_configs.get(name).unwrap_or(&empty),
            env_vars: &self.env_vars,
        });
        (settings, resolved)
    }

    /// A plugin's settings, its ancestors' merged in (sensitivity sticky along the way).
    pub fn settings(&self, name: &str) -> Vec<Setting> {
        self.lineage(name)
            .into_iter()
            .rev()
            .fold(Vec::new(), |inherited, plugin| {
                merged_settings(&inherited, &own_settings(&object(&plugin.definition)))
            })
    }

    /// The environment variables that feed a sensitive setting of any of the plugins.
    pub fn secret_env_vars(&self) -> HashSet<String> {
        let settings: Vec<(&str, Vec<Setting>)> = self
            .plugins
            .keys()
            .map(|name| (name.as_str(), self.settings(name)))
            .collect();
        secret_env_vars(settings.iter().map(|(n, s)| (*n, s.as_slice())))
    }

    /// The plugin and its ancestors, nearest first.
    pub fn lineage(&self, name: &str) -> Vec<&plugin::Model> {
        let mut chain = Vec::new();
        let mut next = Some(name);
        while let Some(plugin) = next.and_then(|n| self.plugins.get(n)) {
            if chain.len() == MAX_INHERITANCE {
                break;
            }
            chain.push(plugin);
            next = plugin.inherit_from.as_deref();
        }
        chain
    }

    /// A definition field as the plugin has it: its own, else its nearest ancestor's.
    pub fn definition_field(&self, name: &str, field: &str) -> Option<Value> {
        self.lineage(name)
            .into_iter()
            .find_map(|p| object(&p.definition).remove(field).filter(|v| !v.is_null()))
    }

    /// A plugin's commands (its ancestors' included; its own win).
    pub fn commands(&self, name: &str) -> Map<String, Value> {
        let mut commands = Map::new();
        for plugin in self.lineage(name).into_iter().rev() {
            if let Some(Value::Object(own)) = object(&plugin.definition).remove("commands") {
                commands.extend(own);
            }
        }
        commands
    }

    /// What task validation needs of every plugin.
    pub fn infos(&self) -> HashMap<String, PluginInfo> {
        self.plugins
            .iter()
            .map(|(name, p)| {
                (
                    name.clone(),
                    PluginInfo {
                        plugin_type: p.plugin_type.clone(),
                        commands: self.commands(name).keys().cloned().collect(),
                    },
                )
            })
            .collect()
    }
}

fn not_found(name: &Name) -> ApiError {
    ApiError::NotFound(format!("plugin '{name}' does not exist"))
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
    ) -> Result<HashMap<String, plugin_env_config::Model>, ApiError> {
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
    ) -> Result<Vec<PluginRecord>, ApiError> {
        self.get_env(project, env).await?;
        let mut query = Self::project_plugins(project)
            .order_by_asc(Column::Name)
            .limit(page.fetch_limit());
        if let Some(after) = &page.after {
            query = query.filter(Column::Name.gt(after.as_str()));
        }
        if let Some(kind) = plugin_type {
            query = query.filter(Column::PluginType.eq(kind));
        }
        let plugins = query.all(&self.db).await?;
        let names: Vec<String> = plugins.iter().map(|p| p.name.clone()).collect();
        let mut configs = self.env_configs_of(&self.db, project, env, &names).await?;
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
    ) -> Result<PluginRecord, ApiError> {
        let plugin = Self::project_plugins(project)
            .filter(Column::Name.eq(name.as_str()))
            .one(db)
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
    ) -> Result<PluginRecord, ApiError> {
        self.get_env(project, env).await?;
        self.find_plugin(&self.db, project, env, name).await
    }

    /// Every plugin of the project, by name, with each environment's config of it.
    pub async fn all_plugins(
        &self,
        project: &Name,
    ) -> Result<Vec<(plugin::Model, BTreeMap<String, Map<String, Value>>)>, ApiError> {
        let plugins = Self::project_plugins(project)
            .order_by_asc(Column::Name)
            .all(&self.db)
            .await?;
        let configs = EnvConfigs::find()
            .filter(EnvColumn::Project.eq(project.as_str()))
            .all(&self.db)
            .await?;
        Ok(plugins
            .into_iter()
            .map(|p| {
                let env_configs = configs
                    .iter()
                    .filter(|c| c.plugin == p.name)
                    .map(|c| (c.env.clone(), object(&c.config)))
                    .collect();
                (p, env_configs)
            })
            .collect())
    }

    /// Stores on the project which `env` variables are secrets (they feed sensitive settings of
    /// its plugins), from its plugins as `db` (a plugin write's transaction) has them.
    pub(super) async fn keep_secret_vars(
        &self,
        db: &impl ConnectionTrait,
        project: &Name,
    ) -> Result<(), ApiError> {
        let plugins = Self::project_plugins(project)
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.name.clone(), p))
            .collect();
        let mut vars: Vec<String> = PluginContext {
            plugins,
            env_configs: HashMap::new(),
            env_vars: BTreeMap::new(),
        }
        .secret_env_vars()
        .into_iter()
        .collect();
        vars.sort();
        Projects::update_many()
            .col_expr(
                ProjectColumn::SecretVars,
                sea_orm::sea_query::Expr::value(
                    serde_json::to_string(&vars).map_err(ApiError::internal)?,
                ),
            )
            .filter(ProjectColumn::Name.eq(project.as_str()))
            .exec(db)
            .await?;
        Ok(())
    }

    /// The project's plugins and this environment's configs and variables, for resolution.
    pub async fn plugin_context(
        &self,
        project: &Name,
        env: &Name,
    ) -> Result<PluginContext, ApiError> {
        let project_row = self.active_project(project).await?;
        let env_row = self.get_env(project, env).await?;
        let plugins: HashMap<String, plugin::Model> = Self::project_plugins(project)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| (p.name.clone(), p))
            .collect();
        let names: Vec<String> = plugins.keys().cloned().collect();
        let env_configs = self
            .env_configs_of(&self.db, project, env, &names)
            .await?
            .into_iter()
            .map(|(k, c)| (k, object(&c.config)))
            .collect();
        let mut env_vars = project_row.fields().env;
        env_vars.extend(env_row.fields().env);
        Ok(PluginContext {
            plugins,
            env_configs,
            env_vars,
        })
    }

    pub async fn create_plugin(
        &self,
        project: &Name,
        env: &Name,
        name: &Name,
        write: PluginWrite,
    ) -> Result<PluginRecord, ApiError> {
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
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => ApiError::Conflict(format!(
                "plugin '{name}' already exists in project '{project}'"
            )),
            _ => ApiError::from(e),
        })?;
        let env_config = self
            .save_env_config(&txn, project, env, name, None, &write.env_config)
            .await?;
        self.keep_secret_vars(&txn, project).await?;
        txn.commit().await?;
        Ok(PluginRecord { plugin, env_config })
    }

    /// Writes (or removes, when empty) this environment's config of a plugin.
    async fn save_env_config(
        &self,
        txn: &DatabaseTransaction,
        project: &Name,
        env: &Name,
        name: &Name,
        current: Option<&plugin_env_config::Model>,
        config: &Map<String, Value>,
    ) -> Result<Option<plugin_env_config::Model>, ApiError> {
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
        if config.is_empty() {
            return Ok(None);
        }
        let row = plugin_env_config::ActiveModel {
            project: Set(project.to_string()),
            plugin: Set(name.to_string()),
            env: Set(env.to_string()),
            config: Set(text(config)?),
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
        change: impl FnOnce(&PluginRecord) -> Result<PluginWrite, ApiError>,
    ) -> Result<PluginRecord, ApiError> {
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
            return Err(ApiError::Conflict(format!(
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
                &write.env_config,
            )
            .await?;
        self.keep_secret_vars(&txn, project).await?;
        txn.commit().await?;
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
    ) -> Result<(), ApiError> {
        self.get_env(project, env).await?;
        let txn = self.begin_write().await?;
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
            return Err(ApiError::Conflict(format!(
                "plugin '{name}' is inherited by {}",
                children.join(", ")
            )));
        }
        Plugins::delete_many()
            .filter(Column::Project.eq(project.as_str()))
            .filter(Column::Name.eq(name.as_str()))
            .exec(&txn)
            .await?;
        self.keep_secret_vars(&txn, project).await?;
        txn.commit().await?;
        Ok(())
    }
}
