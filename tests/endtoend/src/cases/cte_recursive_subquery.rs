//! Imported by `prepared import` from endtoend/cte_recursive_subquery/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetLatestVersion`.
#[derive(Debug, Clone, FromRow)]
pub struct GetLatestVersionRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id: Option<i64>,
}

/// A row of `GetLatestVersionWithSubquery`.
#[derive(Debug, Clone, FromRow)]
pub struct GetLatestVersionWithSubqueryRow {
    pub id: i64,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetLatestVersion :one`, endtoend/cte_recursive_subquery/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"WITH RECURSIVE search_tree(id, chain_id, chain_counter) AS (
	SELECT base.id, base.id AS chain_id, 0 as chain_counter
	FROM versions AS base
	WHERE base.previous_version_id IS NULL
  	UNION ALL
	SELECT v.id, search_tree.chain_id, search_tree.chain_counter + 1
	FROM versions AS v
	INNER JOIN search_tree ON search_tree.id = v.previous_version_id
)
SELECT DISTINCT ON (search_tree.chain_id) 
	search_tree.id
FROM search_tree   
ORDER BY search_tree.chain_id, chain_counter DESC"#,
        row = GetLatestVersionRow
    )]
    pub struct GetLatestVersion;

    /// sqlc `GetLatestVersionWithSubquery :one`, endtoend/cte_recursive_subquery/postgresql/pgx/query.sql:16; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT id
FROM versions
WHERE versions.id IN (
  WITH RECURSIVE search_tree(id, chain_id, chain_counter) AS (
	SELECT base.id, base.id AS chain_id, 0 as chain_counter
	FROM versions AS base
	WHERE versions.previous_version_id IS NULL
	UNION ALL
	SELECT v.id, search_tree.chain_id, search_tree.chain_counter + 1
	FROM versions AS v
	INNER JOIN search_tree ON search_tree.id = v.previous_version_id 
  )
  SELECT DISTINCT ON (search_tree.chain_id) 
	search_tree.id
  FROM search_tree   
  ORDER BY search_tree.chain_id, chain_counter DESC
)"#,
        row = GetLatestVersionWithSubqueryRow
    )]
    pub struct GetLatestVersionWithSubquery;
}
