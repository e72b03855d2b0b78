//! Imported by `prepared import` from endtoend/create_materialized_view/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetFirst`.
#[derive(Debug, Clone, FromRow)]
pub struct GetFirstRow {
    /// Can be NULL: table column `mat_first_view.val` allows NULL.
    pub val: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetFirst :many`, endtoend/create_materialized_view/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM mat_first_view"#,
        row = GetFirstRow
    )]
    pub struct GetFirst;
}
