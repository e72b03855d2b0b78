//! Imported by `prepared import` from endtoend/unnest_with_ordinality/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetValues`.
#[derive(Debug, Clone, FromRow)]
pub struct GetValuesRow {
    pub id: i64,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub index: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub value: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetValues :many`, endtoend/unnest_with_ordinality/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT id, index::bigint, value::text
FROM array_values AS x, unnest(values) WITH ORDINALITY AS y (value, index)"#,
        row = GetValuesRow
    )]
    pub struct GetValues;
}
