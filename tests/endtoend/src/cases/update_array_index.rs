//! Imported by `prepared import` from endtoend/update_array_index/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `UpdateAuthor`.
#[derive(Debug, Clone, FromRow)]
pub struct UpdateAuthorRow {
    pub id: i64,
    pub names: Vec<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `UpdateAuthor :one`, endtoend/update_array_index/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"update authors
set names[@p1] = @names
where id=@id
RETURNING *"#,
        params(p1: i32, names: &str, id: i64),
        row = UpdateAuthorRow
    )]
    pub struct UpdateAuthor;
}
