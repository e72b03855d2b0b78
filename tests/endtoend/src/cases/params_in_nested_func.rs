//! Imported by `prepared import` from endtoend/params_in_nested_func/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetGroups`.
#[derive(Debug, Clone, FromRow)]
pub struct GetGroupsRow {
    pub groupid: i32,
    pub groupname: String,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetGroups :many`, endtoend/params_in_nested_func/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
    rg.groupId,
    rg.groupName
FROM 
    RouterGroup rg
WHERE
    rg.groupName LIKE CONCAT('%', COALESCE(@group_name::text, rg.groupName), '%') AND
    rg.groupId = COALESCE(@group_id, rg.groupId)"#,
        params(group_name: Option<&str>, group_id: Option<i32>),
        row = GetGroupsRow
    )]
    pub struct GetGroups;
}
