//! Imported by `prepared import` from endtoend/select_star_quoted/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetAll`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAllRow {
    /// Can be NULL: table column `users.CamelCase` allows NULL.
    #[prepared(rename = "CamelCase")]
    pub camel_case: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAll :many`, endtoend/select_star_quoted/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM users"#,
        row = GetAllRow
    )]
    pub struct GetAll;
}
