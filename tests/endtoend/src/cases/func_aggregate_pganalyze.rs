//! Imported by `prepared import` from endtoend/func_aggregate/pganalyze/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `Percentile`.
#[derive(Debug, Clone, FromRow)]
pub struct PercentileRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub percentile_disc: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Percentile :one`, endtoend/func_aggregate/pganalyze/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"select percentile_disc(0.5) within group (order by authors.name)
from authors"#,
        row = PercentileRow
    )]
    pub struct Percentile;
}
