//! Imported by `prepared import` from endtoend/inflection/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ListCampuses`.
#[derive(Debug, Clone, FromRow)]
pub struct ListCampusesRow {
    pub id: String,
}

/// A row of `ListStudents`.
#[derive(Debug, Clone, FromRow)]
pub struct ListStudentsRow {
    pub id: String,
}

/// A row of `ListMetadata`.
#[derive(Debug, Clone, FromRow)]
pub struct ListMetadataRow {
    pub id: String,
}

/// A row of `ListCalories`.
#[derive(Debug, Clone, FromRow)]
pub struct ListCaloriesRow {
    pub id: String,
}

/// A row of `GetProductMetadata`.
#[derive(Debug, Clone, FromRow)]
pub struct GetProductMetadataRow {
    pub id: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListCampuses :many`, endtoend/inflection/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM campus"#,
        row = ListCampusesRow
    )]
    pub struct ListCampuses;

    /// sqlc `ListStudents :many`, endtoend/inflection/postgresql/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM students"#,
        row = ListStudentsRow
    )]
    pub struct ListStudents;

    /// sqlc `ListMetadata :many`, endtoend/inflection/postgresql/pgx/v5/query.sql:7; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM product_meta"#,
        row = ListMetadataRow
    )]
    pub struct ListMetadata;

    /// sqlc `ListCalories :many`, endtoend/inflection/postgresql/pgx/v5/query.sql:10; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM calories"#,
        row = ListCaloriesRow
    )]
    pub struct ListCalories;

    /// sqlc `GetProductMetadata :many`, endtoend/inflection/postgresql/pgx/v5/query.sql:13; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM product_metadata"#,
        row = GetProductMetadataRow
    )]
    pub struct GetProductMetadata;
}
