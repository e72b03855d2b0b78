//! Imported by `prepared import` from endtoend/conflicted_arg_name/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono`, `uuid` as dependencies.

use prepared::FromRow;

/// A row of `Time2ByTime`.
#[derive(Debug, Clone, FromRow)]
pub struct Time2ByTimeRow {
    pub time2: chrono::NaiveDate,
}

/// A row of `Uuid2ByUuid`.
#[derive(Debug, Clone, FromRow)]
pub struct Uuid2ByUuidRow {
    pub uuid2: uuid::Uuid,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Time2ByTime :one`, endtoend/conflicted_arg_name/postgresql/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT time2 FROM foo WHERE time=@time"#,
        params(time: chrono::NaiveDate),
        row = Time2ByTimeRow
    )]
    pub struct Time2ByTime;

    /// sqlc `Uuid2ByUuid :one`, endtoend/conflicted_arg_name/postgresql/query.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT uuid2 FROM foo WHERE uuid=@uuid"#,
        params(uuid: uuid::Uuid),
        row = Uuid2ByUuidRow
    )]
    pub struct Uuid2ByUuid;
}
