//! Imported by `prepared import` from endtoend/comment_on/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ListBar`.
#[derive(Debug, Clone, FromRow)]
pub struct ListBarRow {
    pub baz: String,
}

/// A row of `ListBat`.
#[derive(Debug, Clone, FromRow)]
pub struct ListBatRow {
    /// Can be NULL: table column `bat.baz` allows NULL.
    pub baz: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListBar :many`, endtoend/comment_on/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo.bar"#,
        row = ListBarRow
    )]
    pub struct ListBar;

    /// sqlc `ListBat :many`, endtoend/comment_on/postgresql/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo.bat"#,
        row = ListBatRow
    )]
    pub struct ListBat;
}
