//! A whole project written at once (an imported `meltano.yml`, with its state): one transaction,
//! so an import lands entirely or not at all.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait};
use serde_json::Value;

use super::entities::{
    env, job, plugin, plugin_about, plugin_env_config, project, schedule, state,
};
use super::{Store, conflict_on_duplicate, new_uid, now};
use crate::domain::Name;
use crate::domain::meltano_yml::ProjectImport;
use crate::error::Error;

/// A state id's values as Meltano keeps them (`None`: none).
/// A row of Meltano's `state` table: a state id with its completed and partial state.
#[derive(Debug, Clone)]
pub struct MeltanoState {
    pub state_id: String,
    pub completed: Option<Value>,
    pub partial: Option<Value>,
}

pub struct ImportedState {
    pub env: Name,
    pub state_id: String,
    pub completed: Option<Value>,
    pub partial: Option<Value>,
}

fn text(value: &impl serde::Serialize) -> Result<String, Error> {
    serde_json::to_string(value).map_err(Error::internal)
}

impl Store {
    /// Creates project `name` with everything `import` holds, and `states`.
    pub async fn import_project(
        &self,
        name: &Name,
        import: &ProjectImport,
        states: &[ImportedState],
    ) -> Result<project::Model, Error> {
        let txn = self.begin_write().await?;
        let now = now();
        let project = project::ActiveModel {
            name: Set(name.to_string()),
            uid: Set(new_uid()),
            description: Set(import.project.description.clone()),
            default_environment: Set(import.project.default_environment.clone()),
            env: Set(text(&import.project.env)?),
            created_at: Set(now),
            updated_at: Set(now),
            deleted_at: Set(None),
            revision: Set(1),
            secret_vars: Set("[]".into()),
            meltano_project_id: Set(import.project_id.clone()),
            meltano_layout: Set(Some(text(&import.layout)?)),
            dotenv: Set((!import.dotenv.is_empty())
                .then(|| text(&import.dotenv))
                .transpose()?),
        }
        .insert(&txn)
        .await
        .map_err(|e| conflict_on_duplicate(e, format!("project '{name}' (possibly deleted)")))?;
        for (env_name, fields) in &import.envs {
            env::ActiveModel {
                project: Set(name.to_string()),
                name: Set(env_name.to_string()),
                uid: Set(new_uid()),
                description: Set(fields.description.clone()),
                env: Set(text(&fields.env)?),
                state_id_suffix: Set(fields.state_id_suffix.clone()),
                created_at: Set(now),
                updated_at: Set(now),
                revision: Set(1),
            }
            .insert(&txn)
            .await?;
        }
        for imported in &import.plugins {
            plugin::ActiveModel {
                project: Set(name.to_string()),
                name: Set(imported.name.to_string()),
                plugin_type: Set(imported.plugin_type.clone()),
                inherit_from: Set(imported.inherit_from.clone()),
                definition: Set(text(&imported.definition)?),
                config: Set(text(&imported.config)?),
                uid: Set(new_uid()),
                created_at: Set(now),
                updated_at: Set(now),
                revision: Set(1),
            }
            .insert(&txn)
            .await?;
            // What its lock file says of it (settings, kinds, sensitivity, capabilities), as
            // what a plugin says of itself: under what its definition declares.
            if let Some(lock) = &imported.lock {
                plugin_about::ActiveModel {
                    project: Set(name.to_string()),
                    plugin: Set(imported.name.to_string()),
                    about: Set(lock.to_string()),
                    learned_at: Set(now),
                }
                .insert(&txn)
                .await?;
            }
            let envs: std::collections::BTreeSet<&String> = imported
                .env_configs
                .keys()
                .chain(imported.env_extras.keys())
                .collect();
            for env_name in envs {
                let config = imported
                    .env_configs
                    .get(env_name)
                    .cloned()
                    .unwrap_or_default();
                let extras = imported.env_extras.get(env_name);
                plugin_env_config::ActiveModel {
                    project: Set(name.to_string()),
                    plugin: Set(imported.name.to_string()),
                    env: Set(env_name.clone()),
                    config: Set(text(&config)?),
                    extras: Set(extras.map(text).transpose()?),
                    uid: Set(new_uid()),
                    updated_at: Set(now),
                    revision: Set(1),
                }
                .insert(&txn)
                .await?;
            }
        }
        for (job_name, tasks) in &import.jobs {
            job::ActiveModel {
                project: Set(name.to_string()),
                name: Set(job_name.to_string()),
                tasks: Set(tasks.to_string()),
                uid: Set(new_uid()),
                created_at: Set(now),
                updated_at: Set(now),
                revision: Set(1),
            }
            .insert(&txn)
            .await?;
        }
        for (schedule_name, fields, env_name) in &import.schedules {
            schedule::ActiveModel {
                project: Set(name.to_string()),
                name: Set(schedule_name.to_string()),
                env: Set(env_name.to_string()),
                job: Set(fields.job.clone()),
                fields: Set(text(fields)?),
                uid: Set(new_uid()),
                created_at: Set(now),
                updated_at: Set(now),
                revision: Set(1),
                last_fire_at: Set(None),
                last_run: Set(None),
                next_fire_at: Set(crate::domain::schedule::next_fire_at(fields, now)),
            }
            .insert(&txn)
            .await?;
        }
        for imported in states {
            let value = |v: &Option<Value>| v.as_ref().map(Value::to_string);
            state::ActiveModel {
                project: Set(name.to_string()),
                env: Set(imported.env.to_string()),
                state_id: Set(imported.state_id.clone()),
                uid: Set(new_uid()),
                completed: Set(value(&imported.completed)),
                partial: Set(value(&imported.partial)),
                created_at: Set(now),
                updated_at: Set(now),
                revision: Set(1),
            }
            .insert(&txn)
            .await?;
        }
        self.keep_secret_vars(&txn, name).await?;
        self.commit(txn).await?;
        Ok(project)
    }

    /// The rows of Meltano's `state` table in a system database (`.meltano/meltano.db`).
    pub async fn meltano_states(url: &str) -> Result<Vec<MeltanoState>, Error> {
        let db = sea_orm::Database::connect(url).await?;
        let rows = db
            .query_all_raw(sea_orm::Statement::from_string(
                db.get_database_backend(),
                "SELECT state_id, partial_state, completed_state FROM state",
            ))
            .await?;
        let json = |text: Option<String>| {
            text.and_then(|t| serde_json::from_str::<Value>(&t).ok())
                .filter(|v| v.as_object().is_some_and(|o| !o.is_empty()))
        };
        rows.into_iter()
            .map(|row| {
                Ok(MeltanoState {
                    state_id: row.try_get::<String>("", "state_id")?,
                    completed: json(row.try_get::<Option<String>>("", "completed_state")?),
                    partial: json(row.try_get::<Option<String>>("", "partial_state")?),
                })
            })
            .collect()
    }
}
