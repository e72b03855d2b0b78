//! Imported by `prepared import` from endtoend/func_star_expansion/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `TestFuncGetTime`.
#[derive(Debug, Clone, FromRow)]
pub struct TestFuncGetTimeRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub test_func_get_time: Option<chrono::NaiveDateTime>,
}

/// A row of `TestFuncSelectString`.
#[derive(Debug, Clone, FromRow)]
pub struct TestFuncSelectStringRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub test_func_select_string: Option<String>,
}

/// A row of `TestFuncSelectBlog`.
#[derive(Debug, Clone, FromRow)]
pub struct TestFuncSelectBlogRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id: Option<i32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub name: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub created_at: Option<chrono::NaiveDateTime>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub updated_at: Option<chrono::NaiveDateTime>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `TestFuncGetTime :one`, endtoend/func_star_expansion/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    /// `primary`: it only reads, but calls `public.test_func_get_time`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"select * from test_func_get_time()"#,
        row = TestFuncGetTimeRow,
        primary
    )]
    pub struct TestFuncGetTime;

    /// sqlc `TestFuncSelectString :one`, endtoend/func_star_expansion/postgresql/pgx/query.sql:4; run it with `prepared_query_one`.
    /// `primary`: it only reads, but calls `public.test_func_select_string`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"select * from test_func_select_string(@p1)"#,
        params(p1: &str),
        row = TestFuncSelectStringRow,
        primary
    )]
    pub struct TestFuncSelectString;

    /// sqlc `TestFuncSelectBlog :one`, endtoend/func_star_expansion/postgresql/pgx/query.sql:7; run it with `prepared_query_one`.
    /// `primary`: it only reads, but calls `public.test_func_select_blog`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"select * from test_func_select_blog(@p1)"#,
        params(p1: i32),
        row = TestFuncSelectBlogRow,
        primary
    )]
    pub struct TestFuncSelectBlog;
}
