//! Imported by `prepared import` from endtoend/limit/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `LimitMe`.
#[derive(Debug, Clone, FromRow)]
pub struct LimitMeRow {
    pub bar: bool,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `LimitMe :many`, endtoend/limit/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar FROM foo LIMIT @limit"#,
        params(limit: i64),
        row = LimitMeRow
    )]
    pub struct LimitMe;
}
