//! Imported by `prepared import` from endtoend/create_table_like/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `GetAll`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAllRow {
    pub id: i32,
    pub first_name: String,
    /// Can be NULL: table column `super_users.last_name` allows NULL.
    pub last_name: Option<String>,
    /// Can be NULL: table column `super_users.date_of_birth` allows NULL.
    pub date_of_birth: Option<chrono::NaiveDateTime>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAll :many`, endtoend/create_table_like/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM super_users"#,
        row = GetAllRow
    )]
    pub struct GetAll;
}
