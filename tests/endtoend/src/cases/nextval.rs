//! Imported by `prepared import` from endtoend/nextval/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetNextID`.
#[derive(Debug, Clone, FromRow)]
pub struct GetNextIDRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 1: the result names more than one column `pk`.
    #[prepared(position = 1)]
    pub pk: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 2: the result names more than one column `pk`.
    #[prepared(position = 2)]
    pub pk_2: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetNextID :one`, endtoend/nextval/postgresql/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT pk, pk FROM
 (SELECT nextval('authors_id_seq') as pk) AS alias"#,
        row = GetNextIDRow
    )]
    pub struct GetNextID;
}
