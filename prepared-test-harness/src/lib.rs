#![deny(missing_docs)]
//! Proves `prepared` statements against a live PostgreSQL: one test per statement, run by
//! [`main`] from a `harness = false` test target. With no `DATABASE_URL` it starts a
//! throwaway PostgreSQL from the local binaries with the crate's schema.

mod check;
mod connect;
mod database;
mod describe;
mod discover;
mod problem;
mod report;
mod run;

pub use check::{Outcome, check_statements, volatile_calls};
pub use connect::connect;
pub use database::Database;
pub use describe::{DescribedColumn, Description, describe_statement};
/// The throwaway PostgreSQL and the schema layouts, from `prepared-postgres`.
pub use prepared_postgres::{Shutdown, TempPostgres, schema, with_schema};
pub use problem::Problem;
pub use report::source_offset;
pub use run::{check_with, crate_registries, main, main_with};

use prepared_runtime::raw::describe;
use std::time::Duration;

/// The one error type of the harness.
///
/// ```no_run
/// # async fn run() {
/// match prepared_test_harness::connect("host=/nowhere", "DATABASE_URL").await {
///     Err(prepared_test_harness::Error::Connect { target, .. }) => eprintln!("{target} is down"),
///     Err(other) => eprintln!("{other}"),
///     Ok(_) => {}
/// }
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The throwaway server, or the schema applied to it.
    #[error(transparent)]
    Postgres(#[from] prepared_postgres::Error),
    /// A file or process operation failed.
    #[error("{what}: {cause}")]
    Io {
        /// What was being done.
        what: String,
        /// The I/O error.
        cause: std::io::Error,
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
}
