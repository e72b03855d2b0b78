//! Imported by `prepared import` from endtoend/golang_initialisms_empty/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SelectFoo`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectFooRow {
    /// Can be NULL: table column `foo.bar_id` allows NULL.
    pub bar_id: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SelectFoo :many`, endtoend/golang_initialisms_empty/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = SelectFooRow
    )]
    pub struct SelectFoo;
}
