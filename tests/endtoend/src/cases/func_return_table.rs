//! Imported by `prepared import` from endtoend/func_return_table/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `Foo`.
#[derive(Debug, Clone, FromRow)]
pub struct FooRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub account_id: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Foo :one`, endtoend/func_return_table/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    /// `primary`: it only reads, but calls `public.register_account`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"SELECT * FROM register_account('a', 'b')"#,
        row = FooRow,
        primary
    )]
    pub struct Foo;
}
