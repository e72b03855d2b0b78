//! The accounts example's statements and the Rust types of their parameters and rows.
//! Shared by the example (`main.rs`) and the end-to-end tests.

use prepared::{FromRow, Json, PgText};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// The JSON document stored in `accounts.info`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiModelUser {
    pub name: String,
    pub email: String,
}

/// A role, stored as text in `account_roles.role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, PgText)]
pub enum UserRole {
    Admin,
    Editor,
    Viewer,
}

impl fmt::Display for UserRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UserRole::Admin => "admin",
            UserRole::Editor => "editor",
            UserRole::Viewer => "viewer",
        })
    }
}

impl std::str::FromStr for UserRole {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "admin" => Ok(UserRole::Admin),
            "editor" => Ok(UserRole::Editor),
            "viewer" => Ok(UserRole::Viewer),
            other => Err(format!("unknown role `{other}`")),
        }
    }
}

#[derive(Debug, FromRow)]
pub struct Account {
    pub id: i64,
    pub info: Json<ApiModelUser>,
    pub enabled: Option<bool>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Debug, FromRow)]
pub struct AccountWithRoles {
    pub id: i64,
    pub info: Json<ApiModelUser>,
    pub enabled: Option<bool>,
    pub roles: Vec<UserRole>,
}

#[derive(Debug, FromRow)]
pub struct Service {
    pub id: i64,
    pub name: String,
    #[prepared(rename = "deleted")]
    pub is_deleted: bool,
}

#[prepared::registry]
pub mod queries {
    use super::*;
    use prepared::prepared;

    #[prepared(
        r#"WITH inserted_account AS (
               INSERT INTO accounts(info, enabled) VALUES (@data::jsonb, @enabled) RETURNING *
           ), roles AS (
               INSERT INTO account_roles(account_id, role)
               SELECT id, UNNEST(@roles::VARCHAR[]) FROM inserted_account RETURNING *
           )
           SELECT * FROM inserted_account"#,
        params(data: Json<ApiModelUser>, roles: HashSet<UserRole>, enabled: Option<bool>),
        row = Account,
    )]
    pub struct AccountsAdd;

    // `ARRAY(..)` is an expression, so the harness assumes it can be NULL; it cannot.
    #[prepared(
        file = "sql/queries/account_with_roles.sql",
        params(id: i64),
        row = AccountWithRoles,
        not_null(roles)
    )]
    pub struct AccountWithRolesById;

    #[prepared("INSERT INTO service(name) VALUES (@name) ON CONFLICT (name) DO NOTHING", params(name: &str))]
    pub struct ServiceAdd;

    #[prepared("SELECT * FROM service WHERE deleted = FALSE ORDER BY name", row = Service)]
    pub struct SelectServiceQuery;

    #[prepared("UPDATE accounts SET enabled = @enabled WHERE id = @id", params(id: i64, enabled: Option<bool>))]
    pub struct AccountSetEnabled;
}
