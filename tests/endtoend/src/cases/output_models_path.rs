//! Imported by `prepared import` from endtoend/output_models_path/postgresql/query.sql: each query a `#[prepared]` statement, its
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
    #[postgres(name = "pending")]
    Pending,
}

/// A row of `GetAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAuthorRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
    pub status: Status,
}

/// A row of `ListAuthors`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
    pub status: Status,
}

/// A row of `CreateAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateAuthorRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
    pub status: Status,
}

/// A row of `ListAuthorsByStatus`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsByStatusRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
    pub status: Status,
}

/// A row of `GetBook`.
#[derive(Debug, Clone, FromRow)]
pub struct GetBookRow {
    pub id: i64,
    pub author_id: i64,
    pub title: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAuthor :one`, endtoend/output_models_path/postgresql/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM authors WHERE id = @id LIMIT 1"#,
        params(id: i64),
        row = GetAuthorRow
    )]
    pub struct GetAuthor;

    /// sqlc `ListAuthors :many`, endtoend/output_models_path/postgresql/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM authors ORDER BY name"#,
        row = ListAuthorsRow
    )]
    pub struct ListAuthors;

    /// sqlc `CreateAuthor :one`, endtoend/output_models_path/postgresql/query.sql:7; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO authors (name, bio, status) VALUES (@name, @bio, @status) RETURNING *"#,
        params(name: &str, bio: Option<&str>, status: Status),
        row = CreateAuthorRow
    )]
    pub struct CreateAuthor;

    /// sqlc `ListAuthorsByStatus :many`, endtoend/output_models_path/postgresql/query.sql:10; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM authors WHERE status = @status ORDER BY name"#,
        params(status: Status),
        row = ListAuthorsByStatusRow
    )]
    pub struct ListAuthorsByStatus;

    /// sqlc `GetBook :one`, endtoend/output_models_path/postgresql/query.sql:13; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM books WHERE id = @id LIMIT 1"#,
        params(id: i64),
        row = GetBookRow
    )]
    pub struct GetBook;
}
