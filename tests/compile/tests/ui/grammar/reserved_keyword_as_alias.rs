#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT a.id FROM accounts AS order JOIN service s ON s.id = a.id WHERE a.id = @id",
        params(id: i64)
    )]
    pub struct AccountById;
}

fn main() {}
