#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("INSERT INTO events(payload) VALUES (@payload::jsonb)", params(payload: String))]
    pub struct Statement;
}

fn main() {}
