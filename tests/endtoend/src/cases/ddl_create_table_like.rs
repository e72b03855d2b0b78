//! Imported by `prepared import` from endtoend/ddl_create_table_like/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `AllRanked`.
#[derive(Debug, Clone, FromRow)]
pub struct AllRankedRow {
    pub ranked: i32,
    pub rank_by_effect_size: i32,
    pub rank_by_abs_percent_change: i32,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `AllRanked :many`, endtoend/ddl_create_table_like/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM changes_ranked"#,
        row = AllRankedRow
    )]
    pub struct AllRanked;
}
