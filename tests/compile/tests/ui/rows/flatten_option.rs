// A nested row that may be absent (an outer join) reads its columns as `Option`s instead.
#[derive(prepared::FromRow)]
pub struct Author {
    pub id: i64,
}

#[derive(prepared::FromRow)]
pub struct Post {
    pub title: String,
    #[prepared(flatten)]
    pub author: Option<Author>,
}

fn main() {}
