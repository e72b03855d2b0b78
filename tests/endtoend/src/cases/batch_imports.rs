//! Imported by `prepared import` from endtoend/batch_imports/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `InsertValues`.
#[derive(Debug, Clone, FromRow)]
pub struct InsertValuesRow {
    /// Can be NULL: table column `foo.a` allows NULL.
    pub a: Option<String>,
}

/// A row of `GetValues`.
#[derive(Debug, Clone, FromRow)]
pub struct GetValuesRow {
    /// Can be NULL: table column `foo.a` allows NULL.
    pub a: Option<String>,
    /// Can be NULL: table column `foo.b` allows NULL.
    pub b: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `InsertValues :batchone`, endtoend/batch_imports/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO myschema.foo (a, b)
VALUES (@a, @b)
RETURNING a"#,
        params(a: Option<&str>, b: Option<i32>),
        row = InsertValuesRow
    )]
    pub struct InsertValues;

    /// sqlc `GetValues :batchmany`, endtoend/batch_imports/postgresql/pgx/v5/query.sql:6; run it with `prepared_query`.
    #[prepared(
        r#"SELECT *
FROM myschema.foo
WHERE b = @b"#,
        params(b: i32),
        row = GetValuesRow
    )]
    pub struct GetValues;

    /// sqlc `UpdateValues :exec`, endtoend/batch_imports/postgresql/pgx/v5/query.sql:11; run it with `prepared_execute`.
    /// `all_rows`: UPDATE of `myschema.foo` has no WHERE, so it changes every row, as the query file has it.
    #[prepared(
        r#"UPDATE myschema.foo SET a = @a, b = @b"#,
        params(a: Option<&str>, b: Option<i32>),
        all_rows
    )]
    pub struct UpdateValues;
}
