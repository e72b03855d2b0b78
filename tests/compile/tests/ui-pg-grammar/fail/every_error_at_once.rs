// One build reports every mistake of the registry, each at its own span, and the
// statements without mistakes still expand so `main` does not cascade.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM accounts WHERE id = @account", params(id: i64))]
    pub struct AccountById;

    #[prepared("SELECT name FROM service WHERE")]
    pub struct Broken;

    #[prepared("SELECT name FROM service WHERE id = @id", params(id: i64))]
    pub struct ServiceName;
}

fn main() {
    let _ = queries::PreparedStatement::service_name(1);
    let _ = queries::PreparedStatement::account_by_id(1);
}
