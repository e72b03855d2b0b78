//! Imported by `prepared import` from endtoend/exec_rows/go_postgresql_stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `DeleteBarByID :execrows`, endtoend/exec_rows/go_postgresql_stdlib/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM bar WHERE id = @id"#,
        params(id: i32)
    )]
    pub struct DeleteBarByID;
}
