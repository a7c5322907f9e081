//! What a server that died mid-run leaves on this machine: the run's directory (its config
//! files hold secrets) and its plugin processes, which go on as orphans. Each run's directory
//! names the server executing it (`owner`); at start-up, every directory whose server is gone
//! is cleaned: the processes of its run are killed, the directory removed, the run failed.

use std::path::{Path, PathBuf};

/// The file in a run's directory naming the server process that executes it.
const OWNER_FILE: &str = "owner";

/// The executing server, as its run directory records it.
#[derive(Debug, Clone, PartialEq)]
pub struct RunOwner {
    pub pid: u32,
    /// The process's start time (clock ticks after boot): a reused pid has another.
    pub started: u64,
    /// The lease owner id in the database.
    pub lease: String,
}

impl RunOwner {
    /// This server process, holding leases as `lease`.
    pub fn this_process(lease: &str) -> Self {
        let pid = std::process::id();
        Self {
            pid,
            started: start_time(pid).unwrap_or(0),
            lease: lease.to_string(),
        }
    }

    fn is_alive(&self) -> bool {
        start_time(self.pid).is_some_and(|started| started == self.started)
    }

    pub fn write(&self, run_dir: &Path) -> std::io::Result<()> {
        use std::io::Write;
        use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(run_dir)?;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(run_dir.join(OWNER_FILE))?;
        writeln!(file, "{} {} {}", self.pid, self.started, self.lease)
    }

    fn read(run_dir: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(run_dir.join(OWNER_FILE)).ok()?;
        let mut parts = text.split_whitespace();
        Some(Self {
            pid: parts.next()?.parse().ok()?,
            started: parts.next()?.parse().ok()?,
            lease: parts.next()?.to_string(),
        })
    }
}

/// A process's start time, from `/proc/PID/stat` (field 22); `None` when there is no such process.
fn start_time(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, rest) = stat.rsplit_once(')')?;
    rest.split_whitespace().nth(19)?.parse().ok()
}

/// A run directory left by a server that is gone.
pub struct DeadRun {
    pub run_id: String,
    pub dir: PathBuf,
    /// Its server's lease id, when the directory says.
    pub lease: Option<String>,
}

/// The run directories under `runs_dir` whose server is not running any more (a directory that
/// names no server is dead too: it was made before the server recorded itself).
pub fn dead_runs(runs_dir: &Path) -> Vec<DeadRun> {
    let Ok(entries) = std::fs::read_dir(runs_dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| {
            let dir = entry.path();
            let owner = RunOwner::read(&dir);
            if owner.as_ref().is_some_and(RunOwner::is_alive) {
                return None;
            }
            Some(DeadRun {
                run_id: entry.file_name().to_string_lossy().into_owned(),
                dir,
                lease: owner.map(|o| o.lease),
            })
        })
        .collect()
}

/// Kills every process of run `run_id` (every process started for a run carries
/// `MELTANO_RUN_ID`, and its children inherit it) with the process groups they lead; answers
/// how many were found.
pub fn kill_run_processes(run_id: &str) -> usize {
    let needle = format!("MELTANO_RUN_ID={run_id}");
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return 0;
    };
    let me = std::process::id();
    let mut found = 0;
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<i32>().ok())
        else {
            continue;
        };
        if pid as u32 == me {
            continue;
        }
        let Ok(environ) = std::fs::read(format!("/proc/{pid}/environ")) else {
            continue;
        };
        if environ
            .split(|&b| b == 0)
            .any(|var| var == needle.as_bytes())
        {
            found += 1;
            // SAFETY: getpgid(2) and kill(2) take plain integers and touch no memory of ours.
            unsafe {
                let group = libc::getpgid(pid);
                if group > 1 && group as u32 != me {
                    libc::kill(-group, libc::SIGKILL);
                }
                libc::kill(pid, libc::SIGKILL);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_of_a_live_server_is_kept_and_one_of_a_gone_server_is_dead() {
        let runs = tempfile::tempdir().unwrap();
        let live = runs.path().join("live");
        RunOwner::this_process("lease-a").write(&live).unwrap();
        let gone = runs.path().join("gone");
        RunOwner {
            pid: std::process::id(),
            started: 1, // this pid, but another start: a reused pid
            lease: "lease-b".into(),
        }
        .write(&gone)
        .unwrap();
        std::fs::create_dir(runs.path().join("unowned")).unwrap();
        let mut dead: Vec<(String, Option<String>)> = dead_runs(runs.path())
            .into_iter()
            .map(|d| (d.run_id, d.lease))
            .collect();
        dead.sort();
        assert_eq!(
            dead,
            [
                ("gone".to_string(), Some("lease-b".to_string())),
                ("unowned".to_string(), None)
            ]
        );
    }
}
