//! Finding and applying a crate's schema: `sql/migrations/*.sql` in file-name order, else
//! `sql/schema.sql`; `PREPARED_SCHEMA` (a file or a folder) overrides.

use crate::Error;
use std::path::{Path, PathBuf};

/// The schema files for the crate at `manifest_dir`, in the order they apply.
pub fn files(manifest_dir: &Path) -> Result<Vec<PathBuf>, Error> {
    if let Some(path) = std::env::var_os("PREPARED_SCHEMA") {
        let path = manifest_dir.join(path);
        return if path.is_dir() {
            sql_files_in(&path)
        } else if path.is_file() {
            Ok(vec![path])
        } else {
            Err(Error::NoSchema {
                looked: format!("PREPARED_SCHEMA={}", path.display()),
            })
        };
    }
    let migrations = manifest_dir.join("sql/migrations");
    if migrations.is_dir() {
        let files = sql_files_in(&migrations)?;
        if !files.is_empty() {
            return Ok(files);
        }
    }
    let schema = manifest_dir.join("sql/schema.sql");
    if schema.is_file() {
        return Ok(vec![schema]);
    }
    Err(Error::NoSchema {
        looked: format!("{}/*.sql and {}", migrations.display(), schema.display()),
    })
}

fn sql_files_in(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
        what: format!("reading {}", dir.display()),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    Ok(files)
}

/// Runs each file as one batch; a failure names the file, the line and PostgreSQL's error.
pub async fn apply(client: &tokio_postgres::Client, files: &[PathBuf]) -> Result<(), Error> {
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|source| Error::Io {
            what: format!("reading {}", file.display()),
            source,
        })?;
        if let Err(e) = client.batch_execute(&text).await {
            let db = e.as_db_error();
            let line = db.and_then(|d| match d.position() {
                // A 1-based character position in the text sent.
                Some(tokio_postgres::error::ErrorPosition::Original(p)) => {
                    let offset = text
                        .char_indices()
                        .nth((*p as usize).saturating_sub(1))
                        .map_or(text.len(), |(i, _)| i);
                    Some(text[..offset].matches('\n').count() + 1)
                }
                _ => None,
            });
            let message = match db {
                Some(d) => format!("{} ({})", d.message(), d.code().code()),
                None => e.to_string(),
            };
            return Err(Error::Schema {
                file: file.clone(),
                line,
                message,
            });
        }
    }
    Ok(())
}
