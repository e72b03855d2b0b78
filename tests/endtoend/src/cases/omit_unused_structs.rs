//! Imported by `prepared import` from endtoend/omit_unused_structs/postgresql/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `postgres-types` as dependencies.

use prepared::FromRow;

/// PostgreSQL's enum `query_return_full_table_enum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "query_return_full_table_enum")]
pub enum QueryReturnFullTableEnum {
    #[postgres(name = "e")]
    E,
    #[postgres(name = "f")]
    F,
}

/// PostgreSQL's enum `query_param_enum_table_enum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "query_param_enum_table_enum")]
pub enum QueryParamEnumTableEnum {
    #[postgres(name = "g")]
    G,
    #[postgres(name = "h")]
    H,
}

/// PostgreSQL's enum `query_param_struct_enum_table_enum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "query_param_struct_enum_table_enum")]
pub enum QueryParamStructEnumTableEnum {
    #[postgres(name = "i")]
    I,
    #[postgres(name = "j")]
    J,
}

/// PostgreSQL's enum `query_return_enum_table_enum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "query_return_enum_table_enum")]
pub enum QueryReturnEnumTableEnum {
    #[postgres(name = "k")]
    K,
    #[postgres(name = "l")]
    L,
}

/// PostgreSQL's enum `query_return_struct_enum_table_enum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "query_return_struct_enum_table_enum")]
pub enum QueryReturnStructEnumTableEnum {
    #[postgres(name = "k")]
    K,
    #[postgres(name = "l")]
    L,
}

/// PostgreSQL's enum `query_sqlc_embed_enum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "query_sqlc_embed_enum")]
pub enum QuerySqlcEmbedEnum {
    #[postgres(name = "m")]
    M,
    #[postgres(name = "n")]
    N,
}

/// PostgreSQL's enum `array_enum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "array_enum")]
pub enum ArrayEnum {
    #[postgres(name = "o")]
    O,
    #[postgres(name = "p")]
    P,
}

/// A row of table `query_sqlc_embed_table`, as `sqlc.embed` reads it.
#[derive(Debug, Clone, FromRow)]
pub struct QuerySqlcEmbedTable {
    pub id: i32,
    /// Can be NULL: table column `query_sqlc_embed_table.value` allows NULL.
    pub value: Option<QuerySqlcEmbedEnum>,
}

/// A row of `QueryReturnFullTable`.
#[derive(Debug, Clone, FromRow)]
pub struct QueryReturnFullTableRow {
    pub id: i32,
    /// Can be NULL: table column `query_return_full_table.value` allows NULL.
    pub value: Option<QueryReturnFullTableEnum>,
}

/// A row of `QueryParamEnumTable`.
#[derive(Debug, Clone, FromRow)]
pub struct QueryParamEnumTableRow {
    pub id: i32,
    pub other: QueryParamEnumTableEnum,
    /// Can be NULL: table column `query_param_enum_table.value` allows NULL.
    pub value: Option<QueryParamEnumTableEnum>,
}

/// A row of `QueryParamStructEnumTable`.
#[derive(Debug, Clone, FromRow)]
pub struct QueryParamStructEnumTableRow {
    pub id: i32,
}

/// A row of `QueryReturnEnumTable`.
#[derive(Debug, Clone, FromRow)]
pub struct QueryReturnEnumTableRow {
    /// Can be NULL: table column `query_return_enum_table.value` allows NULL.
    pub value: Option<QueryReturnEnumTableEnum>,
}

/// A row of `QueryReturnStructEnumTable`.
#[derive(Debug, Clone, FromRow)]
pub struct QueryReturnStructEnumTableRow {
    /// Can be NULL: table column `query_return_struct_enum_table.value` allows NULL.
    pub value: Option<QueryReturnStructEnumTableEnum>,
    /// Can be NULL: table column `query_return_struct_enum_table.another` allows NULL.
    pub another: Option<i32>,
}

/// A row of `QuerySqlcEmbedTable`.
#[derive(Debug, Clone, FromRow)]
pub struct QuerySqlcEmbedTableRow {
    /// `sqlc.embed(query_sqlc_embed_table)`: its columns, in their place.
    #[prepared(flatten)]
    pub query_sqlc_embed_table: QuerySqlcEmbedTable,
}

/// A row of `QueryEnumArrayTable`.
#[derive(Debug, Clone, FromRow)]
pub struct QueryEnumArrayTableRow {
    pub id: i32,
    /// Can be NULL: table column `array_enum_table.value` allows NULL.
    pub value: Option<Vec<ArrayEnum>>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `query_return_full_table :many`, endtoend/omit_unused_structs/postgresql/stdlib/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM query_return_full_table"#,
        row = QueryReturnFullTableRow
    )]
    pub struct QueryReturnFullTable;

    /// sqlc `query_param_enum_table :one`, endtoend/omit_unused_structs/postgresql/stdlib/query.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT * FROM query_param_enum_table WHERE value = @value"#,
        params(value: QueryParamEnumTableEnum),
        row = QueryParamEnumTableRow
    )]
    pub struct QueryParamEnumTable;

    /// sqlc `query_param_struct_enum_table :one`, endtoend/omit_unused_structs/postgresql/stdlib/query.sql:7; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT id FROM query_param_struct_enum_table WHERE id = @id AND value = @value"#,
        params(id: i32, value: QueryParamStructEnumTableEnum),
        row = QueryParamStructEnumTableRow
    )]
    pub struct QueryParamStructEnumTable;

    /// sqlc `query_return_enum_table :one`, endtoend/omit_unused_structs/postgresql/stdlib/query.sql:10; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT value FROM query_return_enum_table WHERE id = @id"#,
        params(id: i32),
        row = QueryReturnEnumTableRow
    )]
    pub struct QueryReturnEnumTable;

    /// sqlc `query_return_struct_enum_table :one`, endtoend/omit_unused_structs/postgresql/stdlib/query.sql:13; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT value, another FROM query_return_struct_enum_table WHERE id = @id"#,
        params(id: i32),
        row = QueryReturnStructEnumTableRow
    )]
    pub struct QueryReturnStructEnumTable;

    /// sqlc `query_sqlc_embed_table :one`, endtoend/omit_unused_structs/postgresql/stdlib/query.sql:16; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT query_sqlc_embed_table.* FROM query_sqlc_embed_table WHERE id = @id"#,
        params(id: i32),
        row = QuerySqlcEmbedTableRow
    )]
    pub struct QuerySqlcEmbedTable;

    /// sqlc `query_enum_array_table :many`, endtoend/omit_unused_structs/postgresql/stdlib/query.sql:19; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM array_enum_table"#,
        row = QueryEnumArrayTableRow
    )]
    pub struct QueryEnumArrayTable;
}
