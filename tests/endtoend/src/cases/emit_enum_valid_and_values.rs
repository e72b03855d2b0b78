//! Imported by `prepared import` from endtoend/emit_enum_valid_and_values/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `postgres-types` as dependencies.

use prepared::FromRow;

/// PostgreSQL's enum `ip_protocol`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "ip_protocol")]
pub enum IpProtocol {
    #[postgres(name = "tcp")]
    Tcp,
    #[postgres(name = "ip")]
    Ip,
    #[postgres(name = "icmp")]
    Icmp,
}

/// A row of `ListFoo`.
#[derive(Debug, Clone, FromRow)]
pub struct ListFooRow {
    pub foo_old: i32,
    pub baz_old: i32,
}

/// A row of `ListBar`.
#[derive(Debug, Clone, FromRow)]
pub struct ListBarRow {
    pub id_old: i32,
    pub ip_old: IpProtocol,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListFoo :many`, endtoend/emit_enum_valid_and_values/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT id_old as foo_old, id_old as baz_old
FROM bar_old
WHERE ip_old = @ip_old AND id_old = @id_old"#,
        params(ip_old: IpProtocol, id_old: i32),
        row = ListFooRow
    )]
    pub struct ListFoo;

    /// sqlc `ListBar :many`, endtoend/emit_enum_valid_and_values/query.sql:6; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM bar_old"#,
        row = ListBarRow
    )]
    pub struct ListBar;
}
