//! Imported by `prepared import` from endtoend/valid_group_by_reference/pganalyzer/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `ListAuthors`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
}

/// A row of `ListAuthorsIdenticalAlias`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsIdenticalAliasRow {
    pub id: i64,
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
}

/// A row of `ListMetrics`.
#[derive(Debug, Clone, FromRow)]
pub struct ListMetricsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub bucket: Option<chrono::NaiveDateTime>,
    /// Can be NULL: table column `weather_metrics.city_name` allows NULL.
    pub city_name: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub avg: Option<f64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListAuthors :many`, endtoend/valid_group_by_reference/pganalyzer/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT   id, name as name, bio
FROM     authors"#,
        row = ListAuthorsRow
    )]
    pub struct ListAuthors;

    /// sqlc `ListAuthorsIdenticalAlias :many`, endtoend/valid_group_by_reference/pganalyzer/query.sql:5; run it with `prepared_query`.
    #[prepared(
        r#"SELECT   id, name as name, bio
FROM     authors"#,
        row = ListAuthorsIdenticalAliasRow
    )]
    pub struct ListAuthorsIdenticalAlias;

    /// sqlc `ListMetrics :many`, endtoend/valid_group_by_reference/pganalyzer/query.sql:9; run it with `prepared_query`.
    #[prepared(
        r#"SELECT date_trunc('day', time) AS bucket, city_name, AVG(temp_c)
FROM weather_metrics
WHERE time > NOW() - (6 * INTERVAL '1 month')
GROUP BY bucket, city_name
ORDER BY bucket DESC"#,
        row = ListMetricsRow
    )]
    pub struct ListMetrics;
}
