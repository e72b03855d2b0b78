//! sqlc's and cornucopia's example query files as `prepared import` turns them into
//! registries, committed as generated: `prepared-cli/tests/import.rs` fails when the
//! command's output drifts from these files, and `tests/proven.rs` proves every statement
//! against its example's own schema.

pub mod cornucopia_basic_async;
pub mod sqlc_authors;
pub mod sqlc_batch;
pub mod sqlc_booktest;
pub mod sqlc_jets;
pub mod sqlc_ondeck;

/// Each module's registry with the schema it was imported against, relative to this
/// crate's manifest directory.
pub const EXAMPLES: &[(&str, &prepared::Registry, &str)] = &[
    (
        "cornucopia_basic_async",
        &cornucopia_basic_async::REGISTRY,
        "../corpora/cornucopia/examples/basic_async/schema.sql",
    ),
    (
        "sqlc_authors",
        &sqlc_authors::REGISTRY,
        "../corpora/sqlc/examples/authors/postgresql/schema.sql",
    ),
    (
        "sqlc_batch",
        &sqlc_batch::REGISTRY,
        "../corpora/sqlc/examples/batch/postgresql/schema.sql",
    ),
    (
        "sqlc_booktest",
        &sqlc_booktest::REGISTRY,
        "../corpora/sqlc/examples/booktest/postgresql/schema.sql",
    ),
    (
        "sqlc_jets",
        &sqlc_jets::REGISTRY,
        "../corpora/sqlc/examples/jets/postgresql/schema.sql",
    ),
    (
        "sqlc_ondeck",
        &sqlc_ondeck::REGISTRY,
        "../corpora/sqlc/examples/ondeck/postgresql/schema",
    ),
];
