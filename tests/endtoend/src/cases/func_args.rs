//! Imported by `prepared import` from endtoend/func_args/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the features `interval` of `prepared`.

use prepared::FromRow;

/// A row of `Plus`.
#[derive(Debug, Clone, FromRow)]
pub struct PlusRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub plus: Option<i32>,
}

/// A row of `MakeIntervalSecs`.
#[derive(Debug, Clone, FromRow)]
pub struct MakeIntervalSecsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub make_interval: Option<prepared::Interval>,
}

/// A row of `MakeIntervalDays`.
#[derive(Debug, Clone, FromRow)]
pub struct MakeIntervalDaysRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub make_interval: Option<prepared::Interval>,
}

/// A row of `MakeIntervalMonths`.
#[derive(Debug, Clone, FromRow)]
pub struct MakeIntervalMonthsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub make_interval: Option<prepared::Interval>,
}

/// A row of `TableArgs`.
#[derive(Debug, Clone, FromRow)]
pub struct TableArgsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub table_args: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Plus :one`, endtoend/func_args/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    /// `primary`: it only reads, but calls `public.plus`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"SELECT plus(b => @p2, a => @p1)"#,
        params(p1: i32, p2: i32),
        row = PlusRow,
        primary
    )]
    pub struct Plus;

    /// sqlc `MakeIntervalSecs :one`, endtoend/func_args/pgx/v5/query.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT make_interval(secs => @p1)"#,
        params(p1: f64),
        row = MakeIntervalSecsRow
    )]
    pub struct MakeIntervalSecs;

    /// sqlc `MakeIntervalDays :one`, endtoend/func_args/pgx/v5/query.sql:7; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT make_interval(days => @p1::int)"#,
        params(p1: i32),
        row = MakeIntervalDaysRow
    )]
    pub struct MakeIntervalDays;

    /// sqlc `MakeIntervalMonths :one`, endtoend/func_args/pgx/v5/query.sql:10; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT make_interval(months => @months::int)"#,
        params(months: i32),
        row = MakeIntervalMonthsRow
    )]
    pub struct MakeIntervalMonths;

    /// sqlc `TableArgs :one`, endtoend/func_args/pgx/v5/query.sql:13; run it with `prepared_query_one`.
    /// `primary`: it only reads, but calls `public.table_args`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"SELECT table_args(x => @p1)"#,
        params(p1: i32),
        row = TableArgsRow,
        primary
    )]
    pub struct TableArgs;
}
