//! Imported by `prepared import` from endtoend/cast_coalesce/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `CastCoalesce`.
#[derive(Debug, Clone, FromRow)]
pub struct CastCoalesceRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub login: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CastCoalesce :many`, endtoend/cast_coalesce/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT coalesce(bar, '')::text as login
FROM foo"#,
        row = CastCoalesceRow
    )]
    pub struct CastCoalesce;
}
