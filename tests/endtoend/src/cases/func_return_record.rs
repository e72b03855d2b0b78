//! Imported by `prepared import` from endtoend/func_return_record/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `serde_json` as dependencies.

use prepared::FromRow;

/// A row of `GetData`.
#[derive(Debug, Clone, FromRow)]
pub struct GetDataRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub key: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub value: Option<serde_json::Value>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetData :one`, endtoend/func_return_record/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT key, value
FROM my_table, jsonb_each(data)
LIMIT 1"#,
        row = GetDataRow
    )]
    pub struct GetData;
}
