//! Imported by `prepared import` from endtoend/count_star/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `CountStarLower`.
#[derive(Debug, Clone, FromRow)]
pub struct CountStarLowerRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

/// A row of `CountStarUpper`.
#[derive(Debug, Clone, FromRow)]
pub struct CountStarUpperRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CountStarLower :one`, endtoend/count_star/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT count(*) FROM bar"#,
        row = CountStarLowerRow
    )]
    pub struct CountStarLower;

    /// sqlc `CountStarUpper :one`, endtoend/count_star/postgresql/pgx/v5/query.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT COUNT(*) FROM bar"#,
        row = CountStarUpperRow
    )]
    pub struct CountStarUpper;
}
