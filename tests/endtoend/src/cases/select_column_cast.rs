//! Imported by `prepared import` from endtoend/select_column_cast/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SelectColumnCast`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectColumnCastRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub bar: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SelectColumnCast :many`, endtoend/select_column_cast/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar::int FROM foo"#,
        row = SelectColumnCastRow
    )]
    pub struct SelectColumnCast;
}
