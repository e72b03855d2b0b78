//! Imported by `prepared import` from endtoend/func_return_date/postgresql/pganalyze/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `GetDate`.
#[derive(Debug, Clone, FromRow)]
pub struct GetDateRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub now: Option<chrono::DateTime<chrono::Utc>>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetDate :one`, endtoend/func_return_date/postgresql/pganalyze/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * from NOW()"#,
        row = GetDateRow
    )]
    pub struct GetDate;
}
