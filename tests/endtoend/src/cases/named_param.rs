//! Imported by `prepared import` from endtoend/named_param/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `FuncParams`.
#[derive(Debug, Clone, FromRow)]
pub struct FuncParamsRow {
    pub name: String,
}

/// A row of `AtParams`.
#[derive(Debug, Clone, FromRow)]
pub struct AtParamsRow {
    pub name: String,
}

/// A row of `InsertFuncParams`.
#[derive(Debug, Clone, FromRow)]
pub struct InsertFuncParamsRow {
    pub name: String,
}

/// A row of `InsertAtParams`.
#[derive(Debug, Clone, FromRow)]
pub struct InsertAtParamsRow {
    pub name: String,
}

/// A row of `Update`.
#[derive(Debug, Clone, FromRow)]
pub struct UpdateRow {
    pub name: String,
    pub bio: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `FuncParams :many`, endtoend/named_param/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT name FROM foo WHERE name = @slug AND @filter::bool"#,
        params(slug: &str, filter: bool),
        row = FuncParamsRow
    )]
    pub struct FuncParams;

    /// sqlc `AtParams :many`, endtoend/named_param/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT name FROM foo WHERE name = @slug AND @filter::bool"#,
        params(slug: &str, filter: bool),
        row = AtParamsRow
    )]
    pub struct AtParams;

    /// sqlc `InsertFuncParams :one`, endtoend/named_param/pgx/v5/query.sql:7; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO foo(name, bio) values (@name, @bio) returning name"#,
        params(name: &str, bio: &str),
        row = InsertFuncParamsRow
    )]
    pub struct InsertFuncParams;

    /// sqlc `InsertAtParams :one`, endtoend/named_param/pgx/v5/query.sql:10; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO foo(name, bio) values (@name, @bio) returning name"#,
        params(name: &str, bio: &str),
        row = InsertAtParamsRow
    )]
    pub struct InsertAtParams;

    /// sqlc `Update :one`, endtoend/named_param/pgx/v5/query.sql:14; run it with `prepared_query_one`.
    /// `all_rows`: UPDATE of `foo` has no WHERE, so it changes every row, as the query file has it.
    #[prepared(
        r#"UPDATE foo
SET
  name = CASE WHEN @set_name::bool
    THEN @name::text
    ELSE name
    END
RETURNING *"#,
        params(set_name: bool, name: &str),
        row = UpdateRow,
        all_rows
    )]
    pub struct Update;
}
