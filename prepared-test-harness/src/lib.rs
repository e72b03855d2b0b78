//! Proves `prepared` statements against a live PostgreSQL: one test per statement, run by
//! [`main`] from a `harness = false` test target. With no `DATABASE_URL` it starts a
//! throwaway PostgreSQL from the local binaries with the crate's schema.

pub mod adhoc;
mod binaries;
mod check;
mod cluster;
mod connect;
mod describe;
mod discover;
mod postgres;
mod report;
mod run;
pub mod schema;

pub use binaries::bindir;
pub use check::{Outcome, check_statements};
pub use cluster::{Database, with_schema};
pub use describe::{DescribedColumn, Description, describe_statement};
pub use postgres::{TempPostgres, server_user};
pub use run::{check_with, main};

use prepared_runtime::shared::describe;
use std::path::PathBuf;
use std::time::Duration;

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
    /// `target` names the server without its password; the message stays on one line.
    #[error("cannot connect to {target}: {}", describe(source).replace('\n', "; "))]
    Connect {
        target: String,
        #[source]
        source: tokio_postgres::Error,
    },
    #[error("cannot connect to {target}: no answer within {}s", timeout.as_secs())]
    ConnectTimeout { target: String, timeout: Duration },
    #[error("no schema found: looked for {looked}")]
    NoSchema { looked: String },
    /// A file of a migrations folder that fits none of the layouts, or not the folder's.
    #[error("cannot tell how to apply {}: {why}", file.display())]
    Unclassified { file: PathBuf, why: String },
    /// A part of a schema file that only another tool (psql, dbmate) can run.
    #[error("schema file {}:{line}: `{what}`: {why}", file.display())]
    Unsupported {
        file: PathBuf,
        line: usize,
        what: String,
        why: &'static str,
    },
    #[error("schema file {}:{line} does not apply: {}", file.display(), describe(source))]
    Schema {
        file: PathBuf,
        line: usize,
        #[source]
        source: tokio_postgres::Error,
    },
}
