//! Imported by `prepared import` from endtoend/schema_scoped_list/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SchemaScopedList`.
#[derive(Debug, Clone, FromRow)]
pub struct SchemaScopedListRow {
    pub id: i32,
}

/// A row of `SchemaScopedColList`.
#[derive(Debug, Clone, FromRow)]
pub struct SchemaScopedColListRow {
    pub id: i32,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SchemaScopedList :many`, endtoend/schema_scoped_list/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo.bar"#,
        row = SchemaScopedListRow
    )]
    pub struct SchemaScopedList;

    /// sqlc `SchemaScopedColList :many`, endtoend/schema_scoped_list/postgresql/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT foo.bar.id FROM foo.bar"#,
        row = SchemaScopedColListRow
    )]
    pub struct SchemaScopedColList;
}
