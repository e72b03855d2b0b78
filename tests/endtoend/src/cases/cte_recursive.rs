//! Imported by `prepared import` from endtoend/cte_recursive/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `CTERecursive`.
#[derive(Debug, Clone, FromRow)]
pub struct CTERecursiveRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id: Option<i32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub parent_id: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CTERecursive :many`, endtoend/cte_recursive/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"WITH RECURSIVE cte AS (
        SELECT b.* FROM bar AS b
        WHERE b.id = @id
    UNION ALL
        SELECT b.*
        FROM bar AS b, cte AS c
        WHERE b.parent_id = c.id
) SELECT * FROM cte"#,
        params(id: i32),
        row = CTERecursiveRow
    )]
    pub struct CTERecursive;
}
