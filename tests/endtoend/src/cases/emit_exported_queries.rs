//! Imported by `prepared import` from endtoend/emit_exported_queries/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `UpdateBarID :exec`, endtoend/emit_exported_queries/pgx/v5/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE bar SET id = @id WHERE id = @id_2"#,
        params(id: i32, id_2: i32)
    )]
    pub struct UpdateBarID;
}
