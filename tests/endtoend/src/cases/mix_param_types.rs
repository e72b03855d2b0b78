//! Imported by `prepared import` from endtoend/mix_param_types/postgresql/test.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `CountOne`.
#[derive(Debug, Clone, FromRow)]
pub struct CountOneRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

/// A row of `CountTwo`.
#[derive(Debug, Clone, FromRow)]
pub struct CountTwoRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

/// A row of `CountThree`.
#[derive(Debug, Clone, FromRow)]
pub struct CountThreeRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CountOne :one`, endtoend/mix_param_types/postgresql/test.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT count(1) FROM bar WHERE id = @id AND name <> @name LIMIT @limit"#,
        params(name: &str, id: i32, limit: i64),
        row = CountOneRow
    )]
    pub struct CountOne;

    /// sqlc `CountTwo :one`, endtoend/mix_param_types/postgresql/test.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT count(1) FROM bar WHERE id = @id AND name <> @name"#,
        params(id: i32, name: &str),
        row = CountTwoRow
    )]
    pub struct CountTwo;

    /// sqlc `CountThree :one`, endtoend/mix_param_types/postgresql/test.sql:7; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT count(1) FROM bar WHERE id > @id AND phone <> @phone AND name <> @name"#,
        params(name: &str, id: i32, phone: &str),
        row = CountThreeRow
    )]
    pub struct CountThree;
}
