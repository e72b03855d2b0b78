//! Imported by `prepared import` from endtoend/exec_no_return_struct/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `ResetTaskRun`.
#[derive(Debug, Clone, FromRow)]
pub struct ResetTaskRunRow {
    pub this_run: chrono::DateTime<chrono::Utc>,
    pub last_run: chrono::DateTime<chrono::Utc>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ResetTaskRun :exec`, endtoend/exec_no_return_struct/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"UPDATE job
SET last_run = NOW()
FROM (
        SELECT last_run,
            task_name
        FROM job AS o
        WHERE o.task_name = @task_name 
  		FOR UPDATE
    ) AS old_values
WHERE job.task_name = @task_name
RETURNING job.last_run AS this_run,
    old_values.last_run AS last_run"#,
        params(task_name: &str),
        row = ResetTaskRunRow
    )]
    pub struct ResetTaskRun;
}
