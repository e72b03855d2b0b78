//! Imported by `prepared import` from endtoend/insert_values/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `InsertValues :exec`, endtoend/insert_values/postgresql/pgx/v5/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO foo (a, b) VALUES (@a, @b)"#,
        params(a: Option<&str>, b: Option<i32>)
    )]
    pub struct InsertValues;

    /// sqlc `InsertMultipleValues :exec`, endtoend/insert_values/postgresql/pgx/v5/query.sql:4; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO foo (a, b) VALUES (@a, @b), (@p3, @p4)"#,
        params(a: Option<&str>, b: Option<i32>, p3: &str, p4: i32)
    )]
    pub struct InsertMultipleValues;
}
