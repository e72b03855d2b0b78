//! Imported by `prepared import` from endtoend/comparisons/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GreaterThan`.
#[derive(Debug, Clone, FromRow)]
pub struct GreaterThanRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "?column?")]
    pub column: Option<bool>,
}

/// A row of `LessThan`.
#[derive(Debug, Clone, FromRow)]
pub struct LessThanRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "?column?")]
    pub column: Option<bool>,
}

/// A row of `GreaterThanOrEqual`.
#[derive(Debug, Clone, FromRow)]
pub struct GreaterThanOrEqualRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "?column?")]
    pub column: Option<bool>,
}

/// A row of `LessThanOrEqual`.
#[derive(Debug, Clone, FromRow)]
pub struct LessThanOrEqualRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "?column?")]
    pub column: Option<bool>,
}

/// A row of `NotEqual`.
#[derive(Debug, Clone, FromRow)]
pub struct NotEqualRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "?column?")]
    pub column: Option<bool>,
}

/// A row of `AlsoNotEqual`.
#[derive(Debug, Clone, FromRow)]
pub struct AlsoNotEqualRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "?column?")]
    pub column: Option<bool>,
}

/// A row of `Equal`.
#[derive(Debug, Clone, FromRow)]
pub struct EqualRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "?column?")]
    pub column: Option<bool>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GreaterThan :many`, endtoend/comparisons/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT count(*) > 0 FROM bar"#,
        row = GreaterThanRow
    )]
    pub struct GreaterThan;

    /// sqlc `LessThan :many`, endtoend/comparisons/postgresql/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT count(*) < 0 FROM bar"#,
        row = LessThanRow
    )]
    pub struct LessThan;

    /// sqlc `GreaterThanOrEqual :many`, endtoend/comparisons/postgresql/pgx/v5/query.sql:7; run it with `prepared_query`.
    #[prepared(
        r#"SELECT count(*) >= 0 FROM bar"#,
        row = GreaterThanOrEqualRow
    )]
    pub struct GreaterThanOrEqual;

    /// sqlc `LessThanOrEqual :many`, endtoend/comparisons/postgresql/pgx/v5/query.sql:10; run it with `prepared_query`.
    #[prepared(
        r#"SELECT count(*) <= 0 FROM bar"#,
        row = LessThanOrEqualRow
    )]
    pub struct LessThanOrEqual;

    /// sqlc `NotEqual :many`, endtoend/comparisons/postgresql/pgx/v5/query.sql:13; run it with `prepared_query`.
    #[prepared(
        r#"SELECT count(*) != 0 FROM bar"#,
        row = NotEqualRow
    )]
    pub struct NotEqual;

    /// sqlc `AlsoNotEqual :many`, endtoend/comparisons/postgresql/pgx/v5/query.sql:16; run it with `prepared_query`.
    #[prepared(
        r#"SELECT count(*) <> 0 FROM bar"#,
        row = AlsoNotEqualRow
    )]
    pub struct AlsoNotEqual;

    /// sqlc `Equal :many`, endtoend/comparisons/postgresql/pgx/v5/query.sql:19; run it with `prepared_query`.
    #[prepared(
        r#"SELECT count(*) = 0 FROM bar"#,
        row = EqualRow
    )]
    pub struct Equal;
}
