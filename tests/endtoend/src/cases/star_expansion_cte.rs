//! Imported by `prepared import` from endtoend/star_expansion_cte/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `StarExpansionCTE`.
#[derive(Debug, Clone, FromRow)]
pub struct StarExpansionCTERow {
    /// Can be NULL: table column `bar.c` allows NULL.
    pub c: Option<String>,
    /// Can be NULL: table column `bar.d` allows NULL.
    pub d: Option<String>,
}

/// A row of `StarExpansionTwoCTE`.
#[derive(Debug, Clone, FromRow)]
pub struct StarExpansionTwoCTERow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub bar: Option<i32>,
    /// Can be NULL: table column `foo.a` allows NULL.
    pub a: Option<String>,
    /// Can be NULL: table column `foo.b` allows NULL.
    pub b: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `StarExpansionCTE :many`, endtoend/star_expansion_cte/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"WITH cte AS (SELECT * FROM foo) SELECT * FROM bar"#,
        row = StarExpansionCTERow
    )]
    pub struct StarExpansionCTE;

    /// sqlc `StarExpansionTwoCTE :many`, endtoend/star_expansion_cte/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"WITH 
  a AS (SELECT * FROM foo),
  b AS (SELECT 1::int as bar, * FROM a)
SELECT * FROM b"#,
        row = StarExpansionTwoCTERow
    )]
    pub struct StarExpansionTwoCTE;
}
