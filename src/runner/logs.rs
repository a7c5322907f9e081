//! A run's log: lines from its processes' stderr (and command blocks' stdout) and the server's own
//! notes, numbered and written to the database in batches by one writer task per run.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;

use crate::domain::plugin::REDACTED;
use crate::domain::run_stats::{RunStatistics, parse_metric};
use crate::store::Store;
use crate::store::entities::run_log;

/// The longest line kept, in bytes; the rest of a longer line is dropped (and said so).
pub const MAX_LINE: usize = 65_536;
/// Lines written per insert at most.
const BATCH: usize = 500;
/// How long a line may wait for its batch: readers of a live log see it within this.
const FLUSH_EVERY: Duration = Duration::from_millis(100);
/// How long a batch of log lines waits for an unavailable database before it is dropped.
const LOG_PATIENCE: Duration = Duration::from_secs(60);
/// Lines queued for the writer at most: a plugin that logs faster than the database takes it
/// waits (its stderr pipe fills), so the server never holds more than this many lines.
const QUEUED: usize = 512;

/// How much log one run keeps at most (`--log-max-lines`, `--log-max-bytes`).
#[derive(Debug, Clone, Copy)]
pub struct LogLimits {
    pub max_lines: u64,
    pub max_bytes: u64,
}

/// Where a line came from.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub block: Option<String>,
    pub plugin: Option<String>,
}

impl Source {
    /// A plugin's output within a block.
    pub fn of(block: &str, plugin: &str) -> Self {
        Self {
            block: Some(block.to_string()),
            plugin: Some(plugin.to_string()),
        }
    }
}

#[derive(Debug)]
struct Line {
    source: Source,
    stream: &'static str,
    text: String,
    time: chrono::DateTime<chrono::Utc>,
}

/// What a run's processes have logged so far, against its [`LogLimits`].
struct Budget {
    limits: LogLimits,
    lines: AtomicU64,
    bytes: AtomicU64,
    dropped: AtomicU64,
}

impl Budget {
    /// Takes room for a line; `Err(first)` when it is over the limits (`first`: the first such).
    fn take(&self, len: usize) -> Result<(), bool> {
        let lines = self.lines.fetch_add(1, Ordering::Relaxed) + 1;
        let bytes = self.bytes.fetch_add(len as u64, Ordering::Relaxed) + len as u64;
        if lines <= self.limits.max_lines && bytes <= self.limits.max_bytes {
            return Ok(());
        }
        Err(self.dropped.fetch_add(1, Ordering::Relaxed) == 0)
    }
}

/// The sending side, cloned into every reader of a process's output.
#[derive(Clone)]
pub struct Log {
    sender: mpsc::Sender<Line>,
    budget: Arc<Budget>,
    /// The run's secret values: a plugin that prints its config shows them as redacted.
    masks: Arc<OnceLock<Vec<String>>>,
    /// What the plugins' `METRIC:` lines added up to, and whether it changed since stored.
    stats: Arc<Mutex<(RunStatistics, bool)>>,
}

impl Log {
    /// Starts the writer of run `run_id`'s log; it ends when every [`Log`] is dropped, answering
    /// why lines could not be stored, if some could not. `feed` hears of every batch written
    /// (for followers of the log).
    pub fn start(
        store: Store,
        run_id: String,
        limits: LogLimits,
        feed: LogFeed,
    ) -> (Self, JoinHandle<Option<String>>) {
        let (sender, receiver) = mpsc::channel(QUEUED);
        let budget = Arc::new(Budget {
            limits,
            lines: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            dropped: AtomicU64::new(0),
        });
        let stats = Arc::default();
        let writer = tokio::spawn(write_batches(
            store,
            run_id,
            receiver,
            budget.clone(),
            Arc::clone(&stats),
            feed,
        ));
        (
            Self {
                sender,
                budget,
                masks: Arc::default(),
                stats,
            },
            writer,
        )
    }

    /// What the plugins' `METRIC:` lines added up to so far; `None` before the first.
    pub fn statistics(&self) -> Option<RunStatistics> {
        let stats = self.stats.lock().unwrap_or_else(|e| e.into_inner());
        (!stats.0.plugins.is_empty()).then(|| stats.0.clone())
    }

    /// Sets the secret values masked in every line from now on (once per run).
    pub fn mask(&self, secrets: Vec<String>) {
        let _ = self.masks.set(secrets);
    }

    async fn send(&self, source: &Source, stream: &'static str, text: String) {
        let line = Line {
            source: source.clone(),
            stream,
            text,
            // Microseconds: what PostgreSQL keeps, so both backends answer alike.
            time: chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 6),
        };
        let _ = self.sender.send(line).await;
    }

    /// A line of a process's output, kept while the run is within its limits.
    pub async fn line(&self, source: &Source, stream: &'static str, text: impl Into<String>) {
        let mut text = text.into();
        for secret in self.masks.get().into_iter().flatten() {
            if text.contains(secret.as_str()) {
                text = text.replace(secret.as_str(), REDACTED);
            }
        }
        // Counted whether or not the line is kept (past the log's limits too).
        if let (Some(plugin), Some(metric)) = (&source.plugin, parse_metric(&text)) {
            let mut stats = self.stats.lock().unwrap_or_else(|e| e.into_inner());
            stats.0.add(plugin, &metric);
            stats.1 = true;
        }
        match self.budget.take(text.len()) {
            Ok(()) => self.send(source, stream, text).await,
            Err(true) => {
                let LogLimits {
                    max_lines,
                    max_bytes,
                } = self.budget.limits;
                self.server(format!(
                    "the run's log reached its limit ({max_lines} lines or {max_bytes} bytes): \
                     further output of its processes is not kept"
                ))
                .await;
            }
            Err(false) => {}
        }
    }

    /// A note of the server's about the run (never counted against the limits).
    pub async fn server(&self, text: impl Into<String>) {
        self.send(&Source::default(), "server", text.into()).await;
    }

    /// Logs every line of a process's output in the background, until it ends.
    pub fn spawn_copy(
        &self,
        source: Source,
        stream: &'static str,
        output: impl tokio::io::AsyncRead + Unpin + Send + 'static,
    ) -> JoinHandle<()> {
        tokio::spawn(
            self.clone()
                .copy_lines(source, stream, tokio::io::BufReader::new(output)),
        )
    }

    /// Logs every line `reader` yields, until it ends.
    pub async fn copy_lines(
        self,
        source: Source,
        stream: &'static str,
        mut reader: impl AsyncBufRead + Unpin,
    ) {
        while let Ok(Some(line)) = read_line(&mut reader).await {
            self.line(&source, stream, line).await;
        }
    }
}

/// Wakes the followers of live logs: a version per followed run, bumped when lines of it were
/// written here, or (for runs other replicas execute) when one poll for all of them finds more.
#[derive(Clone, Default)]
pub struct LogFeed {
    runs: Arc<std::sync::Mutex<HashMap<String, watch::Sender<u64>>>>,
}

impl LogFeed {
    /// Wakes on news of `run_id`: its log or its status (the receiver sees a new version).
    pub fn subscribe(&self, run_id: &str) -> watch::Receiver<u64> {
        let mut runs = self.runs.lock().expect("not poisoned");
        runs.retain(|_, sender| sender.receiver_count() > 0);
        runs.entry(run_id.to_string())
            .or_insert_with(|| watch::channel(0).0)
            .subscribe()
    }

    /// Says `run_id` has news (lines written, it started, or it ended).
    pub fn notify(&self, run_id: &str) {
        if let Some(sender) = self.runs.lock().expect("not poisoned").get(run_id) {
            sender.send_modify(|version| *version += 1);
        }
    }

    /// The runs someone follows now.
    pub fn followed(&self) -> Vec<String> {
        let runs = self.runs.lock().expect("not poisoned");
        runs.iter()
            .filter(|(_, sender)| sender.receiver_count() > 0)
            .map(|(id, _)| id.clone())
            .collect()
    }

    /// One poll for every followed run, however many follow it: wakes those whose log grew or
    /// whose status changed since the last look (lines other replicas write reach followers here).
    pub async fn poll_forever(self, store: Store, every: Duration, beat: crate::tasks::Beat) {
        // Per followed run: its last log line and its status.
        let mut seen: HashMap<String, (Option<i64>, String)> = HashMap::new();
        loop {
            tokio::time::sleep(every).await;
            beat.beat();
            let followed = self.followed();
            seen.retain(|id, _| followed.contains(id));
            if followed.is_empty() {
                continue;
            }
            match store.log_progress(&followed).await {
                Ok(progress) => {
                    for (id, now) in progress {
                        if seen.get(&id) != Some(&now) {
                            seen.insert(id.clone(), now);
                            self.notify(&id);
                        }
                    }
                }
                Err(error) => tracing::warn!("looking at followed logs failed: {error}"),
            }
        }
    }
}

/// One line of at most [`MAX_LINE`] bytes (lossy UTF-8, without its end of line); the rest of a
/// longer line is skipped. `None` at the end.
pub async fn read_line(
    reader: &mut (impl AsyncBufRead + Unpin),
) -> std::io::Result<Option<String>> {
    let mut line = Vec::new();
    let mut truncated = false;
    loop {
        let buffer = reader.fill_buf().await?;
        if buffer.is_empty() {
            if line.is_empty() && !truncated {
                return Ok(None);
            }
            break;
        }
        let (chunk, done) = match buffer.iter().position(|&b| b == b'\n') {
            Some(end) => (&buffer[..end], Some(end + 1)),
            None => (buffer, None),
        };
        let room = MAX_LINE.saturating_sub(line.len());
        if chunk.len() > room {
            truncated = true;
        }
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = done.unwrap_or(buffer.len());
        reader.consume(used);
        if done.is_some() {
            break;
        }
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    let mut text = String::from_utf8_lossy(&line).into_owned();
    if truncated {
        text.push_str(" [line truncated]");
    }
    Ok(Some(text))
}

async fn write_batches(
    store: Store,
    run_id: String,
    mut receiver: mpsc::Receiver<Line>,
    budget: Arc<Budget>,
    stats: Arc<Mutex<(RunStatistics, bool)>>,
    feed: LogFeed,
) -> Option<String> {
    let mut lost = None;
    let mut seq = 0i64;
    let mut batch = Vec::new();
    loop {
        let open = tokio::select! {
            line = receiver.recv() => match line {
                Some(line) => { batch.push(line); true }
                None => false,
            },
            _ = tokio::time::sleep(FLUSH_EVERY), if !batch.is_empty() => true,
        };
        while batch.len() < BATCH {
            match receiver.try_recv() {
                Ok(line) => batch.push(line),
                Err(_) => break,
            }
        }
        if !open {
            let dropped = budget.dropped.load(Ordering::Relaxed);
            if dropped > 0 {
                batch.push(Line {
                    source: Source::default(),
                    stream: "server",
                    text: format!("{dropped} line(s) of output were not kept (the log limit)"),
                    time: chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 6),
                });
            }
        }
        let due = !open || batch.len() >= BATCH || receiver.is_empty();
        if due && !batch.is_empty() {
            let rows: Vec<run_log::Model> = batch
                .drain(..)
                .map(|line| {
                    let row = run_log::Model {
                        run_id: run_id.clone(),
                        seq,
                        time: line.time,
                        block: line.source.block,
                        plugin: line.source.plugin,
                        stream: line.stream.to_string(),
                        text: line.text,
                    };
                    seq += 1;
                    row
                })
                .collect();
            // Through a database outage the lines wait (the plugins' pipes behind them fill
            // and slow the plugins down) rather than being dropped.
            let stored =
                super::while_unavailable(LOG_PATIENCE, || store.append_logs(rows.clone())).await;
            if let Err(error) = stored {
                tracing::warn!(run = %run_id, "could not store log lines: {error}");
                lost.get_or_insert_with(|| error.to_string());
            }
            feed.notify(&run_id);
        }
        // The statistics go with the lines (and once more at the end, if they changed since).
        if due || !open {
            let changed = {
                let mut stats = stats.lock().unwrap_or_else(|e| e.into_inner());
                std::mem::take(&mut stats.1).then(|| serde_json::to_string(&stats.0))
            };
            if let Some(Ok(text)) = changed {
                let stored = super::while_unavailable(LOG_PATIENCE, || {
                    store.set_run_stats(&run_id, text.clone())
                })
                .await;
                if let Err(error) = stored {
                    tracing::warn!(run = %run_id, "could not store the run's statistics: {error}");
                }
            }
        }
        if !open {
            return lost;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    async fn lines_of(bytes: &[u8]) -> Vec<String> {
        let mut reader = tokio::io::BufReader::with_capacity(7, bytes);
        let mut lines = Vec::new();
        while let Some(line) = read_line(&mut reader).await.unwrap() {
            lines.push(line);
        }
        lines
    }

    proptest! {
        /// Lines come back as written, whatever the buffer boundaries.
        #[test]
        fn lines_round_trip(lines in proptest::collection::vec("[^\r\n]{0,40}", 0..8)) {
            let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
            let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
            prop_assert_eq!(runtime.block_on(lines_of(text.as_bytes())), lines);
        }
    }

    #[tokio::test]
    async fn long_lines_are_cut_and_marked() {
        let mut text = vec![b'x'; MAX_LINE + 10];
        text.extend_from_slice(b"\nnext");
        let lines = lines_of(&text).await;
        assert_eq!(lines.len(), 2);
        assert!(lines[0].ends_with("[line truncated]"));
        assert_eq!(lines[0].len(), MAX_LINE + " [line truncated]".len());
        assert_eq!(lines[1], "next");
    }
}
