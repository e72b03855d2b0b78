//! Imported by `prepared import` from endtoend/star_expansion_reserved/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `StarExpansionReserved`.
#[derive(Debug, Clone, FromRow)]
pub struct StarExpansionReservedRow {
    /// Can be NULL: table column `foo.group` allows NULL.
    pub group: Option<String>,
    /// Can be NULL: table column `foo.key` allows NULL.
    pub key: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `StarExpansionReserved :many`, endtoend/star_expansion_reserved/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = StarExpansionReservedRow
    )]
    pub struct StarExpansionReserved;
}
