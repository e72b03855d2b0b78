//! Imported by `prepared import` from endtoend/null_if_type/postgresql/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetRestrictedId`.
#[derive(Debug, Clone, FromRow)]
pub struct GetRestrictedIdRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub restricted_id: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetRestrictedId :one`, endtoend/null_if_type/postgresql/stdlib/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT
  NULLIF(id, @p1) restricted_id
FROM
  author"#,
        params(p1: i64),
        row = GetRestrictedIdRow
    )]
    pub struct GetRestrictedId;
}
