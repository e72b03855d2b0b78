//! Imported by `prepared import` from endtoend/insert_select_case/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `InsertOrders :exec`, endtoend/insert_select_case/postgresql/pgx/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"insert into Orders (id,name)
select id , CASE WHEN @name_do_update::BOOLEAN THEN @name ELSE s.name END 
from Orders s"#,
        params(name_do_update: bool, name: &str)
    )]
    pub struct InsertOrders;
}
