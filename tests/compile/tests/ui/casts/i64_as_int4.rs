#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM pages LIMIT @limit::int4", params(limit: i64))]
    pub struct Statement;
}

fn main() {}
