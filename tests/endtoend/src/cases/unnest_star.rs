//! Imported by `prepared import` from endtoend/unnest_star/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetPlanItems`.
#[derive(Debug, Clone, FromRow)]
pub struct GetPlanItemsRow {
    pub plan_id: i64,
    pub item_id: i64,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetPlanItems :many`, endtoend/unnest_star/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT p.plan_id, p.item_id
FROM (SELECT * FROM unnest(@ids::bigint[])) AS i(req_item_id),
LATERAL (
    SELECT plan_id, item_id
    FROM plan_items
    WHERE
        item_id = i.req_item_id AND
        (@after = 0 OR plan_id < @after)
    ORDER BY plan_id DESC
    LIMIT @limit_count
) p"#,
        params(ids: &[i64], after: i32, limit_count: i64),
        row = GetPlanItemsRow
    )]
    pub struct GetPlanItems;
}
