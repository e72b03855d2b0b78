//! Imported by `prepared import` from endtoend/operator_string_concat/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `Test2`.
#[derive(Debug, Clone, FromRow)]
pub struct Test2Row {
    pub txt: String,
}

/// A row of `Test3`.
#[derive(Debug, Clone, FromRow)]
pub struct Test3Row {
    pub txt: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Test2 :one`, endtoend/operator_string_concat/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"select * from Demo
where txt like '%' || @val::text || '%'"#,
        params(val: &str),
        row = Test2Row
    )]
    pub struct Test2;

    /// sqlc `Test3 :one`, endtoend/operator_string_concat/postgresql/pgx/v5/query.sql:5; run it with `prepared_query_one`.
    #[prepared(
        r#"select * from Demo
where txt like concat('%', @val::text, '%')"#,
        params(val: &str),
        row = Test3Row
    )]
    pub struct Test3;
}
