//! Imported by `prepared import` from endtoend/sum_type/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the features `rust_decimal` of `prepared`.
//! Needs the crates `rust_decimal` as dependencies.

use prepared::FromRow;

/// A row of `SumOrder`.
#[derive(Debug, Clone, FromRow)]
pub struct SumOrderRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub sum: Option<rust_decimal::Decimal>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SumOrder :one`, endtoend/sum_type/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT SUM(quantity) FROM orders"#,
        row = SumOrderRow
    )]
    pub struct SumOrder;
}
