//! Imported by `prepared import` from endtoend/cte_update/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `UpdateAttribute`.
#[derive(Debug, Clone, FromRow)]
pub struct UpdateAttributeRow {
    pub id: i64,
    pub val: String,
    /// Can be NULL: `attribute` is on the nullable side of an outer join.
    pub name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `UpdateAttribute :one`, endtoend/cte_update/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"with updated_attribute as (UPDATE attribute_value
    SET
        val = CASE WHEN @filter_value::bool THEN @value ELSE val END
    WHERE attribute_value.id = @id
    RETURNING id,attribute,val)
select updated_attribute.id, val, name
from updated_attribute
         left join attribute on updated_attribute.attribute = attribute.id"#,
        params(filter_value: bool, value: &str, id: i64),
        row = UpdateAttributeRow
    )]
    pub struct UpdateAttribute;
}
