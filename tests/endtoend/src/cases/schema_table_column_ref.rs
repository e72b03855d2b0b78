//! Imported by `prepared import` from endtoend/schema_table_column_ref/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `GetTotalSlackQueries`.
#[derive(Debug, Clone, FromRow)]
pub struct GetTotalSlackQueriesRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

/// A row of `GetTotalSlackQueriesResolved`.
#[derive(Debug, Clone, FromRow)]
pub struct GetTotalSlackQueriesResolvedRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

/// A row of `GetTotalSlackQueriesRequestsCreated`.
#[derive(Debug, Clone, FromRow)]
pub struct GetTotalSlackQueriesRequestsCreatedRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetTotalSlackQueries :one`, endtoend/schema_table_column_ref/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT
    COUNT(*) AS count
FROM astoria.slack_feedback
WHERE astoria.slack_feedback.workspace_id = @workspace_id
AND created_at BETWEEN @p2::date AND @p3::date"#,
        params(workspace_id: i64, p2: chrono::NaiveDate, p3: chrono::NaiveDate),
        row = GetTotalSlackQueriesRow
    )]
    pub struct GetTotalSlackQueries;

    /// sqlc `GetTotalSlackQueriesResolved :one`, endtoend/schema_table_column_ref/postgresql/pgx/query.sql:8; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT
    COUNT(*) AS count
FROM astoria.slack_feedback
WHERE astoria.slack_feedback.workspace_id = @workspace_id
  AND (issue_raised = false OR issue_raised IS NULL)
  AND created_at BETWEEN @p2::date AND @p3::date"#,
        params(workspace_id: i64, p2: chrono::NaiveDate, p3: chrono::NaiveDate),
        row = GetTotalSlackQueriesResolvedRow
    )]
    pub struct GetTotalSlackQueriesResolved;

    /// sqlc `GetTotalSlackQueriesRequestsCreated :one`, endtoend/schema_table_column_ref/postgresql/pgx/query.sql:16; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT
    COUNT(*) AS count
FROM astoria.tickets
WHERE astoria.tickets.workspace_id = @workspace_id
  AND source = 'RAISED_FROM_BOT'
  AND created_at BETWEEN @p2::date AND @p3::date"#,
        params(workspace_id: i64, p2: chrono::NaiveDate, p3: chrono::NaiveDate),
        row = GetTotalSlackQueriesRequestsCreatedRow
    )]
    pub struct GetTotalSlackQueriesRequestsCreated;
}
