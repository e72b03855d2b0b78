//! Imported by `prepared import` from endtoend/nested_select/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `NestedSelect`.
#[derive(Debug, Clone, FromRow)]
pub struct NestedSelectRow {
    pub id: i64,
    pub count: i64,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `NestedSelect :one`, endtoend/nested_select/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT latest.id, t.count
FROM (
  SELECT id, max(update_time) AS update_time
  FROM test
  WHERE id = ANY (@ids::bigint[])
    -- ERROR HERE on update_time
    AND update_time >= @start_time
  GROUP BY id
) latest
INNER JOIN test t USING (id, update_time)"#,
        params(ids: &[i64], start_time: i64),
        row = NestedSelectRow
    )]
    pub struct NestedSelect;
}
