//! Imported by `prepared import` from endtoend/ddl_rename_drop_materialized_views/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetAuthorMv`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAuthorMvRow {
    /// Can be NULL: table column `authors_mv.id` allows NULL.
    pub id: Option<i64>,
    /// Can be NULL: table column `authors_mv.name` allows NULL.
    pub name: Option<String>,
    /// Can be NULL: table column `authors_mv.bio` allows NULL.
    pub bio: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAuthorMv :one`, endtoend/ddl_rename_drop_materialized_views/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM authors_mv
WHERE id = @id LIMIT 1"#,
        params(id: i64),
        row = GetAuthorMvRow
    )]
    pub struct GetAuthorMv;
}
