//! Imported by `prepared import` from endtoend/select_subquery/postgresql/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `Subquery`.
#[derive(Debug, Clone, FromRow)]
pub struct SubqueryRow {
    pub a: i32,
    /// Can be NULL: table column `foo.name` allows NULL.
    pub name: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub alias: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Subquery :many`, endtoend/select_subquery/postgresql/stdlib/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT 
	a,
	name,
	(SELECT alias FROM bar WHERE bar.a=foo.a AND alias = @alias ORDER BY bar.a DESC limit 1) as alias
FROM FOO WHERE a = @a"#,
        params(alias: &str, a: i32),
        row = SubqueryRow
    )]
    pub struct Subquery;
}
