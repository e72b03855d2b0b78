//! Imported by `prepared import` from endtoend/join_alias/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `AliasJoin`.
#[derive(Debug, Clone, FromRow)]
pub struct AliasJoinRow {
    pub id: i32,
    /// Can be NULL: table column `bar.title` allows NULL.
    pub title: Option<String>,
}

/// A row of `AliasExpand`.
#[derive(Debug, Clone, FromRow)]
pub struct AliasExpandRow {
    /// Column 1: the result names more than one column `id`.
    #[prepared(position = 1)]
    pub id: i32,
    /// Column 2: the result names more than one column `id`.
    #[prepared(position = 2)]
    pub id_2: i32,
    /// Can be NULL: table column `bar.title` allows NULL.
    pub title: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `AliasJoin :many`, endtoend/join_alias/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT f.id, b.title
FROM foo f
JOIN bar b ON b.id = f.id
WHERE f.id = @id"#,
        params(id: i32),
        row = AliasJoinRow
    )]
    pub struct AliasJoin;

    /// sqlc `AliasExpand :many`, endtoend/join_alias/postgresql/pgx/v5/query.sql:7; run it with `prepared_query`.
    #[prepared(
        r#"SELECT *
FROM foo f
JOIN bar b ON b.id = f.id
WHERE f.id = @id"#,
        params(id: i32),
        row = AliasExpandRow
    )]
    pub struct AliasExpand;
}
