#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT 1")]
    pub struct HttpGet;

    #[prepared("SELECT 2")]
    pub struct HTTPGet;
}

fn main() {}
