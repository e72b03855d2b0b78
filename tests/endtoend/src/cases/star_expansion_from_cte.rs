//! Imported by `prepared import` from endtoend/star_expansion_from_cte/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `StarExpansionCTE`.
#[derive(Debug, Clone, FromRow)]
pub struct StarExpansionCTERow {
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

    /// sqlc `StarExpansionCTE :many`, endtoend/star_expansion_from_cte/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"WITH cte AS (SELECT * FROM foo) SELECT * FROM cte"#,
        row = StarExpansionCTERow
    )]
    pub struct StarExpansionCTE;
}
