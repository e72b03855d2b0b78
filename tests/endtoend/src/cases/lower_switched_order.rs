//! Imported by `prepared import` from endtoend/lower_switched_order/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `LowerSwitchedOrder`.
#[derive(Debug, Clone, FromRow)]
pub struct LowerSwitchedOrderRow {
    pub bar: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `LowerSwitchedOrder :many`, endtoend/lower_switched_order/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar FROM foo WHERE bar = @bar AND bat = LOWER(@p2)"#,
        params(bar: &str, p2: &str),
        row = LowerSwitchedOrderRow
    )]
    pub struct LowerSwitchedOrder;
}
