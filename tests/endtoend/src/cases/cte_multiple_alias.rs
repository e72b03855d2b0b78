//! Imported by `prepared import` from endtoend/cte_multiple_alias/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `BadQuery`.
#[derive(Debug, Clone, FromRow)]
pub struct BadQueryRow {
    /// Column 1: the result names more than one column `name`.
    #[prepared(position = 1)]
    pub name: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    /// Column 2: the result names more than one column `bio`.
    #[prepared(position = 2)]
    pub bio: Option<String>,
    /// Column 3: the result names more than one column `name`.
    #[prepared(position = 3)]
    pub name_2: String,
    /// Can be NULL: table column `authors.bio` allows NULL.
    /// Column 4: the result names more than one column `bio`.
    #[prepared(position = 4)]
    pub bio_2: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `BadQuery :one`, endtoend/cte_multiple_alias/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
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
	q AS c1,
	q as c2"#,
        row = BadQueryRow
    )]
    pub struct BadQuery;
}
