//! Imported by `prepared import` from endtoend/update_cte/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

use prepared::FromRow;

/// A row of `UpdateCode`.
#[derive(Debug, Clone, FromRow)]
pub struct UpdateCodeRow {
    pub id: i32,
    pub ts_created: chrono::DateTime<chrono::Utc>,
    pub ts_updated: chrono::DateTime<chrono::Utc>,
    pub created_by: String,
    pub updated_by: String,
    pub test_id: i32,
    pub code_hash: String,
    /// Can be NULL: table column `codes.hash` allows NULL.
    pub hash: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `UpdateCode :one`, endtoend/update_cte/pgx/v5/query.sql:1; run it with `prepared_query_one`.
    /// `all_rows`: UPDATE of `td3.codes` has no WHERE, so it changes every row, as the query file has it.
    #[prepared(
        r#"WITH cc AS (
            UPDATE td3.codes
            SET
                created_by = @created_by,
                updated_by  = @created_by,
                code = @code,
                hash = @hash,
                is_private = false
            RETURNING hash
)
UPDATE td3.test_codes
SET
    created_by = @created_by,
    updated_by  = @created_by,
    test_id = @test_id,
    code_hash = cc.hash
    FROM cc
RETURNING *"#,
        params(created_by: &str, code: Option<&str>, hash: Option<&str>, test_id: i32),
        row = UpdateCodeRow,
        all_rows
    )]
    pub struct UpdateCode;
}
