//! Where the database comes from: `DATABASE_URL` as it is, or a throwaway cluster with the
//! calling crate's schema (`prepared_postgres::with_schema`).

use prepared_postgres::{TempPostgres, with_schema};
use std::path::Path;

/// The database the checks run against, and the server behind it when it is ours.
///
/// ```no_run
/// # async fn run() -> Result<(), prepared_test_harness::Error> {
/// let manifest_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
/// let db = prepared_test_harness::Database::acquire(manifest_dir).await?;
/// println!("proving against {}", db.describe());
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct Database {
    /// Where to connect.
    pub connection_string: String,
    /// `None` when `DATABASE_URL` was given.
    pub server: Option<TempPostgres>,
}

impl Database {
    /// `DATABASE_URL`, or a throwaway server with the schema of the crate at `manifest_dir`.
    pub async fn acquire(manifest_dir: &Path) -> Result<Self, crate::Error> {
        if let Ok(url) = std::env::var("DATABASE_URL") {
            return Ok(Database {
                connection_string: url,
                server: None,
            });
        }
        let server = with_schema(manifest_dir).await?;
        Ok(Database {
            connection_string: server.connection_string(),
            server: Some(server),
        })
    }

    /// Where the database came from, for the summary line.
    pub fn describe(&self) -> String {
        match &self.server {
            Some(pg) => format!("a throwaway PostgreSQL on {}", pg.socket_dir().display()),
            None => "DATABASE_URL".to_owned(),
        }
    }

    /// Where the connection string came from, for connection errors.
    pub(crate) fn source(&self) -> &'static str {
        match &self.server {
            Some(_) => "the throwaway PostgreSQL",
            None => "DATABASE_URL",
        }
    }
}
