//! Finding the local PostgreSQL server binaries without assuming a path.

use crate::Error;
use std::path::{Path, PathBuf};
use std::process::Command;

const NEEDED: [&str; 2] = ["initdb", "postgres"];

fn has_server(dir: &Path) -> bool {
    NEEDED.iter().all(|b| dir.join(b).is_file())
}

/// The directory holding `initdb` and `postgres`: on `PATH`, then `pg_config --bindir`,
/// then the newest `/usr/lib/postgresql/*/bin`. The other tools of the same install
/// (`pg_dump`, `pgbench`, `pg_basebackup`) are beside them.
///
/// ```no_run
/// let pg_dump = prepared_postgres::bindir()?.join("pg_dump");
/// # Ok::<(), prepared_postgres::Error>(())
/// ```
pub fn bindir() -> Result<PathBuf, Error> {
    let mut searched = Vec::new();
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            if has_server(&dir) {
                // Follow symlinks so a wrapper directory resolves to the real one.
                let real = std::fs::canonicalize(dir.join("initdb"))
                    .ok()
                    .and_then(|p| p.parent().map(Path::to_path_buf));
                return Ok(real.filter(|d| has_server(d)).unwrap_or(dir));
            }
        }
        searched.push("PATH".to_owned());
    }
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output() {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if out.status.success() && has_server(&dir) {
            return Ok(dir);
        }
        searched.push(format!("pg_config --bindir ({})", dir.display()));
    } else {
        searched.push("pg_config --bindir (no pg_config)".to_owned());
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            has_server(&bin).then_some((version, bin))
        })
        .collect();
    versions.sort();
    searched.push("/usr/lib/postgresql/*/bin".to_owned());
    versions.pop().map(|(_, dir)| dir).ok_or(Error::NoBinaries {
        searched: searched.join(", "),
    })
}
