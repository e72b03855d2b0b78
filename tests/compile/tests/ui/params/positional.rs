#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM accounts WHERE id = $1 AND enabled = @enabled", params(enabled: bool))]
    pub struct AccountById;
}

fn main() {}
