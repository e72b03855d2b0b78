// Valid PostgreSQL that sqlparser rejects: PostgreSQL's own grammar takes it.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("UPDATE products SET tags[1] = @tag WHERE id = @id", params(id: i64, tag: &str))]
    pub struct SetFirstTag;
}

fn main() {}
