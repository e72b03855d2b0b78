//! Imported by `prepared import` from endtoend/select_union/postgres/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SelectUnion`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectUnionRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub a: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub b: Option<String>,
}

/// A row of `SelectUnionWithLimit`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectUnionWithLimitRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub a: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub b: Option<String>,
}

/// A row of `SelectExcept`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectExceptRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub a: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub b: Option<String>,
}

/// A row of `SelectIntersect`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectIntersectRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub a: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub b: Option<String>,
}

/// A row of `SelectUnionOther`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectUnionOtherRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub a: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub b: Option<String>,
}

/// A row of `SelectUnionAliased`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectUnionAliasedRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub a: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub b: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SelectUnion :many`, endtoend/select_union/postgres/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo
UNION
SELECT * FROM foo"#,
        row = SelectUnionRow
    )]
    pub struct SelectUnion;

    /// sqlc `SelectUnionWithLimit :many`, endtoend/select_union/postgres/pgx/v5/query.sql:6; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo
UNION
SELECT * FROM foo
LIMIT @limit OFFSET @offset"#,
        params(limit: i64, offset: i64),
        row = SelectUnionWithLimitRow
    )]
    pub struct SelectUnionWithLimit;

    /// sqlc `SelectExcept :many`, endtoend/select_union/postgres/pgx/v5/query.sql:12; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo
EXCEPT
SELECT * FROM foo"#,
        row = SelectExceptRow
    )]
    pub struct SelectExcept;

    /// sqlc `SelectIntersect :many`, endtoend/select_union/postgres/pgx/v5/query.sql:17; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo
INTERSECT
SELECT * FROM foo"#,
        row = SelectIntersectRow
    )]
    pub struct SelectIntersect;

    /// sqlc `SelectUnionOther :many`, endtoend/select_union/postgres/pgx/v5/query.sql:22; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo
UNION
SELECT * FROM bar"#,
        row = SelectUnionOtherRow
    )]
    pub struct SelectUnionOther;

    /// sqlc `SelectUnionAliased :many`, endtoend/select_union/postgres/pgx/v5/query.sql:27; run it with `prepared_query`.
    #[prepared(
        r#"(SELECT * FROM foo)
UNION
SELECT * FROM foo"#,
        row = SelectUnionAliasedRow
    )]
    pub struct SelectUnionAliased;
}
