//! Imported by `prepared import` from query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono`, `postgres-types` as dependencies.

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
}

/// A row of `GetBook`.
#[derive(Debug, Clone, FromRow)]
pub struct GetBookRow {
    pub book_id: i32,
    pub author_id: i32,
    pub isbn: String,
    pub book_type: BookType,
    pub title: String,
    pub year: i32,
    pub available: chrono::DateTime<chrono::Utc>,
    pub tags: Vec<String>,
}

/// A row of `BooksByTitleYear`.
#[derive(Debug, Clone, FromRow)]
pub struct BooksByTitleYearRow {
    pub book_id: i32,
    pub author_id: i32,
    pub isbn: String,
    pub book_type: BookType,
    pub title: String,
    pub year: i32,
    pub available: chrono::DateTime<chrono::Utc>,
    pub tags: Vec<String>,
}

/// A row of `BooksByTags`.
#[derive(Debug, Clone, FromRow)]
pub struct BooksByTagsRow {
    pub book_id: i32,
    pub title: String,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    pub name: Option<String>,
    pub isbn: String,
    pub tags: Vec<String>,
}

/// A row of `CreateAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateAuthorRow {
    pub author_id: i32,
    pub name: String,
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

/// A row of `SayHello`.
#[derive(Debug, Clone, FromRow)]
pub struct SayHelloRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub say_hello: Option<String>,
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

    /// sqlc `GetBook :one`, query.sql:5; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM books
WHERE book_id = @book_id"#,
        params(book_id: i32),
        row = GetBookRow
    )]
    pub struct GetBook;

    /// sqlc `DeleteBook :exec`, query.sql:9; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM books
WHERE book_id = @book_id"#,
        params(book_id: i32)
    )]
    pub struct DeleteBook;

    /// sqlc `BooksByTitleYear :many`, query.sql:13; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM books
WHERE title = @title AND year = @year"#,
        params(title: &str, year: i32),
        row = BooksByTitleYearRow
    )]
    pub struct BooksByTitleYear;

    /// sqlc `BooksByTags :many`, query.sql:17; run it with `prepared_query`.
    #[prepared(
        r#"SELECT 
  book_id,
  title,
  name,
  isbn,
  tags
FROM books
LEFT JOIN authors ON books.author_id = authors.author_id
WHERE tags && @tags::varchar[]"#,
        params(tags: &[String]),
        row = BooksByTagsRow
    )]
    pub struct BooksByTags;

    /// sqlc `CreateAuthor :one`, query.sql:28; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO authors (name) VALUES (@name)
RETURNING *"#,
        params(name: &str),
        row = CreateAuthorRow
    )]
    pub struct CreateAuthor;

    /// sqlc `CreateBook :one`, query.sql:32; run it with `prepared_query_one`.
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

    /// sqlc `UpdateBook :exec`, query.sql:52; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE books
SET title = @title, tags = @tags
WHERE book_id = @book_id"#,
        params(title: &str, tags: &[String], book_id: i32)
    )]
    pub struct UpdateBook;

    /// sqlc `UpdateBookISBN :exec`, query.sql:57; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE books
SET title = @title, tags = @tags, isbn = @isbn
WHERE book_id = @book_id"#,
        params(title: &str, tags: &[String], book_id: i32, isbn: &str)
    )]
    pub struct UpdateBookISBN;

    /// sqlc `SayHello :one`, query.sql:62; run it with `prepared_query_one`.
    /// `primary`: it only reads, but calls `public.say_hello`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"select * from say_hello(@p1)"#,
        params(p1: &str),
        row = SayHelloRow,
        primary
    )]
    pub struct SayHello;
}
