#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "INSERT accounts (info) VALUES (@info)",
        params(info: serde_json::Value)
    )]
    pub struct AccountAdd;
}

fn main() {}
