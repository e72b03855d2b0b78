//! The database the command asks: `DATABASE_URL`, else a throwaway server with the schema
//! of `--schema` or of the crate around the current directory.

use crate::Error;
use prepared_postgres::{TempPostgres, schema};
use prepared_test_harness::connect;
use std::path::{Path, PathBuf};

/// A connection to the database the command asks, and the server it runs on when it is a
/// throwaway one.
#[derive(Debug)]
pub struct Db {
    /// The connection.
    pub client: tokio_postgres::Client,
    /// Kept for as long as the client is used; dropping it stops the server.
    _server: Option<TempPostgres>,
}

/// `DATABASE_URL`, else a throwaway server with the schema of `schema_path` or of the crate
/// around the current directory.
pub async fn open(schema_path: Option<&Path>) -> Result<Db, Error> {
    let cwd = std::env::current_dir().map_err(|source| Error::Read {
        path: ".".into(),
        cause: source,
    })?;
    match (std::env::var("DATABASE_URL"), schema_path) {
        (Ok(url), None) => {
            let (client, _) = connect(&url, "DATABASE_URL").await?;
            Ok(Db {
                client,
                _server: None,
            })
        }
        (_, Some(path)) => {
            let pg = TempPostgres::start()?;
            let files = schema::files_with(&cwd, Some(path))?;
            let (client, _) = pg.connect().await?;
            schema::apply(&client, &files).await?;
            Ok(Db {
                client,
                _server: Some(pg),
            })
        }
        (Err(_), None) => {
            let pg = prepared_postgres::with_schema(&crate_root(&cwd)?).await?;
            let (client, _) = pg.connect().await?;
            Ok(Db {
                client,
                _server: Some(pg),
            })
        }
    }
}

fn crate_root(cwd: &Path) -> Result<PathBuf, Error> {
    cwd.ancestors()
        .find(|d| d.join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
        .ok_or_else(|| Error::NoCrate {
            dir: cwd.to_path_buf(),
        })
}
