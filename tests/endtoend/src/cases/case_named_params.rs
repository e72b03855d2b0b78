//! Imported by `prepared import` from endtoend/case_named_params/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ListAuthors`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsRow {
    pub id: i64,
    /// Can be NULL: table column `authors.username` allows NULL.
    pub username: Option<String>,
    /// Can be NULL: table column `authors.email` allows NULL.
    pub email: Option<String>,
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

    /// sqlc `ListAuthors :one`, endtoend/case_named_params/postgresql/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT  *
FROM    authors
WHERE   email = CASE WHEN @email::text = '' then NULL else @email::text END
        OR username = CASE WHEN @username::text = '' then NULL else @username::text END 
LIMIT   1"#,
        params(email: &str, username: &str),
        row = ListAuthorsRow
    )]
    pub struct ListAuthors;
}
