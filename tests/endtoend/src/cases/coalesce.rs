//! Imported by `prepared import` from endtoend/coalesce/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `CoalesceString`.
#[derive(Debug, Clone, FromRow)]
pub struct CoalesceStringRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub login: Option<String>,
}

/// A row of `CoalesceNumeric`.
#[derive(Debug, Clone, FromRow)]
pub struct CoalesceNumericRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub login: Option<i64>,
}

/// A row of `CoalesceStringColumns`.
#[derive(Debug, Clone, FromRow)]
pub struct CoalesceStringColumnsRow {
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<String>,
    pub bat: String,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub coalesce: Option<String>,
}

/// A row of `CoalesceNumericColumns`.
#[derive(Debug, Clone, FromRow)]
pub struct CoalesceNumericColumnsRow {
    /// Can be NULL: table column `foo.baz` allows NULL.
    pub baz: Option<i64>,
    pub qux: i64,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub coalesce: Option<i64>,
}

/// A row of `CoalesceStringNull`.
#[derive(Debug, Clone, FromRow)]
pub struct CoalesceStringNullRow {
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub coalesce: Option<String>,
}

/// A row of `CoalesceNumericNull`.
#[derive(Debug, Clone, FromRow)]
pub struct CoalesceNumericNullRow {
    /// Can be NULL: table column `foo.baz` allows NULL.
    pub baz: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub coalesce: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CoalesceString :many`, endtoend/coalesce/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT coalesce(bar, '') as login
FROM foo"#,
        row = CoalesceStringRow
    )]
    pub struct CoalesceString;

    /// sqlc `CoalesceNumeric :many`, endtoend/coalesce/postgresql/pgx/v5/query.sql:5; run it with `prepared_query`.
    #[prepared(
        r#"SELECT coalesce(baz, 0) as login
FROM foo"#,
        row = CoalesceNumericRow
    )]
    pub struct CoalesceNumeric;

    /// sqlc `CoalesceStringColumns :many`, endtoend/coalesce/postgresql/pgx/v5/query.sql:9; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar, bat, coalesce(bar, bat)
FROM foo"#,
        row = CoalesceStringColumnsRow
    )]
    pub struct CoalesceStringColumns;

    /// sqlc `CoalesceNumericColumns :many`, endtoend/coalesce/postgresql/pgx/v5/query.sql:13; run it with `prepared_query`.
    #[prepared(
        r#"SELECT baz, qux, coalesce(baz, qux)
FROM foo"#,
        row = CoalesceNumericColumnsRow
    )]
    pub struct CoalesceNumericColumns;

    /// sqlc `CoalesceStringNull :many`, endtoend/coalesce/postgresql/pgx/v5/query.sql:17; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar, coalesce(bar)
FROM foo"#,
        row = CoalesceStringNullRow
    )]
    pub struct CoalesceStringNull;

    /// sqlc `CoalesceNumericNull :many`, endtoend/coalesce/postgresql/pgx/v5/query.sql:21; run it with `prepared_query`.
    #[prepared(
        r#"SELECT baz, coalesce(baz)
FROM foo"#,
        row = CoalesceNumericNullRow
    )]
    pub struct CoalesceNumericNull;
}
