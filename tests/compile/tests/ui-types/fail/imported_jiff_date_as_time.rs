#[prepared::registry]
mod queries {
    use jiff::civil::Date;
    use prepared::prepared;

    #[prepared("SELECT @t::time AS t", params(t: Date))]
    pub struct T;
}

fn main() {}
