//! Queries on `plugins` and `plugin_env_configs`. A plugin belongs to the project; seen through an
//! environment it carries that environment's config too, and one write changes both, whole.

use std::collections::{HashMap, HashSet};

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
use crate::domain::job::PluginInfo;
use crate::domain::page::PageRequest;
use crate::domain::plugin::{
    Layers, Resolved, Setting, Source, inheritable, mappings, merged_settings, resolve,
    secret_env_vars,
};
use crate::domain::plugin_env::{Identity, Vars, config_vars, expand, expand_text, extras};
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
}

impl plugin_env_config::Model {
    /// The environment's extras of the plugin (`select`, `metadata`, ..., `env`).
    pub fn extras(&self) -> Map<String, Value> {
        self.extras.as_deref().map(object).unwrap_or_default()
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
    /// This environment's extras of it ([`ENV_EXTRAS`]), over its own.
    pub env_extras: Map<String, Value>,
}

/// Everything needed to resolve the config of a project's plugins in one environment.
pub struct PluginContext {
    pub plugins: HashMap<String, plugin::Model>,
    pub env_configs: HashMap<String, Map<String, Value>>,
    /// This environment's extras of each plugin, over its own definition's.
    pub env_extras: HashMap<String, Map<String, Value>>,
    /// The project's `env`.
    pub project_env: Vars,
    /// The environment's `env` (over the project's).
    pub environment_env: Vars,
    /// The project's `.env` (after its `env`, as Meltano's invoker has it); every value secret.
    pub dotenv: Vars,
    /// What each plugin said of itself (`--about`) when last installed.
    pub abouts: HashMap<String, About>,
    /// [`Self::secret_env_vars`], once computed.
    secret_vars: std::sync::OnceLock<HashSet<String>>,
}

/// How deep `inherit_from` chains may go (cycles are refused on write; this bounds reads anyway).
const MAX_INHERITANCE: usize = 16;

/// The string values of a definition's `env`.
fn env_of(definition: &Map<String, Value>) -> Vars {
    match definition.get("env") {
        Some(Value::Object(env)) => env
            .iter()
            .filter_map(|(k, v)| v.as_str().map(|text| (k.clone(), text.to_string())))
            .collect(),
        _ => Vars::new(),
    }
}

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
    /// The plugins alone, with no environment: for which settings and variables are secret.
    pub fn of_plugins(
        plugins: HashMap<String, plugin::Model>,
        abouts: HashMap<String, About>,
    ) -> Self {
        Self {
            plugins,
            abouts,
            env_configs: HashMap::new(),
            env_extras: HashMap::new(),
            project_env: Vars::new(),
            environment_env: Vars::new(),
            dotenv: Vars::new(),
            secret_vars: Default::default(),
        }
    }

    /// A plugin's settings (parent's merged in) and its config resolved in this environment.
    pub fn resolve(&self, name: &str) -> (Vec<Setting>, Vec<Resolved>) {
        self.resolve_in(name, &Vars::new())
    }

    /// [`Self::resolve`] within a run, after plugins that exported `upstream` (Meltano gives
    /// each plugin of a block the variables of the ones before it).
    pub fn resolve_in(&self, name: &str, upstream: &Vars) -> (Vec<Setting>, Vec<Resolved>) {
        let secret_vars = self.secret_env_vars();
        self.resolve_at(name, upstream, &secret_vars, 0)
    }

    /// Who the plugin is, for the names of its variables.
    pub fn identity(&self, name: &str) -> Identity {
        let lineage = self.lineage(name);
        let namespace_of = |p: &plugin::Model| {
            self.definition_field(&p.name, "namespace")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(|| p.name.replace('-', "_"))
        };
        Identity {
            // A mapping is its mapper, for the names of its variables.
            name: lineage
                .first()
                .map_or_else(|| name.to_string(), |p| p.name.clone()),
            plugin_type: lineage
                .first()
                .map(|p| p.plugin_type.clone())
                .unwrap_or_default(),
            namespace: lineage
                .first()
                .map(|p| namespace_of(p))
                .unwrap_or_else(|| name.replace('-', "_")),
            variant: self
                .definition_field(name, "variant")
                .and_then(|v| v.as_str().map(str::to_string)),
            ancestors: lineage
                .iter()
                .skip(1)
                .map(|p| (p.name.clone(), namespace_of(p)))
                .collect(),
        }
    }

    /// The plugin's `env`, its ancestors' under its own.
    pub fn plugin_env(&self, name: &str) -> Vars {
        let mut vars = Vars::new();
        for plugin in self.lineage(name).into_iter().rev() {
            vars.extend(env_of(&object(&plugin.definition)));
            vars.extend(self.env_plugin_env(&plugin.name));
        }
        vars
    }

    /// The `env` this environment gives the plugin itself (its extra), over everything else.
    fn env_plugin_env(&self, name: &str) -> Vars {
        self.env_extras.get(name).map(env_of).unwrap_or_default()
    }

    /// The plugin's variables, as Meltano's settings service has them: the run's `upstream`,
    /// the project's `env`, the plugin's identity, the plugin's `env` (expanded with what
    /// comes before), the environment's `env` (likewise).
    pub fn vars(&self, name: &str, upstream: &Vars) -> Vars {
        let mut vars = upstream.clone();
        vars.extend(self.project_env.clone());
        vars.extend(self.dotenv.clone());
        vars.extend(self.identity(name).info_vars());
        let expand_all = |env: &Vars, with: &Vars| -> Vars {
            env.iter()
                .map(|(k, v)| (k.clone(), expand_text(v, with)))
                .collect()
        };
        // As Meltano's invoker: the environment's `env` expanded with what comes before it,
        // the plugin's expanded with that too; the environment's wins over the plugin's.
        let environment = expand_all(&self.environment_env, &vars);
        let mut before_plugin = vars.clone();
        before_plugin.extend(environment.clone());
        vars.extend(expand_all(&self.plugin_env(name), &before_plugin));
        vars.extend(environment);
        // Last, the environment's `env` of the plugin itself, expanded with all of that.
        let own = expand_all(&self.env_plugin_env(name), &vars);
        vars.extend(own);
        vars
    }

    /// What the plugin exports to a run: its identity, its settings and its extras
    /// (Meltano's `PluginContext.env`), for the plugins after it and for itself.
    pub fn exported_vars(&self, name: &str, upstream: &Vars) -> Vars {
        let identity = self.identity(name);
        let (mut settings, mut resolved) = self.resolve_in(name, upstream);
        let vars = self.vars(name, upstream);
        for (extra, value) in extras(&identity.plugin_type, |field| {
            self.definition_field(name, field)
        }) {
            let kind = match &value {
                Value::Array(_) => "array",
                Value::Object(_) => "object",
                Value::Bool(_) => "boolean",
                _ => "string",
            };
            settings.push(Setting {
                name: extra.clone(),
                kind: Some(kind.into()),
                sensitive: false,
                env: None,
                default: None,
            });
            let value = expand(&value, &vars);
            resolved.push(Resolved::new(
                extra,
                Some(value),
                Source::Project,
                &Default::default(),
            ));
        }
        let mut exported = identity.info_vars();
        exported.extend(config_vars(&identity, &settings, &resolved));
        exported
    }

    fn resolve_at(
        &self,
        name: &str,
        upstream: &Vars,
        secret_vars: &HashSet<String>,
        depth: usize,
    ) -> (Vec<Setting>, Vec<Resolved>) {
        let Some(plugin) = self.plugins.get(name).filter(|_| depth < MAX_INHERITANCE) else {
            return (Vec::new(), Vec::new());
        };
        let (parent_settings, parent_resolved) = match &plugin.inherit_from {
            Some(parent) => self.resolve_at(parent, upstream, secret_vars, depth + 1),
            None => (Vec::new(), Vec::new()),
        };
        let settings = merged_settings(&parent_settings, &self.declared_settings(plugin));
        let project = object(&plugin.config);
        let empty = Map::new();
        let resolved = resolve(&Layers {
            settings: &settings,
            inherited: &inheritable(&parent_resolved),
            project: &project,
            environment: self.env_configs.get(name).unwrap_or(&empty),
            vars: &self.vars(name, upstream),
            identity: &self.identity(name),
            secret_vars,
        });
        (settings, resolved)
    }

    /// A plugin's settings, its ancestors' merged in (sensitivity sticky along the way).
    pub fn settings(&self, name: &str) -> Vec<Setting> {
        self.lineage(name)
            .into_iter()
            .rev()
            .fold(Vec::new(), |inherited, plugin| {
                merged_settings(&inherited, &self.declared_settings(plugin))
            })
    }

    /// The settings of one plugin (not its ancestors'): those it learned from its `--about`,
    /// under those its definition declares (a learned secret stays secret).
    pub fn declared_settings(&self, plugin: &plugin::Model) -> Vec<Setting> {
        let own = own_settings(&object(&plugin.definition));
        match self.abouts.get(&plugin.name) {
            Some(about) => merged_settings(&about.settings, &own),
            None => own,
        }
    }

    /// The plugin's capabilities: as declared (its own or its nearest ancestor's), else as
    /// its `--about` said.
    pub fn capabilities(&self, name: &str) -> Vec<String> {
        if let Some(declared) = self
            .definition_field(name, "capabilities")
            .and_then(|v| serde_json::from_value(v).ok())
        {
            return declared;
        }
        self.lineage(name)
            .into_iter()
            .find_map(|p| self.abouts.get(&p.name))
            .map(|a| a.capabilities.clone())
            .unwrap_or_default()
    }

    /// The environment variables whose values are secrets: those that feed a sensitive setting
    /// of any of the plugins (each one's `env`, and the `<PLUGIN>_<SETTING>` and
    /// `<NAMESPACE>_<SETTING>` it is read from), and every variable of the project's `.env`.
    pub fn secret_env_vars(&self) -> HashSet<String> {
        self.secret_vars
            .get_or_init(|| {
                let plugins: Vec<(String, String, Vec<Setting>)> = self
                    .plugins
                    .keys()
                    .map(|name| {
                        (
                            name.clone(),
                            self.identity(name).namespace,
                            self.settings(name),
                        )
                    })
                    .collect();
                let mut vars = secret_env_vars(
                    plugins
                        .iter()
                        .map(|(n, ns, s)| (n.as_str(), ns.as_str(), s.as_slice())),
                );
                vars.extend(self.dotenv.keys().cloned());
                vars
            })
            .clone()
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

    /// A definition field as the plugin has it in this environment: the environment's extra
    /// of it, else its own, else its nearest ancestor's (each ancestor's environment extra
    /// before its own).
    pub fn definition_field(&self, name: &str, field: &str) -> Option<Value> {
        self.lineage(name).into_iter().find_map(|p| {
            self.env_extras
                .get(&p.name)
                .and_then(|extras| extras.get(field).cloned())
                .or_else(|| object(&p.definition).remove(field))
                .filter(|v| !v.is_null())
        })
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

    /// What task validation needs of every plugin, and of every mapping (a mapper's, by its
    /// name) that no plugin's name hides.
    pub fn infos(&self) -> HashMap<String, PluginInfo> {
        let mut infos: HashMap<String, PluginInfo> = self
            .mapping_entries()
            .into_iter()
            .map(|(name, _)| (name, PluginInfo::mapping()))
            .collect();
        infos.extend(self.plugins.iter().map(|(name, p)| {
            (
                name.clone(),
                PluginInfo {
                    plugin_type: p.plugin_type.clone(),
                    commands: self.commands(name).keys().cloned().collect(),
                },
            )
        }));
        infos
    }

    /// Each mapping of a mapper as the plugin Meltano makes of it, by the mapping's name: the
    /// mapper with the mapping's config for its own. Names a plugin holds are left out.
    fn mapping_entries(&self) -> Vec<(String, plugin::Model)> {
        let mut mappers: Vec<&plugin::Model> = self
            .plugins
            .values()
            .filter(|p| p.plugin_type == "mappers")
            .collect();
        mappers.sort_by(|a, b| a.name.cmp(&b.name));
        let mut entries: Vec<(String, plugin::Model)> = Vec::new();
        for mapper in mappers {
            for (name, config) in mappings(&object(&mapper.definition)) {
                if self.plugins.contains_key(&name) || entries.iter().any(|(n, _)| *n == name) {
                    continue;
                }
                let mut entry = mapper.clone();
                entry.config = Value::Object(config).to_string();
                entries.push((name, entry));
            }
        }
        entries
    }

    /// This context with each mapping resolvable by its name, as a run needs it: the mapper
    /// with the mapping's config as its own (Meltano's), under the environment's config of the
    /// mapper less the keys the mapping sets (Meltano writes the mapping's config last).
    pub fn with_mappings(mut self) -> Self {
        for (name, entry) in self.mapping_entries() {
            if let Some(env_config) = self.env_configs.get(&entry.name) {
                let mapping = object(&entry.config);
                let kept = env_config
                    .iter()
                    .filter(|(key, _)| !mapping.contains_key(*key))
                    .map(|(key, value)| (key.clone(), value.clone()))
                    .collect();
                self.env_configs.insert(name.clone(), kept);
            }
            self.plugins.insert(name, entry);
        }
        self.secret_vars = Default::default();
        self
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
            .map(|p| (p.name.clone(), p))
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
        let (context, mut env_configs) = self.context_rows(project, env).await?;
        let plugin = context
            .plugins
            .get(name.as_str())
            .cloned()
            .ok_or_else(|| not_found(name))?;
        let record = PluginRecord {
            env_config: env_configs.remove(name.as_str()),
            plugin,
        };
        Ok((record, context))
    }

    /// The context, and this environment's config row of each plugin (which records need).
    /// The five reads do not depend on each other and go to the pool together.
    async fn context_rows(
        &self,
        project: &Name,
        env: &Name,
    ) -> Result<(PluginContext, HashMap<String, plugin_env_config::Model>), Error> {
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
        let context = PluginContext {
            plugins,
            env_configs: env_configs
                .iter()
                .map(|(k, c)| (k.clone(), object(&c.config)))
                .collect(),
            env_extras: env_configs
                .iter()
                .map(|(k, c)| (k.clone(), c.extras()))
                .collect(),
            project_env: project_row.fields().env,
            environment_env: env_row.fields().env,
            dotenv: project_row.dotenv(),
            abouts,
            secret_vars: Default::default(),
        };
        Ok((context, env_configs))
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
