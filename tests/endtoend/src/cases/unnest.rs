//! Imported by `prepared import` from endtoend/unnest/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono`, `uuid` as dependencies.

use prepared::FromRow;

/// A row of `CreateMemories`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateMemoriesRow {
    pub id: uuid::Uuid,
    pub vampire_id: uuid::Uuid,
    pub created_at: chrono::NaiveDateTime,
    /// Can be NULL: table column `memories.updated_at` allows NULL.
    pub updated_at: Option<chrono::NaiveDateTime>,
}

/// A row of `GetVampireIDs`.
#[derive(Debug, Clone, FromRow)]
pub struct GetVampireIDsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id: Option<uuid::Uuid>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `CreateMemories :many`, endtoend/unnest/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"INSERT INTO memories (vampire_id)
SELECT
    unnest(@vampire_id::uuid[]) AS vampire_id
RETURNING
    *"#,
        params(vampire_id: &[uuid::Uuid]),
        row = CreateMemoriesRow
    )]
    pub struct CreateMemories;

    /// sqlc `GetVampireIDs :many`, endtoend/unnest/postgresql/pgx/v5/query.sql:8; run it with `prepared_query`.
    #[prepared(
        r#"SELECT vampires.id::uuid FROM unnest(@vampire_id::uuid[]) AS vampires (id)"#,
        params(vampire_id: &[uuid::Uuid]),
        row = GetVampireIDsRow
    )]
    pub struct GetVampireIDs;
}
