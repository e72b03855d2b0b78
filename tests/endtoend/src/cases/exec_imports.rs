//! Imported by `prepared import` from endtoend/exec_imports/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `Bar`.
#[derive(Debug, Clone, FromRow)]
pub struct BarRow {
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<i32>,
}

/// A row of `Bars`.
#[derive(Debug, Clone, FromRow)]
pub struct BarsRow {
    pub bars: Vec<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Bar :exec`, endtoend/exec_imports/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar
FROM foo"#,
        row = BarRow
    )]
    pub struct Bar;

    /// sqlc `Bars :exec`, endtoend/exec_imports/pgx/v5/query.sql:5; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bars
FROM foo"#,
        row = BarsRow
    )]
    pub struct Bars;
}
