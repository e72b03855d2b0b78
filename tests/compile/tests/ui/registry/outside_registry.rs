use prepared::prepared;

#[prepared("SELECT 1")]
pub struct Orphan;

fn main() {}
