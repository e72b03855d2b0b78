#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT 1")]
    pub struct Ping;

    #[prepared("SELECT 2")]
    pub struct Ping;
}

fn main() {}
