//! Imported by `prepared import` from endtoend/func_return_table_columns/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `TestFuncSelectBlog`.
#[derive(Debug, Clone, FromRow)]
pub struct TestFuncSelectBlogRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id: Option<i32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `TestFuncSelectBlog :many`, endtoend/func_return_table_columns/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    /// `primary`: it only reads, but calls `public.test_select_blog`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"select id, name from test_select_blog(@p1)"#,
        params(p1: i32),
        row = TestFuncSelectBlogRow,
        primary
    )]
    pub struct TestFuncSelectBlog;
}
