//! Imported by `prepared import` from endtoend/select_distinct/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetBars`.
#[derive(Debug, Clone, FromRow)]
pub struct GetBarsRow {
    pub id: i32,
    /// Can be NULL: table column `bar.name` allows NULL.
    pub name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetBars :many`, endtoend/select_distinct/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT DISTINCT ON (a.id) a.*
FROM bar a"#,
        row = GetBarsRow
    )]
    pub struct GetBars;
}
