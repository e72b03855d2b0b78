//! Imported by `prepared import` from endtoend/case_text/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `CaseStatementText`.
#[derive(Debug, Clone, FromRow)]
pub struct CaseStatementTextRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub is_one: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CaseStatementText :many`, endtoend/case_text/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT CASE 
  WHEN id = @id THEN 'foo'
  ELSE 'bar'
END is_one
FROM foo"#,
        params(id: &str),
        row = CaseStatementTextRow
    )]
    pub struct CaseStatementText;
}
