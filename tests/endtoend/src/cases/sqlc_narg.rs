//! Imported by `prepared import` from endtoend/sqlc_narg/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `IdentOnNonNullable`.
#[derive(Debug, Clone, FromRow)]
pub struct IdentOnNonNullableRow {
    pub bar: String,
}

/// A row of `IdentOnNullable`.
#[derive(Debug, Clone, FromRow)]
pub struct IdentOnNullableRow {
    /// Can be NULL: table column `foo.maybe_bar` allows NULL.
    pub maybe_bar: Option<String>,
}

/// A row of `StringOnNonNullable`.
#[derive(Debug, Clone, FromRow)]
pub struct StringOnNonNullableRow {
    pub bar: String,
}

/// A row of `StringOnNullable`.
#[derive(Debug, Clone, FromRow)]
pub struct StringOnNullableRow {
    /// Can be NULL: table column `foo.maybe_bar` allows NULL.
    pub maybe_bar: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `IdentOnNonNullable :many`, endtoend/sqlc_narg/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar FROM foo WHERE bar = @bar"#,
        params(bar: Option<&str>),
        row = IdentOnNonNullableRow
    )]
    pub struct IdentOnNonNullable;

    /// sqlc `IdentOnNullable :many`, endtoend/sqlc_narg/postgresql/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT maybe_bar FROM foo WHERE maybe_bar = @maybe_bar"#,
        params(maybe_bar: Option<&str>),
        row = IdentOnNullableRow
    )]
    pub struct IdentOnNullable;

    /// sqlc `StringOnNonNullable :many`, endtoend/sqlc_narg/postgresql/pgx/v5/query.sql:7; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar FROM foo WHERE bar = @bar"#,
        params(bar: Option<&str>),
        row = StringOnNonNullableRow
    )]
    pub struct StringOnNonNullable;

    /// sqlc `StringOnNullable :many`, endtoend/sqlc_narg/postgresql/pgx/v5/query.sql:10; run it with `prepared_query`.
    #[prepared(
        r#"SELECT maybe_bar FROM foo WHERE maybe_bar = @maybe_bar"#,
        params(maybe_bar: Option<&str>),
        row = StringOnNullableRow
    )]
    pub struct StringOnNullable;
}
