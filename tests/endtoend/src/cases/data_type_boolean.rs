//! Imported by `prepared import` from endtoend/data_type_boolean/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ListFoo`.
#[derive(Debug, Clone, FromRow)]
pub struct ListFooRow {
    pub col_a: bool,
    pub col_b: bool,
}

/// A row of `ListBar`.
#[derive(Debug, Clone, FromRow)]
pub struct ListBarRow {
    /// Can be NULL: table column `bar.col_a` allows NULL.
    pub col_a: Option<bool>,
    /// Can be NULL: table column `bar.col_b` allows NULL.
    pub col_b: Option<bool>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListFoo :many`, endtoend/data_type_boolean/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = ListFooRow
    )]
    pub struct ListFoo;

    /// sqlc `ListBar :many`, endtoend/data_type_boolean/postgresql/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM bar"#,
        row = ListBarRow
    )]
    pub struct ListBar;
}
