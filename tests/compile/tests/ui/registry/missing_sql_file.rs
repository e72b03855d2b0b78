#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(file = "sql/queries/does_not_exist.sql")]
    pub struct Missing;
}

fn main() {}
