//! Imported by `prepared import` from endtoend/types_uuid/postgresql/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `uuid` as dependencies.

use prepared::FromRow;

/// A row of `List`.
#[derive(Debug, Clone, FromRow)]
pub struct ListRow {
    /// Can be NULL: table column `foo.description` allows NULL.
    pub description: Option<String>,
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<uuid::Uuid>,
    pub baz: uuid::Uuid,
}

/// A row of `Find`.
#[derive(Debug, Clone, FromRow)]
pub struct FindRow {
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<uuid::Uuid>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `List :many`, endtoend/types_uuid/postgresql/stdlib/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = ListRow
    )]
    pub struct List;

    /// sqlc `Find :one`, endtoend/types_uuid/postgresql/stdlib/query.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT bar FROM foo WHERE baz = @baz"#,
        params(baz: uuid::Uuid),
        row = FindRow
    )]
    pub struct Find;
}
