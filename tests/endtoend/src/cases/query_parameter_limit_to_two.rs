//! Imported by `prepared import` from endtoend/query_parameter_limit_to_two/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAuthorRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
    pub country_code: String,
    /// Can be NULL: table column `authors.titles` allows NULL.
    pub titles: Option<Vec<String>>,
}

/// A row of `ListAuthors`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
    pub country_code: String,
    /// Can be NULL: table column `authors.titles` allows NULL.
    pub titles: Option<Vec<String>>,
}

/// A row of `CreateAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateAuthorRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
    pub country_code: String,
    /// Can be NULL: table column `authors.titles` allows NULL.
    pub titles: Option<Vec<String>>,
}

/// A row of `CreateAuthorOnlyTitles`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateAuthorOnlyTitlesRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
    pub country_code: String,
    /// Can be NULL: table column `authors.titles` allows NULL.
    pub titles: Option<Vec<String>>,
}

/// A row of `AddNewClient`.
#[derive(Debug, Clone, FromRow)]
pub struct AddNewClientRow {
    pub id: i32,
    pub name: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAuthor :one`, endtoend/query_parameter_limit_to_two/postgresql/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM authors
WHERE name = @name AND country_code = @country_code LIMIT 1"#,
        params(name: &str, country_code: &str),
        row = GetAuthorRow
    )]
    pub struct GetAuthor;

    /// sqlc `ListAuthors :many`, endtoend/query_parameter_limit_to_two/postgresql/query.sql:5; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM authors
ORDER BY name"#,
        row = ListAuthorsRow
    )]
    pub struct ListAuthors;

    /// sqlc `CreateAuthor :one`, endtoend/query_parameter_limit_to_two/postgresql/query.sql:9; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO authors (
  name, bio, country_code, titles
) VALUES (
  @name, @bio, @country_code, @titles
)
RETURNING *"#,
        params(name: &str, bio: Option<&str>, country_code: &str, titles: Option<&[String]>),
        row = CreateAuthorRow
    )]
    pub struct CreateAuthor;

    /// sqlc `DeleteAuthor :exec`, endtoend/query_parameter_limit_to_two/postgresql/query.sql:17; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM authors
WHERE id = @id"#,
        params(id: i64)
    )]
    pub struct DeleteAuthor;

    /// sqlc `DeleteAuthors :exec`, endtoend/query_parameter_limit_to_two/postgresql/query.sql:21; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM authors
WHERE id IN (@ids) AND name = @name"#,
        params(name: &str, ids: i64)
    )]
    pub struct DeleteAuthors;

    /// sqlc `CreateAuthorOnlyTitles :one`, endtoend/query_parameter_limit_to_two/postgresql/query.sql:25; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO authors (name, titles) VALUES (@name, @titles) RETURNING *"#,
        params(name: &str, titles: Option<&[String]>),
        row = CreateAuthorOnlyTitlesRow
    )]
    pub struct CreateAuthorOnlyTitles;

    /// sqlc `AddNewClient :one`, endtoend/query_parameter_limit_to_two/postgresql/query.sql:28; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO clients (
  id, name
) VALUES (
  @id, @name
)
RETURNING *"#,
        params(id: i32, name: &str),
        row = AddNewClientRow
    )]
    pub struct AddNewClient;
}
