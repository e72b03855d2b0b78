//! Imported by `prepared import` from endtoend/do/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `DoStuff :exec`, endtoend/do/postgresql/pgx/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"DO $$
    BEGIN
        ALTER TABLE authors
        ADD COLUMN marked_for_processing bool;
    END
$$"#
    )]
    pub struct DoStuff;
}
