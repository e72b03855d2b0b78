// Two statements cast a parameter of the same name: each is checked at its own type.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM pages LIMIT @limit::int4", params(limit: i32))]
    pub struct Fits;

    #[prepared("SELECT * FROM posts LIMIT @limit::int4", params(limit: i64))]
    pub struct TooWide;

    #[prepared("SELECT * FROM posts OFFSET @offset::int8", params(offset: &str))]
    pub struct NotANumber;
}

fn main() {}
