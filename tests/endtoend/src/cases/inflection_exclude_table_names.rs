//! Imported by `prepared import` from endtoend/inflection_exclude_table_names/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `DeleteBarByID`.
#[derive(Debug, Clone, FromRow)]
pub struct DeleteBarByIDRow {
    pub id: i32,
    pub name: String,
}

/// A row of `DeleteMyDataByID`.
#[derive(Debug, Clone, FromRow)]
pub struct DeleteMyDataByIDRow {
    pub id: i32,
    pub name: String,
}

/// A row of `DeleteExclusionByID`.
#[derive(Debug, Clone, FromRow)]
pub struct DeleteExclusionByIDRow {
    pub id: i32,
    pub name: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `DeleteBarByID :one`, endtoend/inflection_exclude_table_names/postgresql/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"DELETE FROM bars WHERE id = @id RETURNING id, name"#,
        params(id: i32),
        row = DeleteBarByIDRow
    )]
    pub struct DeleteBarByID;

    /// sqlc `DeleteMyDataByID :one`, endtoend/inflection_exclude_table_names/postgresql/pgx/v5/query.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"DELETE FROM my_data WHERE id = @id RETURNING id, name"#,
        params(id: i32),
        row = DeleteMyDataByIDRow
    )]
    pub struct DeleteMyDataByID;

    /// sqlc `DeleteExclusionByID :one`, endtoend/inflection_exclude_table_names/postgresql/pgx/v5/query.sql:7; run it with `prepared_query_one`.
    #[prepared(
        r#"DELETE FROM exclusions WHERE id = @id RETURNING id, name"#,
        params(id: i32),
        row = DeleteExclusionByIDRow
    )]
    pub struct DeleteExclusionByID;
}
