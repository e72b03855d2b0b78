//! Imported by `prepared import` from endtoend/join_clauses_order/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `TestLeftInner`.
#[derive(Debug, Clone, FromRow)]
pub struct TestLeftInnerRow {
    pub a: String,
    /// Can be NULL: `b` is on the nullable side of an outer join.
    pub b: Option<String>,
    pub c: String,
}

/// A row of `TestInnerLeft`.
#[derive(Debug, Clone, FromRow)]
pub struct TestInnerLeftRow {
    pub a: String,
    pub b: String,
    /// Can be NULL: `c` is on the nullable side of an outer join.
    pub c: Option<String>,
}

/// A row of `TestLeftInnerLeftInner`.
#[derive(Debug, Clone, FromRow)]
pub struct TestLeftInnerLeftInnerRow {
    pub a: String,
    /// Can be NULL: `b` is on the nullable side of an outer join.
    pub b: Option<String>,
    pub c: String,
    /// Can be NULL: `d` is on the nullable side of an outer join.
    pub d: Option<String>,
    pub e: String,
}

/// A row of `TestInnerLeftInnerLeft`.
#[derive(Debug, Clone, FromRow)]
pub struct TestInnerLeftInnerLeftRow {
    pub a: String,
    pub b: String,
    /// Can be NULL: `c` is on the nullable side of an outer join.
    pub c: Option<String>,
    pub d: String,
    /// Can be NULL: `e` is on the nullable side of an outer join.
    pub e: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `TestLeftInner :many`, endtoend/join_clauses_order/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT a.a, b.b, c.c
FROM a
LEFT JOIN b ON b.a_id = a.id
INNER JOIN c ON c.a_id = a.id"#,
        row = TestLeftInnerRow
    )]
    pub struct TestLeftInner;

    /// sqlc `TestInnerLeft :many`, endtoend/join_clauses_order/postgresql/query.sql:7; run it with `prepared_query`.
    #[prepared(
        r#"SELECT a.a, b.b, c.c
FROM a
INNER JOIN b ON b.a_id = a.id
LEFT JOIN c ON c.a_id = a.id"#,
        row = TestInnerLeftRow
    )]
    pub struct TestInnerLeft;

    /// sqlc `TestLeftInnerLeftInner :many`, endtoend/join_clauses_order/postgresql/query.sql:13; run it with `prepared_query`.
    #[prepared(
        r#"SELECT a.a, b.b, c.c, d.d, e.e
FROM a
LEFT JOIN b ON b.a_id = a.id
INNER JOIN c ON c.a_id = a.id
LEFT JOIN d ON d.a_id = a.id
INNER JOIN e ON e.a_id = a.id"#,
        row = TestLeftInnerLeftInnerRow
    )]
    pub struct TestLeftInnerLeftInner;

    /// sqlc `TestInnerLeftInnerLeft :many`, endtoend/join_clauses_order/postgresql/query.sql:21; run it with `prepared_query`.
    #[prepared(
        r#"SELECT a.a, b.b, c.c, d.d, e.e
FROM a
INNER JOIN b ON b.a_id = a.id
LEFT JOIN c ON c.a_id = a.id
INNER JOIN d ON d.a_id = a.id
LEFT JOIN e ON e.a_id = a.id"#,
        row = TestInnerLeftInnerLeftRow
    )]
    pub struct TestInnerLeftInnerLeft;
}
