//! Imported by `prepared import` from endtoend/schema_scoped_filter/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SchemaScopedFilter`.
#[derive(Debug, Clone, FromRow)]
pub struct SchemaScopedFilterRow {
    pub id: i32,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SchemaScopedFilter :many`, endtoend/schema_scoped_filter/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo.bar WHERE id = @id"#,
        params(id: i32),
        row = SchemaScopedFilterRow
    )]
    pub struct SchemaScopedFilter;
}
