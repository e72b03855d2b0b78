#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM accounts WHERE id = @id", params(id: i64, id: i32))]
    pub struct AccountById;
}

fn main() {}
