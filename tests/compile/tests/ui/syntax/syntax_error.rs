#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT id, info
         FROM accounts
         WHERE id = @id AND AND enabled",
        params(id: i64)
    )]
    pub struct AccountById;
}

fn main() {}
