#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT @at::timestamptz AS at", params(at: time::Date))]
    pub struct At;
}

fn main() {}
