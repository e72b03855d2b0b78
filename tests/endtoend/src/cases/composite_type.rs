//! Imported by `prepared import` from endtoend/composite_type/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `postgres-types` as dependencies.

use prepared::FromRow;

/// PostgreSQL's composite type `point_type`; any of its fields can be NULL.
#[derive(Debug, Clone, PartialEq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "point_type")]
pub struct PointType {
    #[postgres(name = "x")]
    pub x: Option<i32>,
    #[postgres(name = "y")]
    pub y: Option<i32>,
}

/// A row of `ListPaths`.
#[derive(Debug, Clone, FromRow)]
pub struct ListPathsRow {
    /// Can be NULL: table column `paths.point_one` allows NULL.
    pub point_one: Option<PointType>,
    /// Can be NULL: table column `paths.point_two` allows NULL.
    pub point_two: Option<PointType>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListPaths :many`, endtoend/composite_type/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM foo.paths"#,
        row = ListPathsRow
    )]
    pub struct ListPaths;
}
