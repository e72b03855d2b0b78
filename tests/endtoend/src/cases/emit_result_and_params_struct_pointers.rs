//! Imported by `prepared import` from endtoend/emit_result_and_params_struct_pointers/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `InsertValues`.
#[derive(Debug, Clone, FromRow)]
pub struct InsertValuesRow {
    /// Can be NULL: table column `foo.a` allows NULL.
    pub a: Option<i32>,
    /// Can be NULL: table column `foo.b` allows NULL.
    pub b: Option<i32>,
}

/// A row of `GetOne`.
#[derive(Debug, Clone, FromRow)]
pub struct GetOneRow {
    /// Can be NULL: table column `foo.a` allows NULL.
    pub a: Option<i32>,
    /// Can be NULL: table column `foo.b` allows NULL.
    pub b: Option<i32>,
}

/// A row of `GetAll`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAllRow {
    /// Can be NULL: table column `foo.a` allows NULL.
    pub a: Option<i32>,
    /// Can be NULL: table column `foo.b` allows NULL.
    pub b: Option<i32>,
}

/// A row of `GetAllAByB`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAllAByBRow {
    /// Can be NULL: table column `foo.a` allows NULL.
    pub a: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `InsertValues :batchone`, endtoend/emit_result_and_params_struct_pointers/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO foo (a, b)
VALUES (@a, @b)
ON CONFLICT DO NOTHING
RETURNING *"#,
        params(a: Option<i32>, b: Option<i32>),
        row = InsertValuesRow
    )]
    pub struct InsertValues;

    /// sqlc `GetOne :one`, endtoend/emit_result_and_params_struct_pointers/postgresql/pgx/v5/query.sql:7; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM foo WHERE a = @a AND b = @b LIMIT 1"#,
        params(a: i32, b: i32),
        row = GetOneRow
    )]
    pub struct GetOne;

    /// sqlc `GetAll :many`, endtoend/emit_result_and_params_struct_pointers/postgresql/pgx/v5/query.sql:10; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = GetAllRow
    )]
    pub struct GetAll;

    /// sqlc `GetAllAByB :many`, endtoend/emit_result_and_params_struct_pointers/postgresql/pgx/v5/query.sql:13; run it with `prepared_query`.
    #[prepared(
        r#"SELECT a FROM foo WHERE b = @b"#,
        params(b: i32),
        row = GetAllAByBRow
    )]
    pub struct GetAllAByB;
}
