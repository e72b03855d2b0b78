//! Imported by `prepared import` from endtoend/cte_join_self/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ListItems`.
#[derive(Debug, Clone, FromRow)]
pub struct ListItemsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id1: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id2: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListItems :one`, endtoend/cte_join_self/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"WITH
    items1 AS (SELECT 'id'::TEXT AS id, 'name'::TEXT AS name),
    items2 AS (SELECT 'id'::TEXT AS id, 'name'::TEXT AS name)
SELECT
    i1.id AS id1,
    i2.id AS id2
FROM
    items1 i1
        JOIN items1 i2 ON 1 = 1"#,
        row = ListItemsRow
    )]
    pub struct ListItems;
}
