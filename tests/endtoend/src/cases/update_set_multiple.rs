//! Imported by `prepared import` from endtoend/update_set_multiple/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `UpdateSetMultiple :exec`, endtoend/update_set_multiple/postgresql/pgx/v5/query.sql:1; run it with `prepared_execute`.
    /// `all_rows`: UPDATE of `foo` has no WHERE, so it changes every row, as the query file has it.
    #[prepared(
        r#"UPDATE foo SET (name, slug) = (@p2, @p1)"#,
        params(p1: &str, p2: &str),
        all_rows
    )]
    pub struct UpdateSetMultiple;
}
