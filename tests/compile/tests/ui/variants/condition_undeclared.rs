#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT id FROM accounts WHERE id > 0 {@mail: AND email = @email}",
        params(email: Option<String>)
    )]
    pub struct AccountsFind;
}

fn main() {}
