//! Imported by `prepared import` from endtoend/citext/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetCitexts`.
#[derive(Debug, Clone, FromRow)]
pub struct GetCitextsRow {
    /// Can be NULL: table column `foo.bar` allows NULL.
    pub bar: Option<String>,
    pub bat: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetCitexts :many`, endtoend/citext/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT bar, bat
FROM foo"#,
        row = GetCitextsRow
    )]
    pub struct GetCitexts;
}
