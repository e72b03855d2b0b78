//! Imported by `prepared import` from endtoend/json_array_elements/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetActionCodeByResource`.
#[derive(Debug, Clone, FromRow)]
pub struct GetActionCodeByResourceRow {
    pub code: String,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub resource_code: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetActionCodeByResource :one`, endtoend/json_array_elements/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT code, arr.item_object ->> 'code'  as resource_code
FROM sys_actions,
    jsonb_array_elements(resources) with ordinality arr(item_object, resource)
    WHERE item_object->>'resource' = @resource
    LIMIT 1"#,
        params(resource: &str),
        row = GetActionCodeByResourceRow
    )]
    pub struct GetActionCodeByResource;
}
