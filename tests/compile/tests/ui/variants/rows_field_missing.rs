#[prepared::registry]
mod queries {
    use prepared::prepared;

    pub struct NewAccount {
        pub email: String,
    }

    #[prepared(
        "INSERT INTO accounts (email, name) SELECT * FROM UNNEST(@rows.email::text[], @rows.name::text[])",
        params(rows: &[NewAccount])
    )]
    pub struct AccountsInsert;
}

fn main() {}
