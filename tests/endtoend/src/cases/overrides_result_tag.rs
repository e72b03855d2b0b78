//! Imported by `prepared import` from endtoend/overrides_result_tag/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `uuid` as dependencies.

use prepared::FromRow;

/// A row of `FindAccount`.
#[derive(Debug, Clone, FromRow)]
pub struct FindAccountRow {
    pub id: uuid::Uuid,
    /// Can be NULL: table column `accounts.state` allows NULL.
    pub state: Option<String>,
    /// Can be NULL: table column `users_accounts.name` allows NULL.
    pub name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `FindAccount :one`, endtoend/overrides_result_tag/stdlib/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT
    a.*,
    ua.name
    -- other fields
FROM
    accounts a
    INNER JOIN users_accounts ua ON a.id = ua.id2
WHERE
    a.id = @account_id"#,
        params(account_id: uuid::Uuid),
        row = FindAccountRow
    )]
    pub struct FindAccount;
}
