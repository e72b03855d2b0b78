//! Imported by `prepared import` from endtoend/batch_parameter_limit/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CreateAuthors :batchexec`, endtoend/batch_parameter_limit/postgresql/pgx/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO authors (
  name, bio
) VALUES (
  @name, @bio
)"#,
        params(name: &str, bio: Option<&str>)
    )]
    pub struct CreateAuthors;
}
