//! Imported by `prepared import` from endtoend/join_using/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `SelectJoinUsing`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectJoinUsingRow {
    pub fk: i32,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub sum: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SelectJoinUsing :many`, endtoend/join_using/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"select t1.fk, sum(t2.fk) from t1 join t2 using (fk) group by fk"#,
        row = SelectJoinUsingRow
    )]
    pub struct SelectJoinUsing;
}
