//! Imported by `prepared import` from endtoend/join_where_clause/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `JoinWhereClause`.
#[derive(Debug, Clone, FromRow)]
pub struct JoinWhereClauseRow {
    pub barid: i32,
}

/// A row of `JoinParamWhereClause`.
#[derive(Debug, Clone, FromRow)]
pub struct JoinParamWhereClauseRow {
    pub barid: i32,
}

/// A row of `JoinNoConstraints`.
#[derive(Debug, Clone, FromRow)]
pub struct JoinNoConstraintsRow {
    pub barid: i32,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `JoinWhereClause :many`, endtoend/join_where_clause/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT foo.*
FROM foo
JOIN bar ON bar.id = barid
WHERE owner = @owner"#,
        params(owner: &str),
        row = JoinWhereClauseRow
    )]
    pub struct JoinWhereClause;

    /// sqlc `JoinParamWhereClause :many`, endtoend/join_where_clause/postgresql/pgx/v5/query.sql:7; run it with `prepared_query`.
    #[prepared(
        r#"SELECT foo.*
FROM foo
JOIN bar ON bar.id = @id
WHERE owner = @owner"#,
        params(owner: &str, id: i32),
        row = JoinParamWhereClauseRow
    )]
    pub struct JoinParamWhereClause;

    /// sqlc `JoinNoConstraints :many`, endtoend/join_where_clause/postgresql/pgx/v5/query.sql:13; run it with `prepared_query`.
    #[prepared(
        r#"SELECT foo.*
FROM foo
CROSS JOIN bar
WHERE bar.id = @id AND owner = @owner"#,
        params(owner: &str, id: i32),
        row = JoinNoConstraintsRow
    )]
    pub struct JoinNoConstraints;
}
