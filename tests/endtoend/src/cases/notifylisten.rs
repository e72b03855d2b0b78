//! Imported by `prepared import` from endtoend/notifylisten/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `NotifyTest :exec`, endtoend/notifylisten/postgresql/pgx/v5/query.sql:1; run it with `prepared_execute`.
    #[prepared(r#"NOTIFY test"#)]
    pub struct NotifyTest;

    /// sqlc `NotifyWithMessage :exec`, endtoend/notifylisten/postgresql/pgx/v5/query.sql:4; run it with `prepared_execute`.
    #[prepared(r#"NOTIFY test, 'msg'"#)]
    pub struct NotifyWithMessage;

    /// sqlc `ListenTest :exec`, endtoend/notifylisten/postgresql/pgx/v5/query.sql:7; run it with `prepared_execute`.
    #[prepared(r#"LISTEN test"#)]
    pub struct ListenTest;
}
