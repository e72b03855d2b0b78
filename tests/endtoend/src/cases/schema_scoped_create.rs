//! Imported by `prepared import` from endtoend/schema_scoped_create/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SchemaScopedCreate`.
#[derive(Debug, Clone, FromRow)]
pub struct SchemaScopedCreateRow {
    pub id: i32,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SchemaScopedCreate :one`, endtoend/schema_scoped_create/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO foo.bar (id, name) VALUES (@id, @name) RETURNING id"#,
        params(id: i32, name: &str),
        row = SchemaScopedCreateRow
    )]
    pub struct SchemaScopedCreate;
}
