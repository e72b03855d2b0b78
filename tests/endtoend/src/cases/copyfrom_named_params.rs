//! Imported by `prepared import` from endtoend/copyfrom_named_params/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `StageUserData :copyfrom`, endtoend/copyfrom_named_params/postgresql/pgx/query.sql:1; run it with `prepared_copy_in`.
    #[prepared(
        r#"insert into "user_data" ("id", "user")
values (
    @id_param,
    @user_param
)"#,
        params(id_param: &str, user_param: &str)
    )]
    pub struct StageUserData;
}
