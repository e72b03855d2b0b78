#[derive(prepared::FromRow)]
pub struct Account {
    #[prepared(column = "account_id")]
    pub id: i64,
}

fn main() {}
