#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT id FROM accounts WHERE enabled {@min_id: AND id >= @min_id}",
        params(min_id: i64)
    )]
    pub struct AccountsFind;
}

fn main() {}
