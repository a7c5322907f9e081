//! The data directory is the server's alone: it holds the SQLite database (secrets in plain
//! text), plugin installs and the config files of running runs.

use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

use anyhow::Context;

/// The file name of the embedded database in the data directory.
pub const SQLITE_FILE: &str = "meltano-api.db";

/// Makes `data_dir` (created if missing) readable by the server's user only, and with `sqlite`
/// the database file and its WAL and shared-memory files too (SQLite gives new WAL files the
/// database file's mode, so creating the file `0600` first keeps them private from the start).
pub fn make_private(data_dir: &Path, sqlite: bool) -> anyhow::Result<()> {
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("creating the data directory {}", data_dir.display()))?;
    std::fs::set_permissions(data_dir, std::fs::Permissions::from_mode(0o700))
        .with_context(|| format!("making {} private", data_dir.display()))?;
    if sqlite {
        let database = data_dir.join(SQLITE_FILE);
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(&database)
            .with_context(|| format!("creating {}", database.display()))?;
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let path = data_dir.join(format!("{SQLITE_FILE}{suffix}"));
            if path.exists() {
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
                    .with_context(|| format!("making {} private", path.display()))?;
            }
        }
    }
    Ok(())
}
