#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT id FROM accounts WHERE id > 0
         {@a: AND id <> 1} {@b: AND id <> 2} {@c: AND id <> 3} {@d: AND id <> 4}
         {@e: AND id <> 5} {@f: AND id <> 6} {@g: AND id <> 7}",
        params(a: bool, b: bool, c: bool, d: bool, e: bool, f: bool, g: bool)
    )]
    pub struct AccountsFind;
}

fn main() {}
