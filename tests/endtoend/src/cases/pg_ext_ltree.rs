//! Imported by `prepared import` from endtoend/pg_ext_ltree/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ListFoo`.
#[derive(Debug, Clone, FromRow)]
pub struct ListFooRow {
    /// Can be NULL: table column `foo.qualified_name` allows NULL.
    pub qualified_name: Option<String>,
    /// Can be NULL: table column `foo.name_query` allows NULL.
    pub name_query: Option<String>,
    /// Can be NULL: table column `foo.fts_name_query` allows NULL.
    pub fts_name_query: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListFoo :many`, endtoend/pg_ext_ltree/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = ListFooRow
    )]
    pub struct ListFoo;
}
