//! Imported by `prepared import` from endtoend/select_union_subquery/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `TestSubqueryUnion`.
#[derive(Debug, Clone, FromRow)]
pub struct TestSubqueryUnionRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id: Option<i32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub name: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub bio: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `TestSubqueryUnion :many`, endtoend/select_union_subquery/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT tmp.* FROM (
  SELECT * FROM authors
  UNION
  SELECT * FROM authors
) tmp LIMIT 5"#,
        row = TestSubqueryUnionRow
    )]
    pub struct TestSubqueryUnion;
}
