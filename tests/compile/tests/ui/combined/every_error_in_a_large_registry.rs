// A registry large enough that its SQL is checked on several threads: every mistake is
// still reported, in declaration order, each at its own span, and the statements around
// them still expand.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT id, name FROM service WHERE id = @id", params(id: i64))]
    pub struct Good0;

    #[prepared("SELECT name FROM service WHERE name = @name ORDER BY id LIMIT @limit", params(name: &str, limit: i64))]
    pub struct Good1;

    #[prepared("UPDATE service SET name = @name WHERE id = @id", params(id: i64, name: &str))]
    pub struct Good2;

    #[prepared("SELECT name FROM service WHERE")]
    pub struct SyntaxError;

    #[prepared("SELECT id, name FROM service WHERE id = @id", params(id: i64))]
    pub struct Good4;

    #[prepared("SELECT name FROM service WHERE name = @name ORDER BY id LIMIT @limit", params(name: &str, limit: i64))]
    pub struct Good5;

    #[prepared("UPDATE service SET name = @name WHERE id = @id", params(id: i64, name: &str))]
    pub struct Good6;

    #[prepared("DELETE FROM service WHERE id = @id", params(id: i64, id: i64))]
    pub struct DeclaredTwice;

    #[prepared("UPDATE accounts SET enabled = @enabled", params(enabled: bool))]
    pub struct EveryRow;

    #[prepared("SELECT name FROM service WHERE name = @name ORDER BY id LIMIT @limit", params(name: &str, limit: i64))]
    pub struct Good9;

    #[prepared("UPDATE service SET name = @name WHERE id = @id", params(id: i64, name: &str))]
    pub struct Good10;

    #[prepared("DELETE FROM service WHERE id = @id", params(id: i64))]
    pub struct Good11;

    #[prepared("SELECT id, name FROM service WHERE id = @id", params(id: i64))]
    pub struct Good12;

    #[prepared("SELECT id FROM accounts WHERE enabled {@email: AND AND email = @email} {@named: AND name IS NOT NULL}", params(email: Option<String>, named: bool))]
    pub struct ErrorInOneVariant;

    #[prepared("UPDATE service SET name = @name WHERE id = @id", params(id: i64, name: &str))]
    pub struct Good14;

    #[prepared("DELETE FROM service WHERE id = @id", params(id: i64))]
    pub struct Good15;

    #[prepared("SELECT id, name FROM service WHERE id = @id", params(id: i64))]
    pub struct Good16;

    #[prepared("SELECT name FROM service WHERE name = @name ORDER BY id LIMIT @limit", params(name: &str, limit: i64))]
    pub struct Good17;

    #[prepared("UPDATE service SET name = @name WHERE id = @id", params(id: i64, name: &str))]
    pub struct Good18;

    #[prepared("SELECT * FROM accounts WHERE id = @account", params(id: i64))]
    pub struct UndeclaredAndUnused;

    #[prepared("SELECT id, name FROM service WHERE id = @id", params(id: i64))]
    pub struct Good20;

    #[prepared("SELECT name FROM service WHERE name = @name ORDER BY id LIMIT @limit", params(name: &str, limit: i64))]
    pub struct Good21;

    #[prepared("UPDATE service SET name = @name WHERE id = @id", params(id: i64, name: &str))]
    pub struct Good22;

    #[prepared("DELETE FROM service WHERE id = @id", params(id: i64))]
    pub struct Good23;

}

fn main() {
    let _ = queries::PreparedStatement::good0(1);
    let _ = queries::PreparedStatement::good1("a", 1);
    let _ = queries::PreparedStatement::good2(1, "a");
    let _ = queries::PreparedStatement::good4(1);
    let _ = queries::PreparedStatement::good5("a", 1);
    let _ = queries::PreparedStatement::good6(1, "a");
    let _ = queries::PreparedStatement::declared_twice(1);
    let _ = queries::PreparedStatement::good9("a", 1);
    let _ = queries::PreparedStatement::good10(1, "a");
    let _ = queries::PreparedStatement::good11(1);
    let _ = queries::PreparedStatement::good12(1);
    let _ = queries::PreparedStatement::good14(1, "a");
    let _ = queries::PreparedStatement::good15(1);
    let _ = queries::PreparedStatement::good16(1);
    let _ = queries::PreparedStatement::good17("a", 1);
    let _ = queries::PreparedStatement::good18(1, "a");
    let _ = queries::PreparedStatement::good20(1);
    let _ = queries::PreparedStatement::good21("a", 1);
    let _ = queries::PreparedStatement::good22(1, "a");
    let _ = queries::PreparedStatement::good23(1);
}
