//! Imported by `prepared import` from endtoend/pg_dump/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAuthorRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
}

/// A row of `ListAuthors`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
}

/// A row of `CreateAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateAuthorRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAuthor :one`, endtoend/pg_dump/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM authors
WHERE id = @id LIMIT 1"#,
        params(id: i64),
        row = GetAuthorRow
    )]
    pub struct GetAuthor;

    /// sqlc `ListAuthors :many`, endtoend/pg_dump/query.sql:5; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM authors
ORDER BY name"#,
        row = ListAuthorsRow
    )]
    pub struct ListAuthors;

    /// sqlc `CreateAuthor :one`, endtoend/pg_dump/query.sql:9; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO authors (
          name, bio
) VALUES (
  @name, @bio
)
RETURNING *"#,
        params(name: &str, bio: Option<&str>),
        row = CreateAuthorRow
    )]
    pub struct CreateAuthor;

    /// sqlc `DeleteAuthor :exec`, endtoend/pg_dump/query.sql:17; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM authors
WHERE id = @id"#,
        params(id: i64)
    )]
    pub struct DeleteAuthor;
}
