//! Imported by `prepared import` from endtoend/func_out_param/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `CreateAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateAuthorRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CreateAuthor :one`, endtoend/func_out_param/pgx/query.sql:1; run it with `prepared_query_one`.
    /// `primary`: it only reads, but calls `public.add_author`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"SELECT * FROM add_author (
  @name, @bio
)"#,
        params(name: &str, bio: &str),
        row = CreateAuthorRow,
        primary
    )]
    pub struct CreateAuthor;
}
