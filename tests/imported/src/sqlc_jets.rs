//! Imported by `prepared import` from query-building.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `CountPilots`.
#[derive(Debug, Clone, FromRow)]
pub struct CountPilotsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

/// A row of `ListPilots`.
#[derive(Debug, Clone, FromRow)]
pub struct ListPilotsRow {
    pub id: i32,
    pub name: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CountPilots :one`, query-building.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT COUNT(*) FROM pilots"#,
        row = CountPilotsRow
    )]
    pub struct CountPilots;

    /// sqlc `ListPilots :many`, query-building.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM pilots LIMIT 5"#,
        row = ListPilotsRow
    )]
    pub struct ListPilots;

    /// sqlc `DeletePilot :exec`, query-building.sql:7; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM pilots WHERE id = @id"#,
        params(id: i32)
    )]
    pub struct DeletePilot;
}
