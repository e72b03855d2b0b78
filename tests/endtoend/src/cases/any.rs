//! Imported by `prepared import` from endtoend/any/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `Any`.
#[derive(Debug, Clone, FromRow)]
pub struct AnyRow {
    pub id: i64,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Any :many`, endtoend/any/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT id
FROM bar
WHERE id = ANY(@id::bigint[])"#,
        params(id: &[i64]),
        row = AnyRow
    )]
    pub struct Any;
}
