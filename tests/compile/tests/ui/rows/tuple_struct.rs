#[derive(prepared::FromRow)]
pub struct Account(i64);

fn main() {}
