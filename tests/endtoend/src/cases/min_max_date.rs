//! Imported by `prepared import` from endtoend/min_max_date/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `ActivityStats`.
#[derive(Debug, Clone, FromRow)]
pub struct ActivityStatsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub numofactivities: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub mindate: Option<chrono::DateTime<chrono::Utc>>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub maxdate: Option<chrono::DateTime<chrono::Utc>>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ActivityStats :one`, endtoend/min_max_date/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT COUNT(*) as NumOfActivities,
        MIN(event_time) as MinDate, 
        MAX(event_time) as MaxDate 
FROM activities 
WHERE account_id = @account_id"#,
        params(account_id: i64),
        row = ActivityStatsRow
    )]
    pub struct ActivityStats;
}
