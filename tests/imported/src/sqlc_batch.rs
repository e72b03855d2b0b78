//! Imported by `prepared import` from query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono`, `postgres-types`, `serde_json` as dependencies.

use prepared::FromRow;

/// PostgreSQL's enum `book_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "book_type")]
pub enum BookType {
    #[postgres(name = "FICTION")]
    Fiction,
    #[postgres(name = "NONFICTION")]
    Nonfiction,
}

/// A row of `GetAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAuthorRow {
    pub author_id: i32,
    pub name: String,
    /// Can be NULL: table column `authors.biography` allows NULL.
    pub biography: Option<serde_json::Value>,
}

/// A row of `BooksByYear`.
#[derive(Debug, Clone, FromRow)]
pub struct BooksByYearRow {
    pub book_id: i32,
    pub author_id: i32,
    pub isbn: String,
    pub book_type: BookType,
    pub title: String,
    pub year: i32,
    pub available: chrono::DateTime<chrono::Utc>,
    pub tags: Vec<String>,
}

/// A row of `CreateAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateAuthorRow {
    pub author_id: i32,
    pub name: String,
    /// Can be NULL: table column `authors.biography` allows NULL.
    pub biography: Option<serde_json::Value>,
}

/// A row of `CreateBook`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateBookRow {
    pub book_id: i32,
    pub author_id: i32,
    pub isbn: String,
    pub book_type: BookType,
    pub title: String,
    pub year: i32,
    pub available: chrono::DateTime<chrono::Utc>,
    pub tags: Vec<String>,
}

/// A row of `GetBiography`.
#[derive(Debug, Clone, FromRow)]
pub struct GetBiographyRow {
    /// Can be NULL: table column `authors.biography` allows NULL.
    pub biography: Option<serde_json::Value>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAuthor :one`, query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM authors
WHERE author_id = @author_id"#,
        params(author_id: i32),
        row = GetAuthorRow
    )]
    pub struct GetAuthor;

    /// sqlc `DeleteBookExecResult :execresult`, query.sql:5; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM books
WHERE book_id = @book_id"#,
        params(book_id: i32)
    )]
    pub struct DeleteBookExecResult;

    /// sqlc `DeleteBook :batchexec`, query.sql:9; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM books
WHERE book_id = @book_id"#,
        params(book_id: i32)
    )]
    pub struct DeleteBook;

    /// sqlc `DeleteBookNamedFunc :batchexec`, query.sql:13; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM books
WHERE book_id = @book_id"#,
        params(book_id: i32)
    )]
    pub struct DeleteBookNamedFunc;

    /// sqlc `DeleteBookNamedSign :batchexec`, query.sql:17; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM books
WHERE book_id = @book_id"#,
        params(book_id: i32)
    )]
    pub struct DeleteBookNamedSign;

    /// sqlc `BooksByYear :batchmany`, query.sql:21; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM books
WHERE year = @year"#,
        params(year: i32),
        row = BooksByYearRow
    )]
    pub struct BooksByYear;

    /// sqlc `CreateAuthor :one`, query.sql:25; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO authors (name) VALUES (@name)
RETURNING *"#,
        params(name: &str),
        row = CreateAuthorRow
    )]
    pub struct CreateAuthor;

    /// sqlc `CreateBook :batchone`, query.sql:29; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO books (
    author_id,
    isbn,
    book_type,
    title,
    year,
    available,
    tags
) VALUES (
    @author_id,
    @isbn,
    @book_type,
    @title,
    @year,
    @available,
    @tags
)
RETURNING *"#,
        params(author_id: i32, isbn: &str, book_type: BookType, title: &str, year: i32, available: chrono::DateTime<chrono::Utc>, tags: &[String]),
        row = CreateBookRow
    )]
    pub struct CreateBook;

    /// sqlc `UpdateBook :batchexec`, query.sql:49; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE books
SET title = @title, tags = @tags
WHERE book_id = @book_id"#,
        params(title: &str, tags: &[String], book_id: i32)
    )]
    pub struct UpdateBook;

    /// sqlc `GetBiography :batchone`, query.sql:54; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT biography FROM authors
WHERE author_id = @author_id"#,
        params(author_id: i32),
        row = GetBiographyRow
    )]
    pub struct GetBiography;
}
