//! Imported by `prepared import` from endtoend/cte_count/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `CTECount`.
#[derive(Debug, Clone, FromRow)]
pub struct CTECountRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 1: the result names more than one column `count`.
    #[prepared(position = 1)]
    pub count: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 2: the result names more than one column `count`.
    #[prepared(position = 2)]
    pub count_2: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CTECount :many`, endtoend/cte_count/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"WITH all_count AS (
	SELECT count(*) FROM bar
), ready_count AS (
	SELECT count(*) FROM bar WHERE ready = true
)
SELECT all_count.count, ready_count.count
FROM all_count, ready_count"#,
        row = CTECountRow
    )]
    pub struct CTECount;
}
