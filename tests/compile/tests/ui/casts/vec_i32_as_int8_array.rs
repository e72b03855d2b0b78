#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM accounts WHERE id = ANY(@ids::int8[])", params(ids: Vec<i32>))]
    pub struct Statement;
}

fn main() {}
