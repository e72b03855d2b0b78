//! Imported by `prepared import` from endtoend/array_in/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `In`.
#[derive(Debug, Clone, FromRow)]
pub struct InRow {
    pub id: i32,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `In :many`, endtoend/array_in/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT *
FROM bar
WHERE id IN (@p1, @p2)"#,
        params(p1: i32, p2: i32),
        row = InRow
    )]
    pub struct In;
}
