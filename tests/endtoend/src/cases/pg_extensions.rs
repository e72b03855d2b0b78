//! Imported by `prepared import` from endtoend/pg_extensions/postgresql/pgx/v5/sql/pg_trgm.sql, endtoend/pg_extensions/postgresql/pgx/v5/sql/pgcrypto.sql, endtoend/pg_extensions/postgresql/pgx/v5/sql/uuid_ossp.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `uuid` as dependencies.

use prepared::FromRow;

/// A row of `WordSimilarity`.
#[derive(Debug, Clone, FromRow)]
pub struct WordSimilarityRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub word_similarity: Option<f32>,
}

/// A row of `EncodeDigest`.
#[derive(Debug, Clone, FromRow)]
pub struct EncodeDigestRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub encode: Option<String>,
}

/// A row of `GenerateUUID`.
#[derive(Debug, Clone, FromRow)]
pub struct GenerateUUIDRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub uuid_generate_v4: Option<uuid::Uuid>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `WordSimilarity :one`, endtoend/pg_extensions/postgresql/pgx/v5/sql/pg_trgm.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT word_similarity('word', 'two words')"#,
        row = WordSimilarityRow
    )]
    pub struct WordSimilarity;

    /// sqlc `EncodeDigest :one`, endtoend/pg_extensions/postgresql/pgx/v5/sql/pgcrypto.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT encode(digest(@p1, 'sha1'), 'hex')"#,
        params(p1: &str),
        row = EncodeDigestRow
    )]
    pub struct EncodeDigest;

    /// sqlc `GenerateUUID :one`, endtoend/pg_extensions/postgresql/pgx/v5/sql/uuid_ossp.sql:1; run it with `prepared_query_one`.
    /// `primary`: it only reads, but calls `public.uuid_generate_v4`, declared VOLATILE, which a read replica must not run.
    #[prepared(
        r#"SELECT uuid_generate_v4()"#,
        row = GenerateUUIDRow,
        primary
    )]
    pub struct GenerateUUID;
}
