//! Imported by `prepared import` from endtoend/prepared_queries/postgresql/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetUserByID`.
#[derive(Debug, Clone, FromRow)]
pub struct GetUserByIDRow {
    pub first_name: String,
    pub id: i32,
    /// Can be NULL: table column `users.last_name` allows NULL.
    pub last_name: Option<String>,
}

/// A row of `ListUsers`.
#[derive(Debug, Clone, FromRow)]
pub struct ListUsersRow {
    pub first_name: String,
    /// Can be NULL: table column `users.last_name` allows NULL.
    pub last_name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetUserByID :one`, endtoend/prepared_queries/postgresql/stdlib/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT first_name, id, last_name FROM users WHERE id = @target_id"#,
        params(target_id: i32),
        row = GetUserByIDRow
    )]
    pub struct GetUserByID;

    /// sqlc `ListUsers :many`, endtoend/prepared_queries/postgresql/stdlib/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT first_name, last_name FROM users"#,
        row = ListUsersRow
    )]
    pub struct ListUsers;

    /// sqlc `InsertNewUser :exec`, endtoend/prepared_queries/postgresql/stdlib/query.sql:7; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO users (first_name, last_name) VALUES (@first_name, @last_name)"#,
        params(first_name: &str, last_name: Option<&str>)
    )]
    pub struct InsertNewUser;

    /// sqlc `InsertNewUserWithResult :execresult`, endtoend/prepared_queries/postgresql/stdlib/query.sql:10; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO users (first_name, last_name) VALUES (@first_name, @last_name)"#,
        params(first_name: &str, last_name: Option<&str>)
    )]
    pub struct InsertNewUserWithResult;

    /// sqlc `DeleteUsersByName :execrows`, endtoend/prepared_queries/postgresql/stdlib/query.sql:13; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM users WHERE first_name = @first_name AND last_name = @last_name"#,
        params(first_name: &str, last_name: &str)
    )]
    pub struct DeleteUsersByName;
}
