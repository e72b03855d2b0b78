pub struct Money(i64);

#[derive(prepared::FromRow)]
pub struct Payment {
    pub id: i64,
    pub amount: Money,
}

fn main() {}
