// Positions count from 1, as in SQL's `ORDER BY 1`.
#[derive(prepared::FromRow)]
pub struct Pair {
    #[prepared(position = 0)]
    pub id: i64,
}

fn main() {}
