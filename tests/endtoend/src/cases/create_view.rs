//! Imported by `prepared import` from endtoend/create_view/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetFirst`.
#[derive(Debug, Clone, FromRow)]
pub struct GetFirstRow {
    /// Can be NULL: table column `first_view.val` allows NULL.
    pub val: Option<String>,
}

/// A row of `GetSecond`.
#[derive(Debug, Clone, FromRow)]
pub struct GetSecondRow {
    /// Can be NULL: table column `second_view.val` allows NULL.
    pub val: Option<String>,
    /// Can be NULL: table column `second_view.val2` allows NULL.
    pub val2: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetFirst :many`, endtoend/create_view/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM first_view"#,
        row = GetFirstRow
    )]
    pub struct GetFirst;

    /// sqlc `GetSecond :many`, endtoend/create_view/postgresql/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM second_view WHERE val2 = @val2"#,
        params(val2: i32),
        row = GetSecondRow
    )]
    pub struct GetSecond;
}
