//! Imported by `prepared import` from endtoend/star_expansion_series/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `CountAlertReportBy`.
#[derive(Debug, Clone, FromRow)]
pub struct CountAlertReportByRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub datetime: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CountAlertReportBy :many`, endtoend/star_expansion_series/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"select DATE_TRUNC(@p1,ts)::text as datetime,coalesce(count,0) as count from 
(
    SELECT  DATE_TRUNC(@p1,eventdate) as hr ,count(*)
    FROM    alertreport
    where eventdate between @p2 and @p3
    GROUP BY   1
) AS cnt 
right outer join ( SELECT * FROM generate_series ( @p2, @p3, CONCAT('1 ',@p1)::interval) AS ts ) as dte
on DATE_TRUNC(@p1, ts ) = cnt.hr 
order by 1 asc"#,
        params(p1: &str, p2: chrono::NaiveDate, p3: chrono::NaiveDate),
        row = CountAlertReportByRow
    )]
    pub struct CountAlertReportBy;
}
