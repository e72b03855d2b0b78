//! Imported by `prepared import` from endtoend/insert_cte/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `InsertCode`.
#[derive(Debug, Clone, FromRow)]
pub struct InsertCodeRow {
    pub id: i32,
    pub ts_created: chrono::DateTime<chrono::Utc>,
    pub ts_updated: chrono::DateTime<chrono::Utc>,
    pub created_by: String,
    pub updated_by: String,
    pub test_id: i32,
    pub code_hash: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `InsertCode :one`, endtoend/insert_cte/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"WITH cc AS (
            INSERT INTO td3.codes(created_by, updated_by, code, hash, is_private)
            VALUES (@created_by, @created_by, @code, @hash, false)
            RETURNING hash
)
INSERT INTO td3.test_codes(created_by, updated_by, test_id, code_hash)
VALUES(
            @created_by, @created_by, @test_id, (select hash from cc)
)
RETURNING *"#,
        params(created_by: &str, code: Option<&str>, hash: Option<&str>, test_id: i32),
        row = InsertCodeRow
    )]
    pub struct InsertCode;
}
