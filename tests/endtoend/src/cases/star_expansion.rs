//! Imported by `prepared import` from endtoend/star_expansion/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `StarExpansion`.
#[derive(Debug, Clone, FromRow)]
pub struct StarExpansionRow {
    /// Can be NULL: table column `foo.a` allows NULL.
    /// Column 1: the result names more than one column `a`.
    #[prepared(position = 1)]
    pub a: Option<String>,
    /// Can be NULL: table column `foo.b` allows NULL.
    /// Column 2: the result names more than one column `b`.
    #[prepared(position = 2)]
    pub b: Option<String>,
    /// Can be NULL: table column `foo.a` allows NULL.
    /// Column 3: the result names more than one column `a`.
    #[prepared(position = 3)]
    pub a_2: Option<String>,
    /// Can be NULL: table column `foo.b` allows NULL.
    /// Column 4: the result names more than one column `b`.
    #[prepared(position = 4)]
    pub b_2: Option<String>,
    /// Can be NULL: table column `foo.a` allows NULL.
    /// Column 5: the result names more than one column `a`.
    #[prepared(position = 5)]
    pub a_3: Option<String>,
    /// Can be NULL: table column `foo.b` allows NULL.
    /// Column 6: the result names more than one column `b`.
    #[prepared(position = 6)]
    pub b_3: Option<String>,
}

/// A row of `StarQuotedExpansion`.
#[derive(Debug, Clone, FromRow)]
pub struct StarQuotedExpansionRow {
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

    /// sqlc `StarExpansion :many`, endtoend/star_expansion/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT *, *, foo.* FROM foo"#,
        row = StarExpansionRow
    )]
    pub struct StarExpansion;

    /// sqlc `StarQuotedExpansion :many`, endtoend/star_expansion/postgresql/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT "t".* FROM foo "t""#,
        row = StarQuotedExpansionRow
    )]
    pub struct StarQuotedExpansion;
}
