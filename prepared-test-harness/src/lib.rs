//! Proves `prepared` statements against a live PostgreSQL, and starts a throwaway one from
//! the local binaries when no `DATABASE_URL` is given.

mod binaries;
mod postgres;
pub mod schema;

pub use binaries::bindir;
pub use postgres::TempPostgres;

use std::path::PathBuf;

/// The one error type of the harness.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "no PostgreSQL server binaries (initdb, postgres) found; searched {searched}; install PostgreSQL 15 (`apt-get install postgresql-15`) or set DATABASE_URL"
    )]
    NoBinaries { searched: String },
    #[error(
        "running as root, but there is no `postgres` user to run the server as (PostgreSQL refuses root)"
    )]
    NoPostgresUser,
    #[error("{what}: {source}")]
    Io {
        what: String,
        #[source]
        source: std::io::Error,
    },
    #[error("initdb failed:\n{output}")]
    Initdb { output: String },
    #[error("the throwaway postgres did not start; its log:\n{log}")]
    Start { log: String },
    #[error("no schema found: looked for {looked}")]
    NoSchema { looked: String },
    #[error("schema file {}{}: {message}", file.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Schema {
        file: PathBuf,
        line: Option<usize>,
        message: String,
    },
}
