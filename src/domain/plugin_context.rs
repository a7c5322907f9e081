//! A project's plugins as one environment sees them: what resolving their config, their
//! settings (and which are secret), their identity and their variables needs. The store loads
//! it; runs, handlers and imports read it.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::about::About;
use super::job::PluginInfo;
use super::plugin::{
    Layers, Resolved, Setting, Source, inheritable, mappings, merged_settings, resolve,
    secret_env_vars,
};
use super::plugin_env::{Identity, Vars, config_vars, expand, expand_text, extras};

/// One of the project's plugins, as stored: what it is and what it declares.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectPlugin {
    pub name: String,
    /// `extractors`, `loaders`, ...
    pub plugin_type: String,
    pub inherit_from: Option<String>,
    /// Its definition (`pip_url`, `settings`, `capabilities`, extras, ...).
    pub definition: Map<String, Value>,
    /// Its config at the project level (under every environment's).
    pub config: Map<String, Value>,
}

/// Everything needed to resolve the config of a project's plugins in one environment.
pub struct PluginContext {
    pub plugins: HashMap<String, ProjectPlugin>,
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
    /// Puts `plugin` (with this environment's config and extras of it) in place of the one of
    /// its name, as a write left it.
    pub fn replace_plugin(
        &mut self,
        plugin: ProjectPlugin,
        env_config: Map<String, Value>,
        env_extras: Map<String, Value>,
    ) {
        self.env_configs.insert(plugin.name.clone(), env_config);
        self.env_extras.insert(plugin.name.clone(), env_extras);
        self.plugins.insert(plugin.name.clone(), plugin);
        self.secret_vars = Default::default();
    }

    /// The plugins alone, with no environment: for which settings and variables are secret.
    pub fn of_plugins(
        plugins: HashMap<String, ProjectPlugin>,
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
        let namespace_of = |p: &ProjectPlugin| {
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
            vars.extend(env_of(&plugin.definition));
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
        let empty = Map::new();
        let resolved = resolve(&Layers {
            settings: &settings,
            inherited: &inheritable(&parent_resolved),
            project: &plugin.config,
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
    pub fn declared_settings(&self, plugin: &ProjectPlugin) -> Vec<Setting> {
        let own = own_settings(&plugin.definition);
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
    pub fn lineage(&self, name: &str) -> Vec<&ProjectPlugin> {
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
                .or_else(|| p.definition.get(field).cloned())
                .filter(|v| !v.is_null())
        })
    }

    /// A plugin's commands (its ancestors' included; its own win).
    pub fn commands(&self, name: &str) -> Map<String, Value> {
        let mut commands = Map::new();
        for plugin in self.lineage(name).into_iter().rev() {
            if let Some(Value::Object(own)) = plugin.definition.get("commands") {
                commands.extend(own.clone());
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
    fn mapping_entries(&self) -> Vec<(String, ProjectPlugin)> {
        let mut mappers: Vec<&ProjectPlugin> = self
            .plugins
            .values()
            .filter(|p| p.plugin_type == "mappers")
            .collect();
        mappers.sort_by(|a, b| a.name.cmp(&b.name));
        let mut entries: Vec<(String, ProjectPlugin)> = Vec::new();
        for mapper in mappers {
            for (name, config) in mappings(&mapper.definition) {
                if self.plugins.contains_key(&name) || entries.iter().any(|(n, _)| *n == name) {
                    continue;
                }
                let mut entry = mapper.clone();
                entry.config = config;
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
                let kept = env_config
                    .iter()
                    .filter(|(key, _)| !entry.config.contains_key(*key))
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
