//! Imported by `prepared import` from endtoend/array_text_join/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `JoinTextArray`.
#[derive(Debug, Clone, FromRow)]
pub struct JoinTextArrayRow {
    pub info: Vec<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `JoinTextArray :many`, endtoend/array_text_join/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar.info
FROM foo
JOIN bar ON foo.bar = bar.id"#,
        row = JoinTextArrayRow
    )]
    pub struct JoinTextArray;
}
