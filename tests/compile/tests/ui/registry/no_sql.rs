#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(params(id: i64))]
    pub struct Ping;
}

fn main() {}
