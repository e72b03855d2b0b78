#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT id, name FROM group WHERE id = @id",
        params(id: i64)
    )]
    pub struct AccountById;
}

fn main() {}
