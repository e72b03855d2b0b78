//! Imported by `prepared import` from endtoend/cte_recursive_union/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ListCaseIntentHistory`.
#[derive(Debug, Clone, FromRow)]
pub struct ListCaseIntentHistoryRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub child: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "group_")]
    pub group: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListCaseIntentHistory :many`, endtoend/cte_recursive_union/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"WITH RECURSIVE descendants AS
   ( SELECT case_intent_parent_id AS parent, case_intent_id AS child, 1 AS lvl
     FROM case_intent_parent_join
     UNION ALL
     SELECT d.parent as parent, p.case_intent_id as child, d.lvl + 1 as lvl
     FROM descendants d
              JOIN case_intent_parent_join p
                   ON d.child = p.case_intent_parent_id
   )
select distinct child, 'child' group_
from descendants
where parent = @case_intent_id
union
select distinct parent, 'parent' group_
from descendants
where child = @case_intent_id
ORDER BY child"#,
        params(case_intent_id: i64),
        row = ListCaseIntentHistoryRow
    )]
    pub struct ListCaseIntentHistory;
}
