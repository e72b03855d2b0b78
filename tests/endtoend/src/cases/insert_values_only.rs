//! Imported by `prepared import` from endtoend/insert_values_only/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `InsertStatus :exec`, endtoend/insert_values_only/postgresql/pgx/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO status VALUES (@p1, @p2)"#,
        params(p1: i32, p2: &str)
    )]
    pub struct InsertStatus;
}
