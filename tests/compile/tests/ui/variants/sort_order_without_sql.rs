#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(order_by)]
    pub enum AccountOrder {
        #[prepared("email, id")]
        ByEmail,
        Newest,
    }
}

fn main() {}
