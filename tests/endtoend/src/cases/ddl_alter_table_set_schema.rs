//! Imported by `prepared import` from endtoend/ddl_alter_table_set_schema/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetFooBar`.
#[derive(Debug, Clone, FromRow)]
pub struct GetFooBarRow {
    /// Can be NULL: table column `bar.name` allows NULL.
    pub name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetFooBar :exec`, endtoend/ddl_alter_table_set_schema/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo.bar"#,
        row = GetFooBarRow
    )]
    pub struct GetFooBar;

    /// sqlc `UpdateFooBar :exec`, endtoend/ddl_alter_table_set_schema/postgresql/pgx/v5/query.sql:4; run it with `prepared_execute`.
    /// `all_rows`: UPDATE of `foo.bar` has no WHERE, so it changes every row, as the query file has it.
    #[prepared(
        r#"UPDATE foo.bar SET name = @name"#,
        params(name: Option<&str>),
        all_rows
    )]
    pub struct UpdateFooBar;
}
