#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT @amount::numeric AS amount", params(amount: f64))]
    pub struct Amount;
}

fn main() {}
