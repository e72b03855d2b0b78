//! Imported by `prepared import` from endtoend/overrides_nullable/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `serde_json` as dependencies.

use prepared::FromRow;

/// A row of `ListFoo`.
#[derive(Debug, Clone, FromRow)]
pub struct ListFooRow {
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<String>,
    /// Can be NULL: table column `foo.bam` allows NULL.
    pub bam: Option<serde_json::Value>,
    pub baz: serde_json::Value,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListFoo :many`, endtoend/overrides_nullable/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = ListFooRow
    )]
    pub struct ListFoo;
}
