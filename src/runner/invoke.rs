//! How a plugin is started, as Meltano's invoker does it: its executable (from its install, an
//! absolute path or `PATH`), its resolved config in a `--config` file, its environment variables.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use serde_json::Value;
use tokio::process::Command;

use crate::domain::Name;
use crate::domain::catalog::CatalogRules;
use crate::domain::plugin::{Secrets, config_document};
use crate::domain::plugin_context::PluginContext;
use crate::domain::plugin_env::Vars;
use crate::store::Store;

/// The virtual environment `install` makes for a plugin of a project.
pub fn venv_dir(data_dir: &Path, project: &str, plugin: &str) -> PathBuf {
    data_dir
        .join("plugins")
        .join(project)
        .join(plugin)
        .join("venv")
}

/// Keeps the server's own settings (tokens, the database URL with its password) out of the
/// environment of the plugins it starts.
fn without_server_settings(command: &mut Command) -> &mut Command {
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("MELTANO_API_") {
            command.env_remove(name);
        }
    }
    command
}

/// A child process of run `run_id`: none of the server's settings in its environment,
/// `MELTANO_RUN_ID` in it (so what it spawns can be found after a crash: `sweep`), no stdin, its
/// output piped, leading its own process group (so a cancel reaches what it spawns), killed if
/// its handle is dropped or the server dies.
pub fn child_command(program: impl AsRef<std::ffi::OsStr>, run_id: &str) -> Command {
    let mut command = Command::new(program);
    without_server_settings(&mut command)
        .env("MELTANO_RUN_ID", run_id)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .kill_on_drop(true);
    #[cfg(target_os = "linux")]
    die_with_the_server(&mut command);
    command
}

/// The child gets SIGKILL when the server dies (`PR_SET_PDEATHSIG`), so that a killed server
/// leaves no plugin running. Linux ties this to the thread that spawned the child: children are
/// spawned on the runtime's worker threads, which live as long as the server.
#[cfg(target_os = "linux")]
fn die_with_the_server(command: &mut Command) {
    let server = std::process::id() as libc::pid_t;
    // SAFETY: the closure runs in the forked child before exec and calls only async-signal-safe
    // functions (prctl, getppid, _exit).
    unsafe {
        command.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // The server died between fork and prctl: the signal was missed.
            if libc::getppid() != server {
                libc::_exit(1);
            }
            Ok(())
        });
    }
}

/// Everything a run needs to start its plugins.
pub struct Invoker {
    pub store: Store,
    pub context: PluginContext,
    pub project: Name,
    pub env: Name,
    pub run_id: String,
    pub data_dir: PathBuf,
    /// Where the run's config and state files live while it runs (removed after).
    pub run_dir: PathBuf,
}

impl Invoker {
    pub fn capabilities(&self, plugin: &str) -> Vec<String> {
        self.context.capabilities(plugin)
    }

    /// The extractor's `select`, `metadata`, `schema` and `select_filter`, each its own or its
    /// nearest ancestor's, for its catalog. A catalog given as its `catalog` extra is taken as
    /// it is, `select_filter` alone applied (Meltano's `apply_catalog_rules`).
    pub fn catalog_rules(&self, plugin: &str) -> CatalogRules {
        let field = |name: &str| self.context.definition_field(plugin, name);
        let object = |name: &str| {
            field(name)
                .and_then(|v| v.as_object().cloned())
                .unwrap_or_default()
        };
        let list = |name: &str| {
            field(name)
                .and_then(|v| serde_json::from_value(v).ok())
                .unwrap_or_default()
        };
        let select_filter = list("select_filter");
        if field("catalog").is_some_and(|catalog| catalog.is_object()) {
            // `select` kept for what it says (`enabled_patterns`), not applied.
            return CatalogRules {
                select: list("select"),
                select_filter,
                given: true,
                ..CatalogRules::default()
            };
        }
        CatalogRules {
            select: list("select"),
            metadata: object("metadata"),
            schema: object("schema"),
            select_filter,
            given: false,
        }
    }

    /// The plugin's (or an ancestor's) install, nearest first.
    fn venv_bins(&self, plugin: &str) -> Vec<PathBuf> {
        self.context
            .lineage(plugin)
            .into_iter()
            .map(|p| venv_dir(&self.data_dir, self.project.as_str(), &p.name).join("bin"))
            .filter(|bin| bin.is_dir())
            .collect()
    }

    /// The program to start: `executable` (a command's own, else the plugin's, else its name),
    /// found in the plugin's install first, then as given (a path, or a name on `PATH`).
    fn program(&self, plugin: &str, command_executable: Option<&str>) -> PathBuf {
        let executable = command_executable
            .map(str::to_string)
            .or_else(|| {
                self.context
                    .definition_field(plugin, "executable")
                    .and_then(|v| v.as_str().map(str::to_string))
            })
            .unwrap_or_else(|| self.context.identity(plugin).name);
        if !executable.contains('/') {
            for bin in self.venv_bins(plugin) {
                let candidate = bin.join(&executable);
                if candidate.is_file() {
                    return candidate;
                }
            }
        }
        PathBuf::from(executable)
    }

    /// A command for `plugin` with its environment as Meltano's invoker gives it: the server's
    /// (less its own settings), the plugin's variables (`upstream`, the run's earlier plugins'
    /// exports, then the project's `env`, the plugin's identity, its `env`, the environment's
    /// `env`), its settings and extras exported (`TAP_X_SETTING`, `MELTANO_EXTRACT_SETTING`,
    /// `MELTANO_EXTRACT__LOAD_SCHEMA`), its own and the environment's `env` over those, and
    /// Meltano's run variables. Its install's `bin` leads `PATH`. Otherwise a [`child_command`].
    pub fn command(
        &self,
        plugin: &str,
        command_executable: Option<&str>,
        upstream: &Vars,
    ) -> Command {
        let mut command = child_command(self.program(plugin, command_executable), &self.run_id);
        let vars = self.context.vars(plugin, upstream);
        command
            .envs(&vars)
            .envs(self.context.exported_vars(plugin, upstream))
            .envs(vars.iter().filter(|(k, _)| {
                self.context.plugin_env(plugin).contains_key(*k)
                    || self.context.environment_env.contains_key(*k)
            }))
            .env("MELTANO_RUN_ID", &self.run_id)
            .env("MELTANO_ENVIRONMENT", self.env.as_str())
            .env("MELTANO_PROJECT", self.project.as_str());
        let bins = self.venv_bins(plugin);
        if !bins.is_empty() {
            let path = std::env::var_os("PATH").unwrap_or_default();
            let joined =
                std::env::join_paths(bins.iter().cloned().chain(std::env::split_paths(&path)))
                    .unwrap_or(path);
            command.env("PATH", joined);
        }
        command
    }

    /// Every secret value of the project's plugins in this environment, for masking in logs.
    pub fn secret_values(&self) -> Vec<String> {
        let mut values: Vec<String> = self
            .context
            .plugins
            .keys()
            .flat_map(|name| Secrets::values(&self.context.resolve(name).1))
            .chain(
                self.context
                    .dotenv
                    .values()
                    .filter(|v| v.len() >= 4)
                    .cloned(),
            )
            .collect();
        // Longest first: a secret that contains another is masked whole.
        values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        values.dedup();
        values
    }

    /// Writes the plugin's resolved config (secrets included, so readable by the server's user
    /// only) for its `--config`.
    pub fn write_config(&self, plugin: &str, upstream: &Vars) -> std::io::Result<PathBuf> {
        let (_, resolved) = self.context.resolve_in(plugin, upstream);
        let document = Value::Object(config_document(&resolved));
        self.write_private(&format!("{plugin}.config.json"), &document)
    }

    /// Writes a JSON file into the run's directory, readable by the server's user only.
    pub fn write_private(&self, name: &str, value: &Value) -> std::io::Result<PathBuf> {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::create_dir_all(&self.run_dir)?;
        let path = self.run_dir.join(name);
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&path)?;
        file.write_all(value.to_string().as_bytes())?;
        Ok(path)
    }
}
