//! Imported by `prepared import` from endtoend/ddl_alter_table_drop_column/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `Placeholder`.
#[derive(Debug, Clone, FromRow)]
pub struct PlaceholderRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "?column?")]
    pub column: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Placeholder :exec`, endtoend/ddl_alter_table_drop_column/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT 1"#,
        row = PlaceholderRow
    )]
    pub struct Placeholder;
}
