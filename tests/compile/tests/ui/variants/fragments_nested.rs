#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT id FROM accounts WHERE id > 0 {@email: AND email = @email {@active: AND enabled}}",
        params(email: Option<String>, active: bool)
    )]
    pub struct AccountsFind;
}

fn main() {}
