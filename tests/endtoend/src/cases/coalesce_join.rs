//! Imported by `prepared import` from endtoend/coalesce_join/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetBar`.
#[derive(Debug, Clone, FromRow)]
pub struct GetBarRow {
    pub id: i64,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub bar_id: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetBar :many`, endtoend/coalesce_join/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT foo.*, COALESCE(bar.id, 0) AS bar_id
FROM foo
LEFT JOIN bar ON foo.id = bar.id"#,
        row = GetBarRow
    )]
    pub struct GetBar;
}
