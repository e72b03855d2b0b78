//! Imported by `prepared import` from endtoend/subquery_calculated_column/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SubqueryCalcColumn`.
#[derive(Debug, Clone, FromRow)]
pub struct SubqueryCalcColumnRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub sum: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SubqueryCalcColumn :many`, endtoend/subquery_calculated_column/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT sum FROM (SELECT a + b AS sum FROM foo) AS f"#,
        row = SubqueryCalcColumnRow
    )]
    pub struct SubqueryCalcColumn;
}
