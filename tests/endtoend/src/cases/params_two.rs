//! Imported by `prepared import` from endtoend/params_two/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `FooByAandB`.
#[derive(Debug, Clone, FromRow)]
pub struct FooByAandBRow {
    /// Can be NULL: table column `foo.a` allows NULL.
    pub a: Option<String>,
    /// Can be NULL: table column `foo.b` allows NULL.
    pub b: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `FooByAandB :many`, endtoend/params_two/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT a, b FROM foo 
WHERE a = @a and b = @b"#,
        params(a: &str, b: &str),
        row = FooByAandBRow
    )]
    pub struct FooByAandB;
}
