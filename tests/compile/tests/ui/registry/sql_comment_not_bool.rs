#[prepared::registry(sql_comment = "off")]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT 1")]
    pub struct Ping;
}

fn main() {}
