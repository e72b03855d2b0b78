#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM accounts WHERE id = @idd", params(id: i64))]
    pub struct AccountById;
}

fn main() {}
