pub struct Account {
    pub id: i64,
}

#[prepared::registry]
mod queries {
    use super::Account;
    use prepared::prepared;

    #[prepared("SELECT id FROM accounts", row = Account)]
    pub struct Accounts;
}

fn main() {}
