//! Imported by `prepared import` from endtoend/ddl_create_procedure/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CallInsertData :exec`, endtoend/ddl_create_procedure/postgresql/pgx/v5/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"CALL insert_data(@p1, @p2)"#,
        params(p1: i32, p2: i32)
    )]
    pub struct CallInsertData;

    /// sqlc `CallInsertDataNoArgs :exec`, endtoend/ddl_create_procedure/postgresql/pgx/v5/query.sql:4; run it with `prepared_execute`.
    #[prepared(r#"CALL insert_data(1, 2)"#)]
    pub struct CallInsertDataNoArgs;

    /// sqlc `CallInsertDataNamed :exec`, endtoend/ddl_create_procedure/postgresql/pgx/v5/query.sql:7; run it with `prepared_execute`.
    #[prepared(
        r#"CALL insert_data(b => @p1, a => @p2)"#,
        params(p1: i32, p2: i32)
    )]
    pub struct CallInsertDataNamed;

    /// sqlc `CallInsertDataSqlcArgs :exec`, endtoend/ddl_create_procedure/postgresql/pgx/v5/query.sql:10; run it with `prepared_execute`.
    #[prepared(
        r#"CALL insert_data(@foo, @bar)"#,
        params(foo: i32, bar: i32)
    )]
    pub struct CallInsertDataSqlcArgs;
}
