//! Imported by `prepared import` from endtoend/json/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `serde_json` as dependencies.

use prepared::FromRow;

/// A row of `SelectFoo`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectFooRow {
    pub a: serde_json::Value,
    pub b: serde_json::Value,
    /// Can be NULL: table column `foo.c` allows NULL.
    pub c: Option<serde_json::Value>,
    /// Can be NULL: table column `foo.d` allows NULL.
    pub d: Option<serde_json::Value>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SelectFoo :exec`, endtoend/json/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = SelectFooRow
    )]
    pub struct SelectFoo;
}
