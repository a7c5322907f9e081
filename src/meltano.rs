//! Interoperability with Meltano projects: import a project (its `meltano.yml`, the files its
//! `include_paths` name, and its state), export one as `meltano.yml`. Shared by the HTTP handlers
//! and `meltano-api import`.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context;
use serde_json::Value;

use crate::domain::meltano_yml::{self, ExportedPlugin, ProjectExport, glob_matches};
use crate::domain::plugin_context::PluginContext;
use crate::domain::{Name, state::StateId};
use crate::error::Error;
use crate::schema::component_errors;
use crate::store::Store;
use crate::store::entities::project;
use crate::store::import::{ImportedState, MeltanoState};

/// Creates project `name` from the text of `meltano.yml` and its included files, with `states`
/// put in the environments their ids name.
pub async fn import(
    store: &Store,
    name: &Name,
    meltano_yml: &str,
    files: &BTreeMap<String, String>,
    states: Vec<MeltanoState>,
) -> Result<(project::Model, Vec<String>), Error> {
    // Parsing and checking a large project is CPU work: kept off the async threads.
    let (text, included) = (meltano_yml.to_string(), files.clone());
    let import =
        tokio::task::spawn_blocking(move || meltano_yml::read(&text, &included, &component_errors))
            .await
            .map_err(Error::internal)??;
    let mut skipped = Vec::new();
    let mut imported = Vec::new();
    for MeltanoState {
        state_id,
        completed,
        partial,
    } in states
    {
        // Conventional ids go to the environment they name; others (Meltano accepts any) to the
        // default environment, else the first.
        let home = match StateId::conventional_env(&state_id) {
            Some(env) => Some(env),
            None => import
                .project
                .default_environment
                .as_deref()
                .or_else(|| import.envs.first().map(|(env, _)| env.as_str())),
        };
        let env = import
            .envs
            .iter()
            .find(|(env, _)| Some(env.as_str()) == home)
            .filter(|(env, _)| StateId::parse(&state_id, env, "state_id").is_ok())
            .map(|(env, _)| env.clone());
        match env {
            Some(env) => imported.push(ImportedState {
                env,
                state_id,
                completed,
                partial,
            }),
            None => skipped.push(state_id),
        }
    }
    let project = store.import_project(name, &import, &imported).await?;
    Ok((project, skipped))
}

/// Imports the Meltano project in `folder`: its `meltano.yml`, the files its `include_paths`
/// match, and the state in its system database (`.meltano/meltano.db`) if there is one.
pub async fn import_folder(
    store: &Store,
    folder: &Path,
    name: Option<&str>,
) -> anyhow::Result<(project::Model, Vec<String>)> {
    let meltano_yml = std::fs::read_to_string(folder.join("meltano.yml"))
        .with_context(|| format!("reading {}", folder.join("meltano.yml").display()))?;
    let folder_name = folder
        .canonicalize()?
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let name = name.unwrap_or(&folder_name);
    let name = Name::parse(name, "name").map_err(|_| {
        anyhow::anyhow!(
            "'{name}' is not a valid project name (lowercase letters, digits, - and _); give --name"
        )
    })?;
    let mut files = BTreeMap::new();
    let root: Value = serde_yaml_ng::from_str(&meltano_yml).unwrap_or_default();
    let patterns: Vec<String> = root["include_paths"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str().map(str::to_string))
        .collect();
    if !patterns.is_empty() {
        for path in walk(folder, folder, &["yml", "yaml"])? {
            if patterns.iter().any(|p| glob_matches(p, &path)) {
                files.insert(path.clone(), std::fs::read_to_string(folder.join(&path))?);
            }
        }
    }
    // The plugins' lock files (`plugins/<type>/<name>--<variant>.lock`).
    let plugins_dir = folder.join("plugins");
    if plugins_dir.is_dir() {
        for path in walk(folder, &plugins_dir, &["lock"])? {
            files.insert(path.clone(), std::fs::read_to_string(folder.join(&path))?);
        }
    }
    // Its `.env`, which Meltano reads too (its values secrets).
    if folder.join(".env").is_file() {
        files.insert(".env".into(), std::fs::read_to_string(folder.join(".env"))?);
    }
    // The files extractors name as their `catalog` or `state` (relative to the project).
    for plugin in root["plugins"]
        .as_object()
        .into_iter()
        .flat_map(|by_type| by_type.values())
        .filter_map(Value::as_array)
        .flatten()
    {
        for field in ["catalog", "state"] {
            let Some(path) = plugin[field].as_str().map(|p| p.trim_start_matches("./")) else {
                continue;
            };
            let inside = Path::new(path)
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
            if inside && folder.join(path).is_file() {
                files.insert(
                    path.to_string(),
                    std::fs::read_to_string(folder.join(path))?,
                );
            }
        }
    }
    let db = folder.join(".meltano").join("meltano.db");
    let states = if db.is_file() {
        Store::meltano_states(&format!("sqlite://{}?mode=ro", db.display()))
            .await
            .map_err(|e| anyhow::anyhow!("reading {}: {e}", db.display()))?
    } else {
        Vec::new()
    };
    import(store, &name, &meltano_yml, &files, states)
        .await
        .map_err(|e| anyhow::anyhow!("{}", problem_text(&e)))
}

fn problem_text(error: &Error) -> String {
    match error {
        Error::Invalid { errors, .. } => errors
            .iter()
            .map(|e| format!("{}: {}", e.pointer, e.detail))
            .collect::<Vec<_>>()
            .join("\n"),
        other => other.to_string(),
    }
}

/// The project's files under `dir` with one of `extensions` (relative paths), `.meltano/` and
/// hidden folders left out.
fn walk(root: &Path, dir: &Path, extensions: &[&str]) -> anyhow::Result<Vec<String>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            found.extend(walk(root, &path, extensions)?);
        } else if path
            .extension()
            .is_some_and(|e| extensions.iter().any(|x| e == *x))
        {
            found.push(path.strip_prefix(root)?.to_string_lossy().to_string());
        }
    }
    Ok(found)
}

/// The project as `meltano.yml`, secrets left out.
pub async fn export(store: &Store, name: &Name) -> Result<String, Error> {
    Ok(meltano_yml::write(&exported(store, name).await?))
}

/// The project as its folder's files: `meltano.yml` and the files beside it (lock files, catalog
/// and state files), never `.env`.
pub async fn export_folder(
    store: &Store,
    name: &Name,
) -> Result<(String, BTreeMap<String, String>), Error> {
    let export = exported(store, name).await?;
    Ok((meltano_yml::write(&export), meltano_yml::files(&export)))
}

/// What the project's `meltano.yml` is written from.
async fn exported(store: &Store, name: &Name) -> Result<ProjectExport, Error> {
    let project = store.active_project(name).await?;
    let envs = store.all_envs(name).await?;
    let plugins = store.all_plugins(name).await?;
    // Settings merge along `inherit_from` as the API resolves them (which values are secrets).
    let lineage = PluginContext::of_plugins(
        plugins
            .iter()
            .map(|(p, _)| (p.name.clone(), p.project_plugin()))
            .collect(),
        store.plugin_abouts(name).await?,
    );
    let export = ProjectExport {
        dotenv: project.dotenv().into_keys().collect(),
        layout: project.meltano_layout(),
        project_id: Some(
            project
                .meltano_project_id
                .clone()
                .unwrap_or_else(|| project.uid.clone()),
        ),
        project: project.fields(),
        envs: envs.iter().map(|e| (e.name.clone(), e.fields())).collect(),
        plugins: plugins
            .iter()
            .map(|(p, of_envs)| ExportedPlugin {
                name: p.name.clone(),
                plugin_type: p.plugin_type.clone(),
                inherit_from: p.inherit_from.clone(),
                definition: serde_json::from_str(&p.definition).unwrap_or_default(),
                config: serde_json::from_str(&p.config).unwrap_or_default(),
                env_configs: of_envs
                    .iter()
                    .map(|c| {
                        (
                            c.env.clone(),
                            serde_json::from_str(&c.config).unwrap_or_default(),
                        )
                    })
                    .collect(),
                env_extras: of_envs
                    .iter()
                    .map(|c| (c.env.clone(), c.extras()))
                    .filter(|(_, extras)| !extras.is_empty())
                    .collect(),
                settings: lineage.resolve(&p.name).0,
            })
            .collect(),
        jobs: store
            .all_jobs(name)
            .await?
            .iter()
            .map(|j| (j.name.clone(), j.tasks()))
            .collect(),
        schedules: store
            .all_schedules(name)
            .await?
            .iter()
            .map(|s| (s.name.clone(), s.fields()))
            .collect(),
    };
    Ok(export)
}
