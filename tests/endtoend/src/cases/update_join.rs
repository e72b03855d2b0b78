//! Imported by `prepared import` from endtoend/update_join/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `UpdateJoin :exec`, endtoend/update_join/postgresql/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE  join_table
SET     is_active = @is_active
FROM    primary_table
WHERE   join_table.id = @id
        AND primary_table.user_id = @user_id
        AND join_table.primary_table_id = primary_table.id"#,
        params(is_active: bool, id: i32, user_id: i32)
    )]
    pub struct UpdateJoin;
}
