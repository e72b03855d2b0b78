//! The database the command asks: `DATABASE_URL`, else a throwaway server with the schema
//! of `--schema` or of the crate around the current directory.

use crate::Error;
use prepared_test_harness::{TempPostgres, schema};
use std::path::{Path, PathBuf};

pub struct Db {
    pub client: tokio_postgres::Client,
    /// Kept for as long as the client is used; dropping it stops the server.
    _server: Option<TempPostgres>,
}

pub async fn open(schema_path: Option<&Path>) -> Result<Db, Error> {
    let cwd = std::env::current_dir().map_err(|source| Error::Read {
        path: ".".into(),
        source,
    })?;
    let (url, server) = match (std::env::var("DATABASE_URL"), schema_path) {
        (Ok(url), None) => (url, None),
        (_, Some(path)) => {
            let pg = TempPostgres::start()?;
            let files = schema::files_with(&cwd, Some(path))?;
            let (client, _) = connect(&pg.connection_string()).await?;
            schema::apply(&client, &files).await?;
            (pg.connection_string(), Some(pg))
        }
        (Err(_), None) => {
            let pg = prepared_test_harness::with_schema(&crate_root(&cwd)?).await?;
            (pg.connection_string(), Some(pg))
        }
    };
    let (client, _) = connect(&url).await?;
    Ok(Db {
        client,
        _server: server,
    })
}

async fn connect(
    url: &str,
) -> Result<(tokio_postgres::Client, tokio::task::JoinHandle<()>), Error> {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .map_err(|source| Error::Connect {
            target: prepared_runtime::shared::redact_password(url),
            source,
        })?;
    let driver = tokio::spawn(async move {
        let _ = connection.await;
    });
    Ok((client, driver))
}

fn crate_root(cwd: &Path) -> Result<PathBuf, Error> {
    cwd.ancestors()
        .find(|d| d.join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
        .ok_or_else(|| Error::NoCrate {
            dir: cwd.to_path_buf(),
        })
}
