//! Imported by `prepared import` from endtoend/codegen_struct_field_names/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `Test`.
#[derive(Debug, Clone, FromRow)]
pub struct TestRow {
    pub id: i32,
    /// Can be NULL: table column `bar.!!!nobody,_,-would-believe---this-...?!` allows NULL.
    #[prepared(rename = "!!!nobody,_,-would-believe---this-...?!")]
    pub nobody_would_believe_this: Option<i32>,
    /// Can be NULL: table column `bar.parent        id` allows NULL.
    #[prepared(rename = "parent        id")]
    pub parent_id: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `test :one`, endtoend/codegen_struct_field_names/stdlib/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * from bar limit 1"#,
        row = TestRow
    )]
    pub struct Test;
}
