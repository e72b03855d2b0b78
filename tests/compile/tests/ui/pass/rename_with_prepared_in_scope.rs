//! `#[prepared(rename = ..)]` on a `FromRow` field, with the `prepared` attribute macro in
//! scope: the derive's helper attribute and the macro do not clash.

// Unused by name: the derive helper takes `#[prepared(..)]` on fields before the macro.
#[allow(unused_imports)]
use prepared::prepared;

#[derive(prepared::FromRow)]
pub struct Account {
    #[prepared(rename = "account_id")]
    pub id: i64,
}

#[prepared::registry]
pub mod queries {
    use prepared::prepared;

    #[derive(prepared::FromRow)]
    pub struct Owner {
        #[prepared(rename = "owner_id")]
        pub id: i64,
    }

    #[prepared("SELECT 1::int8 AS owner_id", row = Owner)]
    pub struct FirstOwner;

    #[prepared("SELECT 1::int8 AS account_id", row = super::Account)]
    pub struct FirstAccount;
}

fn main() {
    let _ = queries::PreparedStatement::first_owner();
    let _ = queries::PreparedStatement::first_account();
    let _ = std::mem::size_of::<Account>();
}
