//! Imported by `prepared import` from endtoend/enum/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `postgres-types` as dependencies.

use prepared::FromRow;

/// PostgreSQL's enum `size`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "size")]
pub enum Size {
    #[postgres(name = "x-small")]
    XSmall,
    #[postgres(name = "small")]
    Small,
    #[postgres(name = "medium")]
    Medium,
    #[postgres(name = "large")]
    Large,
    #[postgres(name = "x-large")]
    XLarge,
}

/// A row of `GetAll`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAllRow {
    pub id: i32,
    pub first_name: String,
    /// Can be NULL: table column `users.last_name` allows NULL.
    pub last_name: Option<String>,
    pub age: i32,
    pub shoe_size: Size,
    /// Can be NULL: table column `users.shirt_size` allows NULL.
    pub shirt_size: Option<Size>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAll :many`, endtoend/enum/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM users"#,
        row = GetAllRow
    )]
    pub struct GetAll;

    /// sqlc `NewUser :exec`, endtoend/enum/postgresql/pgx/v5/query.sql:4; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO users (
    first_name,
    last_name,
    age,
    shoe_size,
    shirt_size
) VALUES
(@first_name, @last_name, @age, @shoe_size, @shirt_size)"#,
        params(first_name: &str, last_name: Option<&str>, age: i32, shoe_size: Size, shirt_size: Option<Size>)
    )]
    pub struct NewUser;

    /// sqlc `UpdateSizes :exec`, endtoend/enum/postgresql/pgx/v5/query.sql:14; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE users
SET shoe_size = @shoe_size, shirt_size = @shirt_size
WHERE id = @id"#,
        params(id: i32, shoe_size: Size, shirt_size: Option<Size>)
    )]
    pub struct UpdateSizes;

    /// sqlc `DeleteBySize :exec`, endtoend/enum/postgresql/pgx/v5/query.sql:19; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM users
WHERE shoe_size = @shoe_size AND shirt_size = @shirt_size"#,
        params(shoe_size: Size, shirt_size: Size)
    )]
    pub struct DeleteBySize;
}
