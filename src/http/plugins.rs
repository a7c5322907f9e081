//! `envs/{env}/plugins`: the project's plugins seen through an environment, with their config
//! resolved for it and every sensitive value redacted (`domain::plugin`).

use std::num::NonZeroUsize;
use std::sync::Mutex;

use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use meltano_api_stubs::apis::plugins::*;
use meltano_api_stubs::models;
use serde_json::{Value, json};

use super::Api;
use super::shared::{EnvPath, idempotency};
use crate::domain::Name;
use crate::domain::catalog::{Selection, selections};
use crate::domain::page::PageRequest;
use crate::domain::plugin::{Secrets, map_mapping_configs, redact_env};
use crate::domain::plugin_context::PluginContext;
use crate::domain::plugin_write::{checked, stored_document, to_write, unprocessable};
use crate::domain::run::{RunKind, Trigger};
use crate::domain::version::is_not_modified;
use crate::http::problem::ApiError;
use crate::launch::launch;
use crate::store::plugins::PluginRecord;
use crate::store::runs::NewRun;

fn to_model(record: &PluginRecord, context: &PluginContext) -> Result<models::Plugin, ApiError> {
    let (settings, resolved) = context.resolve(&record.plugin.name);
    let secrets = Secrets::of(&settings);
    let mut document = record.definition();
    map_mapping_configs(&mut document, |_, config| secrets.redact(&config));
    if let Some(env) = document
        .get("env")
        .and_then(|v| serde_json::from_value(v.clone()).ok())
    {
        let shown = redact_env(&env, &context.secret_env_vars());
        document.insert("env".into(), json!(shown));
    }
    document.insert("name".into(), json!(record.plugin.name));
    document.insert("plugin_type".into(), json!(record.plugin.plugin_type));
    document.insert("inherit_from".into(), json!(record.plugin.inherit_from));
    document.insert(
        "config".into(),
        Value::Object(secrets.redact(&record.config())),
    );
    document.insert(
        "env_config".into(),
        Value::Object(secrets.redact(&record.env_config())),
    );
    let mut env_extras = record.env_extras();
    if let Some(env) = env_extras
        .get("env")
        .and_then(|v| serde_json::from_value(v.clone()).ok())
    {
        let shown = redact_env(&env, &context.secret_env_vars());
        env_extras.insert("env".into(), json!(shown));
    }
    document.insert("env_extras".into(), Value::Object(env_extras));
    let resolved: Vec<Value> = resolved
        .iter()
        .map(|r| json!({ "name": r.name, "value": r.shown(), "source": r.source.as_str(), "redacted": r.redacted }))
        .collect();
    document.insert("resolved_config".into(), Value::Array(resolved));
    document.insert("create_time".into(), json!(record.plugin.created_at));
    document.insert("update_time".into(), json!(record.plugin.updated_at));
    document.insert("etag".into(), json!(record.etag()));
    serde_json::from_value(Value::Object(document)).map_err(ApiError::internal)
}

/// Plugins as Get plugin renders them, each kept with the fingerprint of the rows it was
/// rendered from (`Store::plugin_context_fingerprint`): resolving a plugin's config reads the
/// whole project and costs many times a row read, while clients read the same plugins again and
/// again. A view is served only while its fingerprint is the database's, so a write by any
/// replica is seen at once; the least recently used views go first past `PluginViews::CAPACITY`.
pub struct PluginViews(Mutex<lru::LruCache<ViewKey, (String, models::Plugin)>>);

/// Project, environment and plugin.
type ViewKey = (String, String, String);

impl PluginViews {
    const CAPACITY: NonZeroUsize = NonZeroUsize::new(512).unwrap();

    fn get(&self, key: &ViewKey, fingerprint: &str) -> Option<models::Plugin> {
        let mut views = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match views.get(key) {
            Some((kept, view)) if kept == fingerprint => Some(view.clone()),
            _ => None,
        }
    }

    fn put(&self, key: ViewKey, fingerprint: String, view: &models::Plugin) {
        let mut views = self.0.lock().unwrap_or_else(|e| e.into_inner());
        views.put(key, (fingerprint, view.clone()));
    }
}

impl Default for PluginViews {
    fn default() -> Self {
        Self(Mutex::new(lru::LruCache::new(Self::CAPACITY)))
    }
}

impl Api {
    async fn plugin_model(
        &self,
        project: &Name,
        env: &Name,
        record: &PluginRecord,
    ) -> Result<models::Plugin, ApiError> {
        to_model(record, &self.store.plugin_context(project, env).await?)
    }
}

#[async_trait::async_trait]
impl Plugins<ApiError> for Api {
    type Claims = ();

    async fn list_plugins(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListPluginsPathParams,
        query: &models::ListPluginsQueryParams,
    ) -> Result<ListPluginsResponse, ApiError> {
        let EnvPath { project, env } = EnvPath::parse(&path.project, &path.env)?;
        let plugin_type = query.plugin_type.map(|t| t.to_string());
        let listing = format!(
            "projects/{project}/envs/{env}/plugins?{}",
            plugin_type.as_deref().unwrap_or("")
        );
        let page = PageRequest::parse(query.page_size, query.page_token.as_deref(), listing)?;
        let rows = self
            .store
            .list_plugins(&project, &env, &page, plugin_type.as_deref())
            .await?;
        let (rows, next_page_token) = page.finish(rows, |r| r.plugin.name.clone());
        let context = self.store.plugin_context(&project, &env).await?;
        let plugins = rows
            .iter()
            .map(|r| to_model(r, &context))
            .collect::<Result<_, _>>()?;
        Ok(ListPluginsResponse::Status200_APageOfPlugins(
            models::PluginList {
                plugins,
                next_page_token,
            },
        ))
    }

    async fn get_plugin(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::GetPluginHeaderParams,
        path: &models::GetPluginPathParams,
    ) -> Result<GetPluginResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.plugin, "plugin")?;
        // Read before the rows: a view rendered from newer rows than its fingerprint says is
        // only missed next time, never served stale.
        let fingerprint = self
            .store
            .plugin_context_fingerprint(&project, &env)
            .await?;
        let key = (project.to_string(), env.to_string(), name.to_string());
        let kept = fingerprint
            .as_deref()
            .and_then(|f| self.plugin_views.get(&key, f));
        let body = match kept {
            Some(view) => view,
            None => {
                let (record, context) = self.store.plugin_in_context(&project, &env, &name).await?;
                let view = to_model(&record, &context)?;
                if let Some(fingerprint) = fingerprint {
                    self.plugin_views.put(key, fingerprint, &view);
                }
                view
            }
        };
        let e_tag = body.etag.clone();
        if let Some(tag) = &e_tag
            && is_not_modified(headers.if_none_match.as_deref(), tag)
        {
            return Ok(
                GetPluginResponse::Status304_TheResourceHasNotChangedSinceThe {
                    e_tag,
                    x_request_id: super::request_id::header(),
                },
            );
        }
        Ok(GetPluginResponse::Status200_ThePlugin { body, e_tag })
    }

    async fn create_plugin(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::CreatePluginPathParams,
        body: &models::Plugin,
    ) -> Result<CreatePluginResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &body.name, "plugin")?;
        let context = self.store.plugin_context(&project, &env).await?;
        let write = checked(
            &name,
            to_write(&serde_json::to_value(body).map_err(ApiError::internal)?)?,
            &context,
            None,
        )?;
        let record = self
            .store
            .create_plugin(&project, &env, &name, write)
            .await?;
        Ok(CreatePluginResponse::Status201_ThePluginWasAdded {
            e_tag: Some(record.etag()),
            location: Some(self.location(&[
                "projects",
                project.as_str(),
                "envs",
                env.as_str(),
                "plugins",
                name.as_str(),
            ])),
            body: to_model(&record, &record.written_into(context))?,
        })
    }

    async fn replace_plugin(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::ReplacePluginHeaderParams,
        path: &models::ReplacePluginPathParams,
        body: &models::PluginReplace,
    ) -> Result<ReplacePluginResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.plugin, "plugin")?;
        let context = self.store.plugin_context(&project, &env).await?;
        let write = to_write(&serde_json::to_value(body).map_err(ApiError::internal)?)?;
        let record = self
            .store
            .update_plugin(
                &project,
                &env,
                &name,
                headers.if_match.as_deref(),
                |current| checked(&name, write, &context, Some(&current.stored())),
            )
            .await?;
        Ok(ReplacePluginResponse::Status200_ThePluginAsReplaced {
            e_tag: Some(record.etag()),
            body: to_model(&record, &record.written_into(context))?,
        })
    }

    async fn patch_plugin(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::PatchPluginHeaderParams,
        path: &models::PatchPluginPathParams,
        body: &models::PluginPatch,
    ) -> Result<PatchPluginResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.plugin, "plugin")?;
        let context = self.store.plugin_context(&project, &env).await?;
        let patch = serde_json::to_value(body).map_err(ApiError::internal)?;
        let record = self
            .store
            .update_plugin(
                &project,
                &env,
                &name,
                headers.if_match.as_deref(),
                |current| {
                    let stored = current.stored();
                    let mut document = stored_document(&stored);
                    json_patch::merge(&mut document, &patch);
                    checked(&name, to_write(&document)?, &context, Some(&stored))
                },
            )
            .await?;
        Ok(PatchPluginResponse::Status200_ThePluginAsUpdated {
            e_tag: Some(record.etag()),
            body: to_model(&record, &record.written_into(context))?,
        })
    }

    async fn delete_plugin(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::DeletePluginHeaderParams,
        path: &models::DeletePluginPathParams,
    ) -> Result<DeletePluginResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.plugin, "plugin")?;
        self.store
            .delete_plugin(&project, &env, &name, headers.if_match.as_deref())
            .await?;
        Ok(DeletePluginResponse::Status204_ThePluginIsGone)
    }

    async fn select_plugin_streams(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::SelectPluginStreamsPathParams,
        body: &models::SelectChange,
    ) -> Result<SelectPluginStreamsResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.plugin, "plugin")?;
        let (add, remove) = (
            body.add.clone().unwrap_or_default(),
            body.remove.clone().unwrap_or_default(),
        );
        let record = self
            .store
            .update_plugin(&project, &env, &name, None, |current| {
                let mut document = stored_document(&current.stored());
                let mut rules: Vec<String> = document["select"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r.as_str().map(str::to_string))
                    .collect();
                for rule in &add {
                    if !rules.contains(rule) {
                        rules.push(rule.clone());
                    }
                }
                rules.retain(|rule| !remove.contains(rule));
                document["select"] = json!(rules);
                to_write(&document)
            })
            .await?;
        Ok(
            SelectPluginStreamsResponse::Status200_ThePluginWithItsNewSelectRules {
                e_tag: Some(record.etag()),
                body: self.plugin_model(&project, &env, &record).await?,
            },
        )
    }

    async fn install_plugin(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::InstallPluginHeaderParams,
        path: &models::InstallPluginPathParams,
    ) -> Result<InstallPluginResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.plugin, "plugin")?;
        let context = self.store.plugin_context(&project, &env).await?;
        if !context.plugins.contains_key(name.as_str()) {
            return Err(ApiError::NotFound(format!(
                "plugin '{name}' does not exist"
            )));
        }
        let operation = format!("installPlugin {name}");
        let new = NewRun {
            kind: RunKind::Install,
            plugin: Some(name.to_string()),
            command: Some(format!("install {name}")),
            trigger: Trigger::Api,
            idempotency: idempotency(headers.idempotency_key.as_deref(), &operation, &json!({})),
            ..NewRun::default()
        };
        let (run, _) = launch(&self.store, &self.runner, &project, &env, new).await?;
        Ok(InstallPluginResponse::Status202_TheInstallRun {
            location: Some(self.run_location(&project, &env, &run.id)),
            body: super::shared::run_model(&run)?,
        })
    }

    async fn list_plugin_streams(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        path: &models::ListPluginStreamsPathParams,
        query: &models::ListPluginStreamsQueryParams,
    ) -> Result<ListPluginStreamsResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.plugin, "plugin")?;
        let show_all = query.all.unwrap_or(false);
        let listing = format!("streams/{project}/{env}/{name}/{show_all}");
        let page = PageRequest::parse(query.page_size, query.page_token.as_deref(), listing)?;
        let (catalog, enabled_patterns) = self
            .runner
            .selected_catalog(
                &project,
                &env,
                name.as_str(),
                query.refresh.unwrap_or(false),
            )
            .await?;
        // Keys sort as the list does: stream, then property (NUL sorts before any character).
        let key = |stream: &str, property: &str| format!("{stream}\u{0}{property}");
        let rows: Vec<(String, String, Selection)> = selections(&catalog)
            .into_iter()
            .filter(|(_, _, selection)| show_all || selection.is_synced())
            .filter(|(stream, property, _)| {
                page.after
                    .as_ref()
                    .is_none_or(|after| key(stream, property) > *after)
            })
            .take(page.size as usize + 1)
            .collect();
        let (rows, next_page_token) = page.finish(rows, |(s, p, _)| key(s, p));
        Ok(ListPluginStreamsResponse::Status200_APageOfTheSelection(
            models::PluginStreamList {
                enabled_patterns,
                streams: rows
                    .into_iter()
                    .map(|(stream, property, selection)| models::StreamProperty {
                        stream,
                        property,
                        selection: selection.as_str().to_string(),
                    })
                    .collect(),
                next_page_token,
            },
        ))
    }

    async fn test_plugin_config(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &(),
        headers: &models::TestPluginConfigHeaderParams,
        path: &models::TestPluginConfigPathParams,
    ) -> Result<TestPluginConfigResponse, ApiError> {
        let (EnvPath { project, env }, name) =
            EnvPath::with_name(&path.project, &path.env, &path.plugin, "plugin")?;
        let context = self.store.plugin_context(&project, &env).await?;
        let Some(plugin) = context.plugins.get(name.as_str()) else {
            return Err(ApiError::NotFound(format!(
                "plugin '{name}' does not exist"
            )));
        };
        if plugin.plugin_type != "extractors" {
            return Err(unprocessable(
                "/plugin_type",
                format!(
                    "plugin '{name}' is one of the {}; only extractors can be tested here",
                    plugin.plugin_type
                ),
            )
            .into());
        }
        let operation = format!("testPluginConfig {name}");
        let new = NewRun {
            kind: RunKind::ConfigTest,
            plugin: Some(name.to_string()),
            command: Some(format!("config {name} test")),
            trigger: Trigger::Api,
            idempotency: idempotency(headers.idempotency_key.as_deref(), &operation, &json!({})),
            ..NewRun::default()
        };
        let (run, _) = launch(&self.store, &self.runner, &project, &env, new).await?;
        Ok(TestPluginConfigResponse::Status202_TheTestRun {
            location: Some(self.run_location(&project, &env, &run.id)),
            body: super::shared::run_model(&run)?,
        })
    }
}
