//! Imported by `prepared import` from endtoend/params_duplicate/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SelectUserByID`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectUserByIDRow {
    /// Can be NULL: table column `users.first_name` allows NULL.
    pub first_name: Option<String>,
}

/// A row of `SelectUserByName`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectUserByNameRow {
    /// Can be NULL: table column `users.first_name` allows NULL.
    pub first_name: Option<String>,
}

/// A row of `SelectUserQuestion`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectUserQuestionRow {
    /// Can be NULL: table column `users.first_name` allows NULL.
    pub first_name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SelectUserByID :many`, endtoend/params_duplicate/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT first_name from
users where (@id = id OR @id = 0)"#,
        params(id: i32),
        row = SelectUserByIDRow
    )]
    pub struct SelectUserByID;

    /// sqlc `SelectUserByName :many`, endtoend/params_duplicate/postgresql/query.sql:5; run it with `prepared_query`.
    #[prepared(
        r#"SELECT first_name
FROM users
WHERE first_name = @name
   OR last_name = @name"#,
        params(name: &str),
        row = SelectUserByNameRow
    )]
    pub struct SelectUserByName;

    /// sqlc `SelectUserQuestion :many`, endtoend/params_duplicate/postgresql/query.sql:11; run it with `prepared_query`.
    #[prepared(
        r#"SELECT first_name from
users where (@p1 = id OR  @p1 = 0)"#,
        params(p1: i32),
        row = SelectUserQuestionRow
    )]
    pub struct SelectUserQuestion;
}
