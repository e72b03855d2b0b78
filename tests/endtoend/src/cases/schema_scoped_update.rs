//! Imported by `prepared import` from endtoend/schema_scoped_update/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SchemaScopedUpdate :exec`, endtoend/schema_scoped_update/postgresql/pgx/v5/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE foo.bar SET name = @name WHERE id = @id"#,
        params(id: i32, name: &str)
    )]
    pub struct SchemaScopedUpdate;
}
