//! Imported by `prepared import` from endtoend/select_subquery_no_alias/postgres/stdlib/query.sql: each query a `#[prepared]` statement, its
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

    // Left out: Subquery (sqlc `Subquery :many`, endtoend/select_subquery_no_alias/postgres/stdlib/query.sql:1): PostgreSQL does not prepare it against the schema: ERROR 42601: subquery in FROM must have an alias; HINT: For example, FROM (SELECT ...) [AS] foo.; correct the query, or give `--schema` what it needs
}
