//! The floor: axum 0.8 and a sqlx pool over the server's own tables and rows, one query per
//! request, the same JSON answered with the stored JSON text pasted in. No validation, auth,
//! versioning or run records: what any server on this stack pays at least.
//!
//! It reads the rows meltano-api reads (the `dev` and `runs` environments) and writes only its own
//! (`bare`), so the two never change each other's rows.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sea_orm::sqlx::pool::PoolOptions;
use sea_orm::sqlx::{self, PgPool, SqlitePool};
use serde::Deserialize;

#[derive(Clone)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// The statements, made once at start (as a real handler's would be literals).
struct Queries {
    get_state: &'static str,
    put_state: &'static str,
    list_states: &'static str,
    list_runs: &'static str,
    create_run: &'static str,
}

#[derive(Clone)]
struct Bare {
    pool: Pool,
    sql: &'static Queries,
}

impl Queries {
    fn new(pool: &Pool) -> Self {
        let (now, glob) = match pool {
            Pool::Sqlite(_) => ("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')", "GLOB"),
            Pool::Postgres(_) => ("now()", "LIKE"),
        };
        let leak = |sql: String| -> &'static str { Box::leak(sql.into_boxed_str()) };
        Self {
            get_state: leak(format!(
                "SELECT {STATE_COLUMNS} FROM states WHERE project = 'bench' AND env = $1 AND state_id = $2"
            )),
            put_state: leak(format!(
                "INSERT INTO states (project, env, state_id, uid, completed, partial, created_at, updated_at, revision) \
                 VALUES ('bench', $1, $2, $3, $4, NULL, {now}, {now}, 1) \
                 ON CONFLICT (project, env, state_id) DO UPDATE SET completed = excluded.completed, partial = NULL, \
                 updated_at = excluded.updated_at, revision = states.revision + 1 RETURNING {STATE_COLUMNS}"
            )),
            list_states: leak(format!(
                "SELECT {STATE_COLUMNS} FROM states WHERE project = 'bench' AND env = $1 AND state_id {glob} $2 \
                 AND state_id > $3 ORDER BY state_id LIMIT 51"
            )),
            list_runs: leak(format!(
                "SELECT {RUN_COLUMNS} FROM runs WHERE project = 'bench' AND env = $1 AND id < $2 \
                 ORDER BY id DESC LIMIT 51"
            )),
            create_run: leak(format!(
                "INSERT INTO runs (id, project, env, kind, status, command, trigger, state_ids, created_at) \
                 VALUES ($1, 'bench', $2, 'RUN', 'QUEUED', $3, 'api', '[]', {now}) RETURNING {RUN_COLUMNS}"
            )),
        }
    }
}

/// Runs one query on either database: `$fetch` (`fetch_optional`, `fetch_all`) of `$sql` (the
/// text is the same for both: `$1`-style parameters work in SQLite too) with `$binds`.
macro_rules! query {
    ($pool:expr, $row:ty, $fetch:ident, $sql:expr, $($bind:expr),*) => {
        match $pool {
            Pool::Sqlite(pool) => sqlx::query_as::<_, $row>($sql)$(.bind($bind))*.$fetch(pool).await,
            Pool::Postgres(pool) => sqlx::query_as::<_, $row>($sql)$(.bind($bind))*.$fetch(pool).await,
        }
    };
}

type StateRow = (String, Option<String>, Option<String>, String, String, i64);

const STATE_COLUMNS: &str = "state_id, completed, partial, CAST(updated_at AS TEXT), uid, revision";

fn state_json(out: &mut String, (id, completed, partial, updated, uid, revision): &StateRow) {
    let completed = completed.as_deref().unwrap_or("null");
    let partial = partial.as_deref().unwrap_or("null");
    // With no partial state the effective one is the completed one: nothing to merge.
    let effective = if partial == "null" {
        completed
    } else {
        partial
    };
    out.push_str(&format!(
        r#"{{"state_id":{},"completed":{completed},"partial":{partial},"effective":{effective},"update_time":{},"etag":{}}}"#,
        serde_json::Value::from(id.as_str()),
        serde_json::Value::from(updated.as_str()),
        serde_json::Value::from(format!("\"{uid}-{revision}\"")),
    ));
}

fn json(status: StatusCode, body: String) -> Response {
    (status, [("content-type", "application/json")], body).into_response()
}

fn failed(error: impl std::fmt::Display) -> Response {
    (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()).into_response()
}

async fn get_state(
    State(Bare { pool, sql }): State<Bare>,
    Path((env, id)): Path<(String, String)>,
) -> Response {
    match query!(&pool, StateRow, fetch_optional, sql.get_state, env, id) {
        Ok(Some(row)) => {
            let mut body = String::new();
            state_json(&mut body, &row);
            json(StatusCode::OK, body)
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => failed(error),
    }
}

#[derive(Deserialize)]
struct StateBody {
    completed: serde_json::Value,
}

/// An upsert: one statement, answering the row as written.
async fn put_state(
    State(Bare { pool, sql }): State<Bare>,
    Path((env, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<StateBody>(&body) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let uid = uuid::Uuid::new_v4().to_string();
    let completed = body.completed.to_string();
    match query!(
        &pool,
        StateRow,
        fetch_optional,
        sql.put_state,
        env,
        id,
        uid,
        completed
    ) {
        Ok(Some(row)) => {
            let mut body = String::new();
            state_json(&mut body, &row);
            json(StatusCode::OK, body)
        }
        Ok(None) => failed("no row returned"),
        Err(error) => failed(error),
    }
}

#[derive(Deserialize)]
struct ListQuery {
    filter: Option<String>,
    after: Option<String>,
}

/// A page of 50, keyset-ordered, filtered by a glob (SQLite's GLOB, PostgreSQL's LIKE).
async fn list_states(
    State(Bare { pool, sql }): State<Bare>,
    Path(env): Path<String>,
    Query(list): Query<ListQuery>,
) -> Response {
    let glob = list.filter.unwrap_or_else(|| "*".into());
    let filter = match pool {
        Pool::Sqlite(_) => glob,
        Pool::Postgres(_) => glob.replace('*', "%"),
    };
    let after = list.after.unwrap_or_default();
    match query!(
        &pool,
        StateRow,
        fetch_all,
        sql.list_states,
        env,
        filter,
        after
    ) {
        Ok(rows) => {
            let mut body = String::from(r#"{"states":["#);
            for (i, row) in rows.iter().take(50).enumerate() {
                if i > 0 {
                    body.push(',');
                }
                state_json(&mut body, row);
            }
            body.push_str("]}");
            json(StatusCode::OK, body)
        }
        Err(error) => failed(error),
    }
}

type RunRow = (String, String, String, String, String, String);

const RUN_COLUMNS: &str = "id, kind, status, trigger, state_ids, CAST(created_at AS TEXT)";

fn run_json(out: &mut String, (id, kind, status, trigger, state_ids, created): &RunRow) {
    out.push_str(&format!(
        r#"{{"id":"{id}","kind":"{kind}","status":"{status}","trigger":"{trigger}","state_ids":{state_ids},"create_time":{}}}"#,
        serde_json::Value::from(created.as_str())
    ));
}

async fn list_runs(
    State(Bare { pool, sql }): State<Bare>,
    Path(env): Path<String>,
    Query(list): Query<ListQuery>,
) -> Response {
    let before = list.after.unwrap_or_else(|| "g".to_string());
    match query!(&pool, RunRow, fetch_all, sql.list_runs, env, before) {
        Ok(rows) => {
            let mut body = String::from(r#"{"runs":["#);
            for (i, row) in rows.iter().take(50).enumerate() {
                if i > 0 {
                    body.push(',');
                }
                run_json(&mut body, row);
            }
            body.push_str("]}");
            json(StatusCode::OK, body)
        }
        Err(error) => failed(error),
    }
}

/// A queued run: one insert, answered as stored.
async fn create_run(
    State(Bare { pool, sql }): State<Bare>,
    Path(env): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(request) = serde_json::from_slice::<serde_json::Value>(&body) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let id = uuid::Uuid::now_v7().to_string();
    let command = request["command"].as_str().unwrap_or_default().to_string();
    match query!(
        &pool,
        RunRow,
        fetch_optional,
        sql.create_run,
        id,
        env,
        command
    ) {
        Ok(Some(row)) => {
            let mut body = String::new();
            run_json(&mut body, &row);
            json(StatusCode::CREATED, body)
        }
        Ok(None) => failed("no row returned"),
        Err(error) => failed(error),
    }
}

/// Serves until killed, on `port`, over the database at `url`.
pub async fn serve(url: &str, port: u16) -> anyhow::Result<()> {
    // sqlx pings a connection before each use unless told not to: the floor does not.
    let pool = if url.starts_with("sqlite:") {
        Pool::Sqlite(
            PoolOptions::new()
                .test_before_acquire(false)
                .connect(url)
                .await?,
        )
    } else {
        Pool::Postgres(
            PoolOptions::new()
                .test_before_acquire(false)
                .connect(url)
                .await?,
        )
    };
    let app = Router::new()
        .route(
            "/health",
            get(|| async { axum::Json(serde_json::json!({"status": "ok"})) }),
        )
        .route("/envs/{env}/state/{id}", get(get_state).put(put_state))
        .route("/envs/{env}/state", get(list_states))
        .route("/envs/{env}/runs", get(list_runs).post(create_run))
        .with_state(Bare {
            sql: Box::leak(Box::new(Queries::new(&pool))),
            pool,
        });
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
