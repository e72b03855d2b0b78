// Valid PostgreSQL that sqlparser rejects and no pre-pass rewrites: the message names the
// opt-out.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT collation for (name) AS collation FROM products WHERE id = @id", params(id: i64))]
    pub struct NameCollation;
}

fn main() {}
