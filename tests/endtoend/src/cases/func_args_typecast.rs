//! Imported by `prepared import` from endtoend/func_args_typecast/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `PlusPositionalCast`.
#[derive(Debug, Clone, FromRow)]
pub struct PlusPositionalCastRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub plus: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `PlusPositionalCast :one`, endtoend/func_args_typecast/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    /// `primary`: it only reads, but calls `public.plus`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"SELECT plus(@p1, @p2::INTEGER)"#,
        params(p1: i32, p2: i32),
        row = PlusPositionalCastRow,
        primary
    )]
    pub struct PlusPositionalCast;
}
