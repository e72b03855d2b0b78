//! Imported by `prepared import` from endtoend/func_variadic/postgresql/stdlib/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `UpdateJ :exec`, endtoend/func_variadic/postgresql/stdlib/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE
    test
SET
    j = jsonb_build_object(@p1::text, @p2::text, @p3::text, @p4::text)
WHERE
    id = @id"#,
        params(p1: &str, p2: &str, p3: &str, p4: &str, id: i32)
    )]
    pub struct UpdateJ;
}
