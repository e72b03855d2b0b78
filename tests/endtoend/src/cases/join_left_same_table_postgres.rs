//! Imported by `prepared import` from endtoend/join_left_same_table/postgres/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `AllAuthors`.
#[derive(Debug, Clone, FromRow)]
pub struct AllAuthorsRow {
    pub id: i32,
    pub name: String,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    pub alias_id: Option<i32>,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    pub alias_name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `AllAuthors :many`, endtoend/join_left_same_table/postgres/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT  a.id,
        a.name,
        p.id as alias_id,
        p.name as alias_name
FROM    authors a
        LEFT JOIN authors p USING (parent_id)"#,
        row = AllAuthorsRow
    )]
    pub struct AllAuthors;
}
