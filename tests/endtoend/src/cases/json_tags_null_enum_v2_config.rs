//! Imported by `prepared import` from endtoend/json_tags_null_enum/v2_config/postgresql/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `postgres-types` as dependencies.

use prepared::FromRow;

/// PostgreSQL's enum `job_post_location_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "job_post_location_type")]
pub enum JobPostLocationType {
    #[postgres(name = "remote")]
    Remote,
    #[postgres(name = "in_office")]
    InOffice,
    #[postgres(name = "hybrid")]
    Hybrid,
}

/// A row of `GetAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAuthorRow {
    pub id: i64,
    /// Can be NULL: table column `authors.type` allows NULL.
    pub r#type: Option<JobPostLocationType>,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAuthor :one`, endtoend/json_tags_null_enum/v2_config/postgresql/stdlib/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM authors
WHERE id = @id LIMIT 1"#,
        params(id: i64),
        row = GetAuthorRow
    )]
    pub struct GetAuthor;
}
