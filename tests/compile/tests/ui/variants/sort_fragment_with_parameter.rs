#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(order_by)]
    pub enum AccountOrder {
        #[prepared("email, id")]
        ByEmail,
        #[prepared("abs(id - @pivot)")]
        NearPivot,
    }

    #[prepared("SELECT id FROM accounts ORDER BY @order", params(order: AccountOrder))]
    pub struct AccountsSorted;
}

fn main() {}
