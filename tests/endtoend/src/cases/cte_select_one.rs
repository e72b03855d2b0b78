//! Imported by `prepared import` from endtoend/cte_select_one/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `TestRecursive`.
#[derive(Debug, Clone, FromRow)]
pub struct TestRecursiveRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub foo: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `TestRecursive :one`, endtoend/cte_select_one/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"WITH t1 AS (
    select 1 as foo
)
SELECT * FROM t1"#,
        row = TestRecursiveRow
    )]
    pub struct TestRecursive;
}
