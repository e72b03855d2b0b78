//! Imported by `prepared import` from endtoend/select_text_array/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SelectTextArray`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectTextArrayRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<Vec<String>>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SelectTextArray :many`, endtoend/select_text_array/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @p1::TEXT[]"#,
        params(p1: &[String]),
        row = SelectTextArrayRow
    )]
    pub struct SelectTextArray;
}
