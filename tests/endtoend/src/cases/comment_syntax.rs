//! Imported by `prepared import` from endtoend/comment_syntax/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `DoubleDash`.
#[derive(Debug, Clone, FromRow)]
pub struct DoubleDashRow {
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<String>,
}

/// A row of `SlashStar`.
#[derive(Debug, Clone, FromRow)]
pub struct SlashStarRow {
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `DoubleDash :one`, endtoend/comment_syntax/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM foo LIMIT 1"#,
        row = DoubleDashRow
    )]
    pub struct DoubleDash;

    /// sqlc `SlashStar :one`, endtoend/comment_syntax/postgresql/pgx/v5/query.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM foo LIMIT 1"#,
        row = SlashStarRow
    )]
    pub struct SlashStar;
}
