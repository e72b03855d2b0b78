//! Imported by `prepared import` from endtoend/batch_parameter_type/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono` as dependencies.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `InsertMappping :batchexec`, endtoend/batch_parameter_type/postgresql/pgx/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"WITH
    table1
        AS (
            SELECT
                version
            FROM
                solar_commcard_mapping
            WHERE
                "deviceId" = @device_id
            ORDER BY
                "updatedAt" DESC
            LIMIT
                1
        )
INSERT
INTO
    solar_commcard_mapping
        ("deviceId", version, sn, "updatedAt")
SELECT
    @device_id, @version::text, @p3, @p4
WHERE
    NOT
        EXISTS(
            SELECT
                *
            FROM
                table1
            WHERE
                table1.version = @version::text
        )
    OR NOT EXISTS(SELECT * FROM table1)"#,
        params(device_id: i64, version: &str, p3: &str, p4: chrono::DateTime<chrono::Utc>)
    )]
    pub struct InsertMappping;
}
