//! Storage: sea-orm over SQLite (the embedded default) or PostgreSQL (shared by replicas).

/// The [`Versioned`] and [`Deletable`] impls of a row keyed by project and name, stamped
/// `uid`/`revision`/`updated_at`: `$model` is its entity module, `$entity` the entity, `$load` the
/// `Store` method that reads one row (`404` when missing). Used where `Column` is the entity's.
macro_rules! versioned_by_project_and_name {
    ($model:ident, $entity:ident, $load:ident) => {
        #[async_trait::async_trait]
        impl $crate::store::Versioned for $model::Model {
            type Key = (Name, Name);

            async fn load(store: &Store, (project, name): &(Name, Name)) -> Result<Self, Error> {
                store.$load(project, name).await
            }

            async fn save(
                self,
                txn: &sea_orm::DatabaseTransaction,
                (project, name): &(Name, Name),
                revision: i64,
            ) -> Result<u64, Error> {
                let result = $entity::update_many()
                    .set($model::ActiveModel::from(self).reset_all())
                    .filter(Column::Project.eq(project.as_str()))
                    .filter(Column::Name.eq(name.as_str()))
                    .filter(Column::Revision.eq(revision))
                    .exec(txn)
                    .await?;
                Ok(result.rows_affected)
            }

            fn etag(&self) -> String {
                $crate::domain::version::etag(&self.uid, self.revision)
            }

            fn revision(&self) -> i64 {
                self.revision
            }

            fn bump(&mut self) {
                self.revision += 1;
                self.updated_at = $crate::store::now();
            }
        }

        #[async_trait::async_trait]
        impl $crate::store::Deletable for $model::Model {
            async fn delete_row(
                txn: &sea_orm::DatabaseTransaction,
                (project, name): &(Name, Name),
                revision: i64,
            ) -> Result<u64, Error> {
                let result = $entity::delete_many()
                    .filter(Column::Project.eq(project.as_str()))
                    .filter(Column::Name.eq(name.as_str()))
                    .filter(Column::Revision.eq(revision))
                    .exec(txn)
                    .await?;
                Ok(result.rows_affected)
            }
        }
    };
}

pub mod entities;
mod envs;
pub mod events;
pub mod files;
pub mod import;
pub mod jobs;
mod migration;
pub mod plugins;
mod projects;
pub mod retention;
pub mod runs;
pub mod schedules;
pub mod states;
pub mod webhooks;

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sqlx::sqlite::SqliteSynchronous;
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, EntityTrait, FromQueryResult, QuerySelect, QueryTrait, Select, SqliteTransactionMode,
    TransactionOptions, TransactionTrait,
};
use sea_orm_migration::MigratorTrait;

use crate::domain::version::check_if_match;
use crate::error::Error;

#[derive(Clone)]
pub struct Store {
    /// Writes, and the reads inside them. On SQLite one connection: its writes take turns anyway,
    /// and waiting for the pool is a fair queue, where waiting for SQLite's lock is a sleep and
    /// retry that loses most of the time under load.
    db: DatabaseConnection,
    /// Reads outside a write. On SQLite a pool of its own (WAL lets them run beside the writer);
    /// on PostgreSQL the same pool as `db`.
    reads: DatabaseConnection,
    /// When the database last answered a ping.
    last_ping: Arc<Mutex<Option<Probe>>>,
}

const PING_TRUSTED_FOR: Duration = Duration::from_secs(1);

/// A successful round trip to the database.
#[derive(Debug, Clone, Copy)]
pub struct Probe {
    taken: Instant,
    /// When it was made.
    pub at: chrono::DateTime<chrono::Utc>,
    pub latency: Duration,
}

/// How many times a write is retried when another request changed the row in between (and the
/// client gave no `If-Match`, which would make that a `412` instead).
const WRITE_ATTEMPTS: usize = 5;

/// SQLite connections for reads. Each is a thread of its own in sqlx, and a query's time is
/// mostly the hand-over to that thread and back, so more of them than cores still gain (sqlx's
/// own default pool is 10); idle ones close, only one is kept open.
const SQLITE_READERS: u32 = 16;

impl Store {
    /// Connects to `url`, creating the SQLite file and its directory if needed, and applies
    /// pending migrations.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        let Some(path) = url.strip_prefix("sqlite://") else {
            let db = Database::connect(connect_options(url))
                .await
                .context("connecting to the database")?;
            let store = Self {
                reads: db.clone(),
                db,
                last_ping: Default::default(),
            };
            store.migrate().await.context("applying migrations")?;
            return Ok(store);
        };
        let file = path.split('?').next().unwrap_or(path);
        if let Some(dir) = Path::new(file)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("creating data directory {}", dir.display()))?;
        }
        let mut writer = connect_options(url);
        writer
            .max_connections(1)
            .min_connections(1)
            .map_sqlx_sqlite_before_acquire(|connection, _| {
                Box::pin(async move { Ok(!in_transaction(connection).await?) })
            });
        let db = Database::connect(writer)
            .await
            .context("connecting to the database")?;
        // WAL lets readers work while a write is under way; it is kept in the file. Turning it on
        // needs the file to itself, and SQLite answers "locked" at once (no busy wait) while
        // another server starting on the same file holds it: try again for a while.
        let mut attempts = 0;
        while let Err(error) = db.execute_unprepared("PRAGMA journal_mode=WAL").await {
            attempts += 1;
            if attempts == 100 {
                return Err(error).context("turning on SQLite's write-ahead log");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut readers = connect_options(url);
        readers.max_connections(SQLITE_READERS).min_connections(1);
        let reads = Database::connect(readers)
            .await
            .context("connecting to the database")?;
        let store = Self {
            db,
            reads,
            last_ping: Default::default(),
        };
        store.migrate().await.context("applying migrations")?;
        Ok(store)
    }

    /// Applies pending migrations in one transaction that first takes a database-wide lock, so
    /// servers starting together on one database take turns and the later ones find nothing to do.
    async fn migrate(&self) -> Result<(), sea_orm::DbErr> {
        let txn = self.db.begin().await?;
        match self.db.get_database_backend() {
            DbBackend::Postgres => txn.execute_unprepared("SELECT pg_advisory_xact_lock(7262696)").await?,
            // A write takes SQLite's one write lock for the rest of the transaction.
            _ => txn.execute_unprepared("CREATE TABLE IF NOT EXISTS migration_lock (id INTEGER); DELETE FROM migration_lock").await?,
        };
        migration::Migrator::up(&txn, None).await?;
        txn.commit().await
    }

    /// A transaction that will write. On SQLite it takes the one write lock at once: a
    /// transaction that read first and wrote later would fail at once (not wait) when another
    /// connection (another replica on the file) wrote in between.
    pub(crate) async fn begin_write(&self) -> Result<DatabaseTransaction, sea_orm::DbErr> {
        if self.db.get_database_backend() == DbBackend::Sqlite {
            let immediate = TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            };
            return self.db.begin_with_options(immediate).await;
        }
        self.db.begin().await
    }

    /// The connection for reads outside a write.
    pub(crate) fn reads(&self) -> &DatabaseConnection {
        &self.reads
    }

    pub fn backend_name(&self) -> &'static str {
        match self.db.get_database_backend() {
            DbBackend::Postgres => "postgresql",
            DbBackend::Sqlite => "sqlite",
            _ => "other",
        }
    }

    /// Each pool's connections: its name, how many it holds, how many of them are idle.
    pub fn pools(&self) -> Vec<(&'static str, u32, usize)> {
        let sizes = |db: &DatabaseConnection| match db.get_database_backend() {
            DbBackend::Sqlite => {
                let pool = db.get_sqlite_connection_pool();
                (pool.size(), pool.num_idle())
            }
            _ => {
                let pool = db.get_postgres_connection_pool();
                (pool.size(), pool.num_idle())
            }
        };
        let writes = sizes(&self.db);
        // SQLite writes through one connection beside a pool of readers; PostgreSQL has one pool.
        if self.db.get_database_backend() == DbBackend::Sqlite {
            let reads = sizes(&self.reads);
            vec![("writes", writes.0, writes.1), ("reads", reads.0, reads.1)]
        } else {
            vec![("all", writes.0, writes.1)]
        }
    }

    /// Whether the database answers, and how fast. A success is trusted for a second: `/health`
    /// is polled, by load balancers among others, and a round trip per poll would cost more
    /// than it tells.
    pub async fn ping(&self) -> Result<Probe, Error> {
        let last = *self.last_ping.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(probe) = last.filter(|probe| probe.taken.elapsed() < PING_TRUSTED_FOR) {
            return Ok(probe);
        }
        let taken = Instant::now();
        self.reads.ping().await?;
        let probe = Probe {
            taken,
            at: chrono::Utc::now(),
            latency: taken.elapsed(),
        };
        *self.last_ping.lock().unwrap_or_else(|e| e.into_inner()) = Some(probe);
        Ok(probe)
    }
}

/// Reads of at most so many rows. sea-query binds a `LIMIT` as a parameter, and SQLite looks at a
/// bound `LIMIT` while it plans: a statement whose `LIMIT` is bound is planned anew at every
/// execution, which was a third of a state read's instructions (callgrind). On SQLite the limit
/// is written into the statement's text instead, so its plan stays in the statement cache.
pub(crate) trait Limited<E: EntityTrait> {
    /// The first row, as sea-orm's `one`.
    async fn first(self, db: &impl ConnectionTrait) -> Result<Option<E::Model>, DbErr>;
    /// The first `limit` rows, as sea-orm's `limit(..).all`.
    async fn at_most(self, limit: u64, db: &impl ConnectionTrait) -> Result<Vec<E::Model>, DbErr>;
}

impl<E: EntityTrait> Limited<E> for Select<E> {
    async fn first(self, db: &impl ConnectionTrait) -> Result<Option<E::Model>, DbErr> {
        Ok(self.at_most(1, db).await?.into_iter().next())
    }

    async fn at_most(self, limit: u64, db: &impl ConnectionTrait) -> Result<Vec<E::Model>, DbErr> {
        if db.get_database_backend() != DbBackend::Sqlite {
            return self.limit(limit).all(db).await;
        }
        let mut statement = self.build(DbBackend::Sqlite);
        statement.sql.push_str(&format!(" LIMIT {limit}"));
        E::Model::find_by_statement(statement).all(db).await
    }
}

/// A row whose writes are versioned: every write bumps `revision`, and the ETag derives from it.
#[async_trait::async_trait]
pub trait Versioned: Clone + Send + Sync + Sized {
    /// What identifies the row (its name, or parent and name).
    type Key: Send + Sync;

    fn etag(&self) -> String;
    fn revision(&self) -> i64;
    /// Marks `self` as the next version of the row.
    fn bump(&mut self);
    /// Reads the row as a write starts (`404` when it is missing or hidden).
    async fn load(store: &Store, key: &Self::Key) -> Result<Self, Error>;
    /// Writes `self` in `txn` if the stored row still has `revision`; answers the rows changed
    /// (0 or 1).
    async fn save(
        self,
        txn: &DatabaseTransaction,
        key: &Self::Key,
        revision: i64,
    ) -> Result<u64, Error>;
}

/// A versioned row that is deleted for good (not soft-deleted).
#[async_trait::async_trait]
pub trait Deletable: Versioned {
    /// Deletes the row in `txn` if it still has `revision`; answers the rows deleted (0 or 1).
    async fn delete_row(
        txn: &DatabaseTransaction,
        key: &Self::Key,
        revision: i64,
    ) -> Result<u64, Error>;
}

impl Store {
    /// Inserts a new row in a transaction of its own (which logs the write being served): `409`
    /// when its key is taken by `what`.
    async fn create_row<A>(
        &self,
        row: A,
        what: impl FnOnce() -> String,
    ) -> Result<<A::Entity as EntityTrait>::Model, Error>
    where
        A: sea_orm::ActiveModelTrait + sea_orm::ActiveModelBehavior + Send,
        <A::Entity as EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
    {
        let txn = self.begin_write().await?;
        let created = row
            .insert(&txn)
            .await
            .map_err(|e| conflict_on_duplicate(e, what()))?;
        self.commit(txn).await?;
        Ok(created)
    }

    /// Deletes the version of the row that `If-Match` names (or the current one), so that a
    /// change made meanwhile is never deleted unseen.
    async fn delete_versioned<M: Deletable>(
        &self,
        key: &M::Key,
        if_match: Option<&str>,
    ) -> Result<(), Error> {
        for _ in 0..WRITE_ATTEMPTS {
            let current = M::load(self, key).await?;
            check_if_match(if_match, &current.etag())?;
            let txn = self.begin_write().await?;
            if M::delete_row(&txn, key, current.revision()).await? == 1 {
                self.commit(txn).await?;
                return Ok(());
            }
        }
        Err(Error::Conflict(
            "the resource is being changed by other requests; retry".into(),
        ))
    }

    /// Optimistic write: read, check `If-Match`, compute the next version, and save it only if
    /// nobody wrote in between. A lost race is a `412` when the client named a version, else a
    /// retry with fresh data.
    async fn write_versioned<M: Versioned>(
        &self,
        key: &M::Key,
        if_match: Option<&str>,
        next: impl Fn(&M) -> Result<M, Error> + Send + Sync,
    ) -> Result<M, Error> {
        for _ in 0..WRITE_ATTEMPTS {
            let current = M::load(self, key).await?;
            check_if_match(if_match, &current.etag())?;
            let mut updated = next(&current)?;
            updated.bump();
            let txn = self.begin_write().await?;
            if updated.clone().save(&txn, key, current.revision()).await? == 1 {
                self.commit(txn).await?;
                return Ok(updated);
            }
            if if_match.is_some() {
                return Err(Error::PreconditionFailed(
                    "the resource changed meanwhile; read it again and retry".into(),
                ));
            }
        }
        Err(Error::Conflict(
            "the resource is being changed by other requests; retry".into(),
        ))
    }
}

/// Whether SQLite has a transaction open on `connection`. One taken from the pool never should:
/// a COMMIT that failed for want of disk (`SQLITE_FULL`) can leave the transaction open while
/// sqlx counts it closed, and every later write on that connection would then answer success
/// and never commit. The writer pool closes such a connection (which rolls it back) and opens
/// a fresh one. (`just faults`: a full disk.)
async fn in_transaction(
    connection: &mut sea_orm::sqlx::sqlite::SqliteConnection,
) -> Result<bool, sea_orm::sqlx::Error> {
    let mut handle = connection.lock_handle().await?;
    let raw = handle.as_raw_handle();
    // SAFETY: the handle is locked for this call, so the connection is open and no other
    // thread uses it; sqlite3_get_autocommit only reads its state.
    let autocommit = unsafe { libsqlite3_sys::sqlite3_get_autocommit(raw.as_ptr()) };
    if autocommit == 0 {
        tracing::warn!("closing a database connection left inside a transaction");
    }
    Ok(autocommit == 0)
}

/// The longest a request waits for a database connection before it is answered 503.
const DATABASE_WAIT: Duration = Duration::from_secs(5);

/// What every connection is opened with. On SQLite (WAL, set once in the file by `connect`):
/// `synchronous=NORMAL` (a commit
/// is durable once the WAL is written; only a power loss, not a crash of this process, can lose
/// the last commits: DECISIONS.md, Storage), and waits of up to 5 s for the lock another replica
/// holds.
fn connect_options(url: &str) -> ConnectOptions {
    let mut options = ConnectOptions::new(url);
    options
        .sqlx_logging(false)
        // How long a request waits for a connection (sea-orm's `connect_timeout` is sqlx's
        // acquire timeout): past it, the database is answered as unavailable (503), so no
        // request hangs while it is down.
        .connect_timeout(DATABASE_WAIT)
        // sea-orm pings a connection each time it is taken from the pool (a round trip before
        // every query); only one that sat idle long enough to have been dropped needs that.
        .test_before_acquire_if_idle_for(Duration::from_secs(30))
        .map_sqlx_sqlite_opts(|options| {
            options
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(5))
        });
    options
}

/// Now, at the precision every backend keeps (PostgreSQL stores microseconds).
fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

fn new_uid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Why the database cannot serve now, as an error says it: a client's to retry, not a fault of
/// this server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unavailable {
    /// No connection within the pool's wait, a connection that broke, PostgreSQL shutting
    /// down, starting up or out of connections or memory.
    Unreachable,
    /// Locked by another writer past the busy wait (SQLite).
    Locked,
    /// Its disk is full: writes fail until space is made.
    DiskFull,
}

impl Unavailable {
    pub fn describe(self) -> &'static str {
        match self {
            Self::Unreachable => "the database cannot be reached",
            Self::Locked => "the database is locked by another writer",
            Self::DiskFull => "the database's disk is full",
        }
    }
}

/// Whether `error` says the database is [`Unavailable`], and how.
pub fn unavailable(error: &DbErr) -> Option<Unavailable> {
    use sea_orm::{RuntimeErr, sqlx};
    let cause = match error {
        DbErr::ConnectionAcquire(_) => return Some(Unavailable::Unreachable),
        DbErr::Conn(RuntimeErr::SqlxError(cause))
        | DbErr::Exec(RuntimeErr::SqlxError(cause))
        | DbErr::Query(RuntimeErr::SqlxError(cause)) => cause,
        _ => return None,
    };
    match &**cause {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => Some(Unavailable::Unreachable),
        sqlx::Error::Database(database) => {
            let code = database.code()?;
            match &*code {
                // PostgreSQL: disk full (53100); other insufficient resources (class 53),
                // connection exceptions (class 08), shutting down or starting up (57P01-03).
                "53100" => Some(Unavailable::DiskFull),
                c if c.starts_with("08") || c.starts_with("53") => Some(Unavailable::Unreachable),
                "57P01" | "57P02" | "57P03" => Some(Unavailable::Unreachable),
                // Any other SQLSTATE (five characters, some all digits: 22021 is a NUL in
                // text) says nothing of availability.
                c if c.len() == 5 => None,
                // SQLite: SQLITE_BUSY and SQLITE_LOCKED (and their extended codes, low byte 5
                // and 6) past the busy wait, SQLITE_FULL (13).
                c => match c.parse::<u32>().map(|code| code & 0xff) {
                    Ok(5 | 6) => Some(Unavailable::Locked),
                    Ok(13) => Some(Unavailable::DiskFull),
                    _ => None,
                },
            }
        }
        _ => None,
    }
}

impl From<DbErr> for Error {
    fn from(error: DbErr) -> Self {
        let Some(why) = unavailable(&error) else {
            return Self::Internal(error.into());
        };
        // Logged here (the answer says only what a client can act on).
        tracing::warn!(error = %error, "database unavailable");
        match why {
            Unavailable::DiskFull => Self::InsufficientStorage(format!(
                "{}; nothing was changed, retry once space is made",
                why.describe()
            )),
            _ => Self::Unavailable(format!(
                "{}; nothing was changed, retry shortly",
                why.describe()
            )),
        }
    }
}

/// A unique-key violation means the name is taken: a conflict, not a fault.
fn conflict_on_duplicate(error: sea_orm::DbErr, what: String) -> Error {
    match error.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            Error::Conflict(format!("{what} already exists"))
        }
        _ => Error::from(error),
    }
}
