//! Imported by `prepared import` from endtoend/sql_syntax_calling_funcs/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `PositionalNotation`.
#[derive(Debug, Clone, FromRow)]
pub struct PositionalNotationRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub concat_lower_or_upper: Option<String>,
}

/// A row of `PositionalNoDefaault`.
#[derive(Debug, Clone, FromRow)]
pub struct PositionalNoDefaaultRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub concat_lower_or_upper: Option<String>,
}

/// A row of `NamedNotation`.
#[derive(Debug, Clone, FromRow)]
pub struct NamedNotationRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub concat_lower_or_upper: Option<String>,
}

/// A row of `NamedAnyOrder`.
#[derive(Debug, Clone, FromRow)]
pub struct NamedAnyOrderRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub concat_lower_or_upper: Option<String>,
}

/// A row of `NamedOtherOrder`.
#[derive(Debug, Clone, FromRow)]
pub struct NamedOtherOrderRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub concat_lower_or_upper: Option<String>,
}

/// A row of `MixedNotation`.
#[derive(Debug, Clone, FromRow)]
pub struct MixedNotationRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub concat_lower_or_upper: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `PositionalNotation :one`, endtoend/sql_syntax_calling_funcs/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT concat_lower_or_upper('Hello', 'World', true)"#,
        row = PositionalNotationRow
    )]
    pub struct PositionalNotation;

    /// sqlc `PositionalNoDefaault :one`, endtoend/sql_syntax_calling_funcs/postgresql/pgx/v5/query.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT concat_lower_or_upper('Hello', 'World')"#,
        row = PositionalNoDefaaultRow
    )]
    pub struct PositionalNoDefaault;

    /// sqlc `NamedNotation :one`, endtoend/sql_syntax_calling_funcs/postgresql/pgx/v5/query.sql:7; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT concat_lower_or_upper(a => 'Hello', b => 'World')"#,
        row = NamedNotationRow
    )]
    pub struct NamedNotation;

    /// sqlc `NamedAnyOrder :one`, endtoend/sql_syntax_calling_funcs/postgresql/pgx/v5/query.sql:10; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT concat_lower_or_upper(a => 'Hello', b => 'World', uppercase => true)"#,
        row = NamedAnyOrderRow
    )]
    pub struct NamedAnyOrder;

    /// sqlc `NamedOtherOrder :one`, endtoend/sql_syntax_calling_funcs/postgresql/pgx/v5/query.sql:13; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT concat_lower_or_upper(a => 'Hello', uppercase => true, b => 'World')"#,
        row = NamedOtherOrderRow
    )]
    pub struct NamedOtherOrder;

    /// sqlc `MixedNotation :one`, endtoend/sql_syntax_calling_funcs/postgresql/pgx/v5/query.sql:16; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT concat_lower_or_upper('Hello', 'World', uppercase => true)"#,
        row = MixedNotationRow
    )]
    pub struct MixedNotation;
}
