#![deny(missing_docs)]
//! A throwaway PostgreSQL for `prepared`'s test harness, its CLI and tests: a cluster
//! started from the local binaries in a private directory, gone when dropped or when the
//! process dies (a watchdog, and a sweep of what a killed process left), a template cache
//! per schema, and the schema layouts that fill it (plain files, the migration folders of
//! sqlx, refinery, diesel, dbmate, golang-migrate, goose, a `pg_dump`).
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let pg = prepared_postgres::TempPostgres::start()?;
//! let (client, _driver) = pg.connect().await?;
//! client.batch_execute("CREATE TABLE t (id int)").await?;
//! drop(pg); // stops the server and removes its directory
//! # Ok(())
//! # }
//! ```

mod binaries;
mod lifeline;
mod postgres;
pub mod schema;
mod template;
/// A throwaway PostgreSQL serving TLS, for the workspace's TLS tests (feature
/// `tls-server`).
#[cfg(feature = "tls-server")]
pub mod tls_server;

pub use binaries::bindir;
pub use postgres::{Shutdown, TempPostgres, server_user};
pub use template::with_schema;

use prepared_runtime::raw::describe;
use std::path::PathBuf;

/// The one error type of this crate.
///
/// ```no_run
/// match prepared_postgres::TempPostgres::start() {
///     Ok(pg) => println!("listening in {}", pg.socket_dir().display()),
///     Err(prepared_postgres::Error::NoBinaries { searched }) => {
///         eprintln!("install PostgreSQL: looked in {searched}")
///     }
///     Err(other) => eprintln!("{other}"),
/// }
/// ```
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
    /// Connecting to the throwaway server failed.
    #[error("cannot connect to the throwaway PostgreSQL in {}: {}", dir.display(), describe(cause).replace('\n', "; "))]
    Connect {
        /// Its socket directory.
        dir: PathBuf,
        /// The error tokio-postgres gave.
        cause: tokio_postgres::Error,
    },
    #[error("no schema found: looked for {looked}")]
    /// No schema file or migrations folder was found.
    NoSchema {
        /// Where it was looked for.
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
