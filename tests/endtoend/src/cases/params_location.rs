//! Imported by `prepared import` from endtoend/params_location/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the features `rust_decimal` of `prepared`.
//! Needs the crates `rust_decimal` as dependencies.

use prepared::FromRow;

/// A row of `ListUsersByID`.
#[derive(Debug, Clone, FromRow)]
pub struct ListUsersByIDRow {
    pub first_name: String,
    pub id: i32,
    /// Can be NULL: table column `users.last_name` allows NULL.
    pub last_name: Option<String>,
}

/// A row of `ListUserOrders`.
#[derive(Debug, Clone, FromRow)]
pub struct ListUserOrdersRow {
    /// Can be NULL: `users` is on the nullable side of an outer join.
    pub id: Option<i32>,
    /// Can be NULL: `users` is on the nullable side of an outer join.
    pub first_name: Option<String>,
    pub price: rust_decimal::Decimal,
}

/// A row of `GetUserByID`.
#[derive(Debug, Clone, FromRow)]
pub struct GetUserByIDRow {
    pub first_name: String,
    pub id: i32,
    /// Can be NULL: table column `users.last_name` allows NULL.
    pub last_name: Option<String>,
}

/// A row of `ListUsersByFamily`.
#[derive(Debug, Clone, FromRow)]
pub struct ListUsersByFamilyRow {
    pub first_name: String,
    /// Can be NULL: table column `users.last_name` allows NULL.
    pub last_name: Option<String>,
}

/// A row of `ListUsersWithLimit`.
#[derive(Debug, Clone, FromRow)]
pub struct ListUsersWithLimitRow {
    pub first_name: String,
    /// Can be NULL: table column `users.last_name` allows NULL.
    pub last_name: Option<String>,
}

/// A row of `LimitSQLCArg`.
#[derive(Debug, Clone, FromRow)]
pub struct LimitSQLCArgRow {
    pub first_name: String,
    pub id: i32,
}

/// A row of `ListUserParenExpr`.
#[derive(Debug, Clone, FromRow)]
pub struct ListUserParenExprRow {
    pub id: i32,
    pub first_name: String,
    /// Can be NULL: table column `users.last_name` allows NULL.
    pub last_name: Option<String>,
    pub age: i32,
    pub job_status: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListUsersByID :many`, endtoend/params_location/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT first_name, id, last_name FROM users WHERE id < @id"#,
        params(id: i32),
        row = ListUsersByIDRow
    )]
    pub struct ListUsersByID;

    /// sqlc `ListUserOrders :many`, endtoend/params_location/postgresql/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
	users.id,
	users.first_name,
	orders.price
FROM
	orders
LEFT JOIN users ON orders.user_id = users.id
WHERE orders.price > @min_price"#,
        params(min_price: rust_decimal::Decimal),
        row = ListUserOrdersRow
    )]
    pub struct ListUserOrders;

    /// sqlc `GetUserByID :one`, endtoend/params_location/postgresql/pgx/v5/query.sql:14; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT first_name, id, last_name FROM users WHERE id = @target_id"#,
        params(target_id: i32),
        row = GetUserByIDRow
    )]
    pub struct GetUserByID;

    /// sqlc `ListUsersByFamily :many`, endtoend/params_location/postgresql/pgx/v5/query.sql:17; run it with `prepared_query`.
    #[prepared(
        r#"SELECT first_name, last_name FROM users WHERE age < @max_age AND last_name = @in_family"#,
        params(max_age: i32, in_family: &str),
        row = ListUsersByFamilyRow
    )]
    pub struct ListUsersByFamily;

    /// sqlc `ListUsersWithLimit :many`, endtoend/params_location/postgresql/pgx/v5/query.sql:20; run it with `prepared_query`.
    #[prepared(
        r#"SELECT first_name, last_name FROM users LIMIT @limit"#,
        params(limit: i64),
        row = ListUsersWithLimitRow
    )]
    pub struct ListUsersWithLimit;

    /// sqlc `LimitSQLCArg :many`, endtoend/params_location/postgresql/pgx/v5/query.sql:23; run it with `prepared_query`.
    #[prepared(
        r#"select first_name, id FROM users LIMIT @limit"#,
        params(limit: i64),
        row = LimitSQLCArgRow
    )]
    pub struct LimitSQLCArg;

    /// sqlc `InsertNewUser :exec`, endtoend/params_location/postgresql/pgx/v5/query.sql:26; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO users (first_name, last_name) VALUES (@first_name, @last_name)"#,
        params(first_name: &str, last_name: Option<&str>)
    )]
    pub struct InsertNewUser;

    /// sqlc `ListUserParenExpr :many`, endtoend/params_location/postgresql/pgx/v5/query.sql:29; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM users WHERE (job_status = 'APPLIED' OR job_status = 'PENDING')
AND id > @id
ORDER BY id
LIMIT @limit"#,
        params(id: i32, limit: i64),
        row = ListUserParenExprRow
    )]
    pub struct ListUserParenExpr;
}
