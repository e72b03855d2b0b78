//! Imported by `prepared import` from endtoend/ddl_create_table_inherits/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `uuid` as dependencies.

use prepared::FromRow;

/// A row of `GetAllParties`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAllPartiesRow {
    pub party_id: uuid::Uuid,
    pub name: String,
}

/// A row of `GetAllPeople`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAllPeopleRow {
    pub party_id: uuid::Uuid,
    pub name: String,
    pub first_name: String,
    pub last_name: String,
}

/// A row of `GetAllOrganisations`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAllOrganisationsRow {
    pub party_id: uuid::Uuid,
    pub name: String,
    /// Can be NULL: table column `organisation.legal_name` allows NULL.
    pub legal_name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAllParties :many`, endtoend/ddl_create_table_inherits/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM party"#,
        row = GetAllPartiesRow
    )]
    pub struct GetAllParties;

    /// sqlc `GetAllPeople :many`, endtoend/ddl_create_table_inherits/postgresql/pgx/v5/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM person"#,
        row = GetAllPeopleRow
    )]
    pub struct GetAllPeople;

    /// sqlc `GetAllOrganisations :many`, endtoend/ddl_create_table_inherits/postgresql/pgx/v5/query.sql:7; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM organisation"#,
        row = GetAllOrganisationsRow
    )]
    pub struct GetAllOrganisations;
}
