//! Imported by `prepared import` from endtoend/delete_using/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetSomeDeletedNotOk`.
#[derive(Debug, Clone, FromRow)]
pub struct GetSomeDeletedNotOkRow {
    /// Can be NULL: table column `b.b_id` allows NULL.
    pub b_id: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetSomeDeletedNotOk :many`, endtoend/delete_using/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"DELETE FROM a
USING b
WHERE a.b_id_fk = b.b_id
RETURNING b.b_id; -- column "b_id" does not exist"#,
        row = GetSomeDeletedNotOkRow
    )]
    pub struct GetSomeDeletedNotOk;
}
