//! Imported by `prepared import` from endtoend/pg_advisory_xact_lock/postgresql/pgx/v5/query.sql, endtoend/pg_advisory_xact_lock/postgresql/pgx/v5/exec.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `AdvisoryUnlock`.
#[derive(Debug, Clone, FromRow)]
pub struct AdvisoryUnlockRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub pg_advisory_unlock: Option<bool>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `AdvisoryLockOne :one`, endtoend/pg_advisory_xact_lock/postgresql/pgx/v5/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"SELECT pg_advisory_lock(@p1)"#,
        params(p1: i64)
    )]
    pub struct AdvisoryLockOne;

    /// sqlc `AdvisoryUnlock :many`, endtoend/pg_advisory_xact_lock/postgresql/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT pg_advisory_unlock(@p1)"#,
        params(p1: i64),
        row = AdvisoryUnlockRow
    )]
    pub struct AdvisoryUnlock;

    /// sqlc `AdvisoryLockExecResult :execresult`, endtoend/pg_advisory_xact_lock/postgresql/pgx/v5/query.sql:7; run it with `prepared_execute`.
    #[prepared(
        r#"SELECT pg_advisory_lock(@p1)"#,
        params(p1: i64)
    )]
    pub struct AdvisoryLockExecResult;

    /// sqlc `AdvisoryLockExec :exec`, endtoend/pg_advisory_xact_lock/postgresql/pgx/v5/exec.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"SELECT pg_advisory_lock(@p1)"#,
        params(p1: i64)
    )]
    pub struct AdvisoryLockExec;

    /// sqlc `AdvisoryLockExecRows :execrows`, endtoend/pg_advisory_xact_lock/postgresql/pgx/v5/exec.sql:4; run it with `prepared_execute`.
    #[prepared(
        r#"SELECT pg_advisory_lock(@p1)"#,
        params(p1: i64)
    )]
    pub struct AdvisoryLockExecRows;
}
