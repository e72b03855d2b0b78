//! Imported by `prepared import` from endtoend/pattern_matching/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `PetsByName`.
#[derive(Debug, Clone, FromRow)]
pub struct PetsByNameRow {
    /// Can be NULL: table column `pet.name` allows NULL.
    pub name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `PetsByName :many`, endtoend/pattern_matching/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM pet WHERE name LIKE @name"#,
        params(name: &str),
        row = PetsByNameRow
    )]
    pub struct PetsByName;
}
