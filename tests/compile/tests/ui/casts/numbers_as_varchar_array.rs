#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT UNNEST(@tags::VARCHAR[])", params(tags: std::collections::HashSet<i64>))]
    pub struct Statement;
}

fn main() {}
