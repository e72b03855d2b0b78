//! Imported by `prepared import` from endtoend/select_limit/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `FooLimit`.
#[derive(Debug, Clone, FromRow)]
pub struct FooLimitRow {
    /// Can be NULL: table column `foo.a` allows NULL.
    pub a: Option<String>,
}

/// A row of `FooLimitOffset`.
#[derive(Debug, Clone, FromRow)]
pub struct FooLimitOffsetRow {
    /// Can be NULL: table column `foo.a` allows NULL.
    pub a: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `FooLimit :many`, endtoend/select_limit/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT a FROM foo
LIMIT @limit"#,
        params(limit: i64),
        row = FooLimitRow
    )]
    pub struct FooLimit;

    /// sqlc `FooLimitOffset :many`, endtoend/select_limit/postgresql/pgx/v5/query.sql:5; run it with `prepared_query`.
    #[prepared(
        r#"SELECT a FROM foo
LIMIT @limit OFFSET @offset"#,
        params(limit: i64, offset: i64),
        row = FooLimitOffsetRow
    )]
    pub struct FooLimitOffset;
}
