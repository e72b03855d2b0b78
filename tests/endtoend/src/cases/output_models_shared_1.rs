//! Imported by `prepared import` from endtoend/output_models_shared/postgresql/queries/replica/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `postgres-types` as dependencies.

use prepared::FromRow;

/// PostgreSQL's enum `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "status")]
pub enum Status {
    #[postgres(name = "active")]
    Active,
    #[postgres(name = "inactive")]
    Inactive,
}

/// A row of `ListAuthors`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsRow {
    pub id: i64,
    pub name: String,
    pub status: Status,
}

/// A row of `ListAuthorsByStatus`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsByStatusRow {
    pub id: i64,
    pub name: String,
    pub status: Status,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListAuthors :many`, endtoend/output_models_shared/postgresql/queries/replica/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM authors ORDER BY name"#,
        row = ListAuthorsRow
    )]
    pub struct ListAuthors;

    /// sqlc `ListAuthorsByStatus :many`, endtoend/output_models_shared/postgresql/queries/replica/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM authors WHERE status = @status ORDER BY name"#,
        params(status: Status),
        row = ListAuthorsByStatusRow
    )]
    pub struct ListAuthorsByStatus;
}
