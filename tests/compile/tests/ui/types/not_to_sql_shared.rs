// Statements sharing a parameter (same name, type and cast) share its registry
// description: the type is reported with `Param`'s notes at its first declaration, and
// every statement's constructor still fails at its own `params`.
pub struct Money(i64);

#[prepared::registry]
mod queries {
    use super::Money;
    use prepared::prepared;

    #[prepared("INSERT INTO payments(amount) VALUES (@amount)", params(amount: Money))]
    pub struct PaymentAdd;

    #[prepared("DELETE FROM payments WHERE amount = @amount", params(amount: Money))]
    pub struct PaymentRemove;
}

fn main() {}
