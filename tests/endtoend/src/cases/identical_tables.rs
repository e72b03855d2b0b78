//! Imported by `prepared import` from endtoend/identical_tables/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `IdenticalTable`.
#[derive(Debug, Clone, FromRow)]
pub struct IdenticalTableRow {
    pub id: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `IdenticalTable :many`, endtoend/identical_tables/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = IdenticalTableRow
    )]
    pub struct IdenticalTable;
}
