//! Imported by `prepared import` from endtoend/query_parameter_limit_param_only/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `MarkNoticeDone :exec`, endtoend/query_parameter_limit_param_only/postgresql/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE notice
SET status='done', notice_at=@notice_at
WHERE id=@id"#,
        params(notice_at: Option<chrono::NaiveDateTime>, id: i32)
    )]
    pub struct MarkNoticeDone;

    /// sqlc `CreateNotice :exec`, endtoend/query_parameter_limit_param_only/postgresql/query.sql:6; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO notice (cnt, created_at)
VALUES (@cnt, @created_at)"#,
        params(cnt: i32, created_at: chrono::NaiveDateTime)
    )]
    pub struct CreateNotice;
}
