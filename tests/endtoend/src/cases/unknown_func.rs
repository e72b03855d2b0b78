//! Imported by `prepared import` from endtoend/unknown_func/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//!
//! 1 of 1 queries are left out; each has a `// Left out:` comment saying why.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    // Left out: ListFoos (sqlc `ListFoos :one`, endtoend/unknown_func/pgx/v5/query.sql:1): PostgreSQL does not prepare it against the schema: ERROR 42883: function frobnicate(unknown) does not exist; HINT: No function matches the given name and argument types. You might need to add explicit type casts.; correct the query, or give `--schema` what it needs
}
