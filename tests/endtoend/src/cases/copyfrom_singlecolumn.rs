//! Imported by `prepared import` from endtoend/copyfrom_singlecolumn/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CreateAuthors :copyfrom`, endtoend/copyfrom_singlecolumn/postgresql/pgx/v5/query.sql:1; run it with `prepared_copy_in`.
    #[prepared(
        r#"INSERT INTO authors (author_id) VALUES (@author_id)"#,
        params(author_id: i32)
    )]
    pub struct CreateAuthors;
}
