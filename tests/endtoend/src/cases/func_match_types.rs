//! Imported by `prepared import` from endtoend/func_match_types/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `AuthorPages`.
#[derive(Debug, Clone, FromRow)]
pub struct AuthorPagesRow {
    pub author: String,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub num_books: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub total_pages: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `AuthorPages :many`, endtoend/func_match_types/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"select author, count(title) as num_books, SUM(pages) as total_pages
from books
group by author"#,
        row = AuthorPagesRow
    )]
    pub struct AuthorPages;
}
