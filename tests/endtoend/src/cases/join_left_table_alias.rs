//! Imported by `prepared import` from endtoend/join_left_table_alias/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `JoinBar`.
#[derive(Debug, Clone, FromRow)]
pub struct JoinBarRow {
    pub id: i64,
    /// Can be NULL: `bar` is on the nullable side of an outer join.
    pub info: Option<String>,
}

/// A row of `JoinBarAlias`.
#[derive(Debug, Clone, FromRow)]
pub struct JoinBarAliasRow {
    pub id: i64,
    /// Can be NULL: `bar` is on the nullable side of an outer join.
    pub info: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `JoinBar :one`, endtoend/join_left_table_alias/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT f.id, info
FROM foo f
LEFT JOIN bar b ON b.foo_id = f.id"#,
        row = JoinBarRow
    )]
    pub struct JoinBar;

    /// sqlc `JoinBarAlias :one`, endtoend/join_left_table_alias/postgresql/pgx/query.sql:6; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT f.id, b.info
FROM foo f
LEFT JOIN bar b ON b.foo_id = f.id"#,
        row = JoinBarAliasRow
    )]
    pub struct JoinBarAlias;
}
