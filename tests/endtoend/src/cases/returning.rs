//! Imported by `prepared import` from endtoend/returning/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `InsertUserAndReturnID`.
#[derive(Debug, Clone, FromRow)]
pub struct InsertUserAndReturnIDRow {
    pub id: i32,
}

/// A row of `InsertUserAndReturnUser`.
#[derive(Debug, Clone, FromRow)]
pub struct InsertUserAndReturnUserRow {
    /// Can be NULL: table column `users.name` allows NULL.
    pub name: Option<String>,
    pub id: i32,
}

/// A row of `UpdateUserAndReturnID`.
#[derive(Debug, Clone, FromRow)]
pub struct UpdateUserAndReturnIDRow {
    pub id: i32,
}

/// A row of `UpdateUserAndReturnUser`.
#[derive(Debug, Clone, FromRow)]
pub struct UpdateUserAndReturnUserRow {
    /// Can be NULL: table column `users.name` allows NULL.
    pub name: Option<String>,
    pub id: i32,
}

/// A row of `DeleteUserAndReturnID`.
#[derive(Debug, Clone, FromRow)]
pub struct DeleteUserAndReturnIDRow {
    pub id: i32,
}

/// A row of `DeleteUserAndReturnUser`.
#[derive(Debug, Clone, FromRow)]
pub struct DeleteUserAndReturnUserRow {
    /// Can be NULL: table column `users.name` allows NULL.
    pub name: Option<String>,
    pub id: i32,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `InsertUserAndReturnID :one`, endtoend/returning/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO users (name) VALUES (@name)
  RETURNING id"#,
        params(name: Option<&str>),
        row = InsertUserAndReturnIDRow
    )]
    pub struct InsertUserAndReturnID;

    /// sqlc `InsertUserAndReturnUser :one`, endtoend/returning/postgresql/pgx/v5/query.sql:5; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO users (name) VALUES (@name)
  RETURNING *"#,
        params(name: Option<&str>),
        row = InsertUserAndReturnUserRow
    )]
    pub struct InsertUserAndReturnUser;

    /// sqlc `UpdateUserAndReturnID :one`, endtoend/returning/postgresql/pgx/v5/query.sql:9; run it with `prepared_query_one`.
    #[prepared(
        r#"UPDATE users SET name = @name
  WHERE name = @name_2
  RETURNING id"#,
        params(name: Option<&str>, name_2: &str),
        row = UpdateUserAndReturnIDRow
    )]
    pub struct UpdateUserAndReturnID;

    /// sqlc `UpdateUserAndReturnUser :one`, endtoend/returning/postgresql/pgx/v5/query.sql:14; run it with `prepared_query_one`.
    #[prepared(
        r#"UPDATE users SET name = @name
  WHERE name = @name_2
  RETURNING *"#,
        params(name: Option<&str>, name_2: &str),
        row = UpdateUserAndReturnUserRow
    )]
    pub struct UpdateUserAndReturnUser;

    /// sqlc `DeleteUserAndReturnID :one`, endtoend/returning/postgresql/pgx/v5/query.sql:19; run it with `prepared_query_one`.
    #[prepared(
        r#"DELETE FROM users
  WHERE name = @name
  RETURNING id"#,
        params(name: &str),
        row = DeleteUserAndReturnIDRow
    )]
    pub struct DeleteUserAndReturnID;

    /// sqlc `DeleteUserAndReturnUser :one`, endtoend/returning/postgresql/pgx/v5/query.sql:24; run it with `prepared_query_one`.
    #[prepared(
        r#"DELETE FROM users
  WHERE name = @name
  RETURNING *"#,
        params(name: &str),
        row = DeleteUserAndReturnUserRow
    )]
    pub struct DeleteUserAndReturnUser;
}
