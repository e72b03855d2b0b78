//! Imported by `prepared import` from endtoend/join_from/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `MultiFrom`.
#[derive(Debug, Clone, FromRow)]
pub struct MultiFromRow {
    pub email: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `MultiFrom :many`, endtoend/join_from/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT email FROM bar, foo WHERE login = @login"#,
        params(login: &str),
        row = MultiFromRow
    )]
    pub struct MultiFrom;
}
