//! Imported by `prepared import` from endtoend/having/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ColdCities`.
#[derive(Debug, Clone, FromRow)]
pub struct ColdCitiesRow {
    pub city: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ColdCities :many`, endtoend/having/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT city
FROM weather
GROUP BY city
HAVING max(temp_lo) < @p1"#,
        params(p1: i32),
        row = ColdCitiesRow
    )]
    pub struct ColdCities;
}
