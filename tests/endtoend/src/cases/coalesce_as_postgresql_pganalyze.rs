//! Imported by `prepared import` from endtoend/coalesce_as/postgresql/pganalyze/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the features `rust_decimal` of `prepared`.
//! Needs the crates `rust_decimal` as dependencies.

use prepared::FromRow;

/// A row of `SumBaz`.
#[derive(Debug, Clone, FromRow)]
pub struct SumBazRow {
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub quantity: Option<rust_decimal::Decimal>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SumBaz :many`, endtoend/coalesce_as/postgresql/pganalyze/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar, coalesce(sum(baz), 0) as quantity
FROM foo
GROUP BY 1"#,
        row = SumBazRow
    )]
    pub struct SumBaz;
}
