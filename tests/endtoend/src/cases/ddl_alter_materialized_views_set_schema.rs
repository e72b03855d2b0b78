//! Imported by `prepared import` from endtoend/ddl_alter_materialized_views_set_schema/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SomeQuery`.
#[derive(Debug, Clone, FromRow)]
pub struct SomeQueryRow {
    /// Can be NULL: table column `something.id` allows NULL.
    pub id: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SomeQuery :many`, endtoend/ddl_alter_materialized_views_set_schema/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"select id from "computed_tables"."something""#,
        row = SomeQueryRow
    )]
    pub struct SomeQuery;
}
