//! Imported by `prepared import` from endtoend/insert_select/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `InsertSelect :exec`, endtoend/insert_select/postgresql/pgx/v5/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO foo (name, meta)
SELECT name, @p1
FROM bar WHERE ready = @ready"#,
        params(p1: &str, ready: bool)
    )]
    pub struct InsertSelect;
}
