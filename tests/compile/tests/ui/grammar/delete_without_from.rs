#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "DELETE accounts FROM accounts WHERE id = @id",
        params(id: i64)
    )]
    pub struct AccountDelete;
}

fn main() {}
