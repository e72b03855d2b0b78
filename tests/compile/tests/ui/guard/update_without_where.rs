#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("UPDATE accounts SET enabled = @enabled", params(enabled: bool))]
    pub struct DisableAccount;
}

fn main() {}
