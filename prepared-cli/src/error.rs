//! The one error type of the command.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Harness(#[from] prepared_test_harness::Error),
    #[error(transparent)]
    Postgres(#[from] prepared_postgres::Error),
    #[error("reading {}: {cause}", path.display())]
    Read {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{}: neither sqlc (`-- name: X :one`) nor cornucopia (`--! x`) query annotations found", path.display())]
    UnknownFormat { path: PathBuf },
    #[error("no Cargo.toml in {} or above it; run where the crate is, or pass --schema", dir.display())]
    NoCrate { dir: PathBuf },
    #[error("reading pg_proc for the functions a query calls: {0}")]
    Catalog(String),
}
