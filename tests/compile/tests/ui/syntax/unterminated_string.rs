#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM accounts WHERE info->>'name = @name", params(name: &str))]
    pub struct ByName;
}

fn main() {}
