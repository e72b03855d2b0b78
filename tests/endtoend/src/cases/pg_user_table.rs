//! Imported by `prepared import` from endtoend/pg_user_table/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `User`.
#[derive(Debug, Clone, FromRow)]
pub struct UserRow {
    pub id: i64,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `User :many`, endtoend/pg_user_table/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT "user".* FROM "user""#,
        row = UserRow
    )]
    pub struct User;
}
