//! Imported by `prepared import` from endtoend/json_param_type/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `serde_json` as dependencies.

use prepared::FromRow;

/// A row of `FindByAddress`.
#[derive(Debug, Clone, FromRow)]
pub struct FindByAddressRow {
    pub id: i32,
    /// Can be NULL: table column `user.metadata` allows NULL.
    pub metadata: Option<serde_json::Value>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `FindByAddress :one`, endtoend/json_param_type/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM "user" WHERE "metadata"->>'address1' = @p1 LIMIT 1"#,
        params(p1: &str),
        row = FindByAddressRow
    )]
    pub struct FindByAddress;
}
