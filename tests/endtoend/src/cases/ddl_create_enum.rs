//! Imported by `prepared import` from endtoend/ddl_create_enum/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `postgres-types` as dependencies.

use prepared::FromRow;

/// PostgreSQL's enum `foobar`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "foobar")]
pub enum Foobar {
    #[postgres(name = "foo-a")]
    FooA,
    #[postgres(name = "foo_b")]
    FooB,
    #[postgres(name = "foo:c")]
    FooC,
    #[postgres(name = "foo/d")]
    FooD,
    #[postgres(name = "foo@e")]
    FooE,
    #[postgres(name = "foo+f")]
    FooF,
    #[postgres(name = "foo!g")]
    FooG,
}

/// A row of `ListFoo`.
#[derive(Debug, Clone, FromRow)]
pub struct ListFooRow {
    pub val: Foobar,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListFoo :many`, endtoend/ddl_create_enum/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo"#,
        row = ListFooRow
    )]
    pub struct ListFoo;
}
