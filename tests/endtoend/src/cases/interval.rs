//! Imported by `prepared import` from endtoend/interval/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the features `interval` of `prepared`.

use prepared::FromRow;

/// A row of `Get`.
#[derive(Debug, Clone, FromRow)]
pub struct GetRow {
    pub bar: bool,
    pub interval: prepared::Interval,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Get :many`, endtoend/interval/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar, "interval" FROM foo LIMIT @limit"#,
        params(limit: i64),
        row = GetRow
    )]
    pub struct Get;
}
