//! Imported by `prepared import` from endtoend/identifier_dollar_sign/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `Fn`.
#[derive(Debug, Clone, FromRow)]
pub struct FnRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    #[prepared(rename = "f$n")]
    pub f_n: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Fn :one`, endtoend/identifier_dollar_sign/query.sql:1; run it with `prepared_query_one`.
    /// `primary`: it only reads, but calls `public.f$n`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"SELECT f$n()"#,
        row = FnRow,
        primary
    )]
    pub struct Fn;
}
