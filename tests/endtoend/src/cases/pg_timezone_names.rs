//! Imported by `prepared import` from endtoend/pg_timezone_names/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the features `interval` of `prepared`.

use prepared::FromRow;

/// A row of `GetTimezones`.
#[derive(Debug, Clone, FromRow)]
pub struct GetTimezonesRow {
    /// Can be NULL: table column `pg_timezone_names.name` allows NULL.
    pub name: Option<String>,
    /// Can be NULL: table column `pg_timezone_names.abbrev` allows NULL.
    pub abbrev: Option<String>,
    /// Can be NULL: table column `pg_timezone_names.utc_offset` allows NULL.
    pub utc_offset: Option<prepared::Interval>,
    /// Can be NULL: table column `pg_timezone_names.is_dst` allows NULL.
    pub is_dst: Option<bool>,
}

/// A row of `GetTables`.
#[derive(Debug, Clone, FromRow)]
pub struct GetTablesRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub table_name: Option<String>,
}

/// A row of `GetColumns`.
#[derive(Debug, Clone, FromRow)]
pub struct GetColumnsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub table_name: Option<String>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub column_name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetTimezones :many`, endtoend/pg_timezone_names/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * from pg_catalog.pg_timezone_names"#,
        row = GetTimezonesRow
    )]
    pub struct GetTimezones;

    /// sqlc `GetTables :many`, endtoend/pg_timezone_names/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT table_name::text from information_schema.tables"#,
        row = GetTablesRow
    )]
    pub struct GetTables;

    /// sqlc `GetColumns :many`, endtoend/pg_timezone_names/query.sql:7; run it with `prepared_query`.
    #[prepared(
        r#"SELECT table_name::text, column_name::text from information_schema.columns"#,
        row = GetColumnsRow
    )]
    pub struct GetColumns;
}
