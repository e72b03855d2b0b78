//! Imported by `prepared import` from endtoend/multischema/pgx/v5/query.sql, endtoend/multischema/pgx/v5/sql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ListBar`.
#[derive(Debug, Clone, FromRow)]
pub struct ListBarRow {
    pub id: i32,
}

/// A row of `ListFoo`.
#[derive(Debug, Clone, FromRow)]
pub struct ListFooRow {
    pub id: i32,
    pub bar: i32,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListBar :many`, endtoend/multischema/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM bar"#,
        row = ListBarRow
    )]
    pub struct ListBar;

    /// sqlc `ListFoo :many`, endtoend/multischema/pgx/v5/sql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = ListFooRow
    )]
    pub struct ListFoo;
}
