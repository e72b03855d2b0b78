// A flattened field reads its own type's columns: `rename` means nothing on it.
#[derive(prepared::FromRow)]
pub struct Author {
    pub id: i64,
}

#[derive(prepared::FromRow)]
pub struct Post {
    pub title: String,
    #[prepared(flatten, rename = "author")]
    pub author: Author,
}

fn main() {}
