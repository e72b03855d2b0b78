// Only a row type that derives `FromRow` can be flattened.
pub struct Author {
    pub id: i64,
}

#[derive(prepared::FromRow)]
pub struct Post {
    pub title: String,
    #[prepared(flatten)]
    pub author: Author,
}

fn main() {}
