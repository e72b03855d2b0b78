//! Imported by `prepared import` from endtoend/pg_generate_series/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `GenerateSeries`.
#[derive(Debug, Clone, FromRow)]
pub struct GenerateSeriesRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub generate_series: Option<chrono::NaiveDateTime>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GenerateSeries :many`, endtoend/pg_generate_series/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT generate_series(@p1::timestamp, @p2::timestamp, '10 hours')"#,
        params(p1: chrono::NaiveDateTime, p2: chrono::NaiveDateTime),
        row = GenerateSeriesRow
    )]
    pub struct GenerateSeries;
}
