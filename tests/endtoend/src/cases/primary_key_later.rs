//! Imported by `prepared import` from endtoend/primary_key_later/postgresql/pgx/v5/queries.sql: each query a `#[prepared]` statement, its
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

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAuthor :one`, endtoend/primary_key_later/postgresql/pgx/v5/queries.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT
    *
FROM
    authors
WHERE
    id = @id
LIMIT 1"#,
        params(id: i64),
        row = GetAuthorRow
    )]
    pub struct GetAuthor;
}
