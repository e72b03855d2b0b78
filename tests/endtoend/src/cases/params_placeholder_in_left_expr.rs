//! Imported by `prepared import` from endtoend/params_placeholder_in_left_expr/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//!
//! 1 of 2 queries are left out; each has a `// Left out:` comment saying why.

use prepared::FromRow;

/// A row of `FindByID`.
#[derive(Debug, Clone, FromRow)]
pub struct FindByIDRow {
    pub id: i32,
    /// Can be NULL: table column `users.name` allows NULL.
    pub name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `FindByID :many`, endtoend/params_placeholder_in_left_expr/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM users WHERE @p1 = id"#,
        params(p1: i32),
        row = FindByIDRow
    )]
    pub struct FindByID;

    // Left out: FindByIDAndName (sqlc `FindByIDAndName :many`, endtoend/params_placeholder_in_left_expr/postgresql/query.sql:4): PostgreSQL does not prepare it against the schema: ERROR 42883: operator does not exist: integer = character varying; HINT: No operator matches the given name and argument types. You might need to add explicit type casts.; correct the query, or give `--schema` what it needs
}
