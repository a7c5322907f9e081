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

    /// A file of token digests, one per line: `read-write sha256:<hex>` or `read-only sha256:<hex>`
    /// (`meltano-api hash-token` makes the digest); `#` starts a comment.
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
            data_dir.join("meltano-api.db").display()
        ),
    }
}
