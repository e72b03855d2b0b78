//! Imported by `prepared import` from endtoend/column_as/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `WithAs`.
#[derive(Debug, Clone, FromRow)]
pub struct WithAsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub x: Option<i32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub y: Option<i32>,
}

/// A row of `WithoutAs`.
#[derive(Debug, Clone, FromRow)]
pub struct WithoutAsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub x: Option<i32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub y: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `WithAs :one`, endtoend/column_as/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT 1 AS x, 2 AS y"#,
        row = WithAsRow
    )]
    pub struct WithAs;

    /// sqlc `WithoutAs :one`, endtoend/column_as/postgresql/pgx/v5/query.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT 1 x, 2 y"#,
        row = WithoutAsRow
    )]
    pub struct WithoutAs;
}
