//! Imported by `prepared import` from endtoend/select_sequence/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetLastValue`.
#[derive(Debug, Clone, FromRow)]
pub struct GetLastValueRow {
    pub last_value: i64,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetLastValue :one`, endtoend/select_sequence/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT last_value FROM my_sequence"#,
        row = GetLastValueRow
    )]
    pub struct GetLastValue;
}
