//! Imported by `prepared import` from endtoend/overrides_go_types/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `uuid` as dependencies.

use prepared::FromRow;

/// A row of `LoadFoo`.
#[derive(Debug, Clone, FromRow)]
pub struct LoadFooRow {
    pub id: uuid::Uuid,
    pub other_id: uuid::Uuid,
    /// Can be NULL: table column `foo.age` allows NULL.
    pub age: Option<i32>,
    /// Can be NULL: table column `foo.balance` allows NULL.
    pub balance: Option<f64>,
    /// Can be NULL: table column `foo.bio` allows NULL.
    pub bio: Option<String>,
    /// Can be NULL: table column `foo.about` allows NULL.
    pub about: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `LoadFoo :many`, endtoend/overrides_go_types/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo WHERE id = @id"#,
        params(id: uuid::Uuid),
        row = LoadFooRow
    )]
    pub struct LoadFoo;
}
