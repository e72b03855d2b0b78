//! Imported by `prepared import` from ../../endtoend/fixtures/moving_over/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//!
//! 4 of 13 queries are left out; each has a `// Left out:` comment saying why.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of table `posts`, as `sqlc.embed` reads it.
#[derive(Debug, Clone, FromRow)]
pub struct Posts {
    pub id: i64,
    pub user_id: i64,
    pub title: String,
}

/// A row of table `users`, as `sqlc.embed` reads it.
#[derive(Debug, Clone, FromRow)]
pub struct Users {
    pub id: i64,
    pub email: String,
    /// Can be NULL: table column `users.org_id` allows NULL.
    pub org_id: Option<i64>,
    pub r#type: String,
    /// Can be NULL: table column `users.deleted_at` allows NULL.
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// A row of `UpsertLiveUser`.
#[derive(Debug, Clone, FromRow)]
pub struct UpsertLiveUserRow {
    pub id: i64,
}

/// A row of `UsersOfType`.
#[derive(Debug, Clone, FromRow)]
pub struct UsersOfTypeRow {
    pub id: i64,
    pub email: String,
}

/// A row of `PostWithAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct PostWithAuthorRow {
    /// `sqlc.embed(p)`: its columns, in their place.
    #[prepared(flatten)]
    pub p: Posts,
    /// `sqlc.embed(u)`: its columns, in their place.
    #[prepared(flatten)]
    pub u: Users,
}

/// A row of `PostAndAuthorIds`.
#[derive(Debug, Clone, FromRow)]
pub struct PostAndAuthorIdsRow {
    /// Column 1: the result names more than one column `id`.
    #[prepared(position = 1)]
    pub id: i64,
    /// Can be NULL: `users` is on the nullable side of an outer join.
    /// Column 2: the result names more than one column `id`.
    #[prepared(position = 2)]
    pub id_2: Option<i64>,
    pub title: String,
}

/// A row of `UserRecords`.
#[derive(Debug, Clone, FromRow)]
pub struct UserRecordsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub email: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub org_id: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub r#type: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// A row of `ThemeCollation`.
#[derive(Debug, Clone, FromRow)]
pub struct ThemeCollationRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub collation: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `UpsertLiveUser :one`, ../../endtoend/fixtures/moving_over/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO users (email, org_id) VALUES (@email, @org_id)
ON CONFLICT (email) WHERE deleted_at IS NULL DO UPDATE SET org_id = EXCLUDED.org_id
RETURNING id"#,
        params(email: &str, org_id: Option<i64>),
        row = UpsertLiveUserRow
    )]
    pub struct UpsertLiveUser;

    /// sqlc `UsersOfType :many`, ../../endtoend/fixtures/moving_over/query.sql:6; run it with `prepared_query`.
    #[prepared(
        r#"SELECT id, email FROM users WHERE type = @type AND id <> @self_"#,
        params(r#type: &str, self_: i64),
        row = UsersOfTypeRow
    )]
    pub struct UsersOfType;

    /// sqlc `PostWithAuthor :one`, ../../endtoend/fixtures/moving_over/query.sql:9; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT p.*, u.* FROM posts p JOIN users u ON u.id = p.user_id WHERE p.id = @id"#,
        params(id: i64),
        row = PostWithAuthorRow
    )]
    pub struct PostWithAuthor;

    /// sqlc `PostAndAuthorIds :many`, ../../endtoend/fixtures/moving_over/query.sql:12; run it with `prepared_query`.
    #[prepared(
        r#"SELECT p.id, u.id, p.title FROM posts p LEFT JOIN users u ON u.id = p.user_id"#,
        row = PostAndAuthorIdsRow
    )]
    pub struct PostAndAuthorIds;

    /// sqlc `UserRecords :many`, ../../endtoend/fixtures/moving_over/query.sql:15; run it with `prepared_query`.
    #[prepared(
        r#"SELECT (r).* FROM (SELECT u AS r FROM users u) s"#,
        row = UserRecordsRow
    )]
    pub struct UserRecords;

    /// sqlc `Notify :exec`, ../../endtoend/fixtures/moving_over/query.sql:18; run it with `prepared_execute`.
    #[prepared(
        r#"SELECT pg_notify('users', @payload)"#,
        params(payload: &str)
    )]
    pub struct Notify;

    /// sqlc `Lock :exec`, ../../endtoend/fixtures/moving_over/query.sql:21; run it with `prepared_execute`.
    #[prepared(
        r#"SELECT pg_advisory_xact_lock(@key)"#,
        params(key: i64)
    )]
    pub struct Lock;

    /// sqlc `ClearSettings :exec`, ../../endtoend/fixtures/moving_over/query.sql:25; run it with `prepared_execute`.
    /// `all_rows`: DELETE from `settings` has no WHERE, so it changes every row, as the query file has it.
    #[prepared(r#"WITH cur AS (SELECT 1) DELETE FROM settings USING cur"#, all_rows)]
    pub struct ClearSettings;

    /// sqlc `ThemeCollation :one`, ../../endtoend/fixtures/moving_over/query.sql:28; run it with `prepared_query_one`.
    /// `unchecked_syntax`: the compile-time syntax check refuses it (expected: end of statement, found: (), though PostgreSQL prepares it; the harness still proves it.
    #[prepared(
        r#"SELECT collation for (theme) AS collation FROM settings WHERE id = @id"#,
        params(id: i32),
        row = ThemeCollationRow,
        unchecked_syntax
    )]
    pub struct ThemeCollation;

    // Left out: Broken (sqlc `Broken :one`, ../../endtoend/fixtures/moving_over/query.sql:31): PostgreSQL does not prepare it against the schema: ERROR 42703: column "nope" does not exist; HINT: Perhaps you meant to reference the column "users.type".; correct the query, or give `--schema` what it needs

    // Left out: Weird (sqlc `Weird :frobnicate`, ../../endtoend/fixtures/moving_over/query.sql:34): the unknown kind `:frobnicate`: write one of sqlc's :one, :many, :exec, :execrows, :execresult, :batchone, :batchmany, :batchexec, :copyfrom

    // Left out: BadArg (sqlc `BadArg :one`, ../../endtoend/fixtures/moving_over/query.sql:37): `sqlc.arg` without `(name)`: write `sqlc.arg(name)`

    // Left out: TwoAtOnce (sqlc `TwoAtOnce :exec`, ../../endtoend/fixtures/moving_over/query.sql:40): more than one SQL statement; a prepared statement holds exactly one: split it into one query per statement
}
