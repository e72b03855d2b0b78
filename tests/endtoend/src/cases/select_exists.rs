//! Imported by `prepared import` from endtoend/select_exists/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `BarExists`.
#[derive(Debug, Clone, FromRow)]
pub struct BarExistsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub exists: Option<bool>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `BarExists :one`, endtoend/select_exists/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT
    EXISTS (
        SELECT
            1
        FROM
            bar
        where
            id = @id
    )"#,
        params(id: i32),
        row = BarExistsRow
    )]
    pub struct BarExists;
}
