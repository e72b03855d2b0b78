//! Imported by `prepared import` from endtoend/column_alias/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `GetUsers`.
#[derive(Debug, Clone, FromRow)]
pub struct GetUsersRow {
    pub id: i32,
    pub fname: String,
    pub lname: String,
    pub email: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub rank_email: Option<f32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub rank_fname: Option<f32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub rank_lname: Option<f32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub similarity: Option<f32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetUsers :many`, endtoend/column_alias/stdlib/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT 
    users.id,
    users.fname,
    users.lname,
    users.email,
    users.created_at,
    rank_email,
    rank_fname,
    rank_lname,
    similarity
FROM 
    users, 
    to_tsvector(users.email || users.fname || users.lname) document,
    to_tsquery(@search_term::TEXT) query,
    NULLIF(ts_rank(to_tsvector(users.email), query), 0) rank_email,
    NULLIF(ts_rank(to_tsvector(users.fname), query), 0) rank_fname,
    NULLIF(ts_rank(to_tsvector(users.lname), query), 0) rank_lname,
    SIMILARITY(@search_term::TEXT, users.email || users.fname || users.lname) similarity
WHERE query @@ document OR similarity > 0
ORDER BY rank_email, rank_lname, rank_fname, similarity DESC NULLS LAST"#,
        params(search_term: &str),
        row = GetUsersRow
    )]
    pub struct GetUsers;
}
