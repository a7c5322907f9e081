//! Settings: command-line flags, each also read from a `MELTANO_API_<FLAG>` env var, then defaults.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "meltano-api",
    version,
    about = "Reference server of the Meltano Core API v2"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API (the default).
    Serve(Settings),
    /// Read a token on standard input and print its digest, for a `--token-file` line.
    HashToken,
    /// Import the Meltano project in a folder (its meltano.yml, include_paths files and the state
    /// in .meltano/meltano.db) into the database the server uses.
    Import {
        /// The project folder (holding meltano.yml).
        path: PathBuf,
        /// The project's name here (default: the folder's name).
        #[arg(long)]
        name: Option<String>,
        /// The database, as for `serve`.
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Print the OpenAPI document this server implements.
    Spec {
        /// Print it as JSON instead of YAML.
        #[arg(long)]
        json: bool,
    },
}

impl Default for Command {
    /// `meltano-api` alone serves, with every setting from env vars or defaults.
    fn default() -> Self {
        match Cli::parse_from(["meltano-api", "serve"]).command {
            Some(command) => command,
            None => unreachable!("`serve` parses to a command"),
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Address to listen on. Without tokens only a loopback address is allowed.
    #[arg(long, env = "MELTANO_API_BIND", default_value = "127.0.0.1")]
    pub bind: IpAddr,

    /// Port to listen on (0 picks a free one). 5000 is Meltano's; on macOS AirPlay may hold it.
    #[arg(long, env = "MELTANO_API_PORT", default_value_t = 5000)]
    pub port: u16,

    /// Directory for the embedded SQLite database (and, later, plugin installs and run files).
    #[arg(long, env = "MELTANO_API_DATA_DIR", default_value = ".meltano-api")]
    pub data_dir: PathBuf,

    /// Use this PostgreSQL database instead of SQLite (postgres://user@host:port/db).
    #[arg(long, env = "MELTANO_API_DATABASE_URL")]
    pub database_url: Option<String>,

    /// A bearer token that may read and write (repeat the flag, or comma-separate in the env var).
    #[arg(
        long = "token",
        env = "MELTANO_API_TOKEN",
        value_delimiter = ',',
        hide_env_values = true
    )]
    pub tokens: Vec<String>,

    /// A bearer token that may only read (GET).
    #[arg(
        long = "read-only-token",
        env = "MELTANO_API_READ_ONLY_TOKEN",
        value_delimiter = ',',
        hide_env_values = true
    )]
    pub read_only_tokens: Vec<String>,

    /// A file of token digests, one per line: `read-write sha256:<hex> [name]` or `read-only
    /// sha256:<hex> [name]` (`meltano-api hash-token` makes the digest; the name is the `actor`
    /// of the token's writes in the log of writes); `#` starts a comment.
    #[arg(long, env = "MELTANO_API_TOKEN_FILE")]
    pub token_file: Option<PathBuf>,

    /// How many runs this server executes at once; 0 makes it serve only (others execute).
    #[arg(long, env = "MELTANO_API_MAX_RUNS", default_value_t = 4)]
    pub max_runs: usize,

    /// Seconds without a heartbeat after which a running run is failed as dead (Meltano: 300).
    #[arg(
        long = "stale-after",
        env = "MELTANO_API_STALE_AFTER",
        default_value_t = 300
    )]
    pub stale_after_secs: u64,

    /// Seconds a cancelled run's processes get between TERM and KILL.
    #[arg(
        long = "kill-grace",
        env = "MELTANO_API_KILL_GRACE",
        default_value_t = 10
    )]
    pub kill_grace_secs: u64,

    /// Milliseconds between looks for queued runs and due schedules (runs created here start at
    /// once; this bounds how soon other replicas' and scheduled ones do).
    #[arg(long, env = "MELTANO_API_POLL_MS", default_value_t = 1000)]
    pub poll_ms: u64,

    /// A host name clients reach this server by, besides IP addresses and `localhost` (repeat
    /// the flag, or comma-separate in the env var); `.example.com` allows every name under it,
    /// `*` any name (behind a proxy that checks `Host` itself). Other names are refused, which
    /// keeps DNS-rebinding web pages out.
    #[arg(
        long = "allowed-host",
        env = "MELTANO_API_ALLOWED_HOSTS",
        value_delimiter = ','
    )]
    pub allowed_hosts: Vec<String>,

    /// Seconds a client may take to send a request's headers before its connection is closed.
    #[arg(long, env = "MELTANO_API_HEADER_TIMEOUT", default_value_t = 10)]
    pub header_timeout_secs: u64,

    /// Seconds a request may take (its body read and its answer made; a streamed log is not cut).
    #[arg(long, env = "MELTANO_API_REQUEST_TIMEOUT", default_value_t = 60)]
    pub request_timeout_secs: u64,

    /// Connections served at once; a connection past this is closed at once.
    #[arg(long, env = "MELTANO_API_MAX_CONNECTIONS", default_value_t = 512)]
    pub max_connections: usize,

    /// Bytes of log a run keeps at most; past it, lines are dropped and a note says where.
    #[arg(long, env = "MELTANO_API_LOG_MAX_BYTES", default_value_t = 64 * 1024 * 1024)]
    pub log_max_bytes: u64,

    /// Lines of log a run keeps at most; past it, lines are dropped and a note says where.
    #[arg(long, env = "MELTANO_API_LOG_MAX_LINES", default_value_t = 1_000_000)]
    pub log_max_lines: u64,

    /// Log streams (`logs?follow=true`) open at once; one more is answered 503.
    #[arg(long, env = "MELTANO_API_MAX_FOLLOWS", default_value_t = 256)]
    pub max_follows: usize,

    /// Days an ended run and its log are kept: older ones are deleted, by one replica at a time,
    /// in batches. Fractions are allowed (`0.5` is 12 hours); 0 keeps every run, as Meltano does.
    #[arg(
        long = "retain-days",
        env = "MELTANO_API_RETAIN_DAYS",
        default_value_t = 90.0,
        value_parser = parse_days
    )]
    pub retain_days: f64,

    /// How the server's own log is written: `text` for people (coloured only on a terminal),
    /// `json` for log collectors (one object per line, the request id in each).
    #[arg(long, env = "MELTANO_API_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,

    /// Milliseconds before a failed webhook delivery is tried again; doubled at each further
    /// failure, at most an hour, ten attempts in all.
    #[arg(long, env = "MELTANO_API_WEBHOOK_BACKOFF_MS", default_value_t = 10_000)]
    pub webhook_backoff_ms: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// A number of days: finite, at least 0, at most 100 years.
fn parse_days(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(days) if (0.0..=36_500.0).contains(&days) => Ok(days),
        _ => Err(format!("{text:?} is not a number of days from 0 to 36500")),
    }
}

impl Settings {
    /// How long ended runs are kept; `None` keeps them forever.
    pub fn retention(&self) -> Option<std::time::Duration> {
        (self.retain_days > 0.0)
            .then(|| std::time::Duration::from_secs_f64(self.retain_days * 86_400.0))
    }
}

impl Settings {
    /// Every setting at its default (or from its env var), as `meltano-api serve` alone has them.
    pub fn defaults() -> Self {
        match Cli::parse_from(["meltano-api", "serve"]).command {
            Some(Command::Serve(settings)) => settings,
            _ => unreachable!("`serve` parses to serve settings"),
        }
    }
}

impl Settings {
    /// The database URL in use: PostgreSQL when given, else SQLite in the data directory.
    pub fn database_url(&self) -> String {
        database_url(&self.data_dir, self.database_url.as_deref())
    }
}

/// Where the data lives (for commands other than `serve`, which has them in [`Settings`]).
#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    #[arg(long, env = "MELTANO_API_DATA_DIR", default_value = ".meltano-api")]
    pub data_dir: PathBuf,
    #[arg(long, env = "MELTANO_API_DATABASE_URL")]
    pub database_url: Option<String>,
}

impl DatabaseArgs {
    pub fn database_url(&self) -> String {
        database_url(&self.data_dir, self.database_url.as_deref())
    }
}

/// The database URL in use: PostgreSQL when given, else SQLite in the data directory.
fn database_url(data_dir: &std::path::Path, url: Option<&str>) -> String {
    match url {
        Some(url) => url.to_string(),
        None => format!(
            "sqlite://{}?mode=rwc",
            data_dir.join(crate::store::files::SQLITE_FILE).display()
        ),
    }
}

/// The variables and flags that carry secrets of the server's own.
const SECRET_VARS: [&str; 3] = [
    "MELTANO_API_TOKEN",
    "MELTANO_API_READ_ONLY_TOKEN",
    "MELTANO_API_DATABASE_URL",
];
const SECRET_FLAGS: [&str; 3] = ["--token", "--read-only-token", "--database-url"];

/// Takes the server's secrets (tokens, a database URL that may hold a password) out of what
/// other processes can read of this one, once the settings hold them: out of its environment, so
/// no child inherits them, and out of the memory that `/proc/PID/environ` and
/// `/proc/PID/cmdline` show (plugins run as the same user and can read both). Linux shows the
/// original bytes there whatever `environ` says later, so those bytes are overwritten, through
/// `/proc/self/mem`. A secret given as a flag is visible to every local user until this runs;
/// the README recommends `--token-file`.
///
/// Must run before any other thread exists (it changes the environment).
pub fn forget_secrets() {
    #[cfg(target_os = "linux")]
    if let Err(error) = overwrite_secret_bytes() {
        eprintln!("meltano-api: could not scrub secrets from /proc/self: {error}");
    }
    for var in SECRET_VARS {
        // SAFETY: called from `main` before the runtime starts: no other thread reads the
        // environment meanwhile.
        unsafe { std::env::remove_var(var) };
    }
}

/// Overwrites the values of secret variables and flags in the process's original environment
/// and argument memory with NULs.
#[cfg(target_os = "linux")]
fn overwrite_secret_bytes() -> std::io::Result<()> {
    use std::io::{Read, Seek, SeekFrom, Write};

    let stat = std::fs::read_to_string("/proc/self/stat")?;
    // Fields after the command name (which may hold spaces) start at field 3.
    let fields: Vec<u64> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .unwrap_or_default()
        .split_whitespace()
        .map(|f| f.parse().unwrap_or(0))
        .collect();
    let field = |n: usize| fields.get(n - 3).copied().unwrap_or(0);
    let (arg_start, arg_end, env_start, env_end) = (field(48), field(49), field(50), field(51));
    let mut memory = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/proc/self/mem")?;
    for (start, end, is_env) in [(arg_start, arg_end, false), (env_start, env_end, true)] {
        if start == 0 || end <= start || end - start > 16 * 1024 * 1024 {
            continue;
        }
        let mut bytes = vec![0u8; (end - start) as usize];
        memory.seek(SeekFrom::Start(start))?;
        memory.read_exact(&mut bytes)?;
        let ranges = if is_env {
            secret_env_ranges(&bytes)
        } else {
            secret_arg_ranges(&bytes)
        };
        for (from, to) in ranges {
            memory.seek(SeekFrom::Start(start + from as u64))?;
            memory.write_all(&vec![0u8; to - from])?;
        }
    }
    Ok(())
}

/// The byte ranges of secret values in an environment block (`NAME=VALUE\0...`).
fn secret_env_ranges(block: &[u8]) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut offset = 0;
    for entry in block.split(|&b| b == 0) {
        for var in SECRET_VARS {
            let prefix = format!("{var}=");
            if entry.starts_with(prefix.as_bytes()) && entry.len() > prefix.len() {
                ranges.push((offset + prefix.len(), offset + entry.len()));
            }
        }
        offset += entry.len() + 1;
    }
    ranges
}

/// The byte ranges of secret values in an argument block (`arg\0arg\0...`): the argument after
/// a secret flag, or the part after `=` of `--flag=value`.
fn secret_arg_ranges(block: &[u8]) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut offset = 0;
    let mut next_is_secret = false;
    for arg in block.split(|&b| b == 0) {
        if next_is_secret && !arg.is_empty() {
            ranges.push((offset, offset + arg.len()));
        }
        next_is_secret = SECRET_FLAGS.iter().any(|f| arg == f.as_bytes());
        for flag in SECRET_FLAGS {
            let prefix = format!("{flag}=");
            if arg.starts_with(prefix.as_bytes()) && arg.len() > prefix.len() {
                ranges.push((offset + prefix.len(), offset + arg.len()));
            }
        }
        offset += arg.len() + 1;
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_values_are_found_in_both_forms() {
        let env = b"PATH=/bin\0MELTANO_API_TOKEN=abc\0MELTANO_API_TOKEN_FILE=/f\0";
        let ranges = secret_env_ranges(env);
        assert_eq!(ranges, [(28, 31)]);
        assert_eq!(&env[28..31], b"abc");
        let args = b"meltano-api\0serve\0--token\0s3cret\0--token=two\0--port\0N\0";
        let ranges = secret_arg_ranges(args);
        let values: Vec<&[u8]> = ranges.iter().map(|&(a, b)| &args[a..b]).collect();
        assert_eq!(values, [&b"s3cret"[..], &b"two"[..]]);
    }
}
