//! Imported by `prepared import` from endtoend/json_build/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `serde_json` as dependencies.

use prepared::FromRow;

/// A row of `SelectJSONBuildObject`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectJSONBuildObjectRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 1: the result names more than one column `json_build_object`.
    #[prepared(position = 1)]
    pub json_build_object: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 2: the result names more than one column `json_build_object`.
    #[prepared(position = 2)]
    pub json_build_object_2: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 3: the result names more than one column `json_build_object`.
    #[prepared(position = 3)]
    pub json_build_object_3: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 4: the result names more than one column `json_build_object`.
    #[prepared(position = 4)]
    pub json_build_object_4: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 5: the result names more than one column `json_build_object`.
    #[prepared(position = 5)]
    pub json_build_object_5: Option<serde_json::Value>,
}

/// A row of `SelectJSONBuildArray`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectJSONBuildArrayRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 1: the result names more than one column `json_build_array`.
    #[prepared(position = 1)]
    pub json_build_array: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 2: the result names more than one column `json_build_array`.
    #[prepared(position = 2)]
    pub json_build_array_2: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 3: the result names more than one column `json_build_array`.
    #[prepared(position = 3)]
    pub json_build_array_3: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 4: the result names more than one column `json_build_array`.
    #[prepared(position = 4)]
    pub json_build_array_4: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 5: the result names more than one column `json_build_array`.
    #[prepared(position = 5)]
    pub json_build_array_5: Option<serde_json::Value>,
}

/// A row of `SelectJSONBBuildObject`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectJSONBBuildObjectRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 1: the result names more than one column `jsonb_build_object`.
    #[prepared(position = 1)]
    pub jsonb_build_object: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 2: the result names more than one column `jsonb_build_object`.
    #[prepared(position = 2)]
    pub jsonb_build_object_2: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 3: the result names more than one column `jsonb_build_object`.
    #[prepared(position = 3)]
    pub jsonb_build_object_3: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 4: the result names more than one column `jsonb_build_object`.
    #[prepared(position = 4)]
    pub jsonb_build_object_4: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 5: the result names more than one column `jsonb_build_object`.
    #[prepared(position = 5)]
    pub jsonb_build_object_5: Option<serde_json::Value>,
}

/// A row of `SelectJSONBBuildArray`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectJSONBBuildArrayRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 1: the result names more than one column `jsonb_build_array`.
    #[prepared(position = 1)]
    pub jsonb_build_array: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 2: the result names more than one column `jsonb_build_array`.
    #[prepared(position = 2)]
    pub jsonb_build_array_2: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 3: the result names more than one column `jsonb_build_array`.
    #[prepared(position = 3)]
    pub jsonb_build_array_3: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 4: the result names more than one column `jsonb_build_array`.
    #[prepared(position = 4)]
    pub jsonb_build_array_4: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    /// Column 5: the result names more than one column `jsonb_build_array`.
    #[prepared(position = 5)]
    pub jsonb_build_array_5: Option<serde_json::Value>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SelectJSONBuildObject :one`, endtoend/json_build/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT
  json_build_object(),
  json_build_object('foo'),
  json_build_object('foo', 1),
  json_build_object('foo', 1, 2),
  json_build_object('foo', 1, 2, 'bar')"#,
        row = SelectJSONBuildObjectRow
    )]
    pub struct SelectJSONBuildObject;

    /// sqlc `SelectJSONBuildArray :one`, endtoend/json_build/postgresql/pgx/v5/query.sql:9; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT 
  json_build_array(),
  json_build_array(1),
  json_build_array(1, 2),
  json_build_array(1, 2, 'foo'),
  json_build_array(1, 2, 'foo', 4)"#,
        row = SelectJSONBuildArrayRow
    )]
    pub struct SelectJSONBuildArray;

    /// sqlc `SelectJSONBBuildObject :one`, endtoend/json_build/postgresql/pgx/v5/query.sql:17; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT
  jsonb_build_object(),
  jsonb_build_object('foo'),
  jsonb_build_object('foo', 1),
  jsonb_build_object('foo', 1, 2),
  jsonb_build_object('foo', 1, 2, 'bar')"#,
        row = SelectJSONBBuildObjectRow
    )]
    pub struct SelectJSONBBuildObject;

    /// sqlc `SelectJSONBBuildArray :one`, endtoend/json_build/postgresql/pgx/v5/query.sql:25; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT 
  jsonb_build_array(),
  jsonb_build_array(1),
  jsonb_build_array(1, 2),
  jsonb_build_array(1, 2, 'foo'),
  jsonb_build_array(1, 2, 'foo', 4)"#,
        row = SelectJSONBBuildArrayRow
    )]
    pub struct SelectJSONBBuildArray;
}
