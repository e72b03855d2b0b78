//! Imported by `prepared import` from endtoend/join_table_name/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `TableName`.
#[derive(Debug, Clone, FromRow)]
pub struct TableNameRow {
    pub id: i32,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `TableName :one`, endtoend/join_table_name/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT foo.id
FROM foo
JOIN bar ON foo.bar = bar.id
WHERE bar.id = @id AND foo.id = @id_2"#,
        params(id: i32, id_2: i32),
        row = TableNameRow
    )]
    pub struct TableName;
}
