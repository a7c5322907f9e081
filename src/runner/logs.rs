//! A run's log: lines from its processes' stderr (and command blocks' stdout) and the server's own
//! notes, numbered and written to the database in batches by one writer task per run.

use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::store::Store;
use crate::store::entities::run_log;

/// The longest line kept, in bytes; the rest of a longer line is dropped (and said so).
pub const MAX_LINE: usize = 65_536;
/// Lines written per insert at most.
const BATCH: usize = 500;
/// How long a line may wait for its batch: readers of a live log see it within this.
const FLUSH_EVERY: Duration = Duration::from_millis(100);

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

/// The sending side, cloned into every reader of a process's output.
#[derive(Clone)]
pub struct Log {
    sender: mpsc::UnboundedSender<Line>,
}

impl Log {
    /// Starts the writer of run `run_id`'s log; it ends when every [`Log`] is dropped.
    pub fn start(store: Store, run_id: String) -> (Self, JoinHandle<()>) {
        let (sender, receiver) = mpsc::unbounded_channel();
        let writer = tokio::spawn(write_batches(store, run_id, receiver));
        (Self { sender }, writer)
    }

    pub fn line(&self, source: &Source, stream: &'static str, text: impl Into<String>) {
        let _ = self.sender.send(Line {
            source: source.clone(),
            stream,
            text: text.into(),
            // Microseconds: what PostgreSQL keeps, so both backends answer alike.
            time: chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 6),
        });
    }

    /// A note of the server's about the run.
    pub fn server(&self, text: impl Into<String>) {
        self.line(&Source::default(), "server", text);
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
            self.line(&source, stream, line);
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

async fn write_batches(store: Store, run_id: String, mut receiver: mpsc::UnboundedReceiver<Line>) {
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
        let due = !open || batch.len() >= BATCH || receiver.is_empty();
        if due && !batch.is_empty() {
            let rows = batch
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
            if let Err(error) = store.append_logs(rows).await {
                tracing::warn!(run = %run_id, "could not store log lines: {error}");
            }
        }
        if !open {
            return;
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
