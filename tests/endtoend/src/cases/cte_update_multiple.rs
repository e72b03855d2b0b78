//! Imported by `prepared import` from endtoend/cte_update_multiple/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `UpdateUserAddressWithAddress`.
#[derive(Debug, Clone, FromRow)]
pub struct UpdateUserAddressWithAddressRow {
    pub user_id: i64,
    pub address_id: i64,
    /// Can be NULL: table column `user_address.default_address` allows NULL.
    pub default_address: Option<i64>,
    pub address_line: String,
    pub region: String,
    pub city: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `UpdateUserAddressWithAddress :one`, endtoend/cte_update_multiple/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"WITH t1 AS (
    UPDATE "address" as a
    SET
    address_line = COALESCE(@address_line,address_line), 
    region = COALESCE(@region,region), 
    city= COALESCE(@city,city)
    WHERE id = COALESCE(@id,id)
    RETURNING a.id, a.address_line, a.region, a.city
   ),
   
    t2 AS (
    UPDATE "user_address"
    SET
    default_address = COALESCE(@default_address,default_address)
    WHERE
    user_id = COALESCE(@user_id,user_id)
    AND address_id = COALESCE(@address_id,address_id)
    RETURNING user_id, address_id, default_address
	)
	
SELECT 
user_id,
address_id,
default_address,
address_line,
region,
city From t1,t2"#,
        params(address_line: Option<&str>, region: Option<&str>, city: Option<&str>, id: i64, default_address: Option<i64>, user_id: i64, address_id: i64),
        row = UpdateUserAddressWithAddressRow
    )]
    pub struct UpdateUserAddressWithAddress;
}
