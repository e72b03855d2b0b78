//! Imported by `prepared import` from endtoend/single_param_conflict/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `uuid` as dependencies.

use prepared::FromRow;

/// A row of `GetAuthorIDByID`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAuthorIDByIDRow {
    pub id: i64,
}

/// A row of `GetAuthorByID`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAuthorByIDRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
}

/// A row of `GetUser`.
#[derive(Debug, Clone, FromRow)]
pub struct GetUserRow {
    pub sub: uuid::Uuid,
}

/// A row of `SetDefaultName`.
#[derive(Debug, Clone, FromRow)]
pub struct SetDefaultNameRow {
    pub id: i64,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAuthorIDByID :one`, endtoend/single_param_conflict/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT  id
FROM    authors
WHERE   id = @id
LIMIT   1"#,
        params(id: i64),
        row = GetAuthorIDByIDRow
    )]
    pub struct GetAuthorIDByID;

    /// sqlc `GetAuthorByID :one`, endtoend/single_param_conflict/postgresql/pgx/v5/query.sql:7; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT  id, name, bio
FROM    authors
WHERE   id = @id
LIMIT   1"#,
        params(id: i64),
        row = GetAuthorByIDRow
    )]
    pub struct GetAuthorByID;

    /// sqlc `GetUser :one`, endtoend/single_param_conflict/postgresql/pgx/v5/query.sql:13; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT  sub
FROM    users
WHERE   sub = @sub
LIMIT   1"#,
        params(sub: uuid::Uuid),
        row = GetUserRow
    )]
    pub struct GetUser;

    /// sqlc `SetDefaultName :one`, endtoend/single_param_conflict/postgresql/pgx/v5/query.sql:21; run it with `prepared_query_one`.
    #[prepared(
        r#"UPDATE  authors
SET     name = 'Default Name'
WHERE   id = @id
RETURNING id"#,
        params(id: i64),
        row = SetDefaultNameRow
    )]
    pub struct SetDefaultName;
}
