//! Rows for the bench, many of them fast: one row of each kind is made through the API (so it is
//! exactly what the server writes), then cloned in SQL, one statement per table.

use sea_orm::sqlx::{self, Connection};

/// How many rows of each kind; the defaults are the sizes issue 12 names.
pub struct Sizes {
    pub states: usize,
    pub big_states: usize,
    pub runs: usize,
    pub log_lines: usize,
}

impl Sizes {
    pub fn from_env() -> Self {
        let size = |name: &str, default: usize| {
            std::env::var(name)
                .ok()
                .and_then(|n| n.parse().ok())
                .unwrap_or(default)
        };
        Self {
            states: size("BENCH_STATES", 10_000),
            big_states: size("BENCH_BIG_STATES", 100_000),
            runs: size("BENCH_RUNS", 1_000_000),
            log_lines: size("BENCH_LOG_LINES", 10_000_000),
        }
    }
}

/// The state id of row `i` in `env` (zero-padded, so string order is number order).
pub fn state_id(env: &str, i: usize) -> String {
    format!("{env}:tap-s{i:06}-to-target-x")
}

/// The id of cloned run `i` (1-based): uuid-shaped, ordered by `i`.
pub fn run_id(i: usize) -> String {
    format!("00000000-0000-7000-8000-{i:012x}")
}

enum Sql {
    Sqlite,
    Postgres,
}

impl Sql {
    /// `FROM` a series `n(i)` of 1..=count.
    fn series(&self, count: usize) -> String {
        match self {
            Sql::Sqlite => format!(
                "(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {count}) SELECT i FROM s) AS n"
            ),
            Sql::Postgres => format!("generate_series(1, {count}) AS n(i)"),
        }
    }

    fn padded(&self, width: usize) -> String {
        match self {
            Sql::Sqlite => format!("printf('%0{width}d', n.i)"),
            Sql::Postgres => format!("lpad(n.i::text, {width}, '0')"),
        }
    }

    fn hex12(&self) -> &'static str {
        match self {
            Sql::Sqlite => "printf('%012x', n.i)",
            Sql::Postgres => "lpad(to_hex(n.i), 12, '0')",
        }
    }
}

/// Clones the state `template` (in env `dev`) to rows 0..count of `env` (skipping the template
/// itself), the run that wrote it to `runs` runs in env `runs`, and gives the first of those runs
/// `log_lines` lines.
pub async fn clone_rows(
    url: &str,
    sizes: &Sizes,
    state_envs: &[(&str, usize)],
) -> anyhow::Result<()> {
    let sql = if url.starts_with("sqlite:") {
        Sql::Sqlite
    } else {
        Sql::Postgres
    };
    let template = state_id("dev", 0);
    let mut statements = Vec::new();
    for (env, count) in state_envs {
        let skip = if *env == "dev" { "AND n.i > 1" } else { "" };
        statements.push(format!(
            "INSERT INTO states (project, env, state_id, uid, completed, partial, created_at, updated_at, revision) \
             SELECT t.project, '{env}', '{env}:tap-s' || {} || '-to-target-x', t.uid || '-{env}-' || n.i, \
             t.completed, t.partial, t.created_at, t.updated_at, t.revision \
             FROM {}, states t WHERE t.state_id = '{template}' {skip}",
            // n.i starts at 1; the rows are numbered from 0.
            sql.padded(6).replace("n.i", "(n.i - 1)"),
            sql.series(*count),
        ));
    }
    statements.push(format!(
        "INSERT INTO runs (id, project, env, kind, status, trigger, state_ids, created_at, started_at, ended_at) \
         SELECT '00000000-0000-7000-8000-' || {}, t.project, 'runs', t.kind, t.status, t.trigger, t.state_ids, \
         t.created_at, t.started_at, t.ended_at FROM {}, (SELECT * FROM runs WHERE env = 'dev' LIMIT 1) t",
        sql.hex12(),
        sql.series(sizes.runs),
    ));
    statements.push(format!(
        "INSERT INTO run_logs (run_id, seq, time, block, plugin, stream, text) \
         SELECT '{}', n.i, t.created_at, NULL, 'tap-x', 'stderr', 'INFO line ' || n.i \
         FROM {}, (SELECT created_at FROM runs WHERE env = 'dev' LIMIT 1) t",
        run_id(1),
        sql.series(sizes.log_lines),
    ));
    match sql {
        Sql::Sqlite => {
            let mut db = sqlx::SqliteConnection::connect(url).await?;
            for statement in &statements {
                sqlx::query(sqlx::AssertSqlSafe(statement.as_str()))
                    .execute(&mut db)
                    .await?;
            }
        }
        Sql::Postgres => {
            let mut db = sqlx::PgConnection::connect(url).await?;
            for statement in &statements {
                sqlx::query(sqlx::AssertSqlSafe(statement.as_str()))
                    .execute(&mut db)
                    .await?;
            }
            sqlx::query("ANALYZE").execute(&mut db).await?;
        }
    }
    Ok(())
}
