//! Imported by `prepared import` from endtoend/cte_left_join/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `BadQuery`.
#[derive(Debug, Clone, FromRow)]
pub struct BadQueryRow {
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    pub bio: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `BadQuery :exec`, endtoend/cte_left_join/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"WITH
	q
		AS (
			SELECT
				authors.name, authors.bio
			FROM
				authors
				LEFT JOIN fake ON authors.name = fake.name
		)
SELECT
	*
FROM
	q AS c1
WHERE c1.name = @name"#,
        params(name: &str),
        row = BadQueryRow
    )]
    pub struct BadQuery;
}
