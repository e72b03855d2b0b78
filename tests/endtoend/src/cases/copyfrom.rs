//! Imported by `prepared import` from endtoend/copyfrom/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `InsertValues :copyfrom`, endtoend/copyfrom/postgresql/pgx/v5/query.sql:1; run it with `prepared_copy_in`.
    #[prepared(
        r#"INSERT INTO myschema.foo (a, b) VALUES (@a, @b)"#,
        params(a: Option<&str>, b: Option<i32>)
    )]
    pub struct InsertValues;

    /// sqlc `InsertSingleValue :copyfrom`, endtoend/copyfrom/postgresql/pgx/v5/query.sql:5; run it with `prepared_copy_in`.
    #[prepared(
        r#"INSERT INTO myschema.foo (a) VALUES (@a)"#,
        params(a: Option<&str>)
    )]
    pub struct InsertSingleValue;
}
