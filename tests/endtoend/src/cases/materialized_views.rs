//! Imported by `prepared import` from endtoend/materialized_views/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ListAuthors`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
    /// Can be NULL: table column `authors.gender` allows NULL.
    pub gender: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListAuthors :many`, endtoend/materialized_views/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM authors"#,
        row = ListAuthorsRow
    )]
    pub struct ListAuthors;
}
