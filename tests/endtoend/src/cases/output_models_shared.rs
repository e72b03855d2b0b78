//! Imported by `prepared import` from endtoend/output_models_shared/postgresql/queries/primary/query.sql: each query a `#[prepared]` statement, its
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

/// A row of `CreateAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateAuthorRow {
    pub id: i64,
    pub name: String,
    pub status: Status,
}

/// A row of `GetAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAuthorRow {
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

    /// sqlc `CreateAuthor :one`, endtoend/output_models_shared/postgresql/queries/primary/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO authors (name, status) VALUES (@name, @status) RETURNING *"#,
        params(name: &str, status: Status),
        row = CreateAuthorRow
    )]
    pub struct CreateAuthor;

    /// sqlc `GetAuthor :one`, endtoend/output_models_shared/postgresql/queries/primary/query.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM authors WHERE id = @id LIMIT 1"#,
        params(id: i64),
        row = GetAuthorRow
    )]
    pub struct GetAuthor;
}
