#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT 1")]
    pub struct Ping {
        pub id: i64,
    }
}

fn main() {}
