// libpg_query takes `interval $1` (it also parses normalized SQL); the server does not.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT now() - interval @age AS since", params(age: String))]
    pub struct Since;
}

fn main() {}
