//! `GET .../runs/{run}/logs?follow=true`: the log as a stream of NDJSON lines that stays open
//! while the run is live. The generated router answers one JSON page per request, so this layer
//! answers follow requests itself (after auth and validation, which have checked the query).
//!
//! A follower reads the database only when woken: by this server's log writer when it wrote
//! lines of the run, or by the one poll per server that looks at every followed run executed
//! elsewhere ([`LogFeed`]). Open follows are capped (`--max-follows`); one more is `503`.

use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{Method, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use tokio::sync::{OwnedSemaphorePermit, watch};

use super::Api;
use crate::domain::run::RunKind;
use crate::http::problem::ApiError;
use crate::store::Store;

/// The longest a follower sleeps without news before looking at its run itself (a safety net:
/// the feed wakes it sooner).
const IDLE_LOOK: Duration = Duration::from_secs(5);
/// Lines read per look.
const CHUNK: u64 = 500;

/// `(project, env, run)` of a `.../projects/{p}/envs/{e}/runs/{r}/logs` path under the base.
fn log_path<'a>(base_path: &str, path: &'a str) -> Option<(&'a str, &'a str, &'a str)> {
    let rest = path.strip_prefix(base_path)?.strip_prefix('/')?;
    match rest.split('/').collect::<Vec<_>>()[..] {
        ["projects", project, "envs", env, "runs", run, "logs"] => Some((project, env, run)),
        _ => None,
    }
}

fn follows(query: Option<&str>) -> bool {
    query.is_some_and(|q| q.split('&').any(|pair| pair == "follow=true"))
}

/// The answer to a request that follows a log (a stream), or `Err` with the request when it is
/// not one.
pub async fn follow(api: &Api, request: Request) -> Result<Response, Request> {
    let target = (request.method() == Method::GET && follows(request.uri().query()))
        .then(|| log_path(&api.base_path, request.uri().path()))
        .flatten();
    let Some((project, env, run)) = target else {
        return Err(request);
    };
    let token = request
        .uri()
        .query()
        .unwrap_or_default()
        .split('&')
        .find_map(|pair| pair.strip_prefix("page_token="))
        .map(str::to_string);
    Ok(
        match stream(api, project, env, run, token.as_deref()).await {
            Ok(response) => response,
            Err(error) => error.into_response(),
        },
    )
}

async fn stream(
    api: &Api,
    project: &str,
    env: &str,
    run: &str,
    token: Option<&str>,
) -> Result<Response, ApiError> {
    let super::shared::EnvPath { project, env } = super::shared::EnvPath::parse(project, env)?;
    let run = api
        .store
        .get_run(&project, &env, run, None, &RunKind::HISTORY)
        .await?;
    let (_, after) = super::shared::log_cursor(&run.id, None, token)?;
    let Ok(slot) = api.follows.clone().try_acquire_owned() else {
        return Err(ApiError::Unavailable(
            "too many log streams are open on this server; read the log by pages, or retry later"
                .into(),
        ));
    };
    let news = api.runner.log_feed().subscribe(&run.id);
    let lines = futures_util::stream::unfold(
        Follow {
            store: api.store.clone(),
            run_id: run.id,
            after,
            ended: false,
            unread: true,
            news,
            _slot: slot,
        },
        next_chunk,
    );
    Ok((
        [(header::CONTENT_TYPE, "application/x-ndjson")],
        Body::from_stream(lines),
    )
        .into_response())
}

struct Follow {
    store: Store,
    run_id: String,
    after: Option<i64>,
    /// The run has ended: what is left to send is in the database already.
    ended: bool,
    /// The log may hold lines not sent yet.
    unread: bool,
    /// Bumped when the run's log may have grown, or the run ended.
    news: watch::Receiver<u64>,
    /// Its place among the open follows, given back when the stream is dropped.
    _slot: OwnedSemaphorePermit,
}

/// The next lines as NDJSON, waiting while the run is live; `None` once it has ended and
/// every line was sent. The log is read once per wake (and again at once only after a full
/// chunk), never on a timer of its own.
async fn next_chunk(mut follow: Follow) -> Option<(Result<Bytes, ApiError>, Follow)> {
    loop {
        if follow.unread {
            let lines = match follow
                .store
                .run_logs(&follow.run_id, follow.after, CHUNK)
                .await
            {
                Ok(lines) => lines,
                Err(error) => {
                    return Some((
                        Err(error.into()),
                        Follow {
                            ended: true,
                            unread: false,
                            ..follow
                        },
                    ));
                }
            };
            follow.unread = lines.len() as u64 == CHUNK;
            if let Some(last) = lines.last() {
                follow.after = Some(last.seq);
                let mut chunk = Vec::new();
                for line in &lines {
                    let model = super::shared::log_line(line);
                    if serde_json::to_writer(&mut chunk, &model).is_ok() {
                        chunk.push(b'\n');
                    }
                }
                return Some((Ok(Bytes::from(chunk)), follow));
            }
        }
        if follow.ended {
            return None;
        }
        // Look at the run before waiting: lines written before it ended are read next round.
        follow.news.mark_unchanged();
        match follow.store.run_by_id(&follow.run_id).await {
            Ok(Some(run)) if run.status.is_active() => {
                let _ = tokio::time::timeout(IDLE_LOOK, follow.news.changed()).await;
            }
            _ => follow.ended = true,
        }
        follow.unread = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_log_paths_of_runs_are_followed() {
        let base = "/meltano/core/v2beta";
        assert_eq!(
            log_path(base, "/meltano/core/v2beta/projects/a/envs/b/runs/c/logs"),
            Some(("a", "b", "c"))
        );
        assert_eq!(
            log_path(
                base,
                "/meltano/core/v2beta/projects/a/envs/b/services/c/logs"
            ),
            None
        );
        assert_eq!(
            log_path(base, "/meltano/core/v2beta/projects/a/envs/b/runs/c"),
            None
        );
        assert!(follows(Some("page_size=3&follow=true")));
        assert!(!follows(Some("follow=false")));
        assert!(!follows(None));
    }
}
