// `all_rows` says that changing every row is meant.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("UPDATE accounts SET enabled = @enabled", params(enabled: bool), all_rows)]
    pub struct DisableEveryAccount;

    #[prepared("DELETE FROM sessions WHERE expires_at < now()")]
    pub struct PurgeExpired;
}

fn main() {}
