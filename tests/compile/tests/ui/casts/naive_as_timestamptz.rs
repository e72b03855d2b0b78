#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM events WHERE at > @since::timestamptz", params(since: chrono::NaiveDateTime))]
    pub struct Statement;
}

fn main() {}
