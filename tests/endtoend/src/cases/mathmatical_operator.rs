//! Imported by `prepared import` from endtoend/mathmatical_operator/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `Math`.
#[derive(Debug, Clone, FromRow)]
pub struct MathRow {
    pub num: i32,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub division: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Math :many`, endtoend/mathmatical_operator/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT *, num / 1024 as division FROM foo"#,
        row = MathRow
    )]
    pub struct Math;
}
