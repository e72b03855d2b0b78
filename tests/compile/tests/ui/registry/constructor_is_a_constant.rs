// A struct named as its constructor would be: the constructor and the statement's
// constant would share one name.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT 1 AS one")]
    #[allow(non_camel_case_types)]
    pub struct one;

    #[prepared("SELECT 2 AS two")]
    pub struct Two;
}

fn main() {}
