// Statements declaring the same parameter (name, type and cast): each declaration is
// reported at its own type with `Param`'s notes, and each constructor fails at its own
// `params`.
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
