//! Schema migrations, applied at start-up. One file's worth each; never edit an applied one.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migrator;

impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(CreateProjectsAndEnvs),
            Box::new(CreateStates),
            Box::new(CreatePlugins),
            Box::new(CreateJobs),
            Box::new(CreateSchedules),
            Box::new(CreateRuns),
            Box::new(AddRunExecution),
            Box::new(AddScheduleNextFire),
            Box::new(AddProjectSecretVars),
            Box::new(CreatePluginAbouts),
            Box::new(AddProjectMeltanoId),
            Box::new(AddProjectMeltanoLayout),
            Box::new(AddEnvPluginExtras),
            Box::new(AddRetention),
            Box::new(AddRunStatistics),
            Box::new(CreateWebhooks),
            Box::new(CreateAuditEvents),
        ]
    }
}

/// Names are explicit: `DeriveMigrationName` would name every migration of this file alike.
struct CreateProjectsAndEnvs;

impl MigrationName for CreateProjectsAndEnvs {
    fn name(&self) -> &str {
        "m20261127_000001_create_projects_and_envs"
    }
}

#[derive(DeriveIden)]
enum Projects {
    Table,
    Name,
    Uid,
    Description,
    DefaultEnvironment,
    Env,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
    Revision,
}

#[derive(DeriveIden)]
enum Envs {
    Table,
    Project,
    Name,
    Uid,
    Description,
    Env,
    StateIdSuffix,
    CreatedAt,
    UpdatedAt,
    Revision,
}

#[async_trait::async_trait]
impl MigrationTrait for CreateProjectsAndEnvs {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Projects::Table)
                    .col(string(Projects::Name).primary_key())
                    .col(string(Projects::Uid))
                    .col(text_null(Projects::Description))
                    .col(string_null(Projects::DefaultEnvironment))
                    .col(text(Projects::Env))
                    .col(timestamp_with_time_zone(Projects::CreatedAt))
                    .col(timestamp_with_time_zone(Projects::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Projects::DeletedAt))
                    .col(big_integer(Projects::Revision))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Envs::Table)
                    .col(string(Envs::Project))
                    .col(string(Envs::Name))
                    .col(string(Envs::Uid))
                    .col(text_null(Envs::Description))
                    .col(text(Envs::Env))
                    .col(string_null(Envs::StateIdSuffix))
                    .col(timestamp_with_time_zone(Envs::CreatedAt))
                    .col(timestamp_with_time_zone(Envs::UpdatedAt))
                    .col(big_integer(Envs::Revision))
                    .primary_key(Index::create().col(Envs::Project).col(Envs::Name))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Envs::Table, Envs::Project)
                            .to(Projects::Table, Projects::Name)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Envs::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Projects::Table).to_owned())
            .await
    }
}

struct CreateStates;

impl MigrationName for CreateStates {
    fn name(&self) -> &str {
        "m20261127_000002_create_states"
    }
}

#[derive(DeriveIden)]
enum States {
    Table,
    Project,
    Env,
    StateId,
    Uid,
    Completed,
    Partial,
    CreatedAt,
    UpdatedAt,
    Revision,
}

#[async_trait::async_trait]
impl MigrationTrait for CreateStates {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(States::Table)
                    .col(string(States::Project))
                    .col(string(States::Env))
                    .col(string(States::StateId))
                    .col(string(States::Uid))
                    .col(text_null(States::Completed))
                    .col(text_null(States::Partial))
                    .col(timestamp_with_time_zone(States::CreatedAt))
                    .col(timestamp_with_time_zone(States::UpdatedAt))
                    .col(big_integer(States::Revision))
                    .primary_key(
                        Index::create()
                            .col(States::Project)
                            .col(States::Env)
                            .col(States::StateId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(States::Table, (States::Project, States::Env))
                            .to(Envs::Table, (Envs::Project, Envs::Name))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(States::Table).to_owned())
            .await
    }
}

struct CreatePlugins;

impl MigrationName for CreatePlugins {
    fn name(&self) -> &str {
        "m20261127_000003_create_plugins"
    }
}

#[derive(DeriveIden)]
enum Plugins {
    Table,
    Project,
    Name,
    PluginType,
    InheritFrom,
    Definition,
    Config,
    Uid,
    CreatedAt,
    UpdatedAt,
    Revision,
}

#[derive(DeriveIden)]
enum PluginEnvConfigs {
    Table,
    Project,
    Plugin,
    Env,
    Config,
    Uid,
    UpdatedAt,
    Revision,
}

#[async_trait::async_trait]
impl MigrationTrait for CreatePlugins {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Plugins::Table)
                    .col(string(Plugins::Project))
                    .col(string(Plugins::Name))
                    .col(string(Plugins::PluginType))
                    .col(string_null(Plugins::InheritFrom))
                    .col(text(Plugins::Definition))
                    .col(text(Plugins::Config))
                    .col(string(Plugins::Uid))
                    .col(timestamp_with_time_zone(Plugins::CreatedAt))
                    .col(timestamp_with_time_zone(Plugins::UpdatedAt))
                    .col(big_integer(Plugins::Revision))
                    .primary_key(Index::create().col(Plugins::Project).col(Plugins::Name))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Plugins::Table, Plugins::Project)
                            .to(Projects::Table, Projects::Name)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PluginEnvConfigs::Table)
                    .col(string(PluginEnvConfigs::Project))
                    .col(string(PluginEnvConfigs::Plugin))
                    .col(string(PluginEnvConfigs::Env))
                    .col(text(PluginEnvConfigs::Config))
                    .col(string(PluginEnvConfigs::Uid))
                    .col(timestamp_with_time_zone(PluginEnvConfigs::UpdatedAt))
                    .col(big_integer(PluginEnvConfigs::Revision))
                    .primary_key(
                        Index::create()
                            .col(PluginEnvConfigs::Project)
                            .col(PluginEnvConfigs::Plugin)
                            .col(PluginEnvConfigs::Env),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                PluginEnvConfigs::Table,
                                (PluginEnvConfigs::Project, PluginEnvConfigs::Plugin),
                            )
                            .to(Plugins::Table, (Plugins::Project, Plugins::Name))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                PluginEnvConfigs::Table,
                                (PluginEnvConfigs::Project, PluginEnvConfigs::Env),
                            )
                            .to(Envs::Table, (Envs::Project, Envs::Name))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PluginEnvConfigs::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Plugins::Table).to_owned())
            .await
    }
}

struct CreateJobs;

impl MigrationName for CreateJobs {
    fn name(&self) -> &str {
        "m20261127_000004_create_jobs"
    }
}

#[derive(DeriveIden)]
enum Jobs {
    Table,
    Project,
    Name,
    Tasks,
    Uid,
    CreatedAt,
    UpdatedAt,
    Revision,
}

#[async_trait::async_trait]
impl MigrationTrait for CreateJobs {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Jobs::Table)
                    .col(string(Jobs::Project))
                    .col(string(Jobs::Name))
                    .col(text(Jobs::Tasks))
                    .col(string(Jobs::Uid))
                    .col(timestamp_with_time_zone(Jobs::CreatedAt))
                    .col(timestamp_with_time_zone(Jobs::UpdatedAt))
                    .col(big_integer(Jobs::Revision))
                    .primary_key(Index::create().col(Jobs::Project).col(Jobs::Name))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Jobs::Table, Jobs::Project)
                            .to(Projects::Table, Projects::Name)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Jobs::Table).to_owned())
            .await
    }
}

struct CreateSchedules;

impl MigrationName for CreateSchedules {
    fn name(&self) -> &str {
        "m20261127_000005_create_schedules"
    }
}

#[derive(DeriveIden)]
enum Schedules {
    Table,
    Project,
    Name,
    Env,
    Job,
    Fields,
    Uid,
    CreatedAt,
    UpdatedAt,
    Revision,
}

#[async_trait::async_trait]
impl MigrationTrait for CreateSchedules {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Schedules::Table)
                    .col(string(Schedules::Project))
                    .col(string(Schedules::Name))
                    .col(string(Schedules::Env))
                    .col(string_null(Schedules::Job))
                    .col(text(Schedules::Fields))
                    .col(string(Schedules::Uid))
                    .col(timestamp_with_time_zone(Schedules::CreatedAt))
                    .col(timestamp_with_time_zone(Schedules::UpdatedAt))
                    .col(big_integer(Schedules::Revision))
                    .primary_key(Index::create().col(Schedules::Project).col(Schedules::Name))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Schedules::Table, (Schedules::Project, Schedules::Env))
                            .to(Envs::Table, (Envs::Project, Envs::Name))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Schedules::Table).to_owned())
            .await
    }
}

struct CreateRuns;

impl MigrationName for CreateRuns {
    fn name(&self) -> &str {
        "m20261127_000006_create_runs"
    }
}

#[derive(DeriveIden)]
enum Runs {
    Table,
    Id,
    Project,
    Env,
    Kind,
    Status,
    Job,
    Schedule,
    Command,
    Trigger,
    StateIds,
    Error,
    CreatedAt,
    StartedAt,
    EndedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for CreateRuns {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Runs::Table)
                    .col(string(Runs::Id).primary_key())
                    .col(string(Runs::Project))
                    .col(string(Runs::Env))
                    .col(string(Runs::Kind))
                    .col(string(Runs::Status))
                    .col(string_null(Runs::Job))
                    .col(string_null(Runs::Schedule))
                    .col(text_null(Runs::Command))
                    .col(string(Runs::Trigger))
                    .col(text(Runs::StateIds))
                    .col(text_null(Runs::Error))
                    .col(timestamp_with_time_zone(Runs::CreatedAt))
                    .col(timestamp_with_time_zone_null(Runs::StartedAt))
                    .col(timestamp_with_time_zone_null(Runs::EndedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Runs::Table, (Runs::Project, Runs::Env))
                            .to(Envs::Table, (Envs::Project, Envs::Name))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("runs_by_env")
                    .table(Runs::Table)
                    .col(Runs::Project)
                    .col(Runs::Env)
                    .col(Runs::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Runs::Table).to_owned())
            .await
    }
}

/// What executing runs needs: the lease (owner, heartbeat), cancellation, idempotency, the log,
/// and which run a schedule last made.
struct AddRunExecution;

impl MigrationName for AddRunExecution {
    fn name(&self) -> &str {
        "m20261127_000007_add_run_execution"
    }
}

#[derive(DeriveIden)]
enum RunExecution {
    Plugin,
    Name,
    Options,
    Details,
    ExitCode,
    HeartbeatAt,
    Owner,
    CancelReason,
    IdempotencyKey,
    RequestDigest,
}

#[derive(DeriveIden)]
enum RunLogs {
    Table,
    RunId,
    Seq,
    Time,
    Block,
    Plugin,
    Stream,
    Text,
}

#[derive(DeriveIden)]
enum ScheduleFiring {
    LastFireAt,
    LastRun,
}

#[async_trait::async_trait]
impl MigrationTrait for AddRunExecution {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        for column in [
            string_null(RunExecution::Plugin),
            string_null(RunExecution::Name),
            text_null(RunExecution::Options),
            text_null(RunExecution::Details),
            integer_null(RunExecution::ExitCode),
            timestamp_with_time_zone_null(RunExecution::HeartbeatAt),
            string_null(RunExecution::Owner),
            text_null(RunExecution::CancelReason),
            string_null(RunExecution::IdempotencyKey),
            string_null(RunExecution::RequestDigest),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(Runs::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            timestamp_with_time_zone_null(ScheduleFiring::LastFireAt),
            string_null(ScheduleFiring::LastRun),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("schedules"))
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("runs_by_status")
                    .table(Runs::Table)
                    .col(Runs::Status)
                    .col(Runs::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("runs_by_idempotency_key")
                    .table(Runs::Table)
                    .col(Runs::Project)
                    .col(Runs::Env)
                    .col(RunExecution::IdempotencyKey)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RunLogs::Table)
                    .col(string(RunLogs::RunId))
                    .col(big_integer(RunLogs::Seq))
                    .col(timestamp_with_time_zone(RunLogs::Time))
                    .col(text_null(RunLogs::Block))
                    .col(string_null(RunLogs::Plugin))
                    .col(string(RunLogs::Stream))
                    .col(text(RunLogs::Text))
                    .primary_key(Index::create().col(RunLogs::RunId).col(RunLogs::Seq))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RunLogs::Table, RunLogs::RunId)
                            .to(Runs::Table, Runs::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RunLogs::Table).to_owned())
            .await
    }
}

/// When each schedule fires next, stored (computed at every change, not at every look).
struct AddScheduleNextFire;

impl MigrationName for AddScheduleNextFire {
    fn name(&self) -> &str {
        "m20261201_000008_add_schedule_next_fire"
    }
}

#[derive(DeriveIden)]
enum ScheduleNextFire {
    NextFireAt,
}

#[async_trait::async_trait]
impl MigrationTrait for AddScheduleNextFire {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("schedules"))
                    .add_column(timestamp_with_time_zone_null(ScheduleNextFire::NextFireAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("schedules_by_next_fire")
                    .table(Alias::new("schedules"))
                    .col(ScheduleNextFire::NextFireAt)
                    .to_owned(),
            )
            .await?;
        // The schedules there are already: their next fire time, as a change would store it.
        use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, IntoActiveModel};
        let db = manager.get_connection();
        for row in crate::store::entities::schedule::Entity::find()
            .all(db)
            .await?
        {
            let next = crate::domain::schedule::next_fire_at(&row.fields(), row.fire_base());
            let mut active = row.into_active_model();
            active.next_fire_at = Set(next);
            active.update(db).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("schedules"))
                    .drop_column(ScheduleNextFire::NextFireAt)
                    .to_owned(),
            )
            .await
    }
}

/// Which `env` variables of a project are secrets, kept with the project by plugin writes.
struct AddProjectSecretVars;

impl MigrationName for AddProjectSecretVars {
    fn name(&self) -> &str {
        "m20261201_000009_add_project_secret_vars"
    }
}

#[derive(DeriveIden)]
enum ProjectSecretVars {
    SecretVars,
}

#[async_trait::async_trait]
impl MigrationTrait for AddProjectSecretVars {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Projects::Table)
                    .add_column(text(ProjectSecretVars::SecretVars).default("[]"))
                    .to_owned(),
            )
            .await?;
        // The projects there are already: their secret variables, as a plugin write keeps them.
        use crate::store::entities::{plugin, project};
        use sea_orm::sea_query::Expr;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
        let db = manager.get_connection();
        // Names only: the entity has columns that later migrations add.
        let names: Vec<String> = project::Entity::find()
            .select_only()
            .column(project::Column::Name)
            .into_tuple()
            .all(db)
            .await?;
        for row_name in names {
            let plugins = plugin::Entity::find()
                .filter(plugin::Column::Project.eq(row_name.as_str()))
                .all(db)
                .await?
                .into_iter()
                .map(|p| (p.name.clone(), p.project_plugin()))
                .collect();
            let mut vars: Vec<String> = crate::domain::plugin_context::PluginContext::of_plugins(
                plugins,
                Default::default(),
            )
            .secret_env_vars()
            .into_iter()
            .collect();
            vars.sort();
            let text = serde_json::to_string(&vars).unwrap_or_else(|_| "[]".into());
            project::Entity::update_many()
                .col_expr(project::Column::SecretVars, Expr::value(text))
                .filter(project::Column::Name.eq(row_name.as_str()))
                .exec(db)
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Projects::Table)
                    .drop_column(ProjectSecretVars::SecretVars)
                    .to_owned(),
            )
            .await
    }
}

/// What plugins say of themselves (`--about`), learned on install.
struct CreatePluginAbouts;

impl MigrationName for CreatePluginAbouts {
    fn name(&self) -> &str {
        "m20261202_000010_create_plugin_abouts"
    }
}

#[derive(DeriveIden)]
enum PluginAbouts {
    Table,
    Project,
    Plugin,
    About,
    LearnedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for CreatePluginAbouts {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PluginAbouts::Table)
                    .col(string(PluginAbouts::Project))
                    .col(string(PluginAbouts::Plugin))
                    .col(text(PluginAbouts::About))
                    .col(timestamp_with_time_zone(PluginAbouts::LearnedAt))
                    .primary_key(
                        Index::create()
                            .col(PluginAbouts::Project)
                            .col(PluginAbouts::Plugin),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PluginAbouts::Table).to_owned())
            .await
    }
}

/// The `project_id` of an imported `meltano.yml`, kept for its export.
struct AddProjectMeltanoId;

impl MigrationName for AddProjectMeltanoId {
    fn name(&self) -> &str {
        "m20261202_000011_add_project_meltano_id"
    }
}

#[derive(DeriveIden)]
enum ProjectMeltanoId {
    MeltanoProjectId,
}

#[async_trait::async_trait]
impl MigrationTrait for AddProjectMeltanoId {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Projects::Table)
                    .add_column(string_null(ProjectMeltanoId::MeltanoProjectId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Projects::Table)
                    .drop_column(ProjectMeltanoId::MeltanoProjectId)
                    .to_owned(),
            )
            .await
    }
}

/// The order and unknown keys of an imported `meltano.yml`, kept for its export, and its `.env`.
struct AddProjectMeltanoLayout;

impl MigrationName for AddProjectMeltanoLayout {
    fn name(&self) -> &str {
        "m20261202_000012_add_project_meltano_layout"
    }
}

#[derive(DeriveIden)]
enum ProjectMeltanoLayout {
    MeltanoLayout,
    Dotenv,
}

#[async_trait::async_trait]
impl MigrationTrait for AddProjectMeltanoLayout {
    // One column a statement: SQLite alters no more at once.
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            ProjectMeltanoLayout::MeltanoLayout,
            ProjectMeltanoLayout::Dotenv,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Projects::Table)
                        .add_column(text_null(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            ProjectMeltanoLayout::MeltanoLayout,
            ProjectMeltanoLayout::Dotenv,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Projects::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

/// An environment's extras of a plugin (`environments[].config.plugins[].select`, ...).
struct AddEnvPluginExtras;

impl MigrationName for AddEnvPluginExtras {
    fn name(&self) -> &str {
        "m20261202_000013_add_env_plugin_extras"
    }
}

#[derive(DeriveIden)]
enum EnvPluginExtras {
    Extras,
}

#[async_trait::async_trait]
impl MigrationTrait for AddEnvPluginExtras {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(PluginEnvConfigs::Table)
                    .add_column(text_null(EnvPluginExtras::Extras))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(PluginEnvConfigs::Table)
                    .drop_column(EnvPluginExtras::Extras)
                    .to_owned(),
            )
            .await
    }
}

/// What retention needs: ended runs found by their end, and a lease so that one replica at a
/// time deletes them.
struct AddRetention;

impl MigrationName for AddRetention {
    fn name(&self) -> &str {
        "m20261203_000014_add_retention"
    }
}

#[derive(DeriveIden)]
enum Leases {
    Table,
    Name,
    Owner,
    Until,
}

#[async_trait::async_trait]
impl MigrationTrait for AddRetention {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("runs_by_end")
                    .table(Runs::Table)
                    .col(Runs::EndedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Leases::Table)
                    .col(string(Leases::Name).primary_key())
                    .col(string(Leases::Owner))
                    .col(timestamp_with_time_zone(Leases::Until))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Leases::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("runs_by_end")
                    .table(Runs::Table)
                    .to_owned(),
            )
            .await
    }
}

/// What a run's plugins said they did (`domain::run_stats`), as JSON text.
struct AddRunStatistics;

impl MigrationName for AddRunStatistics {
    fn name(&self) -> &str {
        "m20261203_000015_add_run_statistics"
    }
}

#[derive(DeriveIden)]
enum RunStatistics {
    Stats,
}

#[async_trait::async_trait]
impl MigrationTrait for AddRunStatistics {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Runs::Table)
                    .add_column(text_null(RunStatistics::Stats))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Runs::Table)
                    .drop_column(RunStatistics::Stats)
                    .to_owned(),
            )
            .await
    }
}

/// Webhooks, and their deliveries: the outbox that a run's status change writes in its own
/// transaction, and that the deliverer of every replica takes from (`webhooks.rs`).
struct CreateWebhooks;

impl MigrationName for CreateWebhooks {
    fn name(&self) -> &str {
        "m20261204_000016_create_webhooks"
    }
}

#[derive(DeriveIden)]
enum Webhooks {
    Table,
    Project,
    Name,
    Fields,
    Secret,
    Uid,
    CreatedAt,
    UpdatedAt,
    Revision,
}

#[derive(DeriveIden)]
enum WebhookDeliveries {
    Table,
    Id,
    Project,
    Webhook,
    Event,
    RunId,
    RunStatus,
    Run,
    Status,
    Attempts,
    CreatedAt,
    NextAttemptAt,
    LastAttemptAt,
    DeliveredAt,
    ResponseStatus,
    LastError,
    LeaseOwner,
    LeaseUntil,
}

#[async_trait::async_trait]
impl MigrationTrait for CreateWebhooks {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Webhooks::Table)
                    .col(string(Webhooks::Project))
                    .col(string(Webhooks::Name))
                    .col(text(Webhooks::Fields))
                    .col(text(Webhooks::Secret))
                    .col(string(Webhooks::Uid))
                    .col(timestamp_with_time_zone(Webhooks::CreatedAt))
                    .col(timestamp_with_time_zone(Webhooks::UpdatedAt))
                    .col(big_integer(Webhooks::Revision))
                    .primary_key(Index::create().col(Webhooks::Project).col(Webhooks::Name))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WebhookDeliveries::Table)
                    .col(string(WebhookDeliveries::Id).primary_key())
                    .col(string(WebhookDeliveries::Project))
                    .col(string(WebhookDeliveries::Webhook))
                    .col(string(WebhookDeliveries::Event))
                    .col(string(WebhookDeliveries::RunId))
                    .col(string(WebhookDeliveries::RunStatus))
                    .col(text(WebhookDeliveries::Run))
                    .col(string(WebhookDeliveries::Status))
                    .col(integer(WebhookDeliveries::Attempts))
                    .col(timestamp_with_time_zone(WebhookDeliveries::CreatedAt))
                    .col(timestamp_with_time_zone_null(
                        WebhookDeliveries::NextAttemptAt,
                    ))
                    .col(timestamp_with_time_zone_null(
                        WebhookDeliveries::LastAttemptAt,
                    ))
                    .col(timestamp_with_time_zone_null(
                        WebhookDeliveries::DeliveredAt,
                    ))
                    .col(integer_null(WebhookDeliveries::ResponseStatus))
                    .col(text_null(WebhookDeliveries::LastError))
                    .col(string_null(WebhookDeliveries::LeaseOwner))
                    .col(timestamp_with_time_zone_null(WebhookDeliveries::LeaseUntil))
                    .to_owned(),
            )
            .await?;
        // The deliverer reads the due ones; a webhook's list reads its own, newest first.
        manager
            .create_index(
                Index::create()
                    .name("webhook_deliveries_due")
                    .table(WebhookDeliveries::Table)
                    .col(WebhookDeliveries::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("webhook_deliveries_by_webhook")
                    .table(WebhookDeliveries::Table)
                    .col(WebhookDeliveries::Project)
                    .col(WebhookDeliveries::Webhook)
                    .col(WebhookDeliveries::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(WebhookDeliveries::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Webhooks::Table).to_owned())
            .await
    }
}

/// The log of writes: one row per write the API accepted, written in the write's own
/// transaction (`store::events`).
struct CreateAuditEvents;

impl MigrationName for CreateAuditEvents {
    fn name(&self) -> &str {
        "m20261205_000017_create_audit_events"
    }
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    Project,
    Token,
    Method,
    Operation,
    Path,
    RequestId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for CreateAuditEvents {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(string(AuditEvents::Id).primary_key())
                    .col(string(AuditEvents::Project))
                    .col(string_null(AuditEvents::Token))
                    .col(string(AuditEvents::Method))
                    .col(string(AuditEvents::Operation))
                    .col(text(AuditEvents::Path))
                    .col(string(AuditEvents::RequestId))
                    .col(timestamp_with_time_zone(AuditEvents::CreatedAt))
                    .to_owned(),
            )
            .await?;
        // A project's list reads its own, newest first; retention deletes by age.
        manager
            .create_index(
                Index::create()
                    .name("audit_events_by_project")
                    .table(AuditEvents::Table)
                    .col(AuditEvents::Project)
                    .col(AuditEvents::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_events_by_time")
                    .table(AuditEvents::Table)
                    .col(AuditEvents::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditEvents::Table).to_owned())
            .await
    }
}
