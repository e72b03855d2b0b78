//! Imported by `prepared import` from endtoend/order_by_binds/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ListAuthorsColumnSort`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsColumnSortRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
}

/// A row of `ListAuthorsColumnSortFnWtihArg`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsColumnSortFnWtihArgRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
}

/// A row of `ListAuthorsNameSort`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsNameSortRow {
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

    /// sqlc `ListAuthorsColumnSort :many`, endtoend/order_by_binds/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT  * FROM authors
WHERE   id > @min_id 
ORDER   BY CASE WHEN @sort_column = 'name' THEN name END"#,
        params(min_id: i64, sort_column: &str),
        row = ListAuthorsColumnSortRow
    )]
    pub struct ListAuthorsColumnSort;

    /// sqlc `ListAuthorsColumnSortFnWtihArg :many`, endtoend/order_by_binds/postgresql/query.sql:6; run it with `prepared_query`.
    #[prepared(
        r#"SELECT  * FROM authors
ORDER   BY MOD(id, @p1)"#,
        params(p1: i64),
        row = ListAuthorsColumnSortFnWtihArgRow
    )]
    pub struct ListAuthorsColumnSortFnWtihArg;

    /// sqlc `ListAuthorsNameSort :many`, endtoend/order_by_binds/postgresql/query.sql:10; run it with `prepared_query`.
    #[prepared(
        r#"SELECT  * FROM authors
WHERE   id > @min_id
ORDER   BY name ASC"#,
        params(min_id: i64),
        row = ListAuthorsNameSortRow
    )]
    pub struct ListAuthorsNameSort;
}
