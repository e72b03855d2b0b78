//! Imported by `prepared import` from endtoend/select_nested_count/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetAuthorsWithBooksCount`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAuthorsWithBooksCountRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub books_count: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAuthorsWithBooksCount :many`, endtoend/select_nested_count/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT *, (
  SELECT COUNT(id) FROM books
  WHERE books.author_id = id
) AS books_count
FROM authors"#,
        row = GetAuthorsWithBooksCountRow
    )]
    pub struct GetAuthorsWithBooksCount;
}
