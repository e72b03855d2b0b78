//! Imported by `prepared import` from endtoend/update_set/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `UpdateSet :exec`, endtoend/update_set/postgresql/pgx/v5/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE foo SET name = @name WHERE slug = @slug"#,
        params(slug: &str, name: &str)
    )]
    pub struct UpdateSet;
}
