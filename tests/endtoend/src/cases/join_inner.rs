//! Imported by `prepared import` from endtoend/join_inner/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SelectAllJoinedAlias`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectAllJoinedAliasRow {
    /// Can be NULL: table column `events.id` allows NULL.
    pub id: Option<i32>,
}

/// A row of `SelectAllJoined`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectAllJoinedRow {
    /// Can be NULL: table column `events.id` allows NULL.
    pub id: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SelectAllJoinedAlias :many`, endtoend/join_inner/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"select e.* from events e
    inner join handled_events he
       on e.ID > he.last_handled_id
where he.handler = @handler
    for update of he skip locked"#,
        params(handler: &str),
        row = SelectAllJoinedAliasRow
    )]
    pub struct SelectAllJoinedAlias;

    /// sqlc `SelectAllJoined :many`, endtoend/join_inner/postgresql/query.sql:8; run it with `prepared_query`.
    #[prepared(
        r#"select events.* from events
    inner join handled_events
       on events.ID > handled_events.last_handled_id
where handled_events.handler = @handler
    for update of handled_events skip locked"#,
        params(handler: &str),
        row = SelectAllJoinedRow
    )]
    pub struct SelectAllJoined;
}
