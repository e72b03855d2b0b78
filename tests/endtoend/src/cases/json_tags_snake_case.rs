//! Imported by `prepared import` from endtoend/json_tags/snake_case/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetAll`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAllRow {
    /// Can be NULL: table column `users.first_name` allows NULL.
    pub first_name: Option<String>,
    /// Can be NULL: table column `users.last_name` allows NULL.
    pub last_name: Option<String>,
    /// Can be NULL: table column `users.age` allows NULL.
    pub age: Option<i16>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAll :many`, endtoend/json_tags/snake_case/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM users"#,
        row = GetAllRow
    )]
    pub struct GetAll;
}
