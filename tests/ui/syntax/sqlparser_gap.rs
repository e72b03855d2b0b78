// Valid PostgreSQL that sqlparser rejects and no pre-pass rewrites: the message names the
// opt-out.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("UPDATE products SET tags[1] = @tag WHERE id = @id", params(id: i64, tag: &str))]
    pub struct SetFirstTag;
}

fn main() {}
