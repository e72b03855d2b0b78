//! Imported by `prepared import` from endtoend/cte_recursive_star/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetDictTree`.
#[derive(Debug, Clone, FromRow)]
pub struct GetDictTreeRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub code: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub parent_code: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub label: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub value: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub path: Option<Vec<String>>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub depth: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetDictTree :many`, endtoend/cte_recursive_star/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"with recursive dictTree(id, code, parent_code, label, value, path, depth) AS (
	select id, code, parent_code, label, value, ARRAY[COALESCE((select id from dict where code=''),'virtual_root'), id], 1 as depth from dict where app_id = '1' and parent_code = '' and is_delete=false
	union
		select d.id, d.code, d.parent_code, d.label, d.value, t.path || ARRAY[d.id], t.depth+1 as depth from dict d join dictTree t on d.parent_code = t.code and not d.id = ANY(t.path) and d.is_delete=false
)
select * from dictTree d order by depth, parent_code"#,
        row = GetDictTreeRow
    )]
    pub struct GetDictTree;
}
