//! Imported by `prepared import` from endtoend/join_order_by_alias/postgresql/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ColumnAsOrderBy`.
#[derive(Debug, Clone, FromRow)]
pub struct ColumnAsOrderByRow {
    pub id: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ColumnAsOrderBy :many`, endtoend/join_order_by_alias/postgresql/stdlib/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT a.email AS id
FROM foo a JOIN foo b ON a.email = b.email
ORDER BY id"#,
        row = ColumnAsOrderByRow
    )]
    pub struct ColumnAsOrderBy;
}
