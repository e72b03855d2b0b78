#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT 1", rows = Ping)]
    pub struct Ping;
}

fn main() {}
