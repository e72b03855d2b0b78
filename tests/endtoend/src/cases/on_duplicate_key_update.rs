//! Imported by `prepared import` from endtoend/on_duplicate_key_update/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `UpsertAuthor :exec`, endtoend/on_duplicate_key_update/postgresql/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO authors (name, bio)
VALUES (@name, @bio)
ON CONFLICT (name) DO UPDATE
SET bio = @bio"#,
        params(name: &str, bio: Option<&str>)
    )]
    pub struct UpsertAuthor;

    /// sqlc `UpsertAuthorNamed :exec`, endtoend/on_duplicate_key_update/postgresql/query.sql:7; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO authors (name, bio)
VALUES (@name, @bio)
ON CONFLICT (name) DO UPDATE
SET bio = @bio"#,
        params(name: &str, bio: Option<&str>)
    )]
    pub struct UpsertAuthorNamed;
}
