// Valid PostgreSQL that sqlparser rejects: the message names the opt-out.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM jobs WHERE id = @id FOR NO KEY UPDATE", params(id: i64))]
    pub struct LockJob;
}

fn main() {}
