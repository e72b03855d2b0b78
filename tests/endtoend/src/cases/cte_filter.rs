//! Imported by `prepared import` from endtoend/cte_filter/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `CTEFilter`.
#[derive(Debug, Clone, FromRow)]
pub struct CTEFilterRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CTEFilter :many`, endtoend/cte_filter/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"WITH filter_count AS (
	SELECT count(*) FROM bar WHERE ready = @ready
)
SELECT filter_count.count
FROM filter_count"#,
        params(ready: bool),
        row = CTEFilterRow
    )]
    pub struct CTEFilter;
}
