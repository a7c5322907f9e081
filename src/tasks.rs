//! The server's background tasks (the run executor, its heartbeat and stale sweep, the log feed,
//! the scheduler, retention), spawned side by side by start-up. Each beats once per round; one
//! that exits (it returned or panicked) is logged, and `/health` reports each: down once it
//! exited or has not beaten for three of its rounds plus the database's longest wait.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

/// What a round may take beyond its interval before the task is called down: a round waits up
/// to 5 s per query for a database that is away (`store::DATABASE_WAIT`), and a few queries.
const LATE_GRACE: Duration = Duration::from_secs(30);

#[derive(Clone, Default)]
pub struct Tasks {
    parts: Arc<Mutex<BTreeMap<&'static str, Part>>>,
}

struct Part {
    every: Duration,
    started: Instant,
    last_beat: Option<(Instant, DateTime<Utc>)>,
    exited: bool,
}

/// How a task says it is alive.
#[derive(Clone)]
pub struct Beat {
    parts: Arc<Mutex<BTreeMap<&'static str, Part>>>,
    name: &'static str,
}

impl Beat {
    /// One round done.
    pub fn beat(&self) {
        if let Some(part) = lock(&self.parts).get_mut(self.name) {
            part.last_beat = Some((Instant::now(), Utc::now()));
        }
    }
}

/// One task as `/health` shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TaskHealth {
    pub name: &'static str,
    pub up: bool,
    pub last_beat: Option<DateTime<Utc>>,
}

impl Tasks {
    /// Spawns `task`, which beats about every `every`, under `name`.
    pub fn spawn<F, Fut>(&self, name: &'static str, every: Duration, task: F)
    where
        F: FnOnce(Beat) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
        lock(&self.parts).insert(
            name,
            Part {
                every,
                started: Instant::now(),
                last_beat: None,
                exited: false,
            },
        );
        let beat = Beat {
            parts: self.parts.clone(),
            name,
        };
        let handle = tokio::spawn(task(beat));
        let parts = self.parts.clone();
        tokio::spawn(async move {
            let outcome = handle.await;
            if let Some(part) = lock(&parts).get_mut(name) {
                part.exited = true;
            }
            match outcome {
                Err(error) if error.is_panic() => {
                    tracing::error!(task = name, "background task panicked")
                }
                _ => tracing::error!(task = name, "background task ended"),
            }
        });
    }

    pub fn health(&self) -> Vec<TaskHealth> {
        self.health_at(Instant::now())
    }

    fn health_at(&self, now: Instant) -> Vec<TaskHealth> {
        lock(&self.parts)
            .iter()
            .map(|(name, part)| {
                let since = part.last_beat.map_or(part.started, |(at, _)| at);
                TaskHealth {
                    name,
                    up: !part.exited
                        && now.saturating_duration_since(since) <= part.every * 3 + LATE_GRACE,
                    last_beat: part.last_beat.map(|(_, at)| at),
                }
            })
            .collect()
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_task_that_beats_is_up_and_one_that_ends_or_panics_is_down() {
        let tasks = Tasks::default();
        tasks.spawn("beating", Duration::from_secs(1), |beat| async move {
            loop {
                beat.beat();
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        });
        tasks.spawn("ending", Duration::from_secs(1), |_| async {});
        tasks.spawn("panicking", Duration::from_secs(1), |_| async {
            panic!("on purpose");
        });
        tokio::time::sleep(Duration::from_millis(100)).await;
        let health: BTreeMap<_, _> = tasks.health().into_iter().map(|t| (t.name, t)).collect();
        assert!(health["beating"].up && health["beating"].last_beat.is_some());
        assert!(!health["ending"].up);
        assert!(!health["panicking"].up);
    }

    #[tokio::test]
    async fn a_task_that_stops_beating_is_down_after_three_rounds_and_the_grace() {
        let tasks = Tasks::default();
        tasks.spawn("stuck", Duration::from_secs(1), |beat| async move {
            beat.beat();
            std::future::pending::<()>().await;
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        let now = Instant::now();
        assert!(tasks.health_at(now + Duration::from_secs(32))[0].up);
        assert!(!tasks.health_at(now + Duration::from_secs(34))[0].up);
    }
}
