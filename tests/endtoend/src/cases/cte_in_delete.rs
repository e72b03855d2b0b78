//! Imported by `prepared import` from endtoend/cte_in_delete/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `DeleteReadyWithCTE`.
#[derive(Debug, Clone, FromRow)]
pub struct DeleteReadyWithCTERow {
    pub id: i32,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `DeleteReadyWithCTE :many`, endtoend/cte_in_delete/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"WITH ready_ids AS (
	SELECT id FROM bar WHERE ready
)
DELETE FROM bar WHERE id IN (SELECT * FROM ready_ids)
RETURNING id"#,
        row = DeleteReadyWithCTERow
    )]
    pub struct DeleteReadyWithCTE;
}
