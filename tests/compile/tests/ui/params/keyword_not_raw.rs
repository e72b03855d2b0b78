// `@match` is a fine SQL parameter, but `match` is a Rust keyword: declare it `r#match`.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT id FROM games WHERE id = @match", params(match: i64))]
    pub struct GameById;
}

fn main() {}
