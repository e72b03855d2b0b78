//! Imported by `prepared import` from endtoend/cast_null/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `ListNullable`.
#[derive(Debug, Clone, FromRow)]
pub struct ListNullableRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub a: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub b: Option<i32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub c: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub d: Option<chrono::NaiveTime>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListNullable :many`, endtoend/cast_null/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
  NULL::text as a,
  NULL::integer as b,
  NULL::bigint as c,
  NULL::time as d
FROM foo"#,
        row = ListNullableRow
    )]
    pub struct ListNullable;
}
