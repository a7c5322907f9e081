//! Child processes of a run: each in its own process group (so a cancel reaches what it spawned
//! too), waited for together, stopped with TERM and then KILL.

use std::process::ExitStatus;
use std::time::Duration;

use tokio::process::Child;
use tokio::sync::watch;

/// A started process of a block.
pub struct Proc {
    pub plugin: String,
    pub child: Child,
    /// Its process group (the id of the process, which leads its own group).
    pub group: Option<i32>,
}

impl Proc {
    /// A started child, which leads its own process group.
    pub fn new(plugin: &str, child: Child) -> Self {
        Self {
            plugin: plugin.to_string(),
            group: child.id().map(|id| id as i32),
            child,
        }
    }

    /// Stops it: TERM to its group, KILL to what is left after `grace` (and to what it left
    /// behind either way).
    pub async fn stop(mut self, grace: Duration) {
        if let Some(group) = self.group {
            signal_group(group, libc::SIGTERM);
        }
        if tokio::time::timeout(grace, self.child.wait())
            .await
            .is_err()
        {
            let _ = self.child.kill().await;
        }
        if let Some(group) = self.group {
            signal_group(group, libc::SIGKILL);
        }
    }
}

/// Why the processes of a block stopped.
pub enum Outcome {
    /// Every process exited by itself: the statuses, in the order given.
    Exited(Vec<(String, ExitStatus)>),
    /// A cancel came (its reason); the processes were stopped.
    Cancelled(String),
}

/// Sends `signal` to a whole process group; a group that is gone already is fine.
fn signal_group(group: i32, signal: i32) {
    // SAFETY: kill(2) takes plain integers and touches no memory of ours.
    unsafe {
        libc::kill(-group, signal);
    }
}

/// Waits for every process, or stops them all when `cancel` says so: TERM to each group, KILL
/// to what is left after `grace`. Whatever the processes left behind in their groups is killed
/// in the end either way, so that nothing of a block outlives it.
pub async fn wait_all(
    procs: Vec<Proc>,
    cancel: &mut watch::Receiver<Option<String>>,
    grace: Duration,
) -> Outcome {
    let groups: Vec<i32> = procs.iter().filter_map(|p| p.group).collect();
    let (plugins, waits): (Vec<String>, Vec<_>) = procs
        .into_iter()
        .map(|mut p| (p.plugin, tokio::spawn(async move { p.child.wait().await })))
        .unzip();
    let all_exited = async move {
        let mut statuses = Vec::new();
        for (plugin, wait) in plugins.into_iter().zip(waits) {
            let status = match wait.await {
                Ok(Ok(status)) => status,
                _ => failed_status(),
            };
            statuses.push((plugin, status));
        }
        statuses
    };
    tokio::pin!(all_exited);
    let outcome = tokio::select! {
        statuses = &mut all_exited => Outcome::Exited(statuses),
        reason = cancelled(cancel) => {
            for group in &groups {
                signal_group(*group, libc::SIGTERM);
            }
            if tokio::time::timeout(grace, &mut all_exited).await.is_err() {
                for group in &groups {
                    signal_group(*group, libc::SIGKILL);
                }
                all_exited.await;
            }
            Outcome::Cancelled(reason)
        }
    };
    for group in &groups {
        signal_group(*group, libc::SIGKILL);
    }
    outcome
}

/// Resolves with the reason once a cancel is asked for (never, if the sender is gone).
pub async fn cancelled(cancel: &mut watch::Receiver<Option<String>>) -> String {
    loop {
        if let Some(reason) = cancel.borrow_and_update().clone() {
            return reason;
        }
        if cancel.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// The status of a process whose wait failed: as if it had failed.
fn failed_status() -> ExitStatus {
    use std::os::unix::process::ExitStatusExt;
    ExitStatus::from_raw(1 << 8)
}

/// An exit status in words: `exited with status 1`, `was killed by signal 9`.
pub fn describe(status: &ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exited with status {code}"),
        (None, Some(signal)) => format!("was killed by signal {signal}"),
        _ => "ended abnormally".into(),
    }
}
