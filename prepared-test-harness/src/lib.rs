#![deny(missing_docs)]
//! Proves `prepared` statements against a live PostgreSQL: one test per statement, run by
//! [`main`] from a `harness = false` test target. With no `DATABASE_URL` it starts a
//! throwaway PostgreSQL from the local binaries with the crate's schema.

/// Statements from SQL text at run time, for `prepared-cli`; not a public API.
#[doc(hidden)]
pub mod adhoc;
mod binaries;
mod check;
mod cluster;
mod connect;
mod describe;
mod discover;
mod postgres;
mod problem;
mod report;
mod run;
pub mod schema;
/// A throwaway PostgreSQL serving TLS, for the workspace's TLS tests (feature
/// `tls-server`); not a public API.
#[cfg(feature = "tls-server")]
#[doc(hidden)]
pub mod tls_server;

/// For `prepared`'s own tests and bench, which start other PostgreSQL tools (pgbench,
/// pgbouncer) beside the server; not a public API.
#[doc(hidden)]
pub use binaries::bindir;
pub use check::{Outcome, check_statements, volatile_calls};
pub use cluster::{Database, with_schema};
pub use connect::connect;
/// For `prepared-cli`'s `describe`; not a public API.
#[doc(hidden)]
pub use describe::{DescribedColumn, Description, describe_statement};
/// For `prepared`'s own tests (see [`bindir`]); not a public API.
#[doc(hidden)]
pub use postgres::server_user;
pub use postgres::{Shutdown, TempPostgres};
pub use problem::Problem;
pub use report::source_offset;
pub use run::{check_with, crate_registries, main, main_with};

use prepared_runtime::shared::describe;
use std::path::PathBuf;
use std::time::Duration;

/// The one error type of the harness.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "no PostgreSQL server binaries (initdb, postgres) found; searched {searched}; install PostgreSQL 15 (`apt-get install postgresql-15`) or set DATABASE_URL"
    )]
    /// No `initdb`/`postgres` on PATH, via pg_config or under /usr/lib/postgresql.
    NoBinaries {
        /// Where the binaries were looked for.
        searched: String,
    },
    #[error(
        "running as root, but there is no `postgres` user to run the server as (PostgreSQL refuses root)"
    )]
    /// Root, with no `postgres` user to run the server as.
    NoPostgresUser,
    /// A file or process operation failed.
    #[error("{what}: {cause}")]
    Io {
        /// What was being done.
        what: String,
        /// The I/O error.
        cause: std::io::Error,
    },
    /// Setting up [`tls_server`]'s certificates or server failed.
    #[cfg(feature = "tls-server")]
    #[error("tls test server: {0}")]
    TlsSetup(String),
    #[error("initdb failed:\n{output}")]
    /// `initdb` failed.
    Initdb {
        /// Its output.
        output: String,
    },
    /// Copying a template data directory failed.
    #[error("copying the template {} failed: {output}", template.display())]
    Template {
        /// The template's data directory.
        template: PathBuf,
        /// What `cp` printed.
        output: String,
    },
    #[error("the throwaway postgres did not start; its log:\n{log}")]
    /// The server did not come up.
    Start {
        /// Its log.
        log: String,
    },
    /// `target` names the server without its password; the message stays on one line.
    #[error("cannot connect to {target}: {}", describe(cause).replace('\n', "; "))]
    Connect {
        /// The server, named without its password.
        target: String,
        /// The error tokio-postgres gave.
        cause: tokio_postgres::Error,
    },
    /// The connection string could not be used: a TLS setting's value, or a file it names.
    #[error("connection string {target}: {reason}")]
    ConnectionString {
        /// The connection string, named without its password.
        target: String,
        /// What is wrong with it.
        reason: String,
    },
    #[error("cannot connect to {target}: no answer within {}s", timeout.as_secs())]
    /// The server did not answer in time.
    ConnectTimeout {
        /// The server, named without its password.
        target: String,
        /// How long the harness waited.
        timeout: Duration,
    },
    #[error("no schema found: looked for {looked}")]
    /// No schema file or migrations folder was found.
    NoSchema {
        /// Where the harness looked.
        looked: String,
    },
    /// A file of a migrations folder that fits none of the layouts, or not the folder's.
    #[error("cannot tell how to apply {}: {why}", file.display())]
    Unclassified {
        /// The file.
        file: PathBuf,
        /// Why it fits no layout.
        why: String,
    },
    /// A part of a schema file that only another tool (psql, dbmate) can run.
    #[error("schema file {}:{line}: `{what}`: {why}", file.display())]
    Unsupported {
        /// The schema file.
        file: PathBuf,
        /// The 1-based line in it.
        line: usize,
        /// What was being done.
        what: String,
        /// Why, and what to do instead.
        why: &'static str,
    },
    /// Resetting the session's settings after the schema files ran failed.
    #[error("resetting the session after applying the schema: {}", describe(cause))]
    Reset {
        /// The error tokio-postgres gave.
        cause: tokio_postgres::Error,
    },
    /// A schema file failed to apply.
    #[error("schema file {}:{line} does not apply: {}", file.display(), describe(cause))]
    Schema {
        /// The schema file.
        file: PathBuf,
        /// The 1-based line in it.
        line: usize,
        /// The error tokio-postgres gave, with the server's when there is one.
        cause: tokio_postgres::Error,
    },
}
