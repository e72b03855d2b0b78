//! Imported by `prepared import` from endtoend/func_call_cast/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `uuid` as dependencies.

use prepared::FromRow;

/// A row of `Demo`.
#[derive(Debug, Clone, FromRow)]
pub struct DemoRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub col1: Option<uuid::Uuid>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Demo :one`, endtoend/func_call_cast/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT uuid_generate_v5('7c4597a0-8cfa-4c19-8da0-b8474a36440d', @p1)::uuid as col1"#,
        params(p1: &str),
        row = DemoRow
    )]
    pub struct Demo;
}
