//! Imported by `prepared import` from endtoend/emit_pointers_for_null_enum_types/optin/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `postgres-types` as dependencies.

use prepared::FromRow;

/// PostgreSQL's enum `user_role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "user_role")]
pub enum UserRole {
    #[postgres(name = "admin")]
    Admin,
    #[postgres(name = "user")]
    User,
}

/// A row of `ListUsersByRole`.
#[derive(Debug, Clone, FromRow)]
pub struct ListUsersByRoleRow {
    /// Can be NULL: table column `users.role` allows NULL.
    pub role: Option<UserRole>,
    pub required_role: UserRole,
    /// Can be NULL: table column `users.name` allows NULL.
    pub name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListUsersByRole :many`, endtoend/emit_pointers_for_null_enum_types/optin/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM users WHERE role = @role"#,
        params(role: UserRole),
        row = ListUsersByRoleRow
    )]
    pub struct ListUsersByRole;
}
