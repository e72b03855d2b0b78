//! Imported by `prepared import` from endtoend/cte_nested_with/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAuthorRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub total: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAuthor :one`, endtoend/cte_nested_with/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"WITH person AS(
    WITH summary AS(
        WITH mb AS(
            select
                id, name, bio
            from authors
        )
        SELECT
            bio
        FROM mb
        )
    SELECT
       count(*) as total
    FROM summary
)
select total from person"#,
        row = GetAuthorRow
    )]
    pub struct GetAuthor;
}
