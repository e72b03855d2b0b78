#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("DELETE FROM sessions WHERE id = @id; DELETE FROM tokens WHERE session_id = @id", params(id: i64))]
    pub struct Logout;
}

fn main() {}
