//! Imported by `prepared import` from endtoend/sqlc_arg/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `FuncParamIdent`.
#[derive(Debug, Clone, FromRow)]
pub struct FuncParamIdentRow {
    pub name: String,
}

/// A row of `FuncParamString`.
#[derive(Debug, Clone, FromRow)]
pub struct FuncParamStringRow {
    pub name: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `FuncParamIdent :many`, endtoend/sqlc_arg/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT name FROM foo WHERE name = @slug"#,
        params(slug: &str),
        row = FuncParamIdentRow
    )]
    pub struct FuncParamIdent;

    /// sqlc `FuncParamString :many`, endtoend/sqlc_arg/postgresql/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT name FROM foo WHERE name = @slug"#,
        params(slug: &str),
        row = FuncParamStringRow
    )]
    pub struct FuncParamString;
}
