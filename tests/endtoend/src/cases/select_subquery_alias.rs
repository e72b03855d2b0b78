//! Imported by `prepared import` from endtoend/select_subquery_alias/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the features `rust_decimal` of `prepared`.
//! Needs the crates `rust_decimal` as dependencies.

use prepared::FromRow;

/// A row of `FindWallets`.
#[derive(Debug, Clone, FromRow)]
pub struct FindWalletsRow {
    pub id: i64,
    pub address: String,
    /// Can be NULL: table column `wallets.balance` allows NULL.
    pub balance: Option<rust_decimal::Decimal>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub total_balance: Option<rust_decimal::Decimal>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `FindWallets :many`, endtoend/select_subquery_alias/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"select id, address, balance, total_balance from 
(
	select id, address, balance,
	  sum(balance) over (order by balance desc rows between unbounded preceding and current row) as total_balance,
	  sum(balance) over (order by balance desc rows between unbounded preceding and current row) - balance as last_balance
	from wallets
	where type=@type
) amounts
where amounts.last_balance < @last_balance"#,
        params(r#type: &str, last_balance: rust_decimal::Decimal),
        row = FindWalletsRow
    )]
    pub struct FindWallets;
}
