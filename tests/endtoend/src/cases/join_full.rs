//! Imported by `prepared import` from endtoend/join_full/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `FullJoin`.
#[derive(Debug, Clone, FromRow)]
pub struct FullJoinRow {
    /// Can be NULL: `foo` is on the nullable side of an outer join.
    /// Column 1: the result names more than one column `id`.
    #[prepared(position = 1)]
    pub id: Option<i32>,
    /// Can be NULL: table column `foo.bar_id` allows NULL.
    pub bar_id: Option<i32>,
    /// Can be NULL: `bar` is on the nullable side of an outer join.
    /// Column 3: the result names more than one column `id`.
    #[prepared(position = 3)]
    pub id_2: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `FullJoin :many`, endtoend/join_full/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT f.id, f.bar_id, b.id
FROM foo f
FULL OUTER JOIN bar b ON b.id = f.bar_id
WHERE f.id = @id"#,
        params(id: i32),
        row = FullJoinRow
    )]
    pub struct FullJoin;
}
