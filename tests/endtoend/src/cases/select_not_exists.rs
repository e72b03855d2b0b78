//! Imported by `prepared import` from endtoend/select_not_exists/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `BarNotExists`.
#[derive(Debug, Clone, FromRow)]
pub struct BarNotExistsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "?column?")]
    pub column: Option<bool>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `BarNotExists :one`, endtoend/select_not_exists/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT
    NOT EXISTS (
        SELECT
            1
        FROM
            bar
        where
            id = @id
    )"#,
        params(id: i32),
        row = BarNotExistsRow
    )]
    pub struct BarNotExists;
}
