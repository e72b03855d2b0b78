#[prepared::registry(sql_comments = false)]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT 1")]
    pub struct Ping;
}

fn main() {}
