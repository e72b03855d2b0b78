pub struct Money(i64);

#[prepared::registry]
mod queries {
    use super::Money;
    use prepared::prepared;

    #[prepared("INSERT INTO payments(amount) VALUES (@amount)", params(amount: Money))]
    pub struct PaymentAdd;
}

fn main() {}
