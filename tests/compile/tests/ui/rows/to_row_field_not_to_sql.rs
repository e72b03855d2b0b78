// A COPY row's field whose type cannot be written: reported at the type.
pub struct Money(i64);

#[derive(prepared::ToRow)]
pub struct NewPayment {
    pub id: i64,
    pub amount: Money,
}

fn main() {}
