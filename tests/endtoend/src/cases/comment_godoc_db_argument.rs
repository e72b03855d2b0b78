//! Imported by `prepared import` from endtoend/comment_godoc_db_argument/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ManyFoo`.
#[derive(Debug, Clone, FromRow)]
pub struct ManyFooRow {
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<String>,
}

/// A row of `OneFoo`.
#[derive(Debug, Clone, FromRow)]
pub struct OneFooRow {
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ManyFoo :many`, endtoend/comment_godoc_db_argument/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = ManyFooRow
    )]
    pub struct ManyFoo;

    /// sqlc `OneFoo :one`, endtoend/comment_godoc_db_argument/postgresql/pgx/v5/query.sql:5; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = OneFooRow
    )]
    pub struct OneFoo;

    /// sqlc `ExecFoo :exec`, endtoend/comment_godoc_db_argument/postgresql/pgx/v5/query.sql:9; run it with `prepared_execute`.
    #[prepared(r#"INSERT INTO foo (bar) VALUES ('bar')"#)]
    pub struct ExecFoo;

    /// sqlc `ExecRowFoo :execrows`, endtoend/comment_godoc_db_argument/postgresql/pgx/v5/query.sql:13; run it with `prepared_execute`.
    #[prepared(r#"INSERT INTO foo (bar) VALUES ('bar')"#)]
    pub struct ExecRowFoo;

    /// sqlc `ExecResultFoo :execresult`, endtoend/comment_godoc_db_argument/postgresql/pgx/v5/query.sql:17; run it with `prepared_execute`.
    #[prepared(r#"INSERT INTO foo (bar) VALUES ('bar')"#)]
    pub struct ExecResultFoo;
}
