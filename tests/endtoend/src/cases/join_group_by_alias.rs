//! Imported by `prepared import` from endtoend/join_group_by_alias/postgresql/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ColumnAsGroupBy`.
#[derive(Debug, Clone, FromRow)]
pub struct ColumnAsGroupByRow {
    pub id: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ColumnAsGroupBy :many`, endtoend/join_group_by_alias/postgresql/stdlib/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT a.email AS id
FROM foo a JOIN foo b ON a.email = b.email
GROUP BY id"#,
        row = ColumnAsGroupByRow
    )]
    pub struct ColumnAsGroupBy;
}
