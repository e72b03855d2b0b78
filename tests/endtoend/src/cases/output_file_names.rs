//! Imported by `prepared import` from endtoend/output_file_names/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `User`.
#[derive(Debug, Clone, FromRow)]
pub struct UserRow {
    pub id: i64,
}

/// A row of `UsersB`.
#[derive(Debug, Clone, FromRow)]
pub struct UsersBRow {
    pub id: i64,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `User :many`, endtoend/output_file_names/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT "user".* FROM "user""#,
        row = UserRow
    )]
    pub struct User;

    /// sqlc `UsersB :batchmany`, endtoend/output_file_names/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM "user"
WHERE id = @id"#,
        params(id: i64),
        row = UsersBRow
    )]
    pub struct UsersB;

    /// sqlc `UsersC :copyfrom`, endtoend/output_file_names/pgx/v5/query.sql:8; run it with `prepared_copy_in`.
    #[prepared(
        r#"INSERT INTO "user"
(id)
VALUES
    (@id)"#,
        params(id: i64)
    )]
    pub struct UsersC;
}
