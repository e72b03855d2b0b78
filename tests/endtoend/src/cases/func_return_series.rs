//! Imported by `prepared import` from endtoend/func_return_series/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GenerateSeries`.
#[derive(Debug, Clone, FromRow)]
pub struct GenerateSeriesRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "?column?")]
    pub column: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GenerateSeries :many`, endtoend/func_return_series/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT (@p1::int) + i
FROM generate_series(0, @p2::int) AS i
LIMIT 1"#,
        params(p1: i32, p2: i32),
        row = GenerateSeriesRow
    )]
    pub struct GenerateSeries;
}
