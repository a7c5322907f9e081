//! An extractor's catalog outside a run (`GET .../plugins/{plugin}/streams`, as `meltano select
//! --list`): its own `catalog`, else `--discover` with its config in the environment, kept in
//! memory until that config (or the plugin's program) changes, as Meltano keeps its cached
//! catalog.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::Runner;
use super::invoke::Invoker;
use super::process::describe;
use crate::domain::Name;
use crate::domain::catalog::apply_rules;
use crate::domain::plugin::config_document;
use crate::domain::plugin_env::Vars;
use crate::error::{Error, FieldError};

/// How long discovery may take, and how large a catalog is read.
const DISCOVERY_TIMEOUT: Duration = Duration::from_secs(50);
const MAX_CATALOG_BYTES: usize = 64 << 20;
/// The most catalogs kept; past it the cache starts over (it is only a cache).
const MAX_KEPT: usize = 256;

/// Which extractor of which environment a catalog is of: (project, env, plugin).
type CatalogKey = (String, String, String);

/// Discovered catalogs, each with the digest of what produced it (config and program).
#[derive(Default)]
pub struct CatalogCache {
    kept: Mutex<HashMap<CatalogKey, (String, Arc<Value>)>>,
}

fn unprocessable(detail: String) -> Error {
    Error::Invalid {
        errors: vec![FieldError::new("/capabilities", detail.clone())],
        detail,
    }
}

impl Runner {
    /// The extractor's catalog with its `select`, `metadata`, `schema` and `select_filter`
    /// applied (what a run gives the tap), and its select rules as written.
    pub async fn selected_catalog(
        &self,
        project: &Name,
        env: &Name,
        plugin: &str,
        refresh: bool,
    ) -> Result<(Value, Vec<String>), Error> {
        let context = self.store().plugin_context(project, env).await?;
        let Some(model) = context.plugins.get(plugin) else {
            return Err(Error::NotFound(format!("plugin '{plugin}' does not exist")));
        };
        if model.plugin_type != "extractors" {
            return Err(Error::Invalid {
                errors: vec![FieldError::new("/plugin_type", "is not extractors")],
                detail: format!("plugin '{plugin}' is not an extractor: it has no catalog"),
            });
        }
        let run_id = format!("discover-{}", uuid::Uuid::now_v7());
        let invoker = Invoker {
            store: self.store().clone(),
            context,
            project: project.clone(),
            env: env.clone(),
            run_dir: self.settings().data_dir.join("runs").join(&run_id),
            run_id,
            data_dir: self.settings().data_dir.clone(),
        };
        let given = invoker
            .context
            .definition_field(plugin, "catalog")
            .filter(Value::is_object);
        let mut catalog = match given {
            Some(catalog) => catalog,
            None => {
                let discovered = self
                    .discovered(&invoker, project, env, plugin, refresh)
                    .await;
                let _ = std::fs::remove_dir_all(&invoker.run_dir);
                discovered?.as_ref().clone()
            }
        };
        let rules = invoker.catalog_rules(plugin);
        apply_rules(&mut catalog, &rules);
        let select = if rules.select.is_empty() {
            vec!["*.*".to_string()]
        } else {
            rules.select
        };
        Ok((catalog, select))
    }

    async fn discovered(
        &self,
        invoker: &Invoker,
        project: &Name,
        env: &Name,
        plugin: &str,
        refresh: bool,
    ) -> Result<Arc<Value>, Error> {
        if !invoker.capabilities(plugin).iter().any(|c| c == "discover") {
            return Err(unprocessable(format!(
                "plugin '{plugin}' has no `catalog` and does not declare the `discover` capability"
            )));
        }
        let (_, resolved) = invoker.context.resolve(plugin);
        let mut hasher = Sha256::new();
        hasher.update(Value::Object(config_document(&resolved)).to_string());
        for field in ["executable", "pip_url", "variant"] {
            hasher.update([0]);
            hasher.update(
                invoker
                    .context
                    .definition_field(plugin, field)
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
            );
        }
        let digest = format!("{:x}", hasher.finalize());
        let key = (project.to_string(), env.to_string(), plugin.to_string());
        let cache = self.catalogs();
        if !refresh
            && let Some((kept, catalog)) = cache.kept.lock().expect("not poisoned").get(&key)
            && *kept == digest
        {
            return Ok(catalog.clone());
        }
        let catalog = Arc::new(discover(invoker, plugin).await?);
        let mut kept = cache.kept.lock().expect("not poisoned");
        if kept.len() >= MAX_KEPT {
            kept.clear();
        }
        kept.insert(key, (digest, catalog.clone()));
        Ok(catalog)
    }
}

/// `plugin --config ... --discover`, bounded in time and size. Its stderr is not shown: it may
/// hold what the config holds.
async fn discover(invoker: &Invoker, plugin: &str) -> Result<Value, Error> {
    let failed = |why: String| Error::Invalid {
        errors: vec![FieldError::new("/capabilities", "discovery failed")],
        detail: format!("discovery of '{plugin}' failed: {why}"),
    };
    let config = invoker
        .write_config(plugin, &Vars::new())
        .map_err(Error::internal)?;
    let mut command = invoker.command(plugin, None, &Vars::new());
    command.arg("--config").arg(config).arg("--discover");
    let output = match tokio::time::timeout(DISCOVERY_TIMEOUT, command.output()).await {
        Ok(Ok(output)) => output,
        Ok(Err(error)) => return Err(failed(format!("it could not be started: {error}"))),
        Err(_) => {
            return Err(failed(format!(
                "it did not answer within {}s",
                DISCOVERY_TIMEOUT.as_secs()
            )));
        }
    };
    if !output.status.success() {
        return Err(failed(format!("it {}", describe(&output.status))));
    }
    if output.stdout.len() > MAX_CATALOG_BYTES {
        return Err(failed("its catalog is larger than 64 MiB".into()));
    }
    serde_json::from_slice::<Value>(&output.stdout)
        .ok()
        .filter(Value::is_object)
        .ok_or_else(|| failed("it did not print a JSON catalog".into()))
}
