#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT id FROM accounts WHERE enabled {@email: AND AND email = @email} {@named: AND name IS NOT NULL}",
        params(email: Option<String>, named: bool)
    )]
    pub struct AccountsFind;
}

fn main() {}
