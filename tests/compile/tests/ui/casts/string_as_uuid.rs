#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM accounts WHERE uuid = @id::uuid", params(id: &str))]
    pub struct Statement;
}

fn main() {}
